import { partOfRun, runEnds } from './runs.js';
import type { RuleFlags } from './flags.js';

/** Shift: every point of a run of at least `length` points on one side of the centre (0 breaks it). */
export function shift(sides: ArrayLike<number>, length: number): RuleFlags {
  return partOfRun(runEnds(sides, length), length);
}
