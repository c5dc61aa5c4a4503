import { partOfRun } from './runs.js';
import type { RuleFlags } from './flags.js';

/**
 * Where `length` consecutive values have each risen (1) or each fallen (−1) so far; equal
 * neighbours break a trend (NHSRplotthedots `ptd_seven_point_trend` for length 7).
 */
export function trendEnds(values: ArrayLike<number>, length: number): RuleFlags {
  const out = new Int8Array(values.length);
  let steps = 0;
  let direction = 0;
  for (let i = 1; i < values.length; i++) {
    const d = values[i] > values[i - 1] ? 1 : values[i] < values[i - 1] ? -1 : 0;
    steps = d !== 0 && d === direction ? steps + 1 : d !== 0 ? 1 : 0;
    direction = d;
    if (steps >= length - 1) out[i] = d;
  }
  return out;
}

/** Trend: every point of a rising or falling run of at least `length` points, signed by its direction. */
export function trend(values: ArrayLike<number>, length: number): RuleFlags {
  return partOfRun(trendEnds(values, length), length);
}
