/** Small numeric helpers shared by the value-stream analysis: no NaN ever leaves this module. */

/** Times are sums of user numbers (0.1 + 0.2 …): compare them with a relative tolerance. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `numerator / denominator`, or `null` when the denominator is 0 (a ratio of nothing is undefined, not 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
