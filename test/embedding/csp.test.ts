import { expect } from '@open-wc/testing';
import { openPage, type PageHandle } from '../support/frame.js';
import { injectedElements } from '../support/hostile.js';
import { summarize, type Violation } from '../support/recorders.js';
import { notRendered, errorViewText } from '../support/widget.js';
import { WIDGETS } from '../support/widgets.js';
import type { EmbedPageApi } from './pages/embed.js';

const PAGE = '/test/embedding/pages/embed.html';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function expectAllRendered(handle: PageHandle<EmbedPageApi>, onlyData = false): void {
  const { page } = handle;
  expect(page.tags, 'the bundle defines at least <hcx-dashboard>').to.include('hcx-dashboard');
  for (const instance of page.instances) {
    const el = page.element(instance.id);
    if (instance.title === null) {
      expect(errorViewText(el), `${instance.id} lists the problem by path`).to.contain('title');
    } else {
      expect(notRendered(el, instance.title), `${instance.id} (${instance.how}) renders`).to.equal('');
    }
  }
  // Every defined widget is there through every way of giving it data.
  for (const tag of page.tags) {
    const ways = new Set(page.instances.filter((i) => i.tag === tag).map((i) => i.how));
    const all = tag === 'hcx-dashboard' ? ['data', 'src'] : ['data', 'src', 'inline', 'labels', 'invalid', 'dashboard-child'];
    const expected = onlyData ? all.filter((how) => ['data', 'invalid', 'dashboard-child'].includes(how)) : all;
    expect([...ways], `${tag} is embedded every way`).to.include.members(expected);
  }
}

/** The widget whose known issue (registry `knownIssues.cspStyleAttr`) explains a violation, if any. */
function knownCause(v: Violation, tags: string[]): string | null {
  if (v.directive !== 'style-src-attr') return null;
  for (const entry of WIDGETS) {
    const known = entry.knownIssues?.cspStyleAttr;
    if (known && tags.includes(entry.tag) && known.elements.some((el) => v.element.includes(`${entry.tag} › `) && v.element.includes(el))) return entry.tag;
  }
  return null;
}

/**
 * No violation, error, rejection or console error. Violations a registry entry records as a
 * known issue are allowed; once `exercised` (tooltips shown), each known issue must still
 * occur — a fixed one fails here until its entry is removed.
 */
function expectClean(handle: PageHandle<EmbedPageApi>, exercised = false): void {
  const r = handle.page.recorders;
  const tags = handle.page.tags;
  const unknown = r.violations.filter((v) => knownCause(v, tags) === null);
  expect(unknown, `CSP violations:\n${JSON.stringify(unknown, null, 1)}`).to.deep.equal([]);
  if (exercised) {
    const seen = new Set(r.violations.map((v) => knownCause(v, tags)));
    for (const entry of WIDGETS) {
      if (!entry.knownIssues?.cspStyleAttr || !tags.includes(entry.tag)) continue;
      expect(seen.has(entry.tag), `<${entry.tag}> no longer violates the CSP: remove knownIssues.cspStyleAttr from test/support/widgets.ts`).to.equal(true);
    }
  }
  expect(r.errors, summarize(r)).to.deep.equal([]);
  expect(r.rejections, summarize(r)).to.deep.equal([]);
  expect(r.consoleErrors, summarize(r)).to.deep.equal([]);
  expect(handle.win.__pwned, 'nothing ran from a label').to.equal(undefined);
  expect(injectedElements(handle.doc.body).map((e) => e.outerHTML.slice(0, 80)), 'no label became markup').to.deep.equal([]);
}

describe('embedding: strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(60000);
  let handle: PageHandle<EmbedPageApi> | undefined;
  afterEach(() => handle?.close());

  it('the page is served with the strict policy', async () => {
    const res = await fetch(`${PAGE}?csp=strict`);
    expect(res.headers.get('content-security-policy')).to.equal(STRICT);
  });

  it('every widget renders (data, src, inline JSON, dashboard, hostile labels, invalid data) with no violation', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=strict`);
    expectAllRendered(handle);
    expectClean(handle);
  });

  it('stays clean through table view, exports, keyboard, pointer, themes and locales', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=strict`);
    await handle.page.exercise();
    expectAllRendered(handle);
    expectClean(handle, true);
  });

  it('inside another component’s shadow root too', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=strict&container=shadow&only=data`);
    await handle.page.exercise();
    expectAllRendered(handle, true);
    expectClean(handle, true);
  });

  it('a Trusted Types allow-list needs only Lit’s policy: trusted-types lit-html', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=named&only=data`);
    expect((await fetch(`${PAGE}?csp=named`)).headers.get('content-security-policy')).to.contain('trusted-types lit-html');
    expectAllRendered(handle, true);
    expectClean(handle);
  });

  it('PNG export fails with a clear message under the strict policy and breaks nothing else', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=strict&only=data`);
    const result = await handle.page.png();
    expect(result.ok).to.equal(false);
    expect(result.message).to.contain('img-src blob:');
    // The only violation is the blocked blob: image the message names.
    expect(handle.page.recorders.violations.map((v) => v.directive)).to.deep.equal(['img-src']);
    expect(handle.page.recorders.errors).to.deep.equal([]);
    expect(handle.page.recorders.rejections).to.deep.equal([]);
  });

  it('PNG export works under the README policy (img-src blob:) with no violation', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=readme&only=data`);
    const result = await handle.page.png();
    expect(result, JSON.stringify(result)).to.include({ ok: true });
    expect(result.size).to.be.greaterThan(1000);
    expectClean(handle);
  });

  // The recorder must be able to fail: each canary does one thing a widget must never do.
  // Under Trusted Types, script sinks (innerHTML, handler attributes, eval) are refused by
  // require-trusted-types-for before script-src would see them.
  it('the violation recorder catches each forbidden thing (style attribute, innerHTML, inline handler, eval)', async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}?csp=strict&only=data`);
    const { recorders } = handle.page;
    expect(recorders.violations).to.deep.equal([]);
    for (const [canary, directive] of [
      ['style-attr', 'style-src-attr'],
      ['innerhtml', 'require-trusted-types-for'],
      ['inline-handler', 'require-trusted-types-for'],
      ['eval', 'require-trusted-types-for'],
    ] as const) {
      recorders.clear();
      await handle.page.canary(canary);
      expect(recorders.violations.map((v) => v.directive), canary).to.include(directive);
      expect(handle.win.__pwned, canary).to.equal(undefined);
    }
  });
});
