// Phases (limits recalculated from each start), baseline freeze and trial limits.
import { expect } from '@open-wc/testing';
import { analyseControlChart, phaseWindows } from '../../src/spc/index.js';
import { chart, series } from './helpers.js';

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-12;

describe('phases', () => {
  const values = [10, 12, 11, 13, 12, 20, 22, 21, 23, 22];

  it('recalculates the centre from each phase start, with its label', () => {
    const a = analyseControlChart(chart(series(values), { phases: [{ start: '1', label: 'Before' }, { start: '6', label: 'After' }] }));
    expect(a.phases.map((p) => [p.startIndex, p.endIndex, p.label])).to.deep.equal([
      [0, 4, 'Before'],
      [5, 9, 'After'],
    ]);
    // (10 + 12 + 11 + 13 + 12) / 5 = 11.6 and (20 + 22 + 21 + 23 + 22) / 5 = 21.6
    expect(close(a.phases[0].center, 11.6)).to.equal(true);
    expect(close(a.phases[1].center, 21.6)).to.equal(true);
    expect(a.points.map((p) => p.phase)).to.deep.equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('puts the points before the first listed phase in an unlabelled phase, and sorts phases', () => {
    const a = analyseControlChart(chart(series([...values, 5, 6]), { phases: [{ start: '11', label: 'C' }, { start: '6', label: 'B' }] }));
    expect(a.phases.map((p) => [p.startIndex, p.endIndex, p.label])).to.deep.equal([
      [0, 4, null],
      [5, 9, 'B'],
      [10, 11, 'C'],
    ]);
  });

  it('restarts the moving ranges at a phase start', () => {
    const a = analyseControlChart(chart(series(values), { phases: [{ start: '6', label: 'After' }] }));
    // Within phase 2 the ranges are 2, 1, 2, 1 (AMR 1.5); |20 − 12| = 8 is not one of them.
    expect(a.movingRange!.points.map((p) => p.value)).to.deep.equal([null, 2, 1, 2, 1, null, 2, 1, 2, 1]);
    expect(a.movingRange!.phases.map((p) => p.center)).to.deep.equal([1.5, 1.5]);
  });

  it('does not run rules across a phase boundary', () => {
    // 1, 2, 3, 4 end phase 1 and 5, 6, 7 start phase 2: seven rising points, but not in one phase.
    const y = [5, 9, 4, 1, 2, 3, 4, 5, 6, 7, 2, 8, 1];
    const split = analyseControlChart(chart(series(y), { phases: [{ start: '8', label: 'B' }] }));
    expect(split.points.some((p) => p.rules.includes('trend'))).to.equal(false);
    const whole = analyseControlChart(chart(series(y)));
    expect(whole.points.map((p) => p.rules.includes('trend'))).to.deep.equal([false, false, false, true, true, true, true, true, true, true, false, false, false]);
  });

  it('ignores a phase whose start matches no point, and keeps the later of two phases on one point', () => {
    const w = phaseWindows(series([1, 2, 3]), [{ start: 'nope', label: 'X' }, { start: '2', label: 'first' }, { start: '2', label: 'second' }], undefined);
    expect(w.map((p) => [p.start, p.end, p.label])).to.deep.equal([
      [0, 0, null],
      [1, 2, 'second'],
    ]);
  });
});

describe('baseline: limits frozen on the first N points of each phase', () => {
  it('freezes centre and limits on the baseline and judges later points against them', () => {
    // baseline 10, 12, 10, 12, 10: centre 10.8, ranges 2, 2, 2, 2 → UCL = 10.8 + 2.66 × 2 = 16.12
    const a = analyseControlChart(chart(series([10, 12, 10, 12, 10, 30, 32, 30, 32, 30]), { baseline: 5 }));
    expect(close(a.phases[0].center, 10.8)).to.equal(true);
    expect(close(a.phases[0].ucl, 16.12)).to.equal(true);
    expect(a.points.map((p) => p.inBaseline)).to.deep.equal([true, true, true, true, true, false, false, false, false, false]);
    expect(a.points.slice(5).every((p) => p.rules.includes('outside-limits'))).to.equal(true);
    expect(a.phases[0]).to.include({ frozenCount: 5, pointsUsed: 5, trial: true });
    // The MR panel's centre is frozen too.
    expect(a.movingRange!.phases[0].center).to.equal(2);
  });

  it('freezes each phase on its own first N points', () => {
    const a = analyseControlChart(chart(series([1, 2, 3, 100, 100, 10, 11, 12, 100, 100]), { baseline: 3, phases: [{ start: '6', label: 'B' }] }));
    expect(a.phases.map((p) => p.center)).to.deep.equal([2, 11]);
    expect(a.phases.map((p) => p.frozenCount)).to.deep.equal([3, 3]);
  });

  it('counts the baseline by position, gaps included (NHSRplotthedots, qicharts2)', () => {
    // baseline 3 = 10, –, 12: two values, no moving range across the gap → a centre but no limits
    const a = analyseControlChart(chart(series([10, null, 12, 50, 50]), { baseline: 3 }));
    expect(a.phases[0].center).to.equal(11);
    expect(a.phases[0]).to.include({ ucl: null, lcl: null, pointsUsed: 2, frozenCount: 3 });
  });

  it('uses the whole phase when the baseline is longer than the phase', () => {
    const a = analyseControlChart(chart(series([1, 2, 3, 4]), { baseline: 100 }));
    expect(a.phases[0]).to.include({ frozenCount: 4, pointsUsed: 4, center: 2.5 });
    expect(a.points.every((p) => p.inBaseline)).to.equal(true);
  });

  it('reports no frozen window without a baseline', () => {
    expect(analyseControlChart(chart(series([1, 2, 3]))).phases[0].frozenCount).to.equal(null);
  });
});

describe('trial limits: fewer than 13 points behind the limits', () => {
  const y = Array.from({ length: 20 }, (_, i) => (i % 3) + (i % 2));
  it('12 points: trial; 13 points: not', () => {
    expect(analyseControlChart(chart(series(y.slice(0, 12)))).phases[0].trial).to.equal(true);
    expect(analyseControlChart(chart(series(y.slice(0, 13)))).phases[0].trial).to.equal(false);
  });
  it('counts only the points used: excluded points and gaps do not count', () => {
    const points = series(y).map((p, i) => (i < 8 ? { ...p, exclude: true } : p));
    const a = analyseControlChart(chart(points));
    expect(a.phases[0]).to.include({ pointsUsed: 12, trial: true });
    const gaps = analyseControlChart(chart(series([...y.slice(0, 13), null, null])));
    expect(gaps.phases[0]).to.include({ pointsUsed: 13, trial: false });
  });
  it('a baseline of 12 in a longer phase gives trial limits', () => {
    expect(analyseControlChart(chart(series(y), { baseline: 12 })).phases[0].trial).to.equal(true);
  });
  it('each phase is judged on its own', () => {
    const a = analyseControlChart(chart(series(y), { phases: [{ start: '6', label: 'B' }] }));
    expect(a.phases.map((p) => p.trial)).to.deep.equal([true, false]);
  });
});
