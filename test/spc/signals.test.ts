// Rule presets, conflicts between rules, the per-point signal and the variation icon.
import { expect } from '@open-wc/testing';
import { analyseControlChart, RULES, PRESETS, resolveSignal, trend, type RuleId } from '../../src/spc/index.js';
import { chart, series } from './helpers.js';

describe('rule ids', () => {
  it('every rule of every preset has an English description', () => {
    for (const preset of Object.values(PRESETS)) for (const id of preset.rules) expect(RULES[id]).to.be.a('string').and.not.equal('');
  });
  it('the rule ids are the documented stable list', () => {
    expect(Object.keys(RULES).sort()).to.deep.equal(
      ['outside-limits', 'shift', 'trend', 'two-of-three', 'runs-longest', 'runs-crossings', 'we-1', 'we-2', 'we-3', 'we-4'].sort(),
    );
  });
  it('each preset reports the rules it applies', () => {
    const rules = (preset: 'mdc' | 'nhsr' | 'anhoej' | 'western-electric') => analyseControlChart(chart(series([1, 2]), { rules: preset })).rulesApplied;
    expect(rules('mdc')).to.deep.equal(['outside-limits', 'trend', 'two-of-three', 'shift']);
    expect(rules('nhsr')).to.deep.equal(['outside-limits', 'trend', 'two-of-three', 'shift']);
    expect(rules('anhoej')).to.deep.equal(['outside-limits', 'runs-longest', 'runs-crossings']);
    expect(rules('western-electric')).to.deep.equal(['we-1', 'we-2', 'we-3', 'we-4']);
  });
  it('mdc is the default preset, without moving-range screening and with 2.66 × AMR', () => {
    const a = analyseControlChart(chart(series([1, 2])));
    expect(a.settings).to.include({ rules: 'mdc', screenMovingRanges: false, shiftLength: 7, trendLength: 7, improvement: 'neither' });
    expect(a.settings.sigmaPerMovingRange * 3).to.be.closeTo(2.66, 1e-15);
  });
});

describe('conflicts: improvement wins (mdc) versus precedence (nhsr)', () => {
  // A stable process around 50, then 10, 20, …, 70: the 10 is below the lower limit (concern
  // when higher is better) and starts a seven-point rising trend (improvement).
  const y = [50, 52, 48, 51, 49, 50, 52, 48, 51, 49, 50, 10, 20, 30, 40, 50, 60, 70];
  const at10 = (rules: 'mdc' | 'nhsr') => analyseControlChart(chart(series(y), { rules, improvement: 'increase' })).points[11];

  it('both presets see the low point and the rising trend', () => {
    expect(at10('mdc').rules).to.include.members(['outside-limits', 'trend']);
    expect(at10('nhsr').rules).to.include.members(['outside-limits', 'trend']);
  });
  it('mdc: improvement wins', () => {
    expect(at10('mdc').signal).to.equal('improvement');
  });
  it('nhsr: the first rule in precedence (outside limits) decides', () => {
    expect(at10('nhsr').signal).to.equal('concern');
  });
  it('resolveSignal on its own', () => {
    const fired = [
      { rule: 'outside-limits' as RuleId, direction: -1 },
      { rule: 'trend' as RuleId, direction: 1 },
    ];
    expect(resolveSignal(fired, 'increase', 'improvement-wins')).to.deep.equal({ signal: 'improvement', direction: 1 });
    expect(resolveSignal(fired, 'decrease', 'improvement-wins')).to.deep.equal({ signal: 'improvement', direction: -1 });
    expect(resolveSignal(fired, 'increase', 'precedence')).to.deep.equal({ signal: 'concern', direction: -1 });
    expect(resolveSignal(fired, 'neither', 'improvement-wins')).to.deep.equal({ signal: 'neither', direction: -1 });
    expect(resolveSignal([{ rule: 'shift', direction: -1 }], 'increase', 'improvement-wins')).to.deep.equal({ signal: 'concern', direction: -1 });
    expect(resolveSignal([{ rule: 'runs-crossings', direction: 2 }], 'increase', 'improvement-wins')).to.deep.equal({ signal: 'neither', direction: 0 });
  });
});

describe('variation icon follows the latest point', () => {
  // 20 points alternating 10, 12, then 30: centre 250/21 = 11.90, AMR (19 × 2 + 18)/20 = 2.8,
  // UCL = 11.90 + 2.66 × 2.8 = 19.35 → 30 is above the upper limit. With −9 instead: centre
  // 211/21 = 10.05, AMR (38 + 21)/20 = 2.95, LCL = 10.05 − 7.85 = 2.20 → −9 is below. With 30
  // in the middle the 10s stay below and the 12s above the centre (11.90): no shift.
  const base = Array.from({ length: 20 }, (_, i) => 10 + 2 * (i % 2));
  const icon = (y: (number | null)[], improvement: 'increase' | 'decrease' | 'neither') =>
    analyseControlChart(chart(series(y), { improvement })).variation;

  it('a high special point: improvement-high / concern-high / neither-high', () => {
    expect(icon([...base, 30], 'increase')).to.equal('improvement-high');
    expect(icon([...base, 30], 'decrease')).to.equal('concern-high');
    expect(icon([...base, 30], 'neither')).to.equal('neither-high');
  });
  it('a low special point: improvement-low when lower is better', () => {
    expect(icon([...base, -9], 'decrease')).to.equal('improvement-low');
    expect(icon([...base, -9], 'increase')).to.equal('concern-low');
  });
  it('a trailing gap: the icon follows the last point with a value', () => {
    expect(icon([...base, 30, null, null], 'increase')).to.equal('improvement-high');
  });
  it('an earlier special point does not set the icon when the latest is common cause', () => {
    expect(icon([...base.slice(0, 10), 30, ...base.slice(10)], 'increase')).to.equal('common-cause');
  });
});

describe('western-electric', () => {
  // A frozen baseline 11, 9, 11, …, 9 (10 points): centre 10, AMR 2, sigma = 2 / 1.128 = 1.773;
  // 1σ 11.773, 2σ 13.546, 3σ 15.319. Each case appends points after the baseline.
  const baseline = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 11 : 9));
  const flagged = (tail: number[], rule: RuleId) =>
    analyseControlChart(chart(series([...baseline, ...tail]), { rules: 'western-electric', baseline: 10 }))
      .points.slice(10)
      .map((p) => p.rules.includes(rule));

  it('we-1: one point beyond 3 sigma', () => {
    expect(flagged([16, 15], 'we-1')).to.deep.equal([true, false]);
  });
  it('we-2: two of three beyond 2 sigma on one side', () => {
    expect(flagged([14, 10, 14], 'we-2')).to.deep.equal([true, false, true]);
    expect(flagged([14, 10, 10, 14], 'we-2')).to.deep.equal([false, false, false, false]);
    expect(flagged([14, 10, 6], 'we-2')).to.deep.equal([false, false, false]);
  });
  it('we-3: four of five beyond 1 sigma on one side', () => {
    expect(flagged([12, 12, 10, 12, 12], 'we-3')).to.deep.equal([true, true, false, true, true]);
    expect(flagged([12, 12, 10, 10, 12, 12], 'we-3')).to.deep.equal([false, false, false, false, false, false]);
  });
  it('we-4: eight in a row on one side of the centre', () => {
    expect(flagged(Array(8).fill(10.5), 'we-4')).to.deep.equal(Array(8).fill(true));
    expect(flagged(Array(7).fill(10.5), 'we-4')).to.deep.equal(Array(7).fill(false));
  });
});

describe('anhoej', () => {
  it('runs-longest flags the points of a run longer than round(log2 n) + 3', () => {
    // 10, 0 alternating (12 points), nine 4s, then 10, 0 alternating (10 points); mean = 146 / 31
    // = 4.71: the last 0 of the first block and the nine 4s are one run of 10 below; 31 useful
    // points allow 8. Runs: 12 + 10 = 22, so 21 crossings ≥ 11 (qbinom(0.05, 30, 0.5)): no crossings signal.
    const y = [...Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 10 : 0)), ...Array(9).fill(4), ...Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 10 : 0))];
    const a = analyseControlChart(chart(series(y), { rules: 'anhoej', improvement: 'increase' }));
    expect(a.runs).to.include({ useful: 31, longestRun: 10, longestRunMax: 8, crossings: 21, crossingsMin: 11, signal: true });
    expect(a.points.map((p, i) => [i, p.rules.includes('runs-longest')]).filter(([, f]) => f).map(([i]) => i)).to.deep.equal([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(a.points[15].signal).to.equal('concern');
    expect(a.points.some((p) => p.rules.includes('runs-crossings'))).to.equal(false);
  });
  it('runs-crossings flags every useful point without a side when crossings are too few', () => {
    // runs of 4, 3, 4, 3, 3, 3 on alternate sides: 5 crossings < 6 for 20 points, longest 4 ≤ 7
    const sides = [4, 3, 4, 3, 3, 3].flatMap((len, k) => Array(len).fill(k % 2 === 0 ? 10 : 0));
    const a = analyseControlChart(chart(series(sides), { rules: 'anhoej', improvement: 'increase' }));
    expect(a.runs).to.include({ useful: 20, longestRun: 4, crossings: 5, crossingsMin: 6, signal: true });
    expect(a.points.every((p) => p.rules.includes('runs-crossings') && p.signal === 'neither')).to.equal(true);
    // No rule has a side: the icon takes the side of the latest value (0, below the mean 5.5).
    expect(a.variation).to.equal('neither-low');
  });
});

describe('shift and trend lengths are configurable (mdc, nhsr)', () => {
  const y = [1, 2, 3, 4, 5, 6, 0];
  it('six rising points: no trend at 7, a trend at 6', () => {
    expect(analyseControlChart(chart(series(y))).points.some((p) => p.rules.includes('trend'))).to.equal(false);
    expect(analyseControlChart(chart(series(y), { trendLength: 6 })).points.map((p) => p.rules.includes('trend'))).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
  it('a point on the centre line breaks a shift', () => {
    const runChart = (values: number[]) => analyseControlChart(chart(series(values), { chartType: 'run', shiftLength: 3 }));
    // median of 1 1 1 5 9 9 9 = 5: three below, the 5 on the line, three above
    expect(runChart([1, 1, 1, 5, 9, 9, 9]).points.map((p) => p.rules.includes('shift'))).to.deep.equal([true, true, true, false, true, true, true]);
    expect(runChart([1, 1, 5, 1, 9, 5, 9]).points.some((p) => p.rules.includes('shift'))).to.equal(false);
  });
});

describe('trend direction at a shared peak', () => {
  it('a peak ending a rising trend and starting a falling one counts as falling (NHSRplotthedots: right side)', () => {
    const f = trend([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], 7);
    expect(Array.from(f)).to.deep.equal([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]);
  });
});
