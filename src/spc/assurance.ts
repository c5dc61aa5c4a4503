import type { ImprovementDirection } from '../contract/control-chart.js';
import type { Assurance } from './types.js';

/**
 * Assurance against a target (NHSRplotthedots `ptd_calculate_assurance_type`): a target beyond
 * the upper limit is always missed when higher is better and always met when lower is better,
 * and the reverse below the lower limit; a target between (or on) the limits is hit or miss.
 * `null` without a target, without limits, or when no direction is better.
 */
export function assurance(
  lcl: number | null,
  ucl: number | null,
  target: number | null | undefined,
  improvement: ImprovementDirection,
): Assurance | null {
  if (target === null || target === undefined || lcl === null || ucl === null || improvement === 'neither') return null;
  const increasing = improvement === 'increase';
  if (target > ucl) return increasing ? 'fail' : 'pass';
  if (target < lcl) return increasing ? 'pass' : 'fail';
  return 'hit-or-miss';
}
