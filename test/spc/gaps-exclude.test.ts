// Gaps (`null`) and excluded points. Expected numbers are hand-computed in the comments.
import { expect } from '@open-wc/testing';
import { analyseControlChart } from '../../src/spc/index.js';
import { chart, series } from './helpers.js';

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-12;

describe('gaps: null is a missing period, never zero', () => {
  // values 1, 3, –, 10, 12 (mdc: no screening, limits at 2.66 × AMR)
  // centre = (1 + 3 + 10 + 12) / 4 = 6.5
  // moving ranges: |3 − 1| = 2, then the gap breaks the chain, |12 − 10| = 2 → AMR = 2
  // (spanning the gap would add |10 − 3| = 7 and give AMR 11/3)
  // UCL = 6.5 + 2.66 × 2 = 11.82, LCL = 1.18
  const a = analyseControlChart(chart(series([1, 3, null, 10, 12]), { rules: 'mdc' }));

  it('keeps the gap as a null value, out of the mean', () => {
    expect(a.points[2].value).to.equal(null);
    expect(a.points[2].rules).to.deep.equal([]);
    expect(a.points[2].signal).to.equal(null);
    expect(a.phases[0].center).to.equal(6.5);
    expect(a.phases[0].pointsUsed).to.equal(4);
  });

  it('breaks the moving range at a gap', () => {
    expect(close(a.phases[0].ucl, 11.82)).to.equal(true);
    expect(close(a.phases[0].lcl, 1.18)).to.equal(true);
    expect(a.movingRange!.points.map((p) => p.value)).to.deep.equal([null, 2, null, null, 2]);
    expect(a.movingRange!.phases[0].center).to.equal(2);
  });

  it('draws constant limits through the gap', () => {
    expect(a.points[2].center).to.equal(6.5);
    expect(a.points[2].ucl).to.equal(a.points[1].ucl);
  });

  it('does not count a gap as a point of a shift', () => {
    // six points below (7, 8, …) then seven above (12, 13, …) with a gap among them:
    // mean = (45 + 87) / 13 = 10.15; the seven points above form a shift.
    const lows = [7, 8, 7, 8, 7, 8];
    const seven = analyseControlChart(chart(series([...lows, 12, 13, 12, 13, 12, 13, null, 12]), { rules: 'mdc' }));
    expect(seven.points.map((p) => p.rules.includes('shift'))).to.deep.equal([...lows.map(() => false), true, true, true, true, true, true, false, true]);
    // Six points above and a gap: still six, no shift.
    const six = analyseControlChart(chart(series([...lows, 12, 13, 12, null, 13, 12, 13]), { rules: 'mdc' }));
    expect(six.points.some((p) => p.rules.includes('shift'))).to.equal(false);
  });

  it('skips a gap inside a trend: neighbours are compared', () => {
    const a2 = analyseControlChart(chart(series([5, 1, 2, 3, null, 4, 5, 6, 7, 0]), { rules: 'mdc', screenMovingRanges: false }));
    expect(a2.points.map((p) => p.rules.includes('trend'))).to.deep.equal([false, true, true, true, false, true, true, true, true, false]);
  });

  it('treats a ratio point with n = 0 as a gap', () => {
    const p = analyseControlChart(
      chart(
        [
          { x: 'a', value: 1, n: 10 },
          { x: 'b', value: 0, n: 0 },
          { x: 'c', value: 3, n: 10 },
        ],
        { chartType: 'p' },
      ),
    );
    expect(p.points.map((q) => q.value)).to.deep.equal([0.1, null, 0.3]);
    expect(p.points[1].ucl).to.equal(null); // no n, no limits for that period
    expect(close(p.phases[0].center, 0.2)).to.equal(true); // 4 / 20
  });
});

describe('exclude: visible, but out of the calculation', () => {
  it('keeps an excluded count on the chart, flagged, but out of the centre (c chart)', () => {
    // counts 4, 6, 5, [50 excluded], 5: c̄ = 20 / 4 = 5, UCL = 5 + 3√5 = 11.708, LCL clipped at 0
    const a = analyseControlChart(chart([...series([4, 6, 5]), { x: '4', value: 50, exclude: true }, { x: '5', value: 5 }], { chartType: 'c' }));
    expect(a.phases[0].center).to.equal(5);
    expect(close(a.phases[0].ucl, 5 + 3 * Math.sqrt(5))).to.equal(true);
    expect(a.phases[0].lcl).to.equal(0);
    expect(a.phases[0].pointsUsed).to.equal(4);
    expect(a.points[3]).to.include({ value: 50, excluded: true, special: true });
    expect(a.points[3].rules).to.deep.equal(['outside-limits']);
  });

  it('leaves excluded points out of the runs analysis', () => {
    // included: 4 (below 5), 6 (above), 5, 5 (on the centre line): 4 observations, 2 useful
    const a = analyseControlChart(chart([...series([4, 6, 5]), { x: '4', value: 50, exclude: true }, { x: '5', value: 5 }], { chartType: 'c', rules: 'anhoej' }));
    expect(a.runs).to.include({ observations: 4, useful: 2, longestRun: 1, crossings: 1 });
  });

  it('joins the neighbours of an excluded point in the moving ranges (as qicharts2)', () => {
    // 1, [100 excluded], 3, 5: centre (1 + 3 + 5) / 3 = 3; ranges |3 − 1| = 2, |5 − 3| = 2 → AMR 2
    // mdc: UCL = 3 + 2.66 × 2 = 8.32, LCL = −2.32 (an individuals chart is not clipped)
    const a = analyseControlChart(chart([{ x: '1', value: 1 }, { x: '2', value: 100, exclude: true }, ...series([3, 5]).map((p, i) => ({ ...p, x: String(i + 3) }))]));
    expect(a.phases[0].center).to.equal(3);
    expect(close(a.phases[0].ucl, 8.32)).to.equal(true);
    expect(close(a.phases[0].lcl, -2.32)).to.equal(true);
    // The panel shows the excluded point's range to 1 (99); the next point is measured from 1 too.
    expect(a.movingRange!.points.map((p) => p.value)).to.deep.equal([null, 99, 2, 2]);
    expect(a.movingRange!.points.map((p) => p.excluded)).to.deep.equal([false, true, false, false]);
    expect(a.movingRange!.phases[0].center).to.equal(2);
  });

  it('does not let an excluded point take part in a shift or trend', () => {
    // 1..6 rising, an excluded 100, then 7: the trend 1..7 has seven included points.
    const points = [...series([1, 2, 3, 4, 5, 6]), { x: 'e', value: 100, exclude: true }, { x: '8', value: 7 }];
    const a = analyseControlChart(chart(points, { rules: 'mdc' }));
    expect(a.points.map((p) => p.rules.includes('trend'))).to.deep.equal([true, true, true, true, true, true, false, true]);
  });
});
