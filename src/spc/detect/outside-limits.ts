import { flagBeyond } from '../column-loops.js';
import type { RuleFlags } from './flags.js';

/** Points strictly above `upper` (1) or strictly below `lower` (−1); NaN lines never fire. */
export function outsideLimits(values: ArrayLike<number>, upper: ArrayLike<number>, lower: ArrayLike<number>): RuleFlags {
  const out = new Int8Array(values.length);
  flagBeyond(values, upper, lower, { start: 0, end: values.length - 1 }, out, 1, -1);
  return out;
}
