import { expect } from '@open-wc/testing';
import { analyseControlChart } from '../../../src/spc/analyse.js';
import { concernRuns, latestRun, outerLimits, phaseChange } from '../../../src/components/control-chart/story.js';
import { digitsFor, periodUnit } from '../../../src/components/control-chart/format.js';
import { linePath, stepPath } from '../../../src/components/control-chart/paths.js';
import { textWidth, wrap } from '../../../src/components/control-chart/text.js';
import { dodge } from '../../../src/components/control-chart/scene.js';
import { concernDoc, pDoc, phasedDoc, smallDoc, week } from './fixtures.js';

describe('control chart display helpers', () => {
  it('phaseChange judges the last phase against the previous phase’s centre and limits', () => {
    const a = analyseControlChart(phasedDoc());
    const change = phaseChange(a)!;
    // Before: mean 50.1, moving ranges 1 2 3 2 2 3 1 1 2 → 17/9; LCL = 50.1 − 2.66 × 17/9 = 45.0756 (hand-computed).
    expect(a.phases[0]!.lcl).to.be.closeTo(50.1 - (2.66 * 17) / 9, 1e-12);
    expect(change).to.deep.include({ phase: 'After redesign', total: 10, beyond: 10, longestRun: 10, real: true, direction: -1 });
    expect(change.from).to.be.closeTo(50.1, 1e-12);
    expect(change.to).to.be.closeTo(40.3, 1e-12);
    // A change inside the old limits with a run shorter than 7 is not (yet) a signal.
    const doc = phasedDoc();
    doc.points = doc.points.slice(0, 15).map((p, i) => (i >= 10 ? { ...p, value: [49, 48.5, 49.5, 48.8, 49.2][i - 10]! } : p));
    const small = phaseChange(analyseControlChart(doc))!;
    expect(small).to.deep.include({ beyond: 0, longestRun: 5, real: false, direction: -1 });
    expect(phaseChange(analyseControlChart(smallDoc())), 'one phase: nothing to compare').to.equal(null);
  });

  it('outerLimits: constant limits as they are; varying limits at their widest', () => {
    const a = analyseControlChart(smallDoc());
    expect(outerLimits(a, 0)).to.deep.equal({ ucl: a.phases[0]!.ucl, lcl: a.phases[0]!.lcl });
    const p = pDoc();
    p.points[1]!.n = 400;
    p.points[1]!.value = 380;
    const varying = analyseControlChart(p);
    expect(varying.phases[0]!.ucl, 'limits vary with n').to.equal(null);
    const outer = outerLimits(varying, 0);
    expect(outer.ucl).to.equal(Math.max(...varying.points.map((q) => q.ucl!)));
    expect(outer.lcl).to.equal(Math.min(...varying.points.map((q) => q.lcl!)));
  });

  it('latestRun and concernRuns follow the latest points only', () => {
    const a = analyseControlChart(concernDoc());
    expect(latestRun(a)).to.deep.include({ signal: 'concern', first: 8, last: 8, count: 1, outside: true, allOutside: true });
    expect(concernRuns(a, 3).map((r) => r.first)).to.deep.equal([8]);
    const later = concernDoc();
    later.points.push(...[12, 11, 13].map((value, i) => ({ x: week(9 + i), value })));
    const b = analyseControlChart(later);
    expect(b.points[8]!.signal).to.equal('concern');
    expect(concernRuns(b, 3), 'three ordinary weeks later the concern is history').to.deep.equal([]);
    expect(concernRuns(b, 4).map((r) => r.first)).to.deep.equal([8]);
    expect(latestRun(analyseControlChart(smallDoc()))).to.equal(null);
  });

  it('periodUnit reads the spacing of ISO dates; digitsFor shows two significant digits of sigma', () => {
    expect(periodUnit([week(0), week(1), week(2)])).to.equal('week');
    expect(periodUnit(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'])).to.equal('month');
    expect(periodUnit(['2024-01-01', '2024-01-02'])).to.equal('day');
    expect(periodUnit(['2024-01-01', '2024-04-01', '2024-07-01'])).to.equal('quarter');
    expect(periodUnit(['Week 1', 'Week 2'])).to.equal('point');
    expect(periodUnit(['2024-01-01', '2024-01-04', '2024-01-09'])).to.equal('point');
    expect([digitsFor(1.52), digitsFor(0.13), digitsFor(14), digitsFor(0.004), digitsFor(0)]).to.deep.equal([1, 2, 0, 4, 1]);
  });

  it('linePath breaks at gaps; the dense form keeps first, lowest, highest and last of each pixel column', () => {
    const values = [1, 2, NaN, 3, 4];
    const d = linePath(0, 4, values, (i) => i * 10, (v) => 100 - v, false);
    expect(d).to.equal('M0,99L10,98M30,97L40,96');
    // 8 points, x = 0.25 i rounds to 0,0,1,1,1,1,2,2: columns 0, 1 and 2 (y = value).
    const dense = [5, 1, 9, 2, 8, 3, 7, 4];
    const m4 = linePath(0, 7, dense, (i) => i * 0.25, (v) => v, true);
    const columns = m4.split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));
    expect(columns.map(([x]) => x)).to.deep.equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    // Column 1 holds 9, 2, 8, 3 (i = 2…5): first 9, then highest y (9, i=2) and lowest (2, i=3) in order, last 3.
    expect(columns.slice(4, 8).map(([, y]) => y)).to.deep.equal([9, 9, 2, 3]);
    // Every value's extremes are kept: the drawn range of each column equals the data's.
    expect(Math.min(...columns.map(([, y]) => y!))).to.equal(1);
    expect(Math.max(...columns.map(([, y]) => y!))).to.equal(9);
  });

  it('stepPath: one segment for constant limits, steps where they change, pen up at gaps and hidden values', () => {
    const edge = (i: number) => i * 10;
    expect(stepPath(0, 3, [5, 5, 5, 5], edge, (v) => v)).to.equal('M0,5H40');
    const levels = [5, 5, 7, NaN, 7];
    expect(stepPath(0, 4, levels, edge, (v) => v)).to.equal('M0,5H20V7H30M40,7H50');
    // The MR panel's lower limit of 0 is not drawn (it lies on the panel's floor).
    expect(stepPath(0, 3, [0, 0, 2, 2], edge, (v) => v, 0)).to.equal('M20,2H40');
    expect(stepPath(1, 2, levels, edge, (v) => v)).to.equal('M10,5H20V7H30');
  });

  it('wrap keeps lines within the width, keeps word spaces for screen readers and breaks CJK between characters', () => {
    const lines = wrap('Since the redesign the mean fell from 50.7 to 41.4 min.', 150, 13);
    for (const l of lines) expect(textWidth(l.trimEnd(), 13)).to.be.at.most(150);
    expect(lines.join('')).to.equal('Since the redesign the mean fell from 50.7 to 41.4 min.');
    const zh = wrap('自精益改造以来均值从五十降至四十一分钟', 60, 13);
    expect(zh.length).to.be.greaterThan(1);
    expect(zh.join('')).to.equal('自精益改造以来均值从五十降至四十一分钟');
    const cut = wrap('one two three four five six seven eight nine ten', 60, 13, 2);
    expect(cut).to.have.length(2);
    expect(cut[1]!.endsWith('…')).to.equal(true);
  });

  it('dodge spreads labels at least a gap apart inside the panel', () => {
    const out = dodge([{ y: 100 }, { y: 102 }, { y: 104 }, { y: 300 }], 13, 0, 305);
    const ys = out.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).to.be.at.least(13);
    expect(ys[ys.length - 1]).to.be.at.most(305);
  });
});
