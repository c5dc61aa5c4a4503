import { D4_MR } from './constants.js';

/**
 * Moving ranges between consecutive points of a calculation window. A gap (`null`) breaks the
 * chain, so no range spans a missing period (as in NHSRplotthedots and qicharts2, where
 * `diff()` of NA is NA). An excluded point is skipped: the range joins its neighbours, as
 * qicharts2 does by dropping excluded points before `diff()`.
 */
export function movingRanges(values: readonly (number | null)[], excluded?: readonly boolean[]): number[] {
  const out: number[] = [];
  let previous: number | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) {
      previous = null;
      continue;
    }
    if (excluded?.[i]) continue;
    if (previous !== null) out.push(Math.abs(v - previous));
    previous = v;
  }
  return out;
}

export interface AverageMovingRange {
  /** Average of the ranges kept; `null` without any range. */
  average: number | null;
  /** Average before screening (the moving-range chart's centre line). */
  unscreened: number | null;
  /** Ranges kept after screening. */
  used: number;
}

/**
 * Average moving range, optionally screened: ranges not below 3.267 × the average are left out
 * and the average recomputed once (Nelson 1982; NHSRplotthedots `screen_outliers`, qicharts2
 * `qic.screenedmr`, PowerBI-SPC `outliers_in_limits = false` all use a strict `<`).
 */
export function averageMovingRange(ranges: readonly number[], screen: boolean): AverageMovingRange {
  if (ranges.length === 0) return { average: null, unscreened: null, used: 0 };
  // Indexed loops: this runs once per analysis, unoptimized, and a for…of there allocates an
  // iterator result per range (0.8 MB of garbage at 20,000 points).
  let sum = 0;
  for (let i = 0; i < ranges.length; i++) sum += ranges[i]!;
  const unscreened = sum / ranges.length;
  // All ranges zero: nothing to screen (the cut-off would drop every range).
  if (!screen || unscreened === 0) return { average: unscreened, unscreened, used: ranges.length };
  const cutOff = D4_MR * unscreened;
  let kept = 0;
  let keptSum = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (r < cutOff) {
      kept++;
      keptSum += r;
    }
  }
  return { average: kept > 0 ? keptSum / kept : unscreened, unscreened, used: kept };
}
