// NHSRplotthedots 0.2.2 reference vectors: XmR limits with and without moving-range screening,
// the rule unit cases, assurance, icons and the short-group (trial limits) threshold. Our `nhsr`
// preset is meant to reproduce it exactly; `mdc` reproduces the Making Data Count spreadsheets
// (no screening). Literals are compared to half a unit of their last printed digit.
import { expect } from '@open-wc/testing';
import {
  analyseControlChart,
  assurance,
  nhsrTwoInThree,
  partOfRun,
  resolveSignal,
  runEnds,
  trendEnds,
  twoOfThreeNhsr,
  type FiredRule,
  type RuleId,
} from '../../src/spc/index.js';
import { chart, fixture, matchesPrinted, series } from './helpers.js';

interface LimitCase {
  id: string;
  y?: number[];
  y_facet0?: number[];
  y_facet1?: number[];
  screen_outliers?: boolean;
  fix_after_n_points?: number;
  expected: { mean: number; lpl: number; upl: number } | Record<'facet0' | 'facet1', { mean: number; lpl: number; upl: number; n: number }> | string;
  expected_relative_to_mean?: number[];
  expected_point5?: string;
  computed_check?: Record<string, number>;
}
interface Vectors {
  limits: LimitCase[];
  rules_unit: Record<string, unknown>;
  assurance: ({ lpl: number; upl: number; target: number; increase: string; decrease: string; neutral: null } | { note: string })[];
  icons_end_to_end: { y: number[]; expected: { no_target: string; 'target_0.5': string[]; 'facets_12_12_target_0.5': string[] } };
  short_group_warning: unknown;
}

const v = await fixture<Vectors>('nhsrplotthedots_vectors.json');
const rule = (name: string) => v.rules_unit[name];

describe('NHSRplotthedots 0.2.2 reference vectors', () => {
  describe('limits (mean, lower and upper process limits)', () => {
    for (const c of v.limits) {
      if (c.id === 'snap_summary_facets_10_10') {
        // Two facets are two independent groups: here two phases of one chart. Printed to 3 s.f.
        it(`${c.id}: each phase matches its facet to 3 significant figures`, () => {
          const expected = c.expected as Record<'facet0' | 'facet1', { mean: number; lpl: number; upl: number; n: number }>;
          const points = series([...c.y_facet0!, ...c.y_facet1!]);
          const a = analyseControlChart(chart(points, { rules: 'nhsr', phases: [{ start: '11', label: 'facet 1' }] }));
          const got = a.phases.map((p) => ({
            mean: Number(p.center!.toPrecision(3)),
            lpl: Number(p.lcl!.toPrecision(3)),
            upl: Number(p.ucl!.toPrecision(3)),
            n: p.endIndex - p.startIndex + 1,
          }));
          expect(got).to.deep.equal([expected.facet0, expected.facet1]);
        });
        continue;
      }
      if (c.id === 'fix_after_n_points_12_changes_limits') {
        it(`${c.id}: baseline 12 freezes the limits on the first 12 points`, () => {
          const check = c.computed_check!;
          const a = analyseControlChart(chart(series(c.y!), { rules: 'nhsr', baseline: 12 }));
          const unfrozen = analyseControlChart(chart(series(c.y!), { rules: 'nhsr' }));
          const p = a.phases[0];
          expect(matchesPrinted(p.center, check.mean), `mean ${p.center}`).to.equal(true);
          expect(matchesPrinted(p.lcl, check.lpl), `lpl ${p.lcl}`).to.equal(true);
          expect(matchesPrinted(p.ucl, check.upl), `upl ${p.ucl}`).to.equal(true);
          expect(p.ucl).to.not.equal(unfrozen.phases[0].ucl);
          expect(p.frozenCount).to.equal(12);
        });
        continue;
      }
      const expected = c.expected as { mean: number; lpl: number; upl: number };
      // The Making Data Count spreadsheets do not screen: the `mdc` preset. The R snapshot
      // without screening is `nhsr` with screenMovingRanges: false.
      const doc =
        c.id === 'vignette_deviations_unscreened_MDC_excel'
          ? chart(series(c.y!), { rules: 'mdc' })
          : chart(series(c.y!), { rules: 'nhsr', screenMovingRanges: c.screen_outliers, improvement: 'increase' });
      it(`${c.id}: mean, lpl and upl match the published literals`, () => {
        const p = analyseControlChart(doc).phases[0];
        expect(matchesPrinted(p.center, expected.mean), `mean ${p.center}`).to.equal(true);
        expect(matchesPrinted(p.lcl, expected.lpl), `lpl ${p.lcl}`).to.equal(true);
        expect(matchesPrinted(p.ucl, expected.upl), `upl ${p.ucl}`).to.equal(true);
      });
      if (c.computed_check?.lpl !== undefined) {
        it(`${c.id}: limits match the recomputed check values`, () => {
          const p = analyseControlChart(doc).phases[0];
          expect(matchesPrinted(p.lcl, c.computed_check!.lpl)).to.equal(true);
          expect(matchesPrinted(p.ucl, c.computed_check!.upl)).to.equal(true);
        });
      }
      if (c.expected_relative_to_mean) {
        it(`${c.id}: every point is on the published side of the mean`, () => {
          const a = analyseControlChart(doc);
          expect(a.points.map((p) => Math.sign(p.value! - p.center!))).to.deep.equal(c.expected_relative_to_mean);
        });
      }
      if (c.expected_point5) {
        it(`${c.id}: point 5 is special-cause improvement, the others common cause`, () => {
          const a = analyseControlChart(doc);
          expect(a.points.map((p) => p.signal)).to.deep.equal(a.points.map((_, i) => (i === 4 ? 'improvement' : null)));
          expect(a.points[4].rules).to.deep.equal(['outside-limits']);
        });
      }
    }
  });

  describe('rule unit cases', () => {
    const shiftCases = rule('seven_point_one_side_mean (input = relative_to_mean signs)') as { in: number[]; out: number[] }[];
    shiftCases.forEach((c, k) => {
      it(`seven points on one side of the mean, case ${k + 1}: ${JSON.stringify(c.in)}`, () => {
        expect(Array.from(runEnds(c.in, 7)).map(Math.abs)).to.deep.equal(c.out);
      });
    });
    const partCases = rule('part_of_seven_trend (backfill 6 previous)') as { in: number[]; out: number[] }[];
    partCases.forEach((c, k) => {
      it(`part of a seven-point run, case ${k + 1}: ${JSON.stringify(c.in)}`, () => {
        expect(Array.from(partOfRun(c.in, 7)).map(Math.abs)).to.deep.equal(c.out);
      });
    });
    const trendCases = rule('seven_point_trend (y values; equal consecutive values break a trend)') as { in: number[]; out: number[] }[];
    trendCases.forEach((c, k) => {
      it(`seven-point trend, case ${k + 1}: ${JSON.stringify(c.in)}`, () => {
        expect(Array.from(trendEnds(c.in, 7))).to.deep.equal(c.out);
      });
    });
    const twoInThree = rule('two_in_three (close_to_limits, relative_to_mean)') as { close: number[]; rtm: number[]; out: number[] }[];
    twoInThree.forEach((c, k) => {
      it(`two in three, case ${k + 1}: close ${JSON.stringify(c.close)}, side ${JSON.stringify(c.rtm)}`, () => {
        expect(Array.from(nhsrTwoInThree(c.close, c.rtm))).to.deep.equal(c.out);
      });
    });
    const partTwo = rule('part_of_two_in_three = two_in_three AND close (only the near-limit points are flagged)') as { close: number[]; out: number[] }[];
    partTwo.forEach((c, k) => {
      it(`part of two in three, case ${k + 1}: close ${JSON.stringify(c.close)}`, () => {
        // The unit test feeds all points on one side of the mean.
        const sides = c.close.map(() => 1);
        expect(Array.from(twoOfThreeNhsr(c.close, sides))).to.deep.equal(c.out);
      });
    });

    it('special-cause precedence: outside limits, then trend, then two in three, then shift', () => {
      const m = rule('special_cause_type precedence (mocked sub-results)') as Record<string, (number | string)[]>;
      // NHSRplotthedots labels → our (rule, side). A trend's side comes from the direction of y
      // (rising here); the others from the side of the mean.
      const labels: Record<string, { rule: RuleId | null; side: number }> = {
        '7 Point Trend (Increasing)': { rule: 'trend', side: 1 },
        '7 Points Above CL': { rule: 'shift', side: 1 },
        '2 in 3 Below CL': { rule: 'two-of-three', side: -1 },
        'Below LCL': { rule: 'outside-limits', side: -1 },
        'Common Cause': { rule: null, side: 0 },
      };
      const got = m.y.map((_, i) => {
        const side = m.relative_to_mean[i] as number;
        const fired: FiredRule[] = [];
        if (m.outside_limits[i] !== 0) fired.push({ rule: 'outside-limits', direction: side });
        if (m.part_seven_trend[i] !== 0) fired.push({ rule: 'trend', direction: Math.sign((m.y[1] as number) - (m.y[0] as number)) });
        if (m.part_two_in_three[i] !== 0) fired.push({ rule: 'two-of-three', direction: side });
        if (m.part_seven_one_side[i] !== 0) fired.push({ rule: 'shift', direction: side });
        if (fired.length === 0) return { rule: null, side: 0 };
        return { rule: fired[0].rule, side: resolveSignal(fired, 'increase', 'precedence').direction };
      });
      expect(got).to.deep.equal((m.out as string[]).map((label) => labels[label]));
    });

    it('points close to opposite limits are not two in three (end to end)', () => {
      const c = rule('opposite_sides_2in3_end_to_end') as { y: number[]; computed_check: { lpl: number; upl: number } };
      const a = analyseControlChart(chart(series(c.y), { rules: 'nhsr', improvement: 'increase' }));
      expect(matchesPrinted(a.phases[0].lcl, c.computed_check.lpl)).to.equal(true);
      expect(matchesPrinted(a.phases[0].ucl, c.computed_check.upl)).to.equal(true);
      expect(a.points.slice(-2).map((p) => p.special)).to.deep.equal([false, false]);
    });
  });

  describe('assurance', () => {
    const map: Record<string, string> = { consistent_pass: 'pass', consistent_fail: 'fail', inconsistent: 'hit-or-miss' };
    for (const c of v.assurance) {
      if ('note' in c) continue;
      it(`limits ${c.lpl}…${c.upl}, target ${c.target}: ${c.increase} when increasing, ${c.decrease} when decreasing, none when neutral`, () => {
        expect(assurance(c.lpl, c.upl, c.target, 'increase')).to.equal(map[c.increase]);
        expect(assurance(c.lpl, c.upl, c.target, 'decrease')).to.equal(map[c.decrease]);
        expect(assurance(c.lpl, c.upl, c.target, 'neither')).to.equal(c.neutral);
      });
    }
    it('a target on a limit is hit or miss (strict comparisons)', () => {
      expect(assurance(1, 3, 3, 'increase')).to.equal('hit-or-miss');
      expect(assurance(1, 3, 1, 'decrease')).to.equal('hit-or-miss');
    });
    it('uses the limits of the last phase only', () => {
      // Phase 1 around 10 (limits far below 100), phase 2 around 100: target 50 is below the
      // last phase's lower limit, so higher-is-better always passes.
      const values = [10, 11, 9, 10, 12, 10, 9, 11, 100, 101, 99, 100, 102, 100, 99, 101];
      const a = analyseControlChart(chart(series(values), { rules: 'nhsr', improvement: 'increase', target: 50, phases: [{ start: '9', label: 'new' }] }));
      expect(a.assurance).to.equal('pass');
    });
  });

  describe('icons end to end', () => {
    const icons = v.icons_end_to_end;
    it('24 points without a target: common cause, no assurance', () => {
      const a = analyseControlChart(chart(series(icons.y), { rules: 'nhsr', improvement: 'increase' }));
      expect(a.variation).to.equal('common-cause');
      expect(a.assurance).to.equal(null);
    });
    it('24 points, target 0.5: common cause and hit or miss', () => {
      const a = analyseControlChart(chart(series(icons.y), { rules: 'nhsr', improvement: 'increase', target: 0.5 }));
      expect([a.variation, a.assurance]).to.deep.equal(['common-cause', 'hit-or-miss']);
    });
    it('two facets of 12 points, target 0.5: each common cause and hit or miss', () => {
      const facets = [icons.y.slice(0, 12), icons.y.slice(12)].map((y) =>
        analyseControlChart(chart(series(y), { rules: 'nhsr', improvement: 'increase', target: 0.5 })),
      );
      expect([...facets.map((a) => a.variation), ...facets.map((a) => a.assurance)]).to.deep.equal([
        'common-cause',
        'common-cause',
        'hit-or-miss',
        'hit-or-miss',
      ]);
    });
  });

  describe('short groups: trial limits below 13 points', () => {
    it('12 points give trial limits, 13 do not (ptd_spc.warning_threshold = 13)', () => {
      const y = v.icons_end_to_end.y;
      expect(analyseControlChart(chart(series(y.slice(0, 12)), { rules: 'nhsr' })).phases[0].trial).to.equal(true);
      expect(analyseControlChart(chart(series(y.slice(0, 13)), { rules: 'nhsr' })).phases[0].trial).to.equal(false);
    });
  });
});
