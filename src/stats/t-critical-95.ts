/**
 * The 95 % two-sided t critical value for a whole number of degrees of freedom, to machine
 * precision (≤ 4e-12 relative against the incomplete-beta inversion of `tCritical`, df 1 to
 * 10,000) at a thousandth of its cost: a heatmap has a few hundred distinct n and the
 * general inversion costs about 0.3 ms each. Secant steps on the closed form of P(|T| ≤ t)
 * for whole df (Abramowitz & Stegun 26.7.3–4, a finite sum of positive terms) from the
 * Cornish–Fisher start (26.7.5).
 */
/** z₀.₉₇₅ (as `normalQuantile` gives it) and the Cornish–Fisher terms g₁…g₄ at it, worked out once. */
const Z = 1.9599639845400538;
const G = [2.3722712302985616, 2.82249861573961, 2.5558496795077206, 1.5895340533938205];

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
