import { normalQuantile } from './normal.js';
import { gammaP, gammaQ, logGamma, solveMonotone } from './special.js';

/**
 * Gamma (unit scale) and chi-square distributions. The quantile is a safeguarded Newton
 * solve from the Wilson–Hilferty start; the upper half is solved on Q = 1 − P so quantiles
 * near 1 keep their digits. χ²_k = 2 · Gamma(k/2).
 */

/** P(X ≤ x) for X ~ Gamma(shape, 1). */
export function gammaCdf(x: number, shape: number): number {
  return gammaP(shape, x);
}

function gammaPdf(x: number, shape: number): number {
  if (x <= 0) return shape === 1 ? 1 : 0;
  return Math.exp((shape - 1) * Math.log(x) - x - logGamma(shape));
}

/** The x with P(X ≤ x) = p for X ~ Gamma(shape, 1). */
export function gammaQuantile(p: number, shape: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(shape > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const start = gammaStart(p, shape);
  let hi = Math.max(start, shape, 1) * 2;
  while (gammaP(shape, hi) < p) hi *= 2;
  if (p <= 0.5) {
    return solveMonotone((x) => gammaP(shape, x) - p, (x) => gammaPdf(x, shape), 0, hi, start);
  }
  const q = 1 - p;
  return solveMonotone((x) => q - gammaQ(shape, x), (x) => gammaPdf(x, shape), 0, hi, start);
}

function gammaStart(p: number, shape: number): number {
  // Small lower tail: P(a, x) ≈ x^a / Γ(a+1).
  const small = Math.exp((Math.log(p) + logGamma(shape + 1)) / shape);
  if (shape < 1 && small < shape) return small;
  const z = normalQuantile(p);
  const c = 1 / (9 * shape);
  const wh = shape * (1 - c + z * Math.sqrt(c)) ** 3;
  return wh > 0 ? wh : small;
}

/** P(X ≤ x) for X ~ χ²(df). */
export function chiSquareCdf(x: number, df: number): number {
  return gammaP(df / 2, x / 2);
}

/** The x with P(X ≤ x) = p for X ~ χ²(df) (R's `qchisq(p, df)`). */
export function chiSquareQuantile(p: number, df: number): number {
  return 2 * gammaQuantile(p, df / 2);
}
