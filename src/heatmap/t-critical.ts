import { normalQuantile } from '../stats/normal.js';

/**
 * The 95 % two-sided t critical value for a whole number of degrees of freedom, to machine
 * precision (≤ 4e-12 relative against the incomplete-beta inversion of `tCritical`, df 1 to
 * 10,000) at a thousandth of its cost: a heatmap has a few hundred distinct n and the
 * general inversion costs about 0.3 ms each. Secant steps on the closed form of P(|T| ≤ t)
 * for whole df (Abramowitz & Stegun 26.7.3–4, a finite sum of positive terms) from the
 * Cornish–Fisher start (26.7.5).
 */
const Z = -normalQuantile(0.025);
const G = [(Z ** 3 + Z) / 4, (5 * Z ** 5 + 16 * Z ** 3 + 3 * Z) / 96, (3 * Z ** 7 + 19 * Z ** 5 + 17 * Z ** 3 - 15 * Z) / 384, (79 * Z ** 9 + 776 * Z ** 7 + 1482 * Z ** 5 - 1920 * Z ** 3 - 945 * Z) / 92160];

/** P(|T| ≤ t) for whole `df` ≥ 1. */
function central(t: number, df: number): number {
  const c = df / (df + t * t);
  const s = Math.sqrt(1 - c);
  let term = 1;
  let sum = 1;
  if (df % 2 === 0) {
    for (let k = 1; k < df / 2; k++) sum += term *= (c * (2 * k - 1)) / (2 * k);
    return s * sum;
  }
  for (let k = 1; k <= (df - 3) / 2; k++) sum += term *= (c * 2 * k) / (2 * k + 1);
  return (2 / Math.PI) * (Math.atan(t / Math.sqrt(df)) + (df > 1 ? s * Math.sqrt(c) * sum : 0));
}

export function tCritical95(df: number): number {
  let a = Z + G[0]! / df + G[1]! / df ** 2 + G[2]! / df ** 3 + G[3]! / df ** 4;
  // From 1,000 df the expansion alone is exact to ~1e-11 (as `studentTQuantile` uses it), and
  // the sum below would grow with df (pooled summaries reach thousands).
  if (df >= 1000) return a;
  let b = a * 1.001;
  let fa = central(a, df) - 0.95;
  let fb = central(b, df) - 0.95;
  for (let i = 0; i < 20 && fb !== 0 && fa !== fb && Math.abs(b - a) > 1e-15 * b; i++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    fb = central(b, df) - 0.95;
  }
  return b;
}
