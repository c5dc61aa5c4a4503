import { expect } from '@open-wc/testing';
import type { BrandHealthDocument, BrandKpi } from '../../src/contract/brand-health.js';
import { analyseBrandHealth, type BrandKpiAnalysis } from '../../src/brand/index.js';
import { expectClose, expectInterval } from '../stats/close.js';

function brand(kpis: BrandKpi[], extra: Partial<BrandHealthDocument> = {}): BrandHealthDocument {
  return { kind: 'brand-health', version: 1, title: 'Brand', period: '2024-06', previousPeriod: '2024-05', kpis, ...extra };
}

function only(kpi: BrandKpi, extra: Partial<BrandHealthDocument> = {}): BrandKpiAnalysis {
  return analyseBrandHealth(brand([kpi], extra)).kpis[0]!;
}

const nps = (current: BrandKpi['current'], previous?: BrandKpi['previous']): BrandKpi =>
  ({ id: 'nps', label: 'NPS', type: 'nps', direction: 'increase', current, ...(previous ? { previous } : {}) }) as BrandKpi;

describe('brand: NPS KPI', () => {
  it('adjusted-Wald interval and two-sample z, hand-computed', () => {
    // Current 60/25/15 (NPS 45): adjusted n' = 103, p' = 60.75/103 = 0.5898058,
    // d' = 15.75/103 = 0.1529126, NPS' = 0.4368932, Var = 0.7427184 − 0.1908757 = 0.5518428,
    // se = √(0.5518428/103) = 0.0731963, margin = 1.959964 · 0.0731963 = 14.34621 points
    // → [29.34311, 58.03553].
    // Previous 70/20/10 (NPS 60). z = (45 − 60)/√(0.5475/100 + 0.44/100) = −15/9.937303 = −1.509464,
    // p = 2Φ(−1.509464) = 0.131180: a 15-point drop that is NOT significant → no alert.
    const k = only(nps({ promoters: 60, passives: 25, detractors: 15 }, { promoters: 70, passives: 20, detractors: 10 }));
    expect(k.value).to.equal(45);
    expect(k.unit).to.equal('nps-points');
    expectInterval(k.interval, 29.343111, 58.035530, 1e-6);
    expectClose(k.marginOfError, 14.346209186615423, 1e-10);
    expect(k.n).to.equal(100);
    expect(k.previous).to.equal(60);
    expect(k.change).to.equal(-15);
    expect(k.changeUnit).to.equal('nps-points');
    expectClose(k.z, -1.5094638162798828, 1e-12);
    expectClose(k.pValue, 0.13118029537394280, 1e-9);
    expect(k.significant).to.equal(false);
    expect(k.alert).to.equal(false);
    expect(k.reliability).to.equal('ok');
  });

  it('a 7-point drop with a ±10.8 margin is not significant and raises no alert', () => {
    // Current 145/35/70 of 250: NPS 30; adjusted margin = 10.80 points.
    // Previous 120/34/46 of 200: NPS 37. Var₁ = 0.86 − 0.09 = 0.77, Var₂ = 0.83 − 0.1369 = 0.6931,
    // SE = √(0.77/250 + 0.6931/200) = 8.090426 points, z = −7/8.090426 = −0.865220, p = 0.386918.
    const k = only(nps({ promoters: 145, passives: 35, detractors: 70 }, { promoters: 120, passives: 34, detractors: 46 }));
    expect(k.value).to.equal(30);
    expect(Number(k.marginOfError!.toFixed(1))).to.equal(10.8);
    expect(k.change).to.equal(-7);
    expectClose(k.z, -0.8652201525964022, 1e-9);
    expectClose(k.pValue, 0.386917966368604, 1e-8);
    expect(k.significant).to.equal(false);
    expect(k.alert).to.equal(false);
  });

  it('a significant drop of more than minDrop raises an alert', () => {
    // 400/300/300 (NPS 10) vs 500/300/200 (NPS 30), n = 1,000 each:
    // SE = √(0.69/1000 + 0.61/1000) = 3.605551 points, z = −20/3.605551 = −5.547002, p = 2.906e-8.
    const doc = brand([
      nps({ promoters: 400, passives: 300, detractors: 300 }, { promoters: 500, passives: 300, detractors: 200 }),
    ]);
    const a = analyseBrandHealth(doc);
    const k = a.kpis[0]!;
    expectClose(k.z, -5.547001962252292, 1e-9);
    expectClose(k.pValue, 2.9060948200698062e-8, 1e-6);
    expect(k.significant).to.equal(true);
    expect(k.alert).to.equal(true);
    expect(a.alerts).to.deep.equal(['nps']);
  });

  it('alerts exactly at the minDrop boundary, not just below it', () => {
    // 2000/1000/1000 (NPS 25) vs 2100/1000/900 (NPS 30), n = 4,000: drop exactly 5 points;
    // SE = √(0.6875/4000 + 0.66/4000) = 1.835415 points, z = −2.724179, p = 0.006446: significant.
    const at = only(nps({ promoters: 2000, passives: 1000, detractors: 1000 }, { promoters: 2100, passives: 1000, detractors: 900 }));
    expect(at.change).to.equal(-5);
    expect(at.significant).to.equal(true);
    expect(at.alert).to.equal(true);
    // Previous 2099/1001/900: NPS 29.975, drop 4.975 < 5 (still significant) → no alert.
    const below = only(nps({ promoters: 2000, passives: 1000, detractors: 1000 }, { promoters: 2099, passives: 1001, detractors: 900 }));
    expect(below.significant).to.equal(true);
    expect(below.alert).to.equal(false);
    // minDrop from the document and per KPI.
    expect(
      only(nps({ promoters: 2000, passives: 1000, detractors: 1000 }, { promoters: 2099, passives: 1001, detractors: 900 }), {
        alert: { minDrop: 4.9 },
      }).alert,
    ).to.equal(true);
    const own = { ...nps({ promoters: 2000, passives: 1000, detractors: 1000 }, { promoters: 2100, passives: 1000, detractors: 900 }), minDrop: 6 };
    expect(only(own as BrandKpi).alert).to.equal(false);
  });

  it('uses alert.confidence for significance', () => {
    // p = 0.131180 (first test): significant at 0.85 (p < 0.15), not at 0.95.
    const k = only(nps({ promoters: 60, passives: 25, detractors: 15 }, { promoters: 70, passives: 20, detractors: 10 }), {
      alert: { confidence: 0.85 },
    });
    expect(k.significant).to.equal(true);
    expect(k.alert).to.equal(true);
  });
});

describe('brand: proportion, mean and count KPIs', () => {
  it('proportion: Wilson interval as a fraction (Newcombe 1998: 81/263 → 0.2553–0.3662)', () => {
    const k = only({ id: 'p', label: 'Return visits', type: 'proportion', direction: 'increase', current: { count: 81, n: 263 } });
    expectClose(k.value, 81 / 263, 1e-14);
    expect(k.unit).to.equal('fraction');
    expectInterval(k.interval, 0.2553, 0.3662, 0.00005);
    expect(k.change).to.equal(null);
    expect(k.z).to.equal(null);
    expect(k.alert).to.equal(false);
  });

  it('proportion: change in percentage points; a 5-point boundary survives floating point', () => {
    // 0.45 vs 0.50: change = 100 · (0.45 − 0.5) = −4.999999999999999 in floating point → counts as −5.
    // z = −0.05/√(0.475 · 0.525 · 2/10000) = −0.05/0.00706222 = −7.0799: significant.
    const k = only({
      id: 'p',
      label: 'Satisfied',
      type: 'proportion',
      direction: 'increase',
      current: { count: 4500, n: 10000 },
      previous: { count: 5000, n: 10000 },
    });
    expectClose(k.change, -5, 1e-12);
    expect(k.changeUnit).to.equal('percentage-points');
    expectClose(k.z, -0.05 / Math.sqrt((0.475 * 0.525 * 2) / 10000), 1e-12);
    expect(k.alert).to.equal(true);
  });

  it("mean: t interval and Welch's t (R: t.test on the sleep data)", () => {
    // Current = sleep group 2 (mean 2.33, sd 2.002249), previous = group 1 (0.75, 1.789010), n = 10:
    // R: t.test(extra ~ group) → t = 1.8608 (group 2 − group 1), df = 17.776, p-value = 0.07939.
    // Current interval: 2.33 ± qt(0.975, 9) · 2.002249/√10 = 2.33 ± 2.262157 · 0.6331690 = 2.33 ± 1.432322
    // → [0.8976775, 3.7623225]
    const k = only({
      id: 'm',
      label: 'Mean satisfaction',
      type: 'mean',
      direction: 'increase',
      current: { value: 2.33, sd: 2.002248735796829, n: 10 },
      previous: { value: 0.75, sd: 1.7890096577591623, n: 10 },
    });
    expectInterval(k.interval, 0.8976775, 3.7623225, 5e-8);
    expectInterval(k.previousInterval, -0.5297804, 2.0297804, 5e-8); // R: t.test(sleep$extra[1:10])
    expectClose(k.change, 1.58, 1e-12);
    expectClose(k.z, 1.860813, 1e-6);
    expectClose(k.pValue, 0.07939414, 1e-6);
    expect(k.reliability).to.equal('insufficient');
    expect(k.changeUnit).to.equal('mean-units');
  });

  it("count: exact Poisson interval (R's poisson.test) and an alert on a significant rise", () => {
    // R: poisson.test(137, 24.19893) → CI 4.753125 6.692709 per unit of time; the count
    // interval is that times 24.19893: [115.0205, 161.9564].
    const k = only({
      id: 'neg',
      label: 'Negative mentions',
      type: 'count',
      direction: 'decrease',
      current: { value: 137 },
      previous: { value: 90 },
    });
    expectInterval(k.interval, 4.753125 * 24.19893, 6.692709 * 24.19893, 2e-5);
    expect(k.n).to.equal(null);
    // z = (137 − 90)/√227 = 3.119; exact p = binom.test(137, 227, 0.5) ≪ 0.05; +47 events ≥ 5 in the bad direction.
    expectClose(k.z, 47 / Math.sqrt(227), 1e-12);
    expect(k.significant).to.equal(true);
    expect(k.alert).to.equal(true);
    // 10 vs 20 events: exact p = binom.test(10, 30) = 0.09874 → not significant.
    const fewer = only({ id: 'c', label: 'c', type: 'count', direction: 'decrease', current: { value: 10 }, previous: { value: 20 } });
    expectClose(fewer.pValue, 0.0987371467, 1e-8);
    expect(fewer.significant).to.equal(false);
  });
});

describe('brand: reliability, status and series', () => {
  const proportion = (n: number, target?: number): BrandKpi => ({
    id: 'p',
    label: 'p',
    type: 'proportion',
    direction: 'increase',
    current: { count: Math.round(n * 0.8), n },
    ...(target === undefined ? {} : { target }),
  });

  it('n < 30 insufficient, n < 100 caution, else ok; no status when insufficient', () => {
    expect(only(proportion(29, 0.5)).reliability).to.equal('insufficient');
    expect(only(proportion(29, 0.5)).status).to.equal(null);
    expect(only(proportion(30, 0.5)).reliability).to.equal('caution');
    expect(only(proportion(99, 0.5)).reliability).to.equal('caution');
    expect(only(proportion(100, 0.5)).reliability).to.equal('ok');
    expect(only(proportion(100, 0.5)).status).to.equal('met');
    expect(only(proportion(100, 0.9)).status).to.equal('not-met');
    expect(only(proportion(100)).status).to.equal(null);
    const lowerIsBetter = only({ id: 'c', label: 'c', type: 'count', direction: 'decrease', target: 10, current: { value: 8 } });
    expect(lowerIsBetter.status).to.equal('met');
  });

  it('builds the series: history, then previous and current with intervals', () => {
    const k = only({
      id: 'p',
      label: 'p',
      type: 'proportion',
      direction: 'increase',
      current: { count: 81, n: 263 },
      previous: { count: 40, n: 100 },
      history: [
        { x: '2024-03', count: 30, n: 100 },
        { x: '2024-04', count: 35, n: 100 },
      ],
    });
    expect(k.history.map((h) => h.x)).to.deep.equal(['2024-03', '2024-04', '2024-05', '2024-06']);
    expect(k.history.map((h) => h.value)).to.deep.equal([0.3, 0.35, 0.4, 81 / 263]);
    expectInterval(k.history[3]!.interval, 0.2553, 0.3662, 0.00005);
    expect(k.history[0]!.n).to.equal(100);
  });
});
