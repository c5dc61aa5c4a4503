/**
 * Detector output: one entry per point of the sequence examined. 0 = the rule did not fire,
 * 1 = fired on the high side (above the centre, rising), −1 = low side, `NO_DIRECTION` = fired
 * without a side (too few crossings).
 */
export type RuleFlags = Int8Array;

export const NO_DIRECTION = 2;

/** Side of each value against its centre: 1 above, −1 below, 0 on the line (or no centre). */
export function sidesOf(values: ArrayLike<number>, centers: ArrayLike<number>): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - centers[i];
    out[i] = d > 0 ? 1 : d < 0 ? -1 : 0;
  }
  return out;
}
