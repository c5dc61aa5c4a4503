import { betaI, betaIComplement, logBeta, solveMonotone } from './special.js';

/** Beta distribution: cdf and quantile (R's `pbeta`, `qbeta`). */

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  return betaI(x, a, b);
}

function betaPdf(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/** The x with P(X ≤ x) = p for X ~ Beta(a, b). Upper half solved on the complement. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(a > 0) || !(b > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const start = a / (a + b);
  if (p <= 0.5) return solveMonotone((x) => betaI(x, a, b) - p, (x) => betaPdf(x, a, b), 0, 1, start);
  const q = 1 - p;
  return solveMonotone((x) => q - betaIComplement(x, a, b), (x) => betaPdf(x, a, b), 0, 1, start);
}
