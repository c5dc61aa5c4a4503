import { expect } from '@open-wc/testing';
import { loadBundle } from '../support/bundle.js';
import { counted } from '../support/counted.js';
import { installRecorders, summarize } from '../support/recorders.js';
import { errorViewText, settle, stateOf, type Issue, type WidgetElement } from '../support/widget.js';
import { definedWidgets, exampleDocument, type Limits, type WidgetEntry } from '../support/widgets.js';
import { nested, ONE_MEGABYTE, protoKeyed } from './arbitraries.js';

/**
 * Input-size limits (src/contract/limits.ts) and hostile shapes, deterministic: every array
 * of every sample document grown to 10⁶ items, every text field 1 MB long, 100,000-deep
 * nesting and `__proto__` keys. A document over a limit is refused fast with an error that
 * names the path and the limit; nothing hangs, overflows the stack or pollutes a prototype.
 * "Refused fast" is asserted as work, not wall-clock time (speed belongs to `npm run bench`):
 * over-size arrays are wrapped in a proxy that counts the items anyone reads.
 */
// Unknown fields (`extra`, `__proto__`) are reported with console.warn by design: kept, not printed.
const recorders = installRecorders(window, { quietWarnings: true });
const bundle = await loadBundle();
const LIMITS = bundle.LIMITS as Limits;
const MILLION = 1_000_000;

type IssueWithParams = Issue & { params: Record<string, string | number> };
type Path = (string | number)[];

const area = document.createElement('div');
area.style.width = '800px';
document.body.append(area);

/** Paths of every array (`arrays`) and every string (`strings`) in a document. */
function paths(doc: unknown): { arrays: Path[]; strings: Path[] } {
  const arrays: Path[] = [];
  const strings: Path[] = [];
  const walk = (value: unknown, at: Path) => {
    if (typeof value === 'string') strings.push(at);
    else if (Array.isArray(value)) {
      arrays.push(at);
      value.forEach((v, i) => walk(v, [...at, i]));
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(doc, []);
  return { arrays, strings };
}

/** A JSON path the way the contract writes it: `points[3].value`, `datasets["value-stream"].title`. */
const pathText = (path: Path) =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(key)) return out ? `${out}.${key}` : key;
    return `${out}[${JSON.stringify(key)}]`;
  }, '');
const get = (doc: unknown, path: Path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);
function set(doc: unknown, path: Path, value: unknown): void {
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
}
/** Fields whose strings are enum values or union tags. */
const ENUM_KEYS = new Set(['kind', 'type', 'direction', 'measure', 'chartType', 'improvement', 'rules']);

/** Digits only, so "100,000", "100 000" and "100000" all match. */
const digits = (text: string) => text.replace(/[^\d]/g, '');

async function show(el: WidgetElement, doc: unknown): Promise<void> {
  el.data = doc;
  await settle(el);
}

function widgetEntries(): WidgetEntry[] {
  return definedWidgets();
}

describe('limits: over-size and hostile-shape input is refused fast, naming the limit', function () {
  this.timeout(120000);
  let el: WidgetElement;
  afterEach(() => {
    el?.remove();
    const problems = recorders.errors.concat(recorders.rejections, recorders.consoleErrors);
    recorders.clear();
    expect(problems, summarize(recorders)).to.deep.equal([]);
  });

  it('a document over the document-wide item budget is refused at the root, naming it, before its lists are walked', () => {
    const validate = bundle.validateDocument as (value: unknown) => { document: unknown; errors: IssueWithParams[] };
    // Each list is within its own limit; together they are 2,000,000 and 5,000,000 items.
    const subgroups = Array.from({ length: 2000 }, () => counted(new Array<number>(LIMITS.subgroupValues).fill(42)));
    const xbar = { kind: 'control-chart', version: 1, title: 'Too many values', chartType: 'xbar-s', points: subgroups.map(({ list }, i) => ({ x: `S${i}`, values: list })) };
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, label: `Row ${i}` }));
    const columns = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` }));
    const cells = Array.from({ length: 50_000 }, (_, i) => ({ row: `r${Math.floor(i / 1000)}`, column: `c${i % 1000}`, value: 3, n: 10 }));
    const heatmap = { kind: 'satisfaction-heatmap', version: 1, title: 'Cells', measure: 'mean-score', rows, columns, cells };
    expect(validate(heatmap).document, 'one such dataset is valid').to.not.equal(null);
    const copies = Array.from({ length: LIMITS.datasets }, () => counted(cells));
    const dashboard = { kind: 'dashboard', version: 1, title: 'Too many cells in all', datasets: Object.fromEntries(copies.map(({ list }, i) => [`d${i}`, { ...heatmap, cells: list }])) };
    const cases = [
      { doc: xbar, reads: () => subgroups.reduce((sum, s) => sum + s.reads(), 0) },
      { doc: dashboard, reads: () => copies.reduce((sum, c) => sum + c.reads(), 0) },
    ];
    for (const { doc, reads } of cases) {
      const result = validate(doc);
      expect(result.document).to.equal(null);
      const budget = result.errors.find((e) => e.path === '' && e.code === 'max-items');
      expect(budget?.params.limit, doc.title).to.equal(LIMITS.items);
      expect(budget?.message).to.contain(String(LIMITS.items));
      // The walk stops at the budget. Each item counted is read once by its schema and at most
      // once more by its document's cross-checks (unique row/column/cell ids).
      expect(reads(), `${doc.title}: items read before refusing`).to.be.at.most(2 * LIMITS.items);
    }
  });

  for (const entry of widgetEntries()) {
    it(`<${entry.tag}>: the largest documents the limits allow render, or are refused naming a limit, without blocking the page`, async () => {
      el = document.createElement(entry.tag) as WidgetElement;
      area.append(el);
      for (const { label, doc } of entry.worstCases(LIMITS)) {
        // Printed for a human reading the log; how fast is the benchmark's job, not a test's.
        const start = performance.now();
        el.data = doc;
        await settle(el);
        await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r, 0));
        const elapsed = performance.now() - start;
        const state = stateOf(el);
        console.log(`worst case <${entry.tag}> ${label}: ${state} in ${Math.round(elapsed)} ms${el.errors.length ? ` (${el.errors[0].path}: ${el.errors[0].message})` : ''}`);
        if (state !== 'ready') {
          expect(['error', 'stale'], label).to.include(state);
          const limitIssue = (el.errors as IssueWithParams[]).find((e) => e.code === 'max-items' || e.code === 'max-length');
          expect(limitIssue, `${label}: refused, so the error must name a limit (${JSON.stringify(el.errors.slice(0, 2))})`).to.not.equal(undefined);
        }
      }
    });

    it(`<${entry.tag}>: every array grown to 10⁶ items is refused at its path with its limit`, async () => {
      const sample = await exampleDocument(entry);
      el = document.createElement(entry.tag) as WidgetElement;
      area.append(el);
      const { arrays } = paths(sample);
      expect(arrays.length, 'the sample has arrays').to.be.greaterThan(0);
      for (const path of arrays) {
        const doc = structuredClone(sample);
        const first = (get(doc, path) as unknown[])[0] ?? 'item';
        const huge = counted(new Array<unknown>(MILLION).fill(first));
        set(doc, path, huge.list);
        await show(el, doc);
        const issue = (el.errors as IssueWithParams[]).find((e) => e.code === 'max-items');
        const where = pathText(path);
        expect(issue, `${where}: 10⁶ items refused with max-items (errors: ${JSON.stringify(el.errors.slice(0, 2))})`).to.not.equal(undefined);
        expect(issue!.path, where).to.equal(where);
        expect(issue!.params.got).to.equal(MILLION);
        const limit = Number(issue!.params.limit);
        expect(limit, `${where} limit`).to.be.within(1, MILLION - 1);
        expect(digits(errorViewText(el)), `${where}: the error view names the limit`).to.contain(String(limit));
        expect(huge.reads(), `${where}: refused by its length, before any item is read`).to.equal(0);
      }
    });

    it(`<${entry.tag}>: 1 MB in every text field is refused at each path with its length limit`, async () => {
      const sample = await exampleDocument(entry);
      el = document.createElement(entry.tag) as WidgetElement;
      area.append(el);
      const doc = structuredClone(sample);
      // Free text and ids only: a 1 MB `type` or `measure` is an enum error, and it stops a
      // tagged union (kpis[].type) from checking the rest of its item.
      const strings = paths(doc).strings.filter((p) => !ENUM_KEYS.has(String(p[p.length - 1])));
      for (const path of strings) set(doc, path, ONE_MEGABYTE);
      await show(el, doc);
      expect(stateOf(el)).to.equal('error');
      const byPath = new Map((el.errors as IssueWithParams[]).map((e) => [e.path, e]));
      const view = errorViewText(el);
      // Issue lists stop at 200 (IssueSink.MAX_ISSUES); check those listed.
      for (const path of strings.slice(0, 150)) {
        const where = pathText(path);
        const issue = byPath.get(where);
        expect(issue?.code, `${where}: max-length`).to.equal('max-length');
        expect(view, `${where} listed`).to.contain(where);
        expect(digits(view)).to.contain(String(issue!.params.limit));
      }
    });

    it(`<${entry.tag}>: 100,000-deep nesting and __proto__ keys neither overflow the stack nor pollute prototypes`, async () => {
      const sample = await exampleDocument(entry);
      el = document.createElement(entry.tag) as WidgetElement;
      area.append(el);
      // In an unknown field (a warning, never walked) and in place of the first array's first item.
      const deep = structuredClone(sample) as Record<string, unknown>;
      const firstArray = paths(sample).arrays[0];
      deep.extra = nested(100_000);
      if (firstArray) set(deep, [...firstArray, 0], nested(100_000, true));
      await show(el, deep);
      expect(['error', 'stale', 'ready']).to.include(stateOf(el));
      // The same through JSON text, as a service would send it.
      const parsed = JSON.parse(`{"__proto__": {"polluted": "yes"}, ${JSON.stringify(sample).slice(1, -1)}, "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
      await show(el, parsed);
      expect(['error', 'stale', 'ready']).to.include(stateOf(el));
      const poisoned = protoKeyed();
      Object.assign(poisoned, structuredClone(sample));
      await show(el, poisoned);
      expect(stateOf(el), 'unknown __proto__ and constructor keys are only warnings').to.equal('ready');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});
