import { expect } from '@open-wc/testing';
import { constantLimits, fillLines, includedPoints, pick } from '../../src/spc/column-loops.js';

const nan = (count: number) => new Float64Array(count).fill(NaN);
const list = (a: Float64Array) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

describe('control chart: the analysis loops over the point columns', () => {
  it('fills lines once per run of equal n, only inside the phase', () => {
    const cols = { ucl: nan(7), lcl: nan(7) };
    const asked: (number | null)[] = [];
    const linesFor = (n: number | null) => {
      asked.push(n);
      return n === null ? { ucl: null, lcl: null } : { ucl: 10 + n, lcl: n === 2 ? null : -n };
    };
    fillLines(cols, ['ucl', 'lcl'], { start: 1, end: 5 }, [9, 2, 2, null, 3, 3, 9], linesFor);
    expect(asked).to.deep.equal([2, null, 3]);
    expect(list(cols.ucl)).to.deep.equal([null, 12, 12, null, 13, 13, null]);
    expect(list(cols.lcl)).to.deep.equal([null, null, null, null, -3, -3, null]);
  });

  it('treats a missing n like null (charts without n ask once per phase)', () => {
    const cols = { ucl: nan(4) };
    let calls = 0;
    fillLines(cols, ['ucl'], { start: 0, end: 3 }, [], () => (calls++, { ucl: 1 }));
    expect(calls).to.equal(1);
    expect(list(cols.ucl)).to.deep.equal([1, 1, 1, 1]);
  });

  it('lists included points with a value and a centre, and counts gaps as observations', () => {
    const values = Float64Array.from([1, NaN, 3, 4, 5, 6]);
    const centers = Float64Array.from([2, 2, 2, NaN, 2, 2]);
    const { order, observations } = includedPoints(values, centers, [false, false, true, false, false, false], { start: 0, end: 4 });
    expect(Array.from(order)).to.deep.equal([0, 4]);
    expect(observations).to.equal(4); // 0, 1 (a gap), 3 (no centre), 4; 2 is excluded
    expect(Array.from(pick(values, order))).to.deep.equal([1, 5]);
    // Consecutive indices give a view of the column, not a copy.
    const view = pick(values, Int32Array.from([2, 3, 4]));
    expect(view.buffer).to.equal(values.buffer);
    expect(Array.from(view)).to.deep.equal([3, 4, 5]);
  });

  it('gives a phase constant limits only when every point with limits has the same ones', () => {
    const lcl = Float64Array.from([NaN, 1, 1, 1]);
    expect(constantLimits(Float64Array.from([NaN, 5, 5, 5]), lcl, { start: 0, end: 3 })).to.deep.equal({ ucl: 5, lcl: 1 });
    expect(constantLimits(Float64Array.from([NaN, 5, 6, 5]), lcl, { start: 0, end: 3 })).to.deep.equal({ ucl: null, lcl: null });
    expect(constantLimits(nan(3), nan(3), { start: 0, end: 2 })).to.deep.equal({ ucl: null, lcl: null });
  });
});
