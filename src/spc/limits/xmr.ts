import { averageMovingRange, movingRanges, type AverageMovingRange } from '../moving-range.js';
import { mean } from '../stats.js';
import type { LimitModel } from './model.js';
import { usedValues } from './used-values.js';

export interface MovingRangeOptions {
  /** Leave ranges ≥ 3.267 × average out (Nelson screening). */
  screen: boolean;
  /** Sigma per unit of average moving range: 2.66/3 (NHS) or 1/1.128 (Montgomery). */
  sigmaPerMovingRange: number;
}

export interface XmrModel extends LimitModel {
  movingRange: AverageMovingRange;
}

/** Individuals chart: centre = mean, sigma = average moving range × `sigmaPerMovingRange`. */
export function xmrLimits(values: readonly (number | null)[], excluded: readonly boolean[], options: MovingRangeOptions): XmrModel {
  const used = usedValues(values, excluded);
  const center = mean(used);
  const movingRange = averageMovingRange(movingRanges(values, excluded), options.screen);
  const sigma = movingRange.average === null ? null : movingRange.average * options.sigmaPerMovingRange;
  return { center, base: center, sigmaFor: () => sigma, floor: null, ceiling: null, pointsUsed: used.length, movingRange };
}
