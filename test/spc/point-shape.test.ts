// The shape hints (POINT_SHAPE, SECONDARY_POINT_SHAPE) only help while they list the same keys in
// the same order as the points the analysis builds: a field added to one and not the other
// silently brings back one boxed double per number per point.
import { expect } from '@open-wc/testing';
import { POINT_SHAPE } from '../../src/spc/analyse.js';
import { analyseControlChart } from '../../src/spc/index.js';
import { SECONDARY_POINT_SHAPE } from '../../src/spc/secondary.js';
import { chart, series } from './helpers.js';

describe('point shape hints', () => {
  it('list the keys of the public points in their order', () => {
    const a = analyseControlChart(chart(series([1, 3, null, 10, 12])));
    expect(Object.keys(a.points[0]!)).to.deep.equal(Object.keys(POINT_SHAPE));
    expect(Object.keys(a.movingRange!.points[1]!)).to.deep.equal(Object.keys(SECONDARY_POINT_SHAPE));
  });

  it('S-chart points have the same shape as moving ranges', () => {
    const points = [[1, 2, 3], [2, 3, 4], [3, 4, 6]].map((values, i) => ({ x: `2024-01-0${i + 1}`, values }));
    const a = analyseControlChart(chart(points, { chartType: 'xbar-s' }));
    expect(Object.keys(a.sChart!.points[0]!)).to.deep.equal(Object.keys(SECONDARY_POINT_SHAPE));
  });
});
