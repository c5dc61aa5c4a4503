import { expect } from '@open-wc/testing';
import { openPage, type PageHandle } from '../support/frame.js';
import { summarize } from '../support/recorders.js';
import { notRendered, stateOf, until, type WidgetElement } from '../support/widget.js';
import type { FrameworkPageApi } from './pages/framework-common.js';

/**
 * React 19 and Vue 3 apps (pages/react.ts, pages/vue.ts), each under the strict CSP with
 * Trusted Types: widgets get their documents as properties, the apps' own event props hear
 * the hcx events, a re-render with new data updates the same elements, invalid data keeps
 * the last good data (stale) and reaches the app as hcx-data-error, and conditional
 * rendering and unmounting remove the elements cleanly.
 */
const FRAMEWORKS = [
  ['React 19', '/test/embedding/pages/react.html?csp=strict'],
  ['Vue 3', '/test/embedding/pages/vue.html?csp=strict'],
] as const;

async function allShow(handle: PageHandle<FrameworkPageApi>, version: number, state: 'ready' | 'stale' = 'ready'): Promise<void> {
  const { page } = handle;
  const wrong = () =>
    page
      .elements()
      .map((el) => {
        const title = page.titleFor(el.id, version);
        if (title === null) return `${el.id}: not in the title table`;
        if (state === 'stale') return stateOf(el) === 'stale' ? '' : `${el.id}: state ${stateOf(el)}, expected stale`;
        const why = notRendered(el, title);
        return why ? `${el.id}: ${why}` : '';
      })
      .filter(Boolean);
  try {
    await until(() => wrong().length === 0, `every widget shows version ${version} (${state})`, 10000, handle.win);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${wrong().join('\n')}`);
  }
}

for (const [framework, url] of FRAMEWORKS) {
  describe(`embedding: ${framework} app`, function () {
    this.timeout(60000);
    let handle: PageHandle<FrameworkPageApi>;
    let first: WidgetElement[];

    before(async () => {
      handle = await openPage<FrameworkPageApi>(url);
    });
    after(() => handle?.close());

    it('renders every defined widget from a data property, inside and outside a dashboard', async () => {
      const { page } = handle;
      const widgets = page.tags.filter((t) => t !== 'hcx-dashboard');
      first = page.elements();
      // One element per tag, plus one per widget inside the dashboard.
      expect(first.map((el) => el.id).sort()).to.deep.equal(
        [...page.tags.map((t) => `${url.includes('react') ? 'react' : 'vue'}--${t}`), ...widgets.map((t) => `${url.includes('react') ? 'react' : 'vue'}--dashboard--${t}`)].sort(),
      );
      await allShow(handle, 0);
    });

    it('the app’s own event props hear hcx-data-load (origin data, or dashboard inside one)', () => {
      const { page } = handle;
      for (const el of first) {
        const loads = page.events.filter((e) => e.id === el.id && e.type === 'hcx-data-load');
        expect(loads.length, `${el.id} hcx-data-load`).to.be.greaterThan(0);
        if (el.localName !== 'hcx-dashboard') expect(loads[0].origin, el.id).to.equal(el.id.includes('--dashboard--') ? 'dashboard' : 'data');
      }
    });

    it('re-renders with new data: the same elements update, and fire hcx-data-load again', async () => {
      const { page } = handle;
      const before = page.events.filter((e) => e.type === 'hcx-data-load').length;
      await page.render(1);
      await allShow(handle, 1);
      const now = page.elements();
      expect(now.length).to.equal(first.length);
      now.forEach((el, i) => expect(el, `${el.id} kept, not remounted`).to.equal(first[i]));
      const direct = first.filter((el) => !el.id.includes('--dashboard--'));
      expect(page.events.filter((e) => e.type === 'hcx-data-load').length - before).to.be.at.least(direct.length);
    });

    it('invalid data keeps the last good data, marked stale, and reaches the app as hcx-data-error', async () => {
      const { page } = handle;
      await page.render(2);
      const direct = first.filter((el) => !el.id.includes('--dashboard--'));
      await until(() => direct.every((el) => stateOf(el) === 'stale'), 'every directly fed widget is stale', 10000, handle.win);
      for (const el of direct) {
        expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim(), `${el.id} keeps the last good title`).to.equal(page.titleFor(el.id, 1));
        const errors = page.events.filter((e) => e.id === el.id && e.type === 'hcx-data-error');
        expect(errors.map((e) => e.kind), el.id).to.include('contract');
      }
      await page.render(0);
      await allShow(handle, 0);
    });

    it('conditional rendering removes the elements, and brings new ones that render again', async () => {
      const { page } = handle;
      await page.show(false);
      expect(page.elements()).to.deep.equal([]);
      expect(first.every((el) => !el.isConnected)).to.equal(true);
      await page.show(true);
      await allShow(handle, 0);
      expect(page.elements().length).to.equal(first.length);
    });

    it('unmounts cleanly, and nothing went wrong on the page (CSP, errors, rejections, console)', async () => {
      const { page } = handle;
      await page.unmount();
      expect(page.elements()).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 100));
      const r = page.recorders;
      expect(r.violations, summarize(r)).to.deep.equal([]);
      expect(r.errors.concat(r.rejections, r.consoleErrors), summarize(r)).to.deep.equal([]);
    });
  });
}
