import { expect } from '@open-wc/testing';
import { analyseControlChart, pointTableOf, secondaryTableOf } from '../../src/spc/analyse.js';
import { chart, series } from './helpers.js';

const POINT_KEYS = ['index', 'x', 'value', 'n', 'center', 'ucl', 'lcl', 'upper2', 'lower2', 'upper1', 'lower1', 'phase', 'inBaseline', 'excluded', 'special', 'rules', 'signal'];
const SECONDARY_KEYS = ['index', 'value', 'center', 'ucl', 'lcl', 'upper2', 'lower2', 'excluded', 'special'];

/** 12 values with a gap, an excluded point and a point far above the limits; a second phase from the 10th. */
const doc = () => {
  const points = series([10, 12, 11, null, 13, 12, 11, 10, 40, 12, 11, 12]);
  points[2]!.exclude = true;
  return chart(points, { phases: [{ start: '10', label: 'After' }] });
};

const made = (target: object, key: string) => Object.getOwnPropertyDescriptor(target, key)!.get === undefined;

describe('control chart: analysis.points is made from the point table when first read', () => {
  it('keeps its place among the keys, is made once and then is a plain property', () => {
    const a = analyseControlChart(doc());
    expect(Object.keys(a)).to.deep.equal(['chartType', 'points', 'phases', 'variation', 'assurance', 'runs', 'movingRange', 'sChart', 'rulesApplied', 'settings']);
    expect(made(a, 'points'), 'not made before it is read').to.equal(false);
    expect(made(a.movingRange!, 'points'), 'moving ranges not made before they are read').to.equal(false);
    const points = a.points;
    expect(a.points).to.equal(points);
    expect(Object.getOwnPropertyDescriptor(a, 'points')).to.deep.include({ value: points, writable: true, enumerable: true });
    const json = JSON.parse(JSON.stringify(a));
    expect(json.points).to.deep.equal(points);
    expect(json.movingRange.points).to.deep.equal(a.movingRange!.points);
    // A page may freeze what it reads; the lists are still there.
    const frozen = Object.freeze(analyseControlChart(doc()));
    Object.freeze(frozen.movingRange);
    expect(frozen.points).to.have.length(12);
    expect(frozen.points).to.equal(frozen.points);
    expect(frozen.movingRange!.points).to.equal(frozen.movingRange!.points);
  });

  it('makes points with every documented field, in order, with null where a number is missing', () => {
    const a = analyseControlChart(doc());
    for (const p of a.points) expect(Object.keys(p)).to.deep.equal(POINT_KEYS);
    for (const p of a.movingRange!.points) expect(Object.keys(p)).to.deep.equal(SECONDARY_KEYS);
    expect(a.points[3]).to.deep.include({ index: 3, x: '4', value: null, n: null, phase: 0, special: false, rules: [], signal: null });
    expect(a.points[2]).to.deep.include({ value: 11, excluded: true, inBaseline: true });
    // First phase: mean 108 / 7, average moving range 35 / 5 = 7, UCL 15.43 + 2.66 × 7 = 34.05 < 40.
    expect(a.points[8]).to.deep.include({ value: 40, special: true, rules: ['outside-limits'], signal: 'neither' });
    expect(a.points[8]!.ucl).to.be.closeTo(108 / 7 + 2.66 * 7, 1e-9);
    expect(a.points[9]).to.deep.include({ x: '10', phase: 1 });
    expect(a.points[9]!.center).to.be.closeTo(35 / 3, 1e-12);
    // The point after the gap has no moving range; the next one has.
    expect(a.movingRange!.points[4]).to.deep.include({ index: 4, value: null, excluded: false });
    expect(a.movingRange!.points[5]).to.deep.include({ index: 5, value: 1 });
    const s = analyseControlChart(chart([[1, 2, 3], [2, 3, 4], [3, 4, 6]].map((values, i) => ({ x: `2024-01-0${i + 1}`, values })), { chartType: 'xbar-s' }));
    for (const p of s.sChart!.points) expect(Object.keys(p)).to.deep.equal(SECONDARY_KEYS);
    expect(s.points[0]).to.deep.include({ value: 2, n: 3 });
  });

  it('hands out one object per point, whether a point or the list is asked first', () => {
    const a = analyseControlChart(doc());
    const table = pointTableOf(a);
    const early = table.at(8);
    expect(early).to.deep.include({ index: 8, value: 40 });
    expect(table.at(12), 'outside the points').to.equal(undefined);
    expect(a.points[8]).to.equal(early);
    expect(table.at(9)).to.equal(a.points[9]);
    const ranges = secondaryTableOf(a.movingRange!);
    const range = ranges.at(5);
    expect(a.movingRange!.points[5]).to.equal(range);
  });

  it('the table reads the same numbers as the points it makes', () => {
    const a = analyseControlChart(doc());
    const table = pointTableOf(a);
    expect(table.count).to.equal(12);
    expect(table.latestWithValue()).to.equal(11);
    a.points.forEach((p, i) => {
      expect([table.x(i), table.value(i), table.line('centers', i), table.line('ucl', i), table.line('lcl', i), table.phase(i), table.excluded(i), table.special(i), table.signal(i), table.rules(i)]).to.deep.equal([
        p.x, p.value, p.center, p.ucl, p.lcl, p.phase, p.excluded, p.special, p.signal, p.rules,
      ]);
    });
    expect(analyseControlChart(chart(series([null, null]))).variation, 'no point with a value: no icon').to.equal(null);
    expect(pointTableOf(analyseControlChart(chart(series([null, null])))).latestWithValue()).to.equal(-1);
  });
});
