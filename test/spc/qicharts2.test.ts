// qicharts2 0.8.1 reference cases (Montgomery, Introduction to SQC, tables 6.3–7.14), as stored in
// qicharts2's tests: per-point centre, limits and sigma signals, and the Anhøj runs statistics.
// qicharts2 screens moving ranges (qic.screenedmr = TRUE) and uses sigma = AMR/1.128: our
// `anhoej` preset. R and JavaScript add in different orders, so doubles are compared to 1e-12
// relative (the published values carry ~16 digits).
import { expect } from '@open-wc/testing';
import type { ControlChartDocument, ControlChartPoint } from '../../src/contract/control-chart.js';
import { analyseControlChart, type ControlChartAnalysis, type RunsStatistics } from '../../src/spc/index.js';
import { chart, closeToDoubles, fixture } from './helpers.js';

type Column = (number | null)[];
interface ExpectedRuns {
  'n.obs'?: number;
  'n.useful': number;
  'longest.run': number;
  'longest.run.max': number;
  'n.crossings': number;
  'n.crossings.min': number;
  'runs.signal'?: boolean;
}
interface Case {
  input_table: string;
  call: string;
  expected_per_point: { y: Column; cl: Column; lcl: Column; ucl: Column; 'sigma.signal': boolean[]; 'y.length': number[] };
  expected_runs: ExpectedRuns | Record<'part1' | 'part2', ExpectedRuns>;
}

const inputs = await fixture<Record<string, Record<string, Column>>>('qicharts2_montgomery_inputs.json');
const cases = (await fixture<{ cases: Record<string, Case> }>('qicharts2_montgomery_expected.json')).cases;

/** Rows of (sample, obs) grouped into subgroups in sample order; a sample without values is a gap. */
function subgroups(table: string): ControlChartPoint[] {
  const { sample, obs } = inputs[table];
  const groups = new Map<number, number[]>();
  sample.forEach((s, i) => {
    if (s === null) return;
    const g = groups.get(s) ?? [];
    const v = obs[i];
    if (v !== null) g.push(v);
    groups.set(s, g);
  });
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([s, values]) => (values.length > 0 ? { x: String(s), values } : { x: String(s), value: null }));
}

function pairs(table: string, value: string, n?: string, excluded: number[] = []): ControlChartPoint[] {
  const t = inputs[table];
  const key = Object.keys(t)[0];
  return t[key].map((x, i) => ({
    x: String(x),
    value: t[value][i],
    ...(n ? { n: t[n][i] as number } : {}),
    ...(excluded.includes(i + 1) ? { exclude: true } : {}),
  }));
}

const anhoej = (points: ControlChartPoint[], extra: Partial<ControlChartDocument>) => chart(points, { rules: 'anhoej', ...extra });

/** Each case: the document that reproduces the R call, and which series of the analysis it checks. */
const documents: Record<string, { doc: ControlChartDocument; series: 'main' | 'mr' | 's' }> = {
  'ex_6.3_1': { doc: anhoej(subgroups('tbl_06.03'), { chartType: 'xbar-s' }), series: 'main' },
  'ex_6.3_2': { doc: anhoej(subgroups('tbl_06.03'), { chartType: 'xbar-s' }), series: 's' },
  'ex_6.4_1': { doc: anhoej(subgroups('tbl_06.04'), { chartType: 'xbar-s' }), series: 'main' },
  'ex_6.4_2': { doc: anhoej(subgroups('tbl_06.04'), { chartType: 'xbar-s' }), series: 's' },
  'ex_6.5_3': { doc: anhoej(pairs('tbl_06.07', 'cost'), { chartType: 'xmr', baseline: 20 }), series: 'main' },
  'ex_6.5_4': { doc: anhoej(pairs('tbl_06.07', 'cost'), { chartType: 'xmr', baseline: 20 }), series: 'mr' },
  'ex_7.1_5': {
    // part = 30: a second phase from sample 31.
    doc: anhoej(pairs('tbl_07.03', 'count', 'size', [15, 23]), {
      chartType: 'p',
      phases: [
        { start: '1', label: 'Before' },
        { start: '31', label: 'After' },
      ],
    }),
    series: 'main',
  },
  'tbl_7.4_1': { doc: anhoej(pairs('tbl_07.04', 'count', 'size'), { chartType: 'p' }), series: 'main' },
  'ex_7.3_3': { doc: anhoej(pairs('tbl_07.08', 'count', undefined, [6, 20]), { chartType: 'c', baseline: 26 }), series: 'main' },
  'ex_7.4_1': { doc: anhoej(pairs('tbl_07.10', 'count', 'size'), { chartType: 'u' }), series: 'main' },
  'ex_7.5_1': { doc: anhoej(pairs('tbl_07.11', 'count', 'meters'), { chartType: 'u', multiplier: 50 }), series: 'main' },
  'ex_7.6_1': { doc: anhoej(pairs('tbl_07.14', 'hours'), { chartType: 't' }), series: 'main' },
  NA_test: { doc: anhoej(subgroups('NA_test'), { chartType: 'xbar-s' }), series: 'main' },
};

interface Checked {
  value: number | null;
  center: number | null;
  ucl: number | null;
  lcl: number | null;
  special: boolean;
}

function checked(a: ControlChartAnalysis, which: 'main' | 'mr' | 's'): Checked[] {
  if (which === 'mr') return a.movingRange!.points;
  if (which === 's') return a.sChart!.points;
  return a.points.map((p) => ({ ...p, special: p.rules.includes('outside-limits') }));
}

function runsOf(a: ControlChartAnalysis, which: 'main' | 'mr' | 's'): (RunsStatistics | null)[] {
  if (which === 'mr') return a.movingRange!.phases.map((p) => p.runs);
  if (which === 's') return a.sChart!.phases.map((p) => p.runs);
  return a.phases.map((p) => p.runs);
}

function asExpected(r: RunsStatistics | null): ExpectedRuns {
  return {
    'n.useful': r?.useful ?? 0,
    'longest.run': r?.longestRun ?? NaN,
    'longest.run.max': r?.longestRunMax ?? NaN,
    'n.crossings': r?.crossings ?? NaN,
    'n.crossings.min': r?.crossingsMin ?? NaN,
  };
}

describe('qicharts2 / Montgomery reference cases', () => {
  it('covers all 13 published cases', () => {
    expect(Object.keys(cases).sort()).to.deep.equal(Object.keys(documents).sort());
  });

  for (const [id, c] of Object.entries(cases)) {
    describe(`${id}: ${c.call}`, () => {
      const { doc, series } = documents[id];
      const analysis = analyseControlChart(doc);
      const got = checked(analysis, series);
      const e = c.expected_per_point;

      it('plots the same values', () => {
        expect(closeToDoubles(got.map((p) => p.value), e.y)).to.deep.equal([]);
      });
      it('has the same centre line', () => {
        expect(closeToDoubles(got.map((p) => p.center), e.cl)).to.deep.equal([]);
      });
      if (id !== 'NA_test') {
        it('has the same upper limits', () => {
          expect(closeToDoubles(got.map((p) => p.ucl), e.ucl)).to.deep.equal([]);
        });
        it('has the same lower limits', () => {
          expect(closeToDoubles(got.map((p) => p.lcl), e.lcl)).to.deep.equal([]);
        });
      }
      it('flags the same points outside the limits', () => {
        expect(got.map((p) => p.special)).to.deep.equal(e['sigma.signal']);
      });
      it('has the same Anhøj runs statistics', () => {
        const runs = runsOf(analysis, series);
        const expected = c.expected_runs;
        if ('part1' in expected) {
          expect(runs.map(asExpected)).to.deep.equal([expected.part1, expected.part2]);
        } else {
          const { 'n.obs': observations, 'runs.signal': signal, ...stats } = expected;
          expect(runs).to.have.length(1);
          expect(asExpected(runs[0])).to.deep.equal(stats);
          expect(runs[0]?.observations).to.equal(observations);
          expect(runs[0]?.signal).to.equal(signal);
        }
      });
    });
  }

  // NA_test has an empty subgroup (sample 16). qicharts2 pools s with Σ(n_i − 1) over every
  // subgroup, so the empty one adds −1 to the degrees of freedom (75 instead of 76). We leave
  // an empty subgroup out (a gap carries no information), so our sigma is sqrt(75/76) of
  // qicharts2's. This checks that this is the only difference, point by point.
  describe('NA_test limits: the documented deviation on empty subgroups', () => {
    const e = cases.NA_test.expected_per_point;
    const a = analyseControlChart(documents.NA_test.doc);
    it('has no limits exactly where qicharts2 has none (subgroups of 0 and 1 values)', () => {
      expect(a.points.map((p) => p.ucl === null)).to.deep.equal(e.ucl.map((u) => u === null));
      expect(a.points.map((p) => p.lcl === null)).to.deep.equal(e.lcl.map((u) => u === null));
    });
    it('has limits sqrt(75/76) as wide as qicharts2 at every other point', () => {
      const ratio = Math.sqrt(75 / 76);
      const upper = a.points.map((p, i) => (p.ucl === null ? null : (p.ucl - p.center!) / ((e.ucl[i] as number) - (e.cl[i] as number))));
      const lower = a.points.map((p, i) => (p.lcl === null ? null : (p.center! - p.lcl) / ((e.cl[i] as number) - (e.lcl[i] as number))));
      const expected = e.ucl.map((u) => (u === null ? null : ratio));
      expect(closeToDoubles(upper, expected, 1e-10)).to.deep.equal([]);
      expect(closeToDoubles(lower, expected, 1e-10)).to.deep.equal([]);
    });
  });
});
