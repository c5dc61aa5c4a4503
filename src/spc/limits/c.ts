import { mean } from '../stats.js';
import type { LimitModel } from './model.js';
import { usedValues } from './used-values.js';

/** c chart (Poisson counts): centre = mean count c̄, sigma = √c̄, lower limit clipped at 0. */
export function cLimits(counts: readonly (number | null)[], excluded: readonly boolean[]): LimitModel {
  const used = usedValues(counts, excluded);
  const center = mean(used);
  const sigma = center === null ? null : Math.sqrt(center);
  return { center, base: center, sigmaFor: () => sigma, floor: 0, ceiling: null, pointsUsed: used.length };
}
