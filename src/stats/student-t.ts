import { normalCdf, normalQuantile } from './normal.js';
import { betaI, logBeta, solveMonotone } from './special.js';

/**
 * Student's t distribution for any df > 0 (not only integers: Welch's df is fractional).
 * cdf: P(|T| > t) = I_{df/(df+t²)}(df/2, ½). Quantile: safeguarded Newton on that cdf from a
 * Cornish–Fisher start (closed forms for df = 1 and 2).
 */

/** P(T ≤ t) with `df` degrees of freedom. `df = Infinity` is the normal. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * betaI(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** Density of t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/** Two-sided p-value of a t statistic: 2 · P(T > |t|). */
export function twoSidedTP(t: number, df: number): number {
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
}

/** The t with P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  // Lower half from here on: the answer is negative.
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  // Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), a close start for Newton.
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  const start = z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
  // For large df the expansion alone is exact to ~1e-11 relative (|z| ≤ 6, checked against
  // the incomplete-beta inversion), and avoids slow continued fractions with huge shapes.
  if (df >= 1000 && z >= -6) return start;
  let lo = Math.min(start, z) * 2 - 1;
  while (studentTCdf(lo, df) > p) lo *= 2;
  return solveMonotone((t) => studentTCdf(t, df) - p, (t) => studentTPdf(t, df), lo, 0, start);
}

/** The two-sided critical value t_{1−α/2, df} for a confidence level. */
export function tCritical(confidence: number, df: number): number {
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}
