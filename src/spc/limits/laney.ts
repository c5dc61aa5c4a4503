import { averageMovingRange, movingRanges } from '../moving-range.js';
import type { MovingRangeOptions } from './xmr.js';

/**
 * Laney's between-subgroup factor σz: the z-scores (y − centre) / sigma_i of the calculation
 * window are charted as individuals, σz = average moving range of z × sigma-per-range. A gap
 * breaks the chain; an excluded point is skipped (as for XmR).
 */
export function laneySigmaZ(
  values: readonly (number | null)[],
  sigmas: readonly (number | null)[],
  center: number,
  excluded: readonly boolean[],
  options: MovingRangeOptions,
): number | null {
  const z = values.map((v, i) => {
    const s = sigmas[i];
    return v === null || s === null || !(s > 0) ? null : (v - center) / s;
  });
  const amr = averageMovingRange(movingRanges(z, excluded), options.screen).average;
  return amr === null ? null : amr * options.sigmaPerMovingRange;
}
