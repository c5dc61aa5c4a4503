// PowerBI-SPC reference vectors (its vitest suites): limits per chart type at 3 sigma ("99")
// and 2 sigma ("95"), compared as its tests do (toBeCloseTo with the published digits). Its
// conventions: p and p′ in percent (we plot fractions: × 100 here), u per 10,000 (our
// `multiplier`), moving ranges screened (outliers_in_limits = false: our `anhoej` preset, which
// also uses sigma = AMR/1.128), two groupings of the c chart = two phases.
import { expect } from '@open-wc/testing';
import type { ChartType, ControlChartDocument, ControlChartPoint } from '../../src/contract/control-chart.js';
import { analyseControlChart, xbarSLimits, sigmaLines, type SecondaryPointAnalysis } from '../../src/spc/index.js';
import { chart, closeToDigits, fixture } from './helpers.js';

interface Vector {
  keys: (string | number)[];
  numerators?: number[];
  denominators?: number[];
  groupings?: number[];
  values?: number[];
  sds?: number[];
  xbar_sds?: number[];
  ul99: number[];
  ul95: number[];
  ll95: number[];
  ll99: number[];
  _chart_type: string;
  _multiplier: number;
  _toBeCloseTo_digits: number;
}

const charts = (await fixture<{ charts: Record<string, Vector> }>('powerbi_spc_vectors.json')).charts;

/**
 * n values with exactly the given mean and sample standard deviation: an evenly spaced pattern
 * centred on 0, scaled to sd 1. PowerBI-SPC's xbar and s tests give subgroup summaries; our
 * contract takes raw subgroup values, so we rebuild subgroups with those summaries.
 */
function subgroupWith(mean: number, sd: number, n: number): number[] {
  const z = Array.from({ length: n }, (_, k) => k - (n - 1) / 2);
  const zSd = Math.sqrt(z.reduce((s, v) => s + v * v, 0) / (n - 1));
  return z.map((v) => mean + (sd * v) / zSd);
}

interface Lines {
  ucl: number | null;
  upper2: number | null;
  lower2: number | null;
  lcl: number | null;
  value?: number | null;
}

/** The document for each PowerBI-SPC test file, which of our series it checks, and the scale of its numbers. */
function build(file: string, v: Vector): { doc: ControlChartDocument; lines: (a: ReturnType<typeof analyseControlChart>) => Lines[]; scale: number } {
  const x = (i: number) => String(v.keys[i]);
  const main = (a: ReturnType<typeof analyseControlChart>) => a.points;
  const ratioPoints = (): ControlChartPoint[] => v.keys.map((_, i) => ({ x: x(i), value: v.numerators![i], n: v.denominators![i] }));
  const plain = (type: ChartType, extra: Partial<ControlChartDocument> = {}) =>
    chart(
      v.keys.map((_, i) => ({ x: x(i), value: v.numerators![i] })),
      { chartType: type, rules: 'anhoej', ...extra },
    );
  switch (file) {
    case 'i.test.ts':
    case 'mr.test.ts': {
      // With denominators, PowerBI-SPC's i and mr charts plot the ratio numerator/denominator.
      const doc = chart(
        v.keys.map((_, i) => ({ x: x(i), value: v.numerators![i] / v.denominators![i] })),
        { chartType: 'xmr', rules: 'anhoej' },
      );
      const mr = (a: ReturnType<typeof analyseControlChart>): SecondaryPointAnalysis[] => a.movingRange!.points;
      return { doc, lines: file === 'i.test.ts' ? main : mr, scale: 1 };
    }
    case 'c.test.ts': {
      const start = v.groupings!.findIndex((g) => g === 2);
      return { doc: plain('c', { phases: [{ start: x(start), label: 'grouping 2' }] }), lines: main, scale: 1 };
    }
    case 'g.test.ts':
      return { doc: plain('g'), lines: main, scale: 1 };
    case 't.test.ts':
      return { doc: plain('t'), lines: main, scale: 1 };
    case 'p.test.ts':
      return { doc: chart(ratioPoints(), { chartType: 'p', rules: 'anhoej' }), lines: main, scale: 100 };
    case 'pprime.test.ts':
      return { doc: chart(ratioPoints(), { chartType: 'pprime', rules: 'anhoej' }), lines: main, scale: 100 };
    case 'u.test.ts':
      return { doc: chart(ratioPoints(), { chartType: 'u', rules: 'anhoej', multiplier: v._multiplier }), lines: main, scale: 1 };
    case 'uprime.test.ts':
      return { doc: chart(ratioPoints(), { chartType: 'uprime', rules: 'anhoej' }), lines: main, scale: 1 };
    case 'xbar.test.ts':
    case 's.test.ts': {
      const sds = v.xbar_sds ?? v.sds!;
      const means = v.numerators ?? sds.map(() => 0);
      const doc = chart(
        v.keys.map((_, i) => ({ x: x(i), values: subgroupWith(means[i], sds[i], v.denominators![i]) })),
        { chartType: 'xbar-s', rules: 'anhoej' },
      );
      return { doc, lines: file === 'xbar.test.ts' ? main : (a) => a.sChart!.points, scale: 1 };
    }
    default:
      throw new Error(`no mapping for ${file}`);
  }
}

describe('PowerBI-SPC reference vectors', () => {
  it('covers every chart type file', () => {
    expect(Object.keys(charts).sort()).to.deep.equal(
      ['c', 'g', 'i', 'mr', 'p', 'pprime', 's', 't', 'u', 'uprime', 'xbar'].map((t) => `${t}.test.ts`),
    );
  });

  for (const [file, v] of Object.entries(charts)) {
    describe(`${file} (${v._chart_type}, toBeCloseTo ${v._toBeCloseTo_digits} digits${v._multiplier !== 1 ? `, multiplier ${v._multiplier}` : ''})`, () => {
      const { doc, lines, scale } = build(file, v);
      const got = lines(analyseControlChart(doc));
      const digits = v._toBeCloseTo_digits;
      // The g and t files list 68 limits for 67 points; the limits are constant, so the extra
      // entry is a copy (checked below) and we compare the first 67.
      const points = (expected: number[]) => expected.slice(0, got.length);
      if (v.ul99.length !== v.keys.length) {
        it(`lists ${v.ul99.length} constant limits for ${v.keys.length} points (the extra one is a copy)`, () => {
          for (const line of [v.ul99, v.ul95, v.ll95, v.ll99]) expect(new Set(line).size).to.equal(1);
        });
      }
      it('has one analysed point per input point', () => {
        expect(got).to.have.length(v.keys.length);
      });
      it('upper 3-sigma limit (ul99)', () => {
        expect(closeToDigits(got.map((p) => p.ucl), points(v.ul99), digits, scale)).to.deep.equal([]);
      });
      it('upper 2-sigma line (ul95)', () => {
        expect(closeToDigits(got.map((p) => p.upper2), points(v.ul95), digits, scale)).to.deep.equal([]);
      });
      it('lower 2-sigma line (ll95)', () => {
        expect(closeToDigits(got.map((p) => p.lower2), points(v.ll95), digits, scale)).to.deep.equal([]);
      });
      it('lower 3-sigma limit (ll99)', () => {
        expect(closeToDigits(got.map((p) => p.lcl), points(v.ll99), digits, scale)).to.deep.equal([]);
      });
      if (v.values) {
        it('plotted moving ranges', () => {
          // PowerBI-SPC lists the n − 1 moving ranges; our panel has a gap at the first point.
          expect(got[0].value).to.equal(null);
          expect(closeToDigits(got.slice(1).map((p) => p.value ?? null), v.values!, digits)).to.deep.equal([]);
        });
      }
    });
  }

  // The same X̄ and S limits straight from the published subgroup summaries (no rebuilt values).
  describe('xbar and s limits from subgroup summaries', () => {
    const xb = charts['xbar.test.ts'];
    const s = charts['s.test.ts'];
    const check = (v: Vector, means: number[] | null, sds: number[], which: 'xbar' | 's') => {
      const models = xbarSLimits(
        sds.map((sd, i) => ({ size: v.denominators![i], mean: means ? means[i] : 0, sd })),
        sds.map(() => false),
      );
      const model = models[which];
      const n = v.denominators!;
      const at = (k: number, side: 'upper' | 'lower') => n.map((size) => sigmaLines(model, size, k)[side]);
      return [
        ...closeToDigits(at(3, 'upper'), v.ul99, v._toBeCloseTo_digits),
        ...closeToDigits(at(2, 'upper'), v.ul95, v._toBeCloseTo_digits),
        ...closeToDigits(at(2, 'lower'), v.ll95, v._toBeCloseTo_digits),
        ...closeToDigits(at(3, 'lower'), v.ll99, v._toBeCloseTo_digits),
      ];
    };
    it('X̄ chart', () => {
      expect(check(xb, xb.numerators!, xb.xbar_sds!, 'xbar')).to.deep.equal([]);
    });
    it('S chart', () => {
      expect(check(s, null, s.sds!, 's')).to.deep.equal([]);
    });
  });
});
