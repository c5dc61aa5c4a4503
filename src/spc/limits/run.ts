import { median } from '../stats.js';
import { centreOnly, type LimitModel } from './model.js';
import { usedValues } from './used-values.js';

/** Run chart: the median is the centre line; there are no limits. */
export function runLimits(values: readonly (number | null)[], excluded: readonly boolean[]): LimitModel {
  const used = usedValues(values, excluded);
  return centreOnly(median(used), used.length);
}
