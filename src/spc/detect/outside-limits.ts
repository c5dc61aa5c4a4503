import type { RuleFlags } from './flags.js';

/** Points strictly above `upper` (1) or strictly below `lower` (−1); NaN lines never fire. */
export function outsideLimits(values: ArrayLike<number>, upper: ArrayLike<number>, lower: ArrayLike<number>): RuleFlags {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (values[i] > upper[i]) out[i] = 1;
    else if (values[i] < lower[i]) out[i] = -1;
  }
  return out;
}
