import type { RuleFlags } from './flags.js';
import { outsideLimits } from './outside-limits.js';

/**
 * At least `k` of any `m` consecutive points beyond a line on the same side: `beyond` holds 1
 * (beyond the upper line), −1 (beyond the lower line) or 0. Every beyond-point inside such a
 * window is flagged with its side. Two of three at 2 sigma is Western Electric 2 (and the `mdc`
 * two-of-three), four of five at 1 sigma is Western Electric 3. Windows shorter than `m` at the
 * ends do not count.
 */
export function kOfM(beyond: ArrayLike<number>, k: number, m: number): RuleFlags {
  const n = beyond.length;
  const out = new Int8Array(n);
  let high = 0;
  let low = 0;
  for (let i = 0; i < n; i++) {
    if (beyond[i] === 1) high++;
    else if (beyond[i] === -1) low++;
    if (i >= m) {
      if (beyond[i - m] === 1) high--;
      else if (beyond[i - m] === -1) low--;
    }
    if (i < m - 1) continue;
    if (high >= k) flagSide(beyond, out, i - m + 1, i, 1);
    if (low >= k) flagSide(beyond, out, i - m + 1, i, -1);
  }
  return out;
}

function flagSide(beyond: ArrayLike<number>, out: Int8Array, from: number, to: number, side: number): void {
  for (let j = from; j <= to; j++) if (beyond[j] === side) out[j] = side;
}

/** 1 where a value is strictly above `upper`, −1 strictly below `lower`, else 0. */
export function beyondLines(values: ArrayLike<number>, upper: ArrayLike<number>, lower: ArrayLike<number>): Int8Array {
  return outsideLimits(values, upper, lower);
}
