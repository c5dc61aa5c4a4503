// Any valid document analyses without throwing, NaN or Infinity (speed: the benchmark, W3/W4).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHART_TYPES, RULE_PRESETS, type ChartType, type ControlChartDocument, type ControlChartPoint } from '../../src/contract/control-chart.js';
import { validateDocument } from '../../src/contract/validate.js';
import { analyseControlChart, type ControlChartAnalysis } from '../../src/spc/index.js';
import { badNumbers, chart } from './helpers.js';

const number = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }), // up to ±1.8e308: overflow must not leak
);

const rawPoint = fc.record({
  value: fc.oneof(fc.constant(null), number),
  n: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 1e4, noNaN: true })),
  values: fc.array(number, { maxLength: 6 }),
  exclude: fc.boolean(),
});

/** Makes a raw point fit the chart type's contract (non-negative counts, value ≤ n for p). */
function fit(type: ChartType, raw: { value: number | null; n: number; values: number[]; exclude: boolean }, i: number): ControlChartPoint {
  const x = `x${i}`;
  if (type === 'xbar-s') return raw.values.length > 0 || raw.value !== null ? { x, values: raw.values, exclude: raw.exclude } : { x, value: null };
  let value = raw.value;
  if (value !== null && ['p', 'pprime', 'c', 'g', 't'].includes(type)) value = Math.abs(value);
  let n = raw.n;
  if (value !== null && (type === 'p' || type === 'pprime') && value > n) n = value;
  return { x, value, n, exclude: raw.exclude };
}

const documents = fc
  .record({
    chartType: fc.constantFrom(...CHART_TYPES),
    rules: fc.constantFrom(...RULE_PRESETS),
    improvement: fc.constantFrom('increase', 'decrease', 'neither') as fc.Arbitrary<'increase' | 'decrease' | 'neither'>,
    target: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }), { nil: undefined }),
    baseline: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
    multiplier: fc.option(fc.constantFrom(1, 100, 1000, 10000), { nil: undefined }),
    shiftLength: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
    trendLength: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
    screenMovingRanges: fc.option(fc.boolean(), { nil: undefined }),
    points: fc.array(rawPoint, { maxLength: 60 }),
    phaseStarts: fc.array(fc.nat(), { maxLength: 4 }),
  })
  .map(({ points, phaseStarts, ...options }): ControlChartDocument => {
    const fitted = points.map((p, i) => fit(options.chartType, p, i));
    const phases = fitted.length === 0 ? [] : phaseStarts.map((k, j) => ({ start: fitted[k % fitted.length].x, label: `phase ${j}` }));
    const doc: ControlChartDocument = chart(fitted, { phases });
    for (const [key, value] of Object.entries(options)) if (value !== undefined) Object.assign(doc, { [key]: value });
    return doc;
  });

function invariants(doc: ControlChartDocument, a: ControlChartAnalysis): string[] {
  const problems = badNumbers(a);
  if (a.points.length !== doc.points.length) problems.push('one analysed point per input point');
  let covered = 0;
  for (const ph of a.phases) {
    if (ph.startIndex !== covered) problems.push(`phase starts at ${ph.startIndex}, expected ${covered}`);
    covered = ph.endIndex + 1;
  }
  if (covered !== doc.points.length) problems.push('phases cover every point');
  a.points.forEach((p, i) => {
    if (p.index !== i) problems.push(`index ${i}`);
    if (p.special !== p.rules.length > 0) problems.push(`special ⇔ rules at ${i}`);
    if ((p.signal === null) === p.special) problems.push(`signal ⇔ special at ${i}`);
    if (p.value === null && p.rules.length > 0) problems.push(`a gap fired a rule at ${i}`);
    if (p.rules.some((r) => !a.rulesApplied.includes(r))) problems.push(`unknown rule at ${i}`);
    const lines = [p.lcl, p.lower2, p.lower1, p.upper1, p.upper2, p.ucl];
    if (lines.every((l) => l !== null) && lines.some((l, k) => k > 0 && l! < lines[k - 1]!)) problems.push(`lines out of order at ${i}`);
  });
  if (a.variation !== null && a.points.every((p) => p.value === null)) problems.push('an icon without any value');
  return problems;
}

/** Counterexamples fast-check found once, kept so they run every time. */
const FOUND: ControlChartDocument[] = [
  // A moving range near the largest double: 3.267 × MR̄ overflowed the MR panel's UCL to Infinity.
  chart([{ x: 'x0', value: -5.502580761745687e307, n: 0 }, { x: 'x1', value: 0, n: 0 }], { chartType: 'xmr', rules: 'mdc', improvement: 'increase' }),
];

describe('robustness', () => {
  it('any valid document: no throw, no NaN/undefined/Infinity, consistent points and phases', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        fc.pre(validateDocument(doc).errors.length === 0);
        expect(invariants(doc, analyseControlChart(doc))).to.deep.equal([]);
      }),
      // A fixed seed keeps CI repeatable; change it to explore, and add what fails to FOUND.
      { numRuns: 400, seed: 20261202, examples: FOUND.map((doc) => [doc]) },
    );
  });

  it('is a pure function of the document: same input, same output, input untouched', () => {
    const doc = chart(
      Array.from({ length: 50 }, (_, i) => ({ x: `d${i}`, value: Math.sin(i) * 10 + (i > 30 ? 15 : 0), exclude: i === 7 })),
      { phases: [{ start: 'd31', label: 'after' }], baseline: 20, target: 3, improvement: 'increase' },
    );
    const copy = structuredClone(doc);
    const first = analyseControlChart(doc);
    expect(analyseControlChart(doc)).to.deep.equal(first);
    expect(doc).to.deep.equal(copy);
  });
});

// Speed is measured by `npm run bench` (never by timed tests); this checks that the
// benchmark-sized input (W4) is analysed completely for every chart type and preset.
describe('20,000 points (benchmark size)', () => {
  const size = 20_000;
  // A deterministic noisy series with a step, gaps and exclusions: every rule has work to do.
  const value = (i: number) => 50 + 10 * Math.sin(i * 1.7) + 5 * Math.cos(i * 0.31) + (i > size / 2 ? 8 : 0);
  const point = (type: ChartType, i: number): ControlChartPoint => {
    const x = `p${i}`;
    if (i % 997 === 0) return { x, value: null };
    const exclude = i % 1499 === 0 ? true : undefined;
    if (type === 'xbar-s') return { x, values: [value(i), value(i + 1), value(i + 2), value(i + 3)], exclude };
    return { x, value: Math.round(value(i)), n: 100, exclude };
  };
  for (const type of CHART_TYPES) {
    for (const rules of RULE_PRESETS) {
      it(`${type} / ${rules}: every point analysed, limits in both phases, no NaN`, () => {
        const doc: ControlChartDocument = chart(
          Array.from({ length: size }, (_, i) => point(type, i)),
          { chartType: type, rules, phases: [{ start: `p${size / 2 + 1}`, label: 'after' }], improvement: 'increase', target: 55 },
        );
        const analysis = analyseControlChart(doc);
        expect(analysis.points).to.have.length(size);
        expect(analysis.phases).to.have.length(2);
        const bad = analysis.points.filter((p) => [p.value, p.center, p.ucl, p.lcl].some((v) => v !== null && !Number.isFinite(v)));
        expect(bad, 'points with a non-finite number').to.deep.equal([]);
        expect(analysis.phases.every((ph) => ph.center !== null)).to.equal(true);
      });
    }
  }
});
