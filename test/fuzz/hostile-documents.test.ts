import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadBundle } from '../support/bundle.js';
import { injectedElements } from '../support/hostile.js';
import { installRecorders, summarize } from '../support/recorders.js';
import { errorViewText, isDashboard, notRendered, stateOf, type Issue, type WidgetElement } from '../support/widget.js';
import { allExamples, definedWidgets, type WidgetEntry } from '../support/widgets.js';
import { hostileDocument, seedFor } from './arbitraries.js';

/**
 * Property-based tests: every defined widget (and the dashboard) gets random hostile
 * documents built from its samples (see arbitraries.ts). For each one:
 *  - nothing is thrown, rejected or logged with console.error on the page;
 *  - a valid document (by the bundle's own validator) renders a chart with its title;
 *    an invalid one shows the error view listing every problem by its path, and the
 *    element's `errors` are exactly the validator's;
 *  - nothing in a label runs (`window.__pwned` stays undefined, no markup appears);
 *  - no prototype is polluted by `__proto__` keys;
 *  - the page stays responsive: a timer set after the update fires (the slowest run is
 *    printed; how fast is the benchmark's job, not a test's).
 * Seeds are fixed per tag (seedFor), so a failure reproduces; fast-check prints the seed
 * and the shrunk counterexample.
 */
export const RUNS_PER_WIDGET = 200;

// Unknown fields are reported with console.warn by design: kept, not printed.
const recorders = installRecorders(window, { quietWarnings: true });
const bundle = await loadBundle();
type Validate = (value: unknown, kinds?: readonly string[]) => { document: unknown; errors: Issue[]; truncated: boolean };
const validateDocument = bundle.validateDocument as Validate;

const area = document.createElement('div');
area.style.width = '800px';
document.body.append(area);

/** What a widget must show for `doc` (of `kind`); '' when it does. */
function violations(el: WidgetElement, doc: unknown, kind: string): string {
  const problems: string[] = [];
  if (doc === null) {
    if (stateOf(el) !== 'empty') problems.push(`null must show the empty state, state is ${stateOf(el)}`);
    return problems.join('\n');
  }
  const expected = validateDocument(doc, [kind]);
  if (expected.document) {
    const why = notRendered(el, String((doc as { title: unknown }).title));
    if (why) problems.push(`valid document not rendered: ${why}`);
    if (el.errors.length) problems.push(`valid document has errors: ${JSON.stringify(el.errors.slice(0, 3))}`);
  } else {
    const state = stateOf(el);
    if (state !== 'error' && state !== 'stale') problems.push(`invalid document: state is ${state}, expected error or stale`);
    if (!isDashboard(el)) {
      const got = el.errors.map((e) => e.path);
      const want = expected.errors.map((e) => e.path);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`errors ${JSON.stringify(got.slice(0, 5))} ≠ validator's ${JSON.stringify(want.slice(0, 5))}`);
    }
    const text = errorViewText(el);
    for (const issue of expected.errors) {
      if (issue.path && !text.includes(issue.path)) problems.push(`error view does not list ${issue.path}`);
    }
    if (expected.errors.some((e) => e.path === '') && !/document|root/i.test(text)) problems.push('error view does not name the document-level problem');
  }
  return problems.join('\n');
}

const timerFires = () =>
  new Promise<number>((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(performance.now() - start), 0);
  });

async function render(el: WidgetElement, doc: unknown): Promise<number> {
  const start = performance.now();
  el.data = doc;
  await el.updateComplete;
  for (const child of el.children as HTMLCollectionOf<WidgetElement>) await child.updateComplete;
  await el.updateComplete;
  await timerFires();
  return performance.now() - start;
}

function childKind(child: Element): string | null {
  const entry = definedWidgets().find((w) => w.tag === child.localName);
  return entry ? entry.kind : null;
}

async function fuzz(entry: WidgetEntry): Promise<void> {
  const samples = await allExamples(entry);
  samples.push(entry.minimal());
  const el = document.createElement(entry.tag) as WidgetElement;
  if (isDashboard(el)) {
    for (const widget of definedWidgets()) {
      if (widget.kind === 'dashboard') continue;
      const child = document.createElement(widget.tag);
      child.setAttribute('dataset', widget.kind);
      el.append(child);
    }
  }
  area.append(el);
  let runs = 0;
  let slowest = 0;
  const outcomes: Record<string, number> = {};
  try {
    await fc.assert(
      fc.asyncProperty(hostileDocument(samples), async (generated) => {
        runs++;
        const doc = generated === undefined ? null : generated;
        recorders.clear();
        slowest = Math.max(slowest, await render(el, doc));
        outcomes[stateOf(el)] = (outcomes[stateOf(el)] ?? 0) + 1;
        const problems: string[] = [];
        const own = violations(el, doc, entry.kind);
        if (own) problems.push(own);
        if (isDashboard(el) && doc && validateDocument(doc, ['dashboard']).document) {
          const datasets = (doc as { datasets: Record<string, unknown> }).datasets;
          for (const child of el.children as HTMLCollectionOf<WidgetElement>) {
            const name = child.getAttribute('dataset')!;
            const kind = childKind(child)!;
            if (Object.prototype.hasOwnProperty.call(datasets, name)) {
              const why = violations(child, datasets[name], kind);
              if (why) problems.push(`<${child.localName} dataset=${name}>: ${why}`);
            } else if (child.errors[0]?.path !== `datasets.${name}`) {
              problems.push(`<${child.localName} dataset=${name}>: a missing dataset must be reported at datasets.${name}`);
            }
          }
        }
        if (window.__pwned !== undefined) problems.push(`a label ran script: window.__pwned = ${String(window.__pwned)}`);
        const injected = injectedElements(area);
        if (injected.length) problems.push(`a label became markup: ${injected[0].outerHTML.slice(0, 80)}`);
        if (({} as Record<string, unknown>).polluted !== undefined || (Object.prototype as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted');
        const noise = recorders.errors.concat(recorders.rejections, recorders.consoleErrors);
        if (noise.length) problems.push(`page errors: ${summarize(recorders)}`);
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { seed: seedFor(entry.tag), numRuns: RUNS_PER_WIDGET, endOnFailure: true },
    );
  } finally {
    el.remove();
  }
  console.log(`fuzz <${entry.tag}>: ${runs} runs, seed ${seedFor(entry.tag)}, end states ${JSON.stringify(outcomes)}, slowest ${Math.round(slowest)} ms`);
  expect(runs).to.be.at.least(RUNS_PER_WIDGET);
  // The mix must exercise both paths: documents that render and documents that are refused.
  expect(outcomes.ready ?? 0, 'some documents rendered').to.be.greaterThan(RUNS_PER_WIDGET / 20);
  expect((outcomes.error ?? 0) + (outcomes.stale ?? 0), 'some documents were refused').to.be.greaterThan(RUNS_PER_WIDGET / 4);
}

describe(`fuzz: hostile documents (${RUNS_PER_WIDGET} runs per widget, fixed seeds)`, function () {
  this.timeout(180000);

  it('fuzzes at least the dashboard', () => {
    expect(definedWidgets().map((w) => w.tag)).to.include('hcx-dashboard');
  });

  for (const entry of definedWidgets()) {
    it(`<${entry.tag}>: renders or lists every problem by path; never throws, runs labels or blocks the page`, async () => {
      await fuzz(entry);
    });
  }
});
