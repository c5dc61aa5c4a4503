import { laneySigmaZ } from './laney.js';
import type { LimitModel } from './model.js';
import { pooledRatio, type RatioWindow } from './ratio-input.js';
import type { MovingRangeOptions } from './xmr.js';

export interface RateOptions extends MovingRangeOptions {
  /** Laney u′: widen sigma by the between-subgroup factor σz. */
  laney: boolean;
  /** Rates are shown per `multiplier` units of exposure (per 1,000 bed-days: 1000). */
  multiplier: number;
}

/**
 * u chart: centre ū = Σ events / Σ exposure, sigma_i = √(ū/n_i), lower limit clipped at 0; u′
 * (Laney) multiplies sigma_i by σz. Centre, sigma and plotted rates are × `multiplier`.
 */
export function uLimits(w: RatioWindow, options: RateOptions): LimitModel {
  const { ratio, used } = pooledRatio(w);
  const poisson = (n: number | null): number | null => (ratio === null || n === null || !(n > 0) ? null : Math.sqrt(ratio / n));
  let factor: number | null = 1;
  if (options.laney && ratio !== null) {
    const rates = w.numerators.map((x, i) => {
      const n = w.denominators[i];
      return x === null || n === null || !(n > 0) ? null : x / n;
    });
    factor = laneySigmaZ(rates, w.denominators.map(poisson), ratio, w.excluded, options);
  }
  const m = options.multiplier;
  const center = ratio === null ? null : ratio * m;
  return {
    center,
    base: center,
    sigmaFor: (n) => {
      const s = poisson(n);
      return s === null || factor === null ? null : s * factor * m;
    },
    floor: 0,
    ceiling: null,
    pointsUsed: used,
  };
}
