import { normalQuantile } from './normal.js';
import { betaI, gammaQ, logGamma } from './special.js';

/**
 * Binomial and Poisson helpers. Cdfs go through the incomplete beta and gamma functions,
 * so they cost O(√n) at most, not O(n). Quantiles follow R's definition: the smallest
 * integer r with F(r) ≥ p (with a relative fuzz of 1e-12 on p, as R's `qbinom` fuzzes, so
 * that p = F(r) computed in floating point still returns r).
 */

const FUZZ = 1 - 1e-12;

/** P(X = k) for X ~ Binomial(n, prob). */
export function binomialPmf(k: number, n: number, prob: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  if (prob === 0) return k === 0 ? 1 : 0;
  if (prob === 1) return k === n ? 1 : 0;
  return Math.exp(
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(prob) + (n - k) * Math.log1p(-prob),
  );
}

/** P(X ≤ k) for X ~ Binomial(n, prob). */
export function binomialCdf(k: number, n: number, prob: number): number {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (prob <= 0) return 1;
  if (prob >= 1) return 0;
  return betaI(1 - prob, n - kk, kk + 1);
}

/** P(X > k) for X ~ Binomial(n, prob), without cancellation. */
export function binomialSurvival(k: number, n: number, prob: number): number {
  const kk = Math.floor(k);
  if (kk < 0) return 1;
  if (kk >= n) return 0;
  if (prob <= 0) return 0;
  if (prob >= 1) return 1;
  return betaI(prob, kk + 1, n - kk);
}

/** Smallest integer r with P(X ≤ r) ≥ p, X ~ Binomial(n, prob) (R's `qbinom`). */
export function binomialQuantile(p: number, n: number, prob: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (prob <= 0) return 0;
  if (prob >= 1 || p === 1) return n;
  const target = p * FUZZ;
  const sd = Math.sqrt(n * prob * (1 - prob));
  const r = Math.min(n, Math.max(0, Math.floor(n * prob + normalQuantile(p) * sd)));
  return stepToQuantile(r, target, (k) => binomialCdf(k, n, prob), n);
}

/** P(X = k) for X ~ Poisson(mean). */
export function poissonPmf(k: number, mean: number): number {
  if (k < 0 || !Number.isInteger(k)) return 0;
  if (mean === 0) return k === 0 ? 1 : 0;
  return Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
}

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonCdf(k: number, mean: number): number {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (mean <= 0) return 1;
  return gammaQ(kk + 1, mean);
}

/** Smallest integer r with P(X ≤ r) ≥ p, X ~ Poisson(mean) (R's `qpois`). */
export function poissonQuantile(p: number, mean: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (mean <= 0) return 0;
  if (p === 1) return Infinity;
  const target = p * FUZZ;
  const z = normalQuantile(p);
  // Cornish–Fisher start with the skewness term.
  const start = Math.floor(mean + z * Math.sqrt(mean) + (z * z - 1) / 6);
  return stepToQuantile(Math.max(0, start), target, (k) => poissonCdf(k, mean), Infinity);
}

function stepToQuantile(start: number, target: number, cdf: (k: number) => number, max: number): number {
  let r = start;
  if (cdf(r) >= target) {
    while (r > 0 && cdf(r - 1) >= target) r--;
  } else {
    while (r < max && cdf(r) < target) r++;
  }
  return r;
}
