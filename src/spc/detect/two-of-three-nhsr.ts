import type { RuleFlags } from './flags.js';

/**
 * NHSRplotthedots `ptd_two_in_three`: 1 where the point lies in a window of three consecutive
 * points with at least two "close to the limits" (beyond 2 sigma but inside the 3-sigma limits)
 * and all three on the same side of the mean. `close` is 0/1, `sides` is −1/0/1.
 */
export function nhsrTwoInThree(close: ArrayLike<number>, sides: ArrayLike<number>): Int8Array {
  const n = close.length;
  const out = new Int8Array(n);
  for (let j = 0; j + 2 < n; j++) {
    const nearCount = close[j] + close[j + 1] + close[j + 2];
    const sideSum = sides[j] + sides[j + 1] + sides[j + 2];
    if (nearCount >= 2 && Math.abs(sideSum) === 3) out[j] = out[j + 1] = out[j + 2] = 1;
  }
  return out;
}

/**
 * The NHSRplotthedots two-of-three rule: only the close-to-limit points of a qualifying window
 * are flagged (`ptd_part_of_two_in_three`), with their side.
 */
export function twoOfThreeNhsr(close: ArrayLike<number>, sides: ArrayLike<number>): RuleFlags {
  const windows = nhsrTwoInThree(close, sides);
  const out = new Int8Array(close.length);
  for (let i = 0; i < close.length; i++) if (windows[i] === 1 && close[i] === 1) out[i] = sides[i];
  return out;
}
