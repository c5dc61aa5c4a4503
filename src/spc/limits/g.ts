import { mean, median } from '../stats.js';
import type { LimitModel } from './model.js';
import { usedValues } from './used-values.js';

/**
 * g chart (opportunities between events, geometric): limits from the mean ḡ with sigma
 * √(ḡ(ḡ + 1)) (Montgomery p. 319; qicharts2 and PowerBI-SPC); the centre line drawn and used by
 * the run rules is the median, as in qicharts2, because the distribution is skewed.
 */
export function gLimits(values: readonly (number | null)[], excluded: readonly boolean[]): LimitModel {
  const used = usedValues(values, excluded);
  const base = mean(used);
  const sigma = base === null ? null : Math.sqrt(base * (base + 1));
  return { center: median(used), base, sigmaFor: () => sigma, floor: 0, ceiling: null, pointsUsed: used.length };
}
