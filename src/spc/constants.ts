/** D4 for ranges of two: upper limit of a moving-range chart, and the screening cut-off for moving ranges. */
export const D4_MR = 3.267;

// c4(n) = sqrt(2 / (n − 1)) · Γ(n/2) / Γ((n − 1)/2). The gamma ratio R(n) = Γ(n/2)/Γ((n−1)/2)
// obeys R(n + 2) = R(n) · n / (n − 1), from R(2) = 1/√π and R(3) = √π/2: exact up to rounding,
// no lgamma approximation needed (subgroups are at most 1,000 values).
const gammaRatio: number[] = [NaN, NaN, 1 / Math.sqrt(Math.PI), Math.sqrt(Math.PI) / 2];

function ratio(n: number): number {
  for (let k = gammaRatio.length; k <= n; k++) gammaRatio[k] = (gammaRatio[k - 2] * (k - 2)) / (k - 3);
  return gammaRatio[n];
}

/** Bias correction of the sample standard deviation; `null` for n < 2. */
export function c4(n: number): number | null {
  if (!Number.isInteger(n) || n < 2) return null;
  return Math.sqrt(2 / (n - 1)) * ratio(n);
}

/** Standard deviation of s / sigma: sqrt(1 − c4²); `null` for n < 2. */
export function c5(n: number): number | null {
  const c = c4(n);
  return c === null ? null : Math.sqrt(1 - c * c);
}

/** X̄ limits factor: k / (c4 √n) (A3 for k = 3). */
export function a3(n: number, k = 3): number | null {
  const c = c4(n);
  return c === null ? null : k / (c * Math.sqrt(n));
}

/** S-chart lower factor max(0, 1 − k c5/c4) (B3 for k = 3). */
export function b3(n: number, k = 3): number | null {
  const c = c4(n);
  const d = c5(n);
  return c === null || d === null ? null : Math.max(0, 1 - (k * d) / c);
}

/** S-chart upper factor 1 + k c5/c4 (B4 for k = 3). */
export function b4(n: number, k = 3): number | null {
  const c = c4(n);
  const d = c5(n);
  return c === null || d === null ? null : 1 + (k * d) / c;
}
