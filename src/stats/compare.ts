import { binomialCdf, binomialPmf, binomialSurvival } from './discrete.js';
import { type NpsCountsInput, npsFromCounts, npsVariance } from './intervals.js';
import { twoSidedNormalP } from './normal.js';
import { twoSidedTP } from './student-t.js';

/**
 * Two-sample tests: "is this period different from the last one?". Every test compares
 * sample 1 (current) with sample 2 (previous): `difference` = 1 − 2 and the statistic has
 * the sign of the difference. p-values are two-sided.
 */

/** Result of a two-sample test; `statistic` is z, except Welch's t for means. */
export interface TestResult {
  /** Sample 1 minus sample 2, in the test's unit. */
  difference: number;
  /** Standard error of the difference used by the statistic. */
  se: number;
  /** z (or t) statistic; `null` when the standard error is 0 or undefined. */
  statistic: number | null;
  /** Two-sided p-value; `null` when the statistic is. */
  pValue: number | null;
}

function finish(difference: number, se: number, p: (s: number) => number): TestResult {
  if (!(se > 0) || !Number.isFinite(se)) return { difference, se, statistic: null, pValue: null };
  const statistic = difference / se;
  return { difference, se, statistic, pValue: p(statistic) };
}

/**
 * Two-proportion z test with the pooled standard error (R's `prop.test(correct = FALSE)`:
 * its X-squared is z²). Difference as a fraction.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TestResult | null {
  if (!(n1 > 0) || !(n2 > 0)) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return finish(x1 / n1 - x2 / n2, se, twoSidedNormalP);
}

/**
 * NPS difference z test: z = ΔNPS / √(SE₁² + SE₂²), each SE² = Var/n with the multinomial
 * variance (p + d) − (p − d)² of the unadjusted shares (Rocks's `NPS::nps_test`, Wald).
 * Difference and SE in NPS points.
 */
export function npsDifferenceZTest(a: NpsCountsInput, b: NpsCountsInput): TestResult | null {
  const nA = a.promoters + a.passives + a.detractors;
  const nB = b.promoters + b.passives + b.detractors;
  const vA = npsVariance(a);
  const vB = npsVariance(b);
  if (vA === null || vB === null) return null;
  const se = 100 * Math.sqrt(vA / nA + vB / nB);
  return finish(npsFromCounts(a)! - npsFromCounts(b)!, se, twoSidedNormalP);
}

/** Welch's unequal-variance t test from summaries (R's `t.test(var.equal = FALSE)`). */
export function welchTTest(
  mean1: number,
  sd1: number,
  n1: number,
  mean2: number,
  sd2: number,
  n2: number,
): (TestResult & { df: number }) | null {
  if (!(n1 >= 2) || !(n2 >= 2) || !(sd1 >= 0) || !(sd2 >= 0)) return null;
  const v1 = (sd1 * sd1) / n1;
  const v2 = (sd2 * sd2) / n2;
  const se = Math.sqrt(v1 + v2);
  // Welch–Satterthwaite degrees of freedom.
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return { ...finish(mean1 - mean2, se, (t) => twoSidedTP(t, df)), df };
}

/**
 * Poisson rate comparison, normal approximation: rates r_i = x_i / T_i, pooled rate
 * λ = (x₁ + x₂)/(T₁ + T₂), z = (r₁ − r₂) / √(λ(1/T₁ + 1/T₂)). This is the score test, the
 * normal approximation of the conditional binomial test below; with T₁ = T₂ it is
 * (x₁ − x₂)/√(x₁ + x₂). Difference in events per unit of exposure.
 */
export function poissonRateZTest(x1: number, t1: number, x2: number, t2: number): TestResult | null {
  if (!(t1 > 0) || !(t2 > 0) || !(x1 >= 0) || !(x2 >= 0)) return null;
  const pooled = (x1 + x2) / (t1 + t2);
  const se = Math.sqrt(pooled * (1 / t1 + 1 / t2));
  return finish(x1 / t1 - x2 / t2, se, twoSidedNormalP);
}

/**
 * Exact two-sided p-value comparing two Poisson counts, conditional on their total:
 * x₁ | x₁ + x₂ ~ Binomial(x₁ + x₂, T₁/(T₁ + T₂)) under equal rates (R's
 * `poisson.test(c(x1, x2), c(T1, T2))`, which calls `binom.test`). Two-sided p sums every
 * outcome no more likely than the observed one (R's rule, relative tolerance 1e-7).
 * Counts must be whole numbers.
 */
export function poissonRateExactP(x1: number, t1: number, x2: number, t2: number): number | null {
  if (!(t1 > 0) || !(t2 > 0) || !Number.isInteger(x1) || !Number.isInteger(x2) || x1 < 0 || x2 < 0) return null;
  return binomialTwoSidedP(x1, x1 + x2, t1 / (t1 + t2));
}

/** Two-sided exact binomial p-value as R's `binom.test(x, n, p)$p.value`. */
export function binomialTwoSidedP(x: number, n: number, p: number): number {
  if (n === 0) return 1;
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const relErr = 1 + 1e-7;
  const d = binomialPmf(x, n, p);
  const m = n * p;
  if (x === m) return 1;
  if (x < m) {
    let y = 0;
    for (let i = Math.ceil(m); i <= n; i++) if (binomialPmf(i, n, p) <= d * relErr) y++;
    return Math.min(1, binomialCdf(x, n, p) + binomialSurvival(n - y, n, p));
  }
  let y = 0;
  for (let i = 0; i <= Math.floor(m); i++) if (binomialPmf(i, n, p) <= d * relErr) y++;
  return Math.min(1, binomialCdf(y - 1, n, p) + binomialSurvival(x - 1, n, p));
}
