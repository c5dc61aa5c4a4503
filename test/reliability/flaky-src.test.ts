import { expect } from '@open-wc/testing';
import { loadBundle } from '../support/bundle.js';
import { installRecorders, summarize } from '../support/recorders.js';
import { collect, errorViewText, isDashboard, notRendered, settle, stateOf, until, type WidgetElement } from '../support/widget.js';
import { definedWidgets, exampleDocument, type WidgetEntry } from '../support/widgets.js';

/**
 * Every defined widget (and the dashboard) against data services that misbehave: HTTP
 * errors, HTML login pages, truncated JSON, a server that hangs up mid-answer, a 20-second
 * answer, `src` changed while a request is pending, and a server that goes away during a
 * refresh. The right state each time, the last good data kept and marked stale, no
 * unhandled rejection, and no request left open after the element is removed (the test
 * server records every connection and whether the client closed it).
 */
const recorders = installRecorders(window, { quietWarnings: true });
await loadBundle();

interface Connections {
  opened: number;
  aborted: number;
  completed: number;
  open: number;
}
interface ErrorDetail {
  kind: string;
  status?: number;
}

const area = document.createElement('div');
area.style.width = '800px';
document.body.append(area);
let counter = 0;
const uniqueId = (what: string) => `${what}-${Date.now()}-${++counter}`;
const connections = async (id: string) => (await (await fetch(`/api/embed/connections?id=${id}`)).json()) as Connections;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A URL parameter that makes the test routes answer with this entry's sample document (the
 * dashboard's small one, sent in the URL: the assembled sample is too long for a URL).
 */
async function docParam(entry: WidgetEntry): Promise<{ param: string; title: string }> {
  const doc = entry.kind === 'dashboard' ? entry.minimal() : await exampleDocument(entry);
  const param = entry.kind === 'dashboard' ? `body=${encodeURIComponent(JSON.stringify(doc))}` : `file=${entry.examples[0]}`;
  return { param, title: String(doc.title) };
}

function make(entry: WidgetEntry): WidgetElement {
  const el = document.createElement(entry.tag) as WidgetElement;
  area.append(el);
  return el;
}

async function readyWith(el: WidgetElement, title: string): Promise<void> {
  await until(() => notRendered(el, title) === '', `<${el.localName}> shows "${title}"`, 10000).catch((error: Error) => {
    throw new Error(`${error.message}: ${notRendered(el, title)}`);
  });
}

for (const entry of definedWidgets()) {
  describe(`reliability: <${entry.tag}> against flaky data services`, function () {
    this.timeout(30000);
    let el: WidgetElement | undefined;
    afterEach(() => {
      el?.remove();
      el = undefined;
      const problems = recorders.errors.concat(recorders.rejections, recorders.consoleErrors);
      const report = summarize(recorders);
      recorders.clear();
      expect(problems, `no uncaught error, unhandled rejection or console error: ${report}`).to.deep.equal([]);
    });

    for (const [name, url, kind, status] of [
      ['404', '/api/test/status?code=404', 'http', 404],
      ['500', '/api/test/status?code=500', 'http', 500],
      ['an HTML login page instead of JSON', '/api/test/html', 'parse', undefined],
      ['truncated JSON', '/api/test/truncated', 'parse', undefined],
      ['a server that hangs up mid-answer', `/api/embed/hangup?id=${uniqueId('hangup')}`, 'network', undefined],
    ] as const) {
      it(`${name}: error state, hcx-data-error { kind: ${kind} }, the reason on screen`, async () => {
        el = make(entry);
        const errors = collect<ErrorDetail>(el, 'hcx-data-error');
        el.src = url;
        await until(() => errors.length > 0, 'hcx-data-error');
        await settle(el);
        expect(errors[0].kind).to.equal(kind);
        if (status) expect(errors[0].status).to.equal(status);
        expect(stateOf(el)).to.equal('error');
        const text = errorViewText(el);
        if (status) expect(text).to.contain(String(status));
        else expect(text.length, 'the error view explains').to.be.greaterThan(20);
      });
    }

    it('a 20-second answer: loading state and view; removing the element aborts the request', async () => {
      const id = uniqueId('slow-remove');
      el = make(entry);
      const { param } = await docParam(entry);
      const loads = collect(el, 'hcx-data-load');
      const errors = collect(el, 'hcx-data-error');
      el.src = `/api/embed/slow?id=${id}&${param}`;
      // The dashboard shows no loading view of its own (its widgets wait for their datasets).
      if (!isDashboard(el)) {
        await until(() => stateOf(el!) === 'loading', 'loading');
        await settle(el);
        expect(el.shadowRoot!.querySelector('.loading')?.textContent, 'a loading view').to.match(/load/i);
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'aria-busy while loading').to.not.equal(null);
      }
      let reached = await connections(id);
      for (let i = 0; i < 40 && reached.open === 0; i++) {
        await sleep(50);
        reached = await connections(id);
      }
      expect(reached.open, 'the request reached the server').to.equal(1);
      el.remove();
      const start = performance.now();
      let seen = await connections(id);
      while (seen.open > 0 && performance.now() - start < 3000) {
        await sleep(50);
        seen = await connections(id);
      }
      expect(seen, 'the request was aborted, nothing is left open').to.deep.include({ opened: 1, aborted: 1, open: 0, completed: 0 });
      expect(loads.concat(errors), 'no event from an aborted request').to.deep.equal([]);
    });

    it('src changed while a slow request is pending: the first is aborted, only the second is shown', async () => {
      const first = uniqueId('slow-first');
      const second = uniqueId('fast-second');
      const { param, title } = await docParam(entry);
      el = make(entry);
      const loads = collect(el, 'hcx-data-load');
      el.src = `/api/embed/slow?id=${first}&${param}`;
      await sleep(150);
      el.src = `/api/embed/slow?ms=0&id=${second}&${param}`;
      await readyWith(el, title);
      await sleep(300);
      expect(await connections(first), 'the first request was aborted').to.deep.include({ opened: 1, aborted: 1, open: 0 });
      expect(await connections(second)).to.deep.include({ opened: 1, completed: 1 });
      expect(loads.length, 'one hcx-data-load').to.equal(1);
    });

    it('the server goes away during a refresh: the last good data stays, marked stale', async () => {
      const id = uniqueId('flaky');
      const { param, title } = await docParam(entry);
      el = make(entry);
      const errors = collect<ErrorDetail>(el, 'hcx-data-error');
      el.src = `/api/embed/flaky?id=${id}&good=1&${param}`;
      await readyWith(el, title);
      const analysis = el.analysis;
      // Widgets refresh in place; the dashboard has no refresh(), so it is pointed at the same service again.
      if (el.refresh) el.refresh();
      else el.src = `/api/embed/flaky?id=${id}&good=1&again=1&${param}`;
      await until(() => errors.length > 0, 'hcx-data-error after the failed refresh');
      await settle(el);
      expect(errors[0].kind).to.equal('network');
      expect(stateOf(el)).to.equal('stale');
      expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim(), 'the last good title stays').to.equal(title);
      if (!isDashboard(el)) {
        expect(el.analysis, 'the last good analysis stays').to.equal(analysis);
        expect(el.shadowRoot!.querySelector('.banner')?.textContent, 'marked stale').to.match(/last good data/i);
      }
      expect(errorViewText(el), 'the reason is on screen').to.match(/server|answer|load/i);
    });

    it('a failed src after good data: stale, then ready again when the service recovers', async () => {
      const { param, title } = await docParam(entry);
      el = make(entry);
      el.src = `/api/embed/slow?ms=0&id=${uniqueId('good')}&${param}`;
      await readyWith(el, title);
      el.src = '/api/test/status?code=503';
      await until(() => stateOf(el!) === 'stale', 'stale');
      el.src = `/api/embed/slow?ms=0&id=${uniqueId('recovered')}&${param}`;
      await readyWith(el, title);
      expect(errorViewText(el)).to.equal('');
    });
  });
}

describe('reliability: polling stops with the element', function () {
  this.timeout(30000);

  it('refresh-interval polls while connected and makes no request after removal', async () => {
    const entry = definedWidgets().find((w) => w.kind !== 'dashboard');
    expect(entry, 'a widget with refresh-interval is defined').to.not.equal(undefined);
    const id = uniqueId('poll');
    const { param } = await docParam(entry!);
    const el = make(entry!);
    // The shortest interval the widgets accept is 5 s.
    el.setAttribute('refresh-interval', '5');
    el.src = `/api/embed/slow?ms=0&id=${id}&${param}`;
    await until(() => stateOf(el) === 'ready', 'ready');
    await sleep(5600);
    expect((await connections(id)).opened, 'one poll after 5 s').to.equal(2);
    el.remove();
    await sleep(5600);
    expect((await connections(id)).opened, 'no poll after removal').to.equal(2);
    expect(recorders.rejections.concat(recorders.errors)).to.deep.equal([]);
  });
});
