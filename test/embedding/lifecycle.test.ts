import { expect } from '@open-wc/testing';
import { loadBundle } from '../support/bundle.js';
import { installRecorders, summarize } from '../support/recorders.js';
import { collect, notRendered, settle, stateOf, until, type WidgetElement } from '../support/widget.js';
import { definedTagsOf, definedWidgets, exampleDocument, loadExample, WIDGETS } from '../support/widgets.js';

/**
 * Element lifecycles an intranet page puts widgets through: created (and given properties)
 * before the script defines the tags, given data before being connected, moved between
 * containers, removed and re-added, and a second copy of the bundle on the same page.
 * The elements below are created before `dist/hcx-widgets.js` loads (in `before`).
 */
const recorders = installRecorders();
const early = new Map<string, { bySrc: WidgetElement; byProperty: WidgetElement; detached: WidgetElement; title: string }>();
let earlyDashboard: WidgetElement;
let bundle: Record<string, unknown>;
const area = document.createElement('div');
const other = document.createElement('div');
document.body.append(area, other);

const make = (tag: string) => document.createElement(tag) as WidgetElement;

async function readyWith(el: WidgetElement, title: string, what: string): Promise<void> {
  await until(() => notRendered(el, title) === '', what, 10000).catch((error: Error) => {
    throw new Error(`${error.message}: ${notRendered(el, title)}`);
  });
}

describe('embedding: element lifecycle (upgrade, early properties, moves)', function () {
  this.timeout(60000);

  before(async () => {
    expect(customElements.get('hcx-dashboard'), 'nothing is defined before the bundle loads').to.equal(undefined);
    for (const entry of WIDGETS) {
      if (entry.kind === 'dashboard') continue;
      // Widgets still being written have no example yet; they cannot be defined either.
      const doc = await loadExample(entry.examples[0]).catch(() => null);
      if (!doc) continue;
      const bySrc = make(entry.tag);
      bySrc.setAttribute('src', `/examples/${entry.examples[0]}`);
      const byProperty = make(entry.tag);
      byProperty.data = doc;
      byProperty.theme = 'dark';
      const detached = make(entry.tag);
      detached.data = doc;
      area.append(bySrc, byProperty);
      early.set(entry.tag, { bySrc, byProperty, detached, title: String(doc.title) });
    }
    earlyDashboard = make('hcx-dashboard');
    earlyDashboard.data = WIDGETS.find((w) => w.kind === 'dashboard')!.minimal();
    for (const entry of WIDGETS) {
      if (entry.kind === 'dashboard') continue;
      const child = make(entry.tag);
      child.setAttribute('dataset', entry.kind);
      earlyDashboard.append(child);
    }
    area.append(earlyDashboard);
    bundle = await loadBundle();
  });

  after(() => {
    area.remove();
    other.remove();
  });

  it('the registry lists every hcx-* tag the bundle defines', () => {
    const defined = definedTagsOf(bundle);
    expect(defined).to.include('hcx-dashboard');
    expect(defined.filter((tag) => !WIDGETS.some((w) => w.tag === tag)), 'add these to test/support/widgets.ts').to.deep.equal([]);
    expect(definedWidgets().map((w) => w.tag).sort()).to.deep.equal(defined);
  });

  it('elements written before the bundle loaded upgrade and load their src', async () => {
    for (const entry of definedWidgets()) {
      const pre = early.get(entry.tag);
      if (entry.kind === 'dashboard') continue;
      expect(pre, `${entry.tag} was created early (its example exists)`).to.not.equal(undefined);
      await readyWith(pre!.bySrc, pre!.title, `${entry.tag} (src, created before definition) is ready`);
    }
  });

  it('properties set before the tag was defined are kept (data, theme)', async () => {
    for (const entry of definedWidgets()) {
      if (entry.kind === 'dashboard') continue;
      const { byProperty, title } = early.get(entry.tag)!;
      await readyWith(byProperty, title, `${entry.tag} (data set before definition)`);
      expect(byProperty.theme).to.equal('dark');
      expect(byProperty.shadowRoot!.querySelector('.base')!.classList.contains('dark'), `${entry.tag} dark`).to.equal(true);
    }
  });

  it('a detached element given data before definition renders once connected', async () => {
    for (const entry of definedWidgets()) {
      if (entry.kind === 'dashboard') continue;
      const { detached, title } = early.get(entry.tag)!;
      other.append(detached);
      await readyWith(detached, title, `${entry.tag} (detached, data before definition)`);
    }
  });

  it('a dashboard and its widgets created before definition all render', async () => {
    const dashboardDoc = earlyDashboard.data as { title: string; datasets: Record<string, { title: string }> };
    await readyWith(earlyDashboard, dashboardDoc.title, 'dashboard created early');
    for (const child of earlyDashboard.children as HTMLCollectionOf<WidgetElement>) {
      if (!customElements.get(child.localName)) continue;
      await readyWith(child, dashboardDoc.datasets[child.getAttribute('dataset')!].title, `${child.localName} inside the early dashboard`);
    }
  });

  it('moving a dashboard re-renders none of its widgets (nothing changed), and a new document still reaches them', async () => {
    const entry = WIDGETS.find((w) => w.kind === 'dashboard')!;
    const doc = entry.minimal() as { title: string; datasets: Record<string, { title: string }> };
    const dashboard = make(entry.tag);
    dashboard.data = doc;
    const children = definedWidgets()
      .filter((w) => w.kind !== 'dashboard')
      .map((w) => {
        const child = make(w.tag);
        child.setAttribute('dataset', w.kind);
        dashboard.append(child);
        return child;
      });
    area.append(dashboard);
    for (const child of children) await readyWith(child, doc.datasets[child.getAttribute('dataset')!].title, `${child.localName} in the dashboard`);
    // Count renders by wrapping each widget class's update() for the duration of the test.
    const renders = new Map<string, number>();
    const restore: (() => void)[] = [];
    for (const child of children) {
      const proto = Object.getPrototypeOf(child) as { update(changed: unknown): void };
      if (restore.length && renders.has(child.localName)) continue;
      const original = proto.update;
      proto.update = function (this: HTMLElement, changed: unknown) {
        renders.set(this.localName, (renders.get(this.localName) ?? 0) + 1);
        original.call(this, changed);
      };
      renders.set(child.localName, 0);
      restore.push(() => (proto.update = original));
    }
    // Two containers of the same width: a width change would rightly re-render.
    const [left, right] = [document.createElement('div'), document.createElement('div')];
    for (const box of [left, right]) box.style.width = '700px';
    document.body.append(left, right);
    left.append(dashboard);
    for (const child of children) await settle(child);
    await new Promise((r) => requestAnimationFrame(r));
    for (const child of children) await settle(child);
    for (const key of renders.keys()) renders.set(key, 0);
    try {
      for (let i = 0; i < 5; i++) {
        (i % 2 ? left : right).append(dashboard);
        for (const child of children) await settle(child);
      }
      expect(Object.fromEntries(renders), 'no widget re-rendered').to.deep.equal(Object.fromEntries(children.map((c) => [c.localName, 0])));
      const renamed = structuredClone(doc);
      for (const dataset of Object.values(renamed.datasets)) dataset.title = `${dataset.title} (new)`;
      dashboard.data = renamed;
      for (const child of children) await readyWith(child, renamed.datasets[child.getAttribute('dataset')!].title, `${child.localName} follows the new document`);
    } finally {
      restore.forEach((r) => r());
      left.remove();
      right.remove();
    }
  });

  it('clearing the input (data undefined, src removed) shows the empty state, or the input that remains', async () => {
    for (const entry of definedWidgets()) {
      if (entry.kind === 'dashboard') continue;
      const doc = await exampleDocument(entry);
      const el = make(entry.tag);
      area.append(el);
      el.data = doc;
      await readyWith(el, String(doc.title), `${entry.tag} from data`);
      // A framework clearing the prop: nothing gives this document any more.
      el.data = undefined;
      await settle(el);
      expect(stateOf(el), `${entry.tag}: data = undefined`).to.equal('empty');
      expect(el.analysis, `${entry.tag}: no analysis without a document`).to.equal(null);
      // With src also set, clearing data falls back to src.
      el.data = doc;
      el.setAttribute('src', `/examples/${entry.examples[0]}`);
      await settle(el);
      el.data = undefined;
      await readyWith(el, String(doc.title), `${entry.tag} falls back to src`);
      el.removeAttribute('src');
      await settle(el);
      expect(stateOf(el), `${entry.tag}: src removed`).to.equal('empty');
      el.remove();
    }
  });

  it('data set before connection (tag defined) renders on connect', async () => {
    for (const entry of definedWidgets()) {
      const doc = await exampleDocument(entry);
      const el = make(entry.tag);
      el.data = doc;
      other.append(el);
      await readyWith(el, String(doc.title), `${entry.tag} data before connect`);
      el.remove();
    }
  });

  it('moving between containers (and into a shadow root) keeps the data without re-analysing', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    other.append(host);
    for (const entry of definedWidgets()) {
      const doc = await exampleDocument(entry);
      const el = make(entry.tag);
      const loads = collect(el, 'hcx-data-load');
      el.data = doc;
      area.append(el);
      await readyWith(el, String(doc.title), `${entry.tag} ready`);
      await settle(el);
      const analysis = el.analysis;
      const before = loads.length;
      for (const target of [other, host.shadowRoot!, area]) {
        target.append(el);
        await settle(el);
        expect(notRendered(el, String(doc.title)), `${entry.tag} after moving`).to.equal('');
      }
      expect(el.analysis, `${entry.tag} analysis kept (same object)`).to.equal(analysis);
      expect(loads.length - before, `${entry.tag} fired no new hcx-data-load`).to.equal(0);
      el.remove();
    }
    host.remove();
  });

  it('removed and re-added, it renders again with the same data', async () => {
    for (const entry of definedWidgets()) {
      const doc = await exampleDocument(entry);
      const el = make(entry.tag);
      el.data = doc;
      area.append(el);
      await readyWith(el, String(doc.title), `${entry.tag} ready`);
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(stateOf(el)).to.equal('ready');
      area.append(el);
      await settle(el);
      await readyWith(el, String(doc.title), `${entry.tag} re-added`);
      el.remove();
    }
  });

  it('a widget loading src that is moved mid-request aborts it and loads again', async () => {
    for (const entry of definedWidgets()) {
      if (entry.kind === 'dashboard') continue;
      const id = `move-${entry.tag}-${Date.now()}`;
      const el = make(entry.tag);
      el.src = `/api/embed/slow?ms=1500&id=${id}&file=${entry.examples[0]}`;
      area.append(el);
      await until(() => stateOf(el) === 'loading', `${entry.tag} loading`);
      await new Promise((r) => setTimeout(r, 200));
      other.append(el);
      await readyWith(el, String((await loadExample(entry.examples[0])).title), `${entry.tag} loads after the move`);
      const connections = (await (await fetch(`/api/embed/connections?id=${id}`)).json()) as { opened: number; aborted: number };
      expect(connections, `${entry.tag}: the first request was aborted, a second one made`).to.deep.include({ opened: 2, aborted: 1 });
      el.remove();
    }
  });

  it('a second copy of the bundle on the same page defines nothing twice and breaks nothing', async () => {
    const url: string = '/dist/hcx-widgets.js?second-copy';
    const copy = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    expect(copy).to.not.equal(bundle);
    for (const entry of definedWidgets()) {
      const doc = await exampleDocument(entry);
      const el = make(entry.tag);
      el.data = doc;
      area.append(el);
      await readyWith(el, String(doc.title), `${entry.tag} after a second copy loaded`);
      el.remove();
    }
  });

  it('nothing went wrong on the page', () => {
    const problems = recorders.errors.concat(recorders.rejections, recorders.consoleErrors);
    expect(problems, summarize(recorders)).to.deep.equal([]);
  });
});
