import { expect } from '@open-wc/testing';
import {
  binomialTwoSidedP,
  npsDifferenceZTest,
  poissonRateExactP,
  poissonRateZTest,
  twoProportionZTest,
  welchTTest,
} from '../../src/stats/index.js';
import { expectClose } from './close.js';

describe('stats: two-sample tests', () => {
  it("two-proportion z equals R's prop.test without correction", () => {
    // 15/50 vs 25/50: pooled p = 40/100 = 0.4, se = √(0.4 · 0.6 · (1/50 + 1/50)) = √0.0096 = 0.0979796,
    // z = (0.3 − 0.5)/0.0979796 = −2.041241; z² = 4.166667.
    // R: prop.test(c(15, 25), c(50, 50), correct = FALSE) → X-squared = 4.1667, p-value = 0.04123
    const r = twoProportionZTest(15, 50, 25, 50)!;
    expectClose(r.statistic, -2.0412414523193148, 1e-12);
    expectClose(r.statistic! ** 2, 25 / 6, 1e-12);
    expectClose(r.pValue, 0.04123, 1e-3);
  });

  it('NPS difference z is the hand-computed Wald test', () => {
    // Current 60/25/15 (NPS 45), previous 70/20/10 (NPS 60), n = 100 each.
    // Var₁ = (0.60 + 0.15) − 0.45² = 0.5475; Var₂ = (0.70 + 0.10) − 0.60² = 0.44
    // SE = √(0.5475/100 + 0.44/100) = √0.009875 = 0.0993730 → 9.93730 points
    // z = (45 − 60)/9.93730 = −1.509464; p = 2Φ(−1.509464) = 0.131180
    const r = npsDifferenceZTest(
      { promoters: 60, passives: 25, detractors: 15 },
      { promoters: 70, passives: 20, detractors: 10 },
    )!;
    expectClose(r.difference, -15, 1e-12);
    expectClose(r.se, 9.93730345717589526, 1e-12);
    expectClose(r.statistic, -1.5094638162798828, 1e-12);
    expectClose(r.pValue, 0.13118029537394280, 1e-9);
  });

  it("Welch's t matches R's t.test(extra ~ group, data = sleep)", () => {
    // R: t = -1.8608, df = 17.776, p-value = 0.07939
    const r = welchTTest(0.75, 1.7890096577591623, 10, 2.33, 2.002248735796829, 10)!;
    expectClose(r.statistic, -1.860813, 1e-6);
    expectClose(r.df, 17.77647, 1e-6);
    expectClose(r.pValue, 0.07939414, 1e-6);
  });

  it('Poisson rates: score z by hand and exact conditional test as R poisson.test', () => {
    // Equal exposure: z = (x₁ − x₂)/√(x₁ + x₂) = (30 − 20)/√50 = 1.414214
    expectClose(poissonRateZTest(30, 1, 20, 1)!.statistic, Math.SQRT2, 1e-12);
    // R documentation example: poisson.test(c(11, 6 + 8 + 7), c(800, 1083 + 1050 + 878)) → p-value = 0.07967
    expectClose(poissonRateExactP(11, 800, 21, 3011), 0.07967, 1e-4);
    // binom.test(10, 30) (p = ½): 2 · P(X ≤ 10) = 0.09873715 (R: p-value = 0.09874)
    expectClose(binomialTwoSidedP(10, 30, 0.5), 0.0987371467, 1e-8);
  });

  it('returns a null statistic when the standard error is 0', () => {
    const r = npsDifferenceZTest(
      { promoters: 10, passives: 0, detractors: 0 },
      { promoters: 20, passives: 0, detractors: 0 },
    )!;
    expect(r.statistic).to.equal(null);
    expect(r.pValue).to.equal(null);
  });
});
