import type { LimitModel } from './model.js';
import { xmrLimits, type MovingRangeOptions } from './xmr.js';

/** Nelson's transform of times between rare events: y^(1/3.6) is close to normal. */
export const T_POWER = 3.6;

const back = (x: number): number => (x <= 0 ? 0 : x ** T_POWER);

/**
 * t chart: an individuals chart of y^(1/3.6), with centre and limits transformed back by ^3.6;
 * a lower limit below 0 in the transformed scale becomes 0 (qicharts2, PowerBI-SPC).
 */
export function tLimits(times: readonly (number | null)[], excluded: readonly boolean[], options: MovingRangeOptions): LimitModel {
  const transformed = times.map((v) => (v === null || v < 0 ? null : v ** (1 / T_POWER)));
  const model = xmrLimits(transformed, excluded, options);
  return {
    center: model.base === null ? null : back(model.base),
    base: model.base,
    sigmaFor: model.sigmaFor,
    toPlot: back,
    floor: 0,
    ceiling: null,
    pointsUsed: model.pointsUsed,
  };
}
