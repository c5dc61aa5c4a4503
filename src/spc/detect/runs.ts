import type { RuleFlags } from './flags.js';

/**
 * Where a run of equal non-zero signs has reached `length` points: the sign at each point that
 * ends such a run so far, else 0 (NHSRplotthedots `ptd_seven_point_one_side_mean` for length 7).
 * A 0 breaks the run.
 */
export function runEnds(signs: ArrayLike<number>, length: number): RuleFlags {
  const out = new Int8Array(signs.length);
  let run = 0;
  for (let i = 0; i < signs.length; i++) {
    const s = signs[i];
    run = s !== 0 && i > 0 && signs[i - 1] === s ? run + 1 : s !== 0 ? 1 : 0;
    if (run >= length) out[i] = s;
  }
  return out;
}

/**
 * Marks every point that belongs to a detected run: a point is part of one when a detection
 * lies at it or within the next `length − 1` points (NHSRplotthedots `ptd_part_of_seven_trend`).
 * A point covered by two detections takes the later one's sign (a peak shared by a rising and a
 * falling trend counts as falling: the right-hand side wins, as in NHSRplotthedots). O(n).
 */
export function partOfRun(detections: ArrayLike<number>, length: number): RuleFlags {
  const out = new Int8Array(detections.length);
  let leftmost = detections.length; // positions ≥ leftmost are already assigned
  for (let j = detections.length - 1; j >= 0; j--) {
    const d = detections[j];
    if (d === 0) continue;
    const from = Math.max(0, j - length + 1);
    for (let i = Math.min(j, leftmost - 1); i >= from; i--) out[i] = d;
    leftmost = Math.min(leftmost, from);
  }
  return out;
}
