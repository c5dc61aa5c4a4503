import type { HeatmapCell, SatisfactionHeatmapDocument } from '../contract/satisfaction-heatmap.js';
import { FUNNEL_LEVELS, binomialFunnelLimit, normalFunnelLimit, poissonFunnelLimit } from '../stats/funnel.js';
import type { Pool } from './measures.js';

/**
 * Hotspot test: is a shown cell significantly worse than the hospital-wide value θ?
 * Funnel limits (Spiegelhalter 2005) around θ at the cell's n:
 * - top-box: binomial, θ = Σcount/Σn (cells below the lower limit);
 * - complaint-rate: Poisson with mean θ·n, θ = Σcomplaints/Σcontacts (above the upper limit);
 * - mean-score: normal, σ = pooled within-cell sd √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1)) over cells with
 *   `sd`, else the half-range bound (wide, so few hotspots), else no test;
 * - nps: normal, σ = 100·√(p̄ + d̄ − θ²) from pooled promoter/detractor shares when every
 *   cell has them, else the conservative 100·√(1 − θ²).
 * A cell must also be on the bad side of θ (so a zero count with a tiny expected count is
 * never "above" a limit that interpolation pushed below 0).
 * top-box compares p̂ = count/round(n) with limits at round(n); complaint-rate compares the
 * rate with limits at the cell's n (Spiegelhalter's (r_p − α)/n).
 */
export interface HotspotResult {
  limit: number;
  level: 0.95 | 0.998;
}

export type HotspotTest = (cell: HeatmapCell, shown: number) => HotspotResult | null;

export function hotspotTest(doc: SatisfactionHeatmapDocument, overall: Pool, withinSd: number | null): HotspotTest | null {
  if (!(overall.n > 0)) return null;
  switch (doc.measure) {
    case 'top-box': {
      const theta = overall.sum / overall.n;
      const limits = perSize((size) => [
        binomialFunnelLimit(theta, size, FUNNEL_LEVELS[0.998].lower),
        binomialFunnelLimit(theta, size, FUNNEL_LEVELS[0.95].lower),
      ]);
      return (cell) => {
        const size = Math.round(cell.n);
        const p = cell.value / size;
        if (!(p < theta)) return null;
        const bounds = limits(size);
        const alarm = bounds[0];
        const warning = bounds[1];
        if (p < alarm) return { level: 0.998, limit: 100 * alarm };
        if (p < warning) return { level: 0.95, limit: 100 * warning };
        return null;
      };
    }
    case 'complaint-rate': {
      const theta = overall.sum / overall.n;
      const limits = perSize((exposure) => [
        poissonFunnelLimit(theta, exposure, FUNNEL_LEVELS[0.998].upper),
        poissonFunnelLimit(theta, exposure, FUNNEL_LEVELS[0.95].upper),
      ]);
      return (cell) => {
        const rate = cell.value / cell.n;
        if (!(rate > theta)) return null;
        const bounds = limits(cell.n);
        const alarm = bounds[0];
        const warning = bounds[1];
        if (rate > alarm) return { level: 0.998, limit: 1000 * alarm };
        if (rate > warning) return { level: 0.95, limit: 1000 * warning };
        return null;
      };
    }
    case 'mean-score': {
      if (withinSd === null) return null;
      const theta = overall.sum / overall.n;
      return normalTest(theta, withinSd);
    }
    case 'nps': {
      const theta = overall.sum / overall.n / 100;
      const variance = overall.countsComplete
        ? overall.promoters / overall.n + overall.detractors / overall.n - theta * theta
        : 1 - theta * theta;
      return normalTest(100 * theta, 100 * Math.sqrt(Math.max(0, variance)));
    }
  }
}

/**
 * Discrete limits depend only on the unit size once θ is fixed, so they are computed once
 * per distinct n (a heatmap repeats sizes a lot) instead of once per cell. Callers index the
 * pair rather than destructure it: destructuring walks an iterator per cell in cold code.
 */
function perSize(compute: (size: number) => [number, number]): (size: number) => [number, number] {
  const cache = new Map<number, [number, number]>();
  return (size) => {
    let limits = cache.get(size);
    if (limits === undefined) {
      limits = compute(size);
      cache.set(size, limits);
    }
    return limits;
  };
}

function normalTest(theta: number, sigma: number): HotspotTest | null {
  if (!(sigma > 0)) return null;
  // Both limits depend only on n: computed once per distinct n, as normalFunnelLimit does.
  const limits = perSize((n) => [
    normalFunnelLimit(theta, sigma, n, FUNNEL_LEVELS[0.998].lower),
    normalFunnelLimit(theta, sigma, n, FUNNEL_LEVELS[0.95].lower),
  ]);
  return (cell, shown) => {
    if (!(shown < theta)) return null;
    const bounds = limits(cell.n);
    const alarm = bounds[0];
    const warning = bounds[1];
    if (shown < alarm) return { level: 0.998, limit: alarm };
    if (shown < warning) return { level: 0.95, limit: warning };
    return null;
  };
}
