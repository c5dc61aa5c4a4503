// Chart-type details, clipping and degenerate inputs. Hand-computed values in the comments.
import { expect } from '@open-wc/testing';
import type { ChartType, ControlChartDocument } from '../../src/contract/control-chart.js';
import { validateDocument } from '../../src/contract/validate.js';
import { analyseControlChart, c4, crossingsMin, longestRunMax } from '../../src/spc/index.js';
import { badNumbers, chart, series } from './helpers.js';

const close = (a: number | null, b: number, tol = 1e-12) => a !== null && Math.abs(a - b) < tol;

describe('clipping where the quantity cannot go beyond', () => {
  it('clips proportions to 0…1 (p chart)', () => {
    // n = 2, p̄ = 0.5: sigma = √(0.25 / 2) = 0.35355 → 3σ: 1.56 → 1 and −0.56 → 0; 2σ: 1.207 → 1, −0.207 → 0
    const a = analyseControlChart(chart(series([1, 1, 1, 1]).map((p) => ({ ...p, n: 2 })), { chartType: 'p' }));
    const p = a.points[0];
    expect([p.center, p.ucl, p.lcl, p.upper2, p.lower2]).to.deep.equal([0.5, 1, 0, 1, 0]);
    expect(close(p.upper1, 0.5 + Math.sqrt(0.125))).to.equal(true);
    expect(close(p.lower1, 0.5 - Math.sqrt(0.125))).to.equal(true);
  });

  it('clips lower limits of counts and rates at 0, not of individuals', () => {
    // c̄ = 1.5: 1.5 − 3√1.5 < 0
    expect(analyseControlChart(chart(series([1, 2, 1, 2]), { chartType: 'c' })).phases[0].lcl).to.equal(0);
    // ū = 0.1 per unit, n = 10: sigma 0.1, 0.1 − 0.3 < 0
    expect(analyseControlChart(chart(series([1, 1, 1]).map((p) => ({ ...p, n: 10 })), { chartType: 'u' })).phases[0].lcl).to.equal(0);
    // individuals −5, 5, −5, 5: centre 0, AMR 10, LCL = −26.6
    expect(close(analyseControlChart(chart(series([-5, 5, -5, 5]))).phases[0].lcl, -26.6)).to.equal(true);
  });

  it('clips the t chart lower limit at 0 after the back-transform', () => {
    const a = analyseControlChart(chart(series([1, 400, 3, 900, 2, 1000, 5]), { chartType: 't' }));
    expect(a.phases[0].lcl).to.equal(0);
    expect(a.phases[0].ucl! > a.phases[0].center!).to.equal(true);
  });
});

describe('chart types', () => {
  it('run chart: median centre, no limits, only the run rules', () => {
    const a = analyseControlChart(chart(series([3, 1, 4, 1, 5, 9, 2, 6]), { chartType: 'run', target: 2, improvement: 'increase' }));
    expect(a.phases[0].center).to.equal(3.5); // sorted 1 1 2 3 4 5 6 9
    expect(a.points.every((p) => p.ucl === null && p.lcl === null && p.upper2 === null)).to.equal(true);
    expect(a.rulesApplied).to.deep.equal(['trend', 'shift']);
    expect(a.assurance).to.equal(null);
  });

  it('g chart: limits from the mean, centre line at the median', () => {
    // values 1, 2, 3, 10: median 2.5; mean 4, sigma √(4 × 5) = 4.4721 → UCL = 4 + 3 × 4.4721 = 17.416, LCL 0
    const a = analyseControlChart(chart(series([1, 2, 3, 10]), { chartType: 'g' }));
    expect(a.phases[0].center).to.equal(2.5);
    expect(close(a.phases[0].ucl, 4 + 3 * Math.sqrt(20))).to.equal(true);
    expect(a.phases[0].lcl).to.equal(0);
  });

  it('u chart: rates × multiplier', () => {
    // 2 / 1000 and 3 / 2000 per 1,000: 2 and 1.5; centre 5 / 3000 × 1000 = 1.6667
    const a = analyseControlChart(
      chart(
        [
          { x: 'a', value: 2, n: 1000 },
          { x: 'b', value: 3, n: 2000 },
        ],
        { chartType: 'u', multiplier: 1000 },
      ),
    );
    expect(a.points.map((p) => p.value)).to.deep.equal([2, 1.5]);
    expect(close(a.phases[0].center, 5 / 3)).to.equal(true);
    expect(a.settings.multiplier).to.equal(1000);
    // sigma at n = 1000: √(ū / n) × 1000 = √(1/600000) × 1000
    expect(close(a.points[0].ucl, 5 / 3 + 3 * Math.sqrt(1 / 600000) * 1000, 1e-9)).to.equal(true);
  });

  it('xmr has the moving-range panel, xbar-s the S chart, others neither', () => {
    const xmr = analyseControlChart(chart(series([1, 2, 3])));
    expect([xmr.movingRange !== null, xmr.sChart]).to.deep.equal([true, null]);
    const xs = analyseControlChart(chart([{ x: 'a', values: [1, 2, 3] }, { x: 'b', values: [2, 3, 4] }], { chartType: 'xbar-s' }));
    expect([xs.movingRange, xs.sChart !== null]).to.deep.equal([null, true]);
    expect(xs.points.map((p) => [p.value, p.n])).to.deep.equal([
      [2, 3],
      [3, 3],
    ]);
    expect(xs.sChart!.points.map((p) => p.value)).to.deep.equal([1, 1]);
    const c = analyseControlChart(chart(series([1, 2, 3]), { chartType: 'c' }));
    expect([c.movingRange, c.sChart]).to.deep.equal([null, null]);
  });

  it('xbar-s: a one-value subgroup is plotted without limits; an empty one is a gap', () => {
    // subgroups {1,3}, {5}, {2,4}: sizes differ → pooled s = √((2 + 2) / 2) = √2; centre (4 + 5 + 6) / 5 = 3
    const a = analyseControlChart(
      chart(
        [
          { x: 'a', values: [1, 3] },
          { x: 'b', values: [5] },
          { x: 'c', values: [] },
          { x: 'd', values: [2, 4] },
        ],
        { chartType: 'xbar-s' },
      ),
    );
    expect(a.points.map((p) => p.value)).to.deep.equal([2, 5, null, 3]);
    expect(a.phases[0].center).to.equal(3);
    expect(a.points[1].ucl).to.equal(null);
    expect(a.points[2].ucl).to.equal(null);
    // X̄ UCL at n = 2: 3 + 3 √2 / (c4(2) √2) = 3 + 3 / c4(2)
    expect(close(a.points[0].ucl, 3 + 3 / c4(2)!)).to.equal(true);
    expect(a.sChart!.points.map((p) => p.value)).to.deep.equal([Math.SQRT2, null, null, Math.SQRT2]);
  });

  it('c4 and the Anhøj limits match published tables', () => {
    // Montgomery, Appendix VI: c4(2) = 0.7979, c4(5) = 0.9400, c4(10) = 0.9727, c4(25) = 0.9896
    expect([2, 5, 10, 25].map((n) => Number(c4(n)!.toFixed(4)))).to.deep.equal([0.7979, 0.94, 0.9727, 0.9896]);
    expect(c4(1)).to.equal(null);
    // round(log2 n) + 3 and the 5th percentile of Binomial(n − 1, 0.5), the latter computed
    // exactly with integer arithmetic (Σ C(n−1, k) ≥ 0.05 · 2^(n−1)); large n checks the
    // log-space sum.
    expect([10, 20, 30, 50, 100].map((n) => [longestRunMax(n), crossingsMin(n)])).to.deep.equal([
      [6, 2],
      [7, 6],
      [8, 10],
      [9, 19],
      [10, 41],
    ]);
    expect([1000, 20000, 100000].map(crossingsMin)).to.deep.equal([474, 9883, 49739]);
    expect([crossingsMin(1), crossingsMin(2)]).to.deep.equal([0, 0]);
  });
});

describe('degenerate data: null limits, never NaN', () => {
  const cases: [string, ControlChartDocument][] = [
    ['all equal values', chart(series([5, 5, 5, 5, 5]))],
    ['one point', chart(series([7]))],
    ['all null', chart(series([null, null, null]))],
    ['no points', chart([])],
    ['p with no events', chart(series([0, 0, 0]).map((p) => ({ ...p, n: 10 })), { chartType: 'p' })],
    ['p with all events', chart(series([10, 10]).map((p) => ({ ...p, n: 10 })), { chartType: 'pprime' })],
    ['p with n = 0 everywhere', chart(series([0, 0]).map((p) => ({ ...p, n: 0 })), { chartType: 'p' })],
    ['u′ with one point', chart([{ x: 'a', value: 3, n: 10 }], { chartType: 'uprime' })],
    ['c all zero', chart(series([0, 0, 0]), { chartType: 'c' })],
    ['g all zero', chart(series([0, 0, 0]), { chartType: 'g' })],
    ['t with zeros', chart(series([0, 0, 0]), { chartType: 't' })],
    ['xbar-s of single values', chart([{ x: 'a', values: [1] }, { x: 'b', values: [2] }], { chartType: 'xbar-s' })],
    ['xbar-s all equal', chart([{ x: 'a', values: [1, 1] }, { x: 'b', values: [1, 1] }], { chartType: 'xbar-s' })],
    ['excluded everything', chart(series([1, 2, 3]).map((p) => ({ ...p, exclude: true })))],
    ['huge values', chart(series([1e308, -1e308, 1e308, 1.7e308]))],
  ];
  for (const [name, doc] of cases) {
    it(`${name}: valid document, no NaN/undefined/Infinity in the analysis`, () => {
      expect(validateDocument(doc).errors).to.deep.equal([]);
      expect(badNumbers(analyseControlChart(doc))).to.deep.equal([]);
    });
  }
  it('all equal values: the centre is the value, limits are null', () => {
    const a = analyseControlChart(chart(series([5, 5, 5, 5, 5])));
    expect(a.phases[0]).to.include({ center: 5, ucl: null, lcl: null });
    expect(a.variation).to.equal('common-cause');
  });
  it('all null: no centre, no variation, no runs', () => {
    const a = analyseControlChart(chart(series([null, null])));
    expect([a.phases[0].center, a.variation, a.runs, a.assurance]).to.deep.equal([null, null, null, null]);
  });
  it('no points: empty analysis', () => {
    const a = analyseControlChart(chart([]));
    expect([a.points, a.phases, a.variation, a.runs]).to.deep.equal([[], [], null, null]);
  });
  it('p with no events: centre 0, no limits', () => {
    const a = analyseControlChart(chart(series([0, 0, 0]).map((p) => ({ ...p, n: 10 })), { chartType: 'p' }));
    expect(a.phases[0]).to.include({ center: 0, ucl: null, lcl: null });
  });
});

describe('every chart type accepts the same simple document', () => {
  const types: ChartType[] = ['xmr', 'run', 'p', 'pprime', 'u', 'uprime', 'c', 't', 'g'];
  for (const chartType of types) {
    it(`${chartType}: one analysed point per input point, finite numbers`, () => {
      const doc = chart(
        [3, 5, 4, null, 6, 2, 5, 4, 3, 5].map((value, i) => ({ x: `2024-01-${String(i + 1).padStart(2, '0')}`, value, n: 10 })),
        { chartType },
      );
      expect(validateDocument(doc).errors).to.deep.equal([]);
      const a = analyseControlChart(doc);
      expect(a.points).to.have.length(10);
      expect(a.chartType).to.equal(chartType);
      expect(badNumbers(a)).to.deep.equal([]);
    });
  }
});
