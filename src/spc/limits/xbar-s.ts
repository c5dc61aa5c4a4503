import { a3, c4, c5 } from '../constants.js';
import type { LimitModel } from './model.js';

/** One subgroup's summary; `mean` is `null` for an empty subgroup, `sd` below two values. */
export interface SubgroupSummary {
  size: number;
  mean: number | null;
  sd: number | null;
}

export interface XbarSModels {
  xbar: LimitModel;
  s: LimitModel;
  /** The sigma estimate s̄ the limits rest on. */
  sBar: number | null;
  /** True when every non-empty subgroup had the same size (then s̄ is the mean of s). */
  constantSize: boolean;
}

/**
 * X̄ and S charts (Montgomery 6.29–6.31, as qicharts2): centre x̿ = Σ n_i x̄_i / Σ n_i; with one
 * subgroup size s̄ = mean of s_i, with varying sizes s̄ = √(Σ(n_i − 1)s_i² / Σ(n_i − 1)) (pooled).
 * X̄ limits x̿ ± 3 s̄ / (c4(n_i)√n_i) (A3); S limits s̄ (1 ± 3 c5(n_i)/c4(n_i)) (B3, B4), lower
 * clipped at 0. Subgroups of one value have a mean but no limits.
 */
export function xbarSLimits(subgroups: readonly (SubgroupSummary | null)[], excluded: readonly boolean[]): XbarSModels {
  let sizes = -1;
  let constantSize = true;
  let weighted = 0;
  let total = 0;
  let used = 0;
  let sdSum = 0;
  let sdCount = 0;
  let pooledSs = 0;
  let pooledDf = 0;
  subgroups.forEach((g, i) => {
    if (g === null || g.size < 1 || g.mean === null) return;
    if (sizes === -1) sizes = g.size;
    else if (sizes !== g.size) constantSize = false;
    if (excluded[i]) return;
    used++;
    weighted += g.size * g.mean;
    total += g.size;
    if (g.sd !== null && g.size >= 2) {
      sdSum += g.sd;
      sdCount++;
      pooledSs += (g.size - 1) * g.sd * g.sd;
      pooledDf += g.size - 1;
    }
  });
  const center = total > 0 ? weighted / total : null;
  let sBar: number | null = null;
  if (sdCount > 0) sBar = constantSize ? sdSum / sdCount : Math.sqrt(pooledSs / pooledDf);
  const xbar: LimitModel = {
    center,
    base: center,
    // a3(n, 1) = 1/(c4 √n): one sigma of a subgroup mean.
    sigmaFor: (n) => (sBar === null || n === null ? null : mul(sBar, a3(n, 1))),
    floor: null,
    ceiling: null,
    pointsUsed: used,
  };
  const s: LimitModel = {
    center: sBar,
    base: sBar,
    sigmaFor: (n) => {
      if (sBar === null || n === null) return null;
      const c = c4(n);
      const d = c5(n);
      return c === null || d === null ? null : (sBar * d) / c;
    },
    floor: 0,
    ceiling: null,
    pointsUsed: sdCount,
  };
  return { xbar, s, sBar, constantSize };
}

function mul(a: number, b: number | null): number | null {
  return b === null ? null : a * b;
}
