import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { instrument, type Counts } from '../support/instrument.js';
import { loadBundle } from '../support/bundle.js';
import { installRecorders, summarize } from '../support/recorders.js';
import { notRendered, stateOf, type WidgetElement } from '../support/widget.js';
import { definedWidgets, exampleDocument, type WidgetEntry } from '../support/widgets.js';

/**
 * Leaks. The counters are installed before the bundle loads (support/instrument.ts); the
 * memory figures come from Chrome through the DevTools protocol after a full garbage
 * collection (test/server/memory-command.mjs): JS heap in use, live DOM nodes, JS event
 * listeners. Every defined widget:
 *  - 1,000 connect/disconnect cycles leave no listener on a long-lived target, no active
 *    observer, interval, timeout or animation frame, and no growth in nodes or listeners;
 *  - 100 distinct elements (25 dashboards, each with every widget) created, shown and
 *    dropped leave nothing behind (no module-level cache keeps elements);
 *  - 1,000 data updates keep the DOM node count flat (a dashboard: 250 documents, each
 *    updating all four widgets in it — 1,000 widget updates).
 */
const counters = instrument();
const recorders = installRecorders(window, { quietWarnings: true });
await loadBundle();

const CYCLES = 1000;
const DISTINCT = 100;
const UPDATES = 1000;
/** Growth allowed after GC: far below one leaked widget per cycle (each has 50–5,000 nodes). */
const MAX_NODE_GROWTH = 100;
const MAX_LISTENER_GROWTH = 20;
/**
 * Heap growth allowed after GC: 2 KB per cycle, while a leaked widget costs tens of KB.
 * Measured: up to 0.9 MB of one-off growth in the first 1,000 dashboard updates (compiled
 * code and caches), then flat over the next 3,000 — so the budget is not per-cycle noise.
 */
const MAX_HEAP_GROWTH = 2 * 1024 * 1024;
/** Iterations before the baseline, so one-off warm-up (JIT, caches) is not counted. */
const WARM_UP = 100;

interface Memory {
  usedHeap: number;
  nodes: number;
  listeners: number;
  documents: number;
}
const memory = () => executeServerCommand<Memory, undefined>('hcx-memory');
const frame = () => new Promise((r) => requestAnimationFrame(r));
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

const area = document.createElement('div');
area.style.width = '800px';
const elsewhere = document.createElement('div');
document.body.append(area, elsewhere);

/** Lets pending frames, observer callbacks and zero-delay timeouts run. */
async function quiesce(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await tick(20);
  }
}

function build(entry: WidgetEntry, doc: Record<string, unknown>): WidgetElement {
  const el = document.createElement(entry.tag) as WidgetElement;
  el.data = doc;
  if (entry.kind === 'dashboard') {
    for (const widget of definedWidgets()) {
      if (widget.kind === 'dashboard') continue;
      const child = document.createElement(widget.tag);
      child.setAttribute('dataset', widget.kind);
      el.append(child);
    }
  }
  return el;
}

/** No count may grow (pending timeouts and frames may drop: some were waiting at the start). */
function expectNoGrowth(before: Counts, after: Counts, what: string): void {
  for (const key of Object.keys(before) as (keyof Counts)[]) {
    expect(after[key], `${what}: ${key} grew (listeners on long-lived targets: ${JSON.stringify(counters.listenerDetail())})`).to.be.at.most(before[key]);
  }
}

function expectFlatMemory(before: Memory, after: Memory, what: string): void {
  const text = `${what}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`;
  console.log(text);
  expect(after.nodes - before.nodes, `${text} — DOM nodes`).to.be.below(MAX_NODE_GROWTH);
  expect(after.listeners - before.listeners, `${text} — JS event listeners`).to.be.below(MAX_LISTENER_GROWTH);
  expect(after.usedHeap - before.usedHeap, `${text} — JS heap bytes`).to.be.below(MAX_HEAP_GROWTH);
  expect(after.documents).to.equal(before.documents);
}

/** Two documents that differ (title and numbers), fresh objects on every call. */
function variant(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const copy = structuredClone(doc);
  copy.title = `${String(doc.title)} #${i % 2}`;
  const bump = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(bump);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'value' && typeof v === 'number' && i % 2 ? v * 0.9 : bump(v)]));
    return value;
  };
  return bump(copy) as Record<string, unknown>;
}

for (const entry of definedWidgets()) {
  describe(`leaks: <${entry.tag}>`, function () {
    this.timeout(240000);
    afterEach(() => {
      const problems = recorders.errors.concat(recorders.rejections, recorders.consoleErrors);
      const report = summarize(recorders);
      recorders.clear();
      expect(problems, report).to.deep.equal([]);
    });

    it(`${CYCLES} connect/disconnect cycles leave no listener, observer or timer, and no memory growth`, async () => {
      const started = performance.now();
      const doc = await exampleDocument(entry);
      const el = build(entry, doc);
      const cycle = async (i: number) => {
        (i % 2 ? elsewhere : area).append(el);
        await el.updateComplete;
        if (i % 50 === 0) await frame();
        el.remove();
      };
      for (let i = 0; i < WARM_UP; i++) await cycle(i);
      await quiesce();
      // Counted after the memory call: the runner's command channel leaves a timer of its own.
      const before = await memory();
      const counts = counters.counts();
      for (let i = 0; i < CYCLES; i++) await cycle(i);
      await quiesce();
      expectNoGrowth(counts, counters.counts(), `${CYCLES} cycles`);
      expectFlatMemory(before, await memory(), `<${entry.tag}> ${CYCLES} cycles`);
      area.append(el);
      await quiesce();
      expect(notRendered(el, String(doc.title)), 'still works afterwards').to.equal('');
      el.remove();
      console.log(`<${entry.tag}> cycles took ${Math.round(performance.now() - started)} ms`);
    });

    // A dashboard carries every widget, so fewer of them make as many widget instances.
    const distinct = entry.kind === 'dashboard' ? DISTINCT / 4 : DISTINCT;
    it(`${distinct} distinct elements shown and dropped leave nothing behind`, async () => {
      const started = performance.now();
      const doc = entry.minimal();
      const round = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const el = build(entry, structuredClone(doc));
          area.append(el);
          await el.updateComplete;
          if (i % 20 === 0) await frame();
          el.remove();
        }
        await quiesce();
      };
      await round(20);
      // Counted after the memory call: the runner's command channel leaves a timer of its own.
      const before = await memory();
      const counts = counters.counts();
      await round(distinct);
      expectNoGrowth(counts, counters.counts(), `${distinct} elements`);
      expectFlatMemory(before, await memory(), `<${entry.tag}> ${distinct} distinct elements`);
      console.log(`<${entry.tag}> distinct took ${Math.round(performance.now() - started)} ms`);
    });

    const updates = entry.kind === 'dashboard' ? UPDATES / 4 : UPDATES;
    it(`${updates} data updates keep the DOM node count flat`, async () => {
      const started = performance.now();
      const doc = entry.minimal();
      const el = build(entry, variant(doc, 0));
      area.append(el);
      const update = async (i: number) => {
        el.data = variant(doc, i);
        await el.updateComplete;
        for (const child of el.children as HTMLCollectionOf<WidgetElement>) await child.updateComplete;
        if (i % 50 === 0) await frame();
      };
      for (let i = 1; i <= WARM_UP; i++) await update(i);
      await quiesce();
      const shadowNodes = el.shadowRoot!.querySelectorAll('*').length;
      // Counted after the memory call: the runner's command channel leaves a timer of its own.
      const before = await memory();
      const counts = counters.counts();
      for (let i = WARM_UP + 1; i <= WARM_UP + updates; i++) await update(i);
      await quiesce();
      expect(stateOf(el)).to.equal('ready');
      expect(el.shadowRoot!.querySelectorAll('*').length, 'same shadow DOM size for the same document').to.equal(shadowNodes);
      expectNoGrowth(counts, counters.counts(), `${updates} updates`);
      expectFlatMemory(before, await memory(), `<${entry.tag}> ${updates} updates`);
      el.remove();
      console.log(`<${entry.tag}> updates took ${Math.round(performance.now() - started)} ms`);
    });
  });
}
