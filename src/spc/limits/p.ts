import { laneySigmaZ } from './laney.js';
import type { LimitModel } from './model.js';
import { pooledRatio, type RatioWindow } from './ratio-input.js';
import type { MovingRangeOptions } from './xmr.js';

export interface ProportionOptions extends MovingRangeOptions {
  /** Laney p′: widen sigma by the between-subgroup factor σz. */
  laney: boolean;
}

/**
 * p chart: centre p̄ = Σ events / Σ n, sigma_i = √(p̄(1 − p̄)/n_i), limits clipped to [0, 1];
 * p′ (Laney) multiplies sigma_i by σz. Proportions are fractions 0…1.
 */
export function pLimits(w: RatioWindow, options: ProportionOptions): LimitModel {
  const { ratio: center, used } = pooledRatio(w);
  const binomial = (n: number | null): number | null =>
    center === null || n === null || !(n > 0) ? null : Math.sqrt((center * (1 - center)) / n);
  let factor: number | null = 1;
  if (options.laney && center !== null) {
    const values = w.numerators.map((x, i) => {
      const n = w.denominators[i];
      return x === null || n === null || !(n > 0) ? null : x / n;
    });
    factor = laneySigmaZ(values, w.denominators.map(binomial), center, w.excluded, options);
  }
  return {
    center,
    base: center,
    sigmaFor: (n) => {
      const s = binomial(n);
      return s === null || factor === null ? null : s * factor;
    },
    floor: 0,
    ceiling: 1,
    pointsUsed: used,
  };
}
