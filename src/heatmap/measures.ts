import type { HeatmapCell, HeatmapMeasure, SatisfactionHeatmapDocument } from '../contract/satisfaction-heatmap.js';
import {
  type Interval,
  npsAdjustedWaldInterval,
  npsConservativeInterval,
  poissonExactInterval,
  wilsonInterval,
} from '../stats/intervals.js';
import { tCritical } from '../stats/student-t.js';
import { tCritical95 } from '../stats/t-critical-95.js';
import { type HeatmapDirection, type HeatmapSummary, type HeatmapUnit, LOW_CONFIDENCE } from './types.js';

/**
 * Per-measure arithmetic: the shown value of a cell, its interval, its low-confidence flag,
 * and pooling of several cells into one summary. Intervals are 95 %.
 */

const CONFIDENCE = 0.95;

/** Running sums for pooling cells (n-weighted). */
export class Pool {
  cells = 0;
  n = 0;
  /** Σ count (top-box, complaint-rate) or Σ n·value (mean-score, nps). */
  sum = 0;
  /** mean-score: Σ[(nᵢ − 1)sᵢ² + nᵢmᵢ²]; valid while `sdComplete`. */
  sumSquares = 0;
  sdComplete = true;
  promoters = 0;
  detractors = 0;
  countsComplete = true;

  add(cell: HeatmapCell, measure: HeatmapMeasure): void {
    this.cells++;
    this.n += cell.n;
    if (measure === 'top-box' || measure === 'complaint-rate') {
      this.sum += cell.value;
      return;
    }
    this.sum += cell.n * cell.value;
    if (measure === 'mean-score') {
      if (cell.sd === undefined) this.sdComplete = false;
      else this.sumSquares += (cell.n - 1) * cell.sd * cell.sd + cell.n * cell.value * cell.value;
    } else if (cell.promoters === undefined || cell.detractors === undefined) {
      this.countsComplete = false;
    } else {
      this.promoters += cell.promoters;
      this.detractors += cell.detractors;
    }
  }
}

export interface MeasureModel {
  unit: HeatmapUnit;
  direction: HeatmapDirection;
  /** Shown value of one cell. */
  shown(cell: HeatmapCell): number;
  /** 95 % interval of one cell, shown unit. */
  interval(cell: HeatmapCell): Interval | null;
  /** Summary of pooled cells; `null` when the pool is empty or has n = 0. */
  summary(pool: Pool): HeatmapSummary | null;
  lowConfidence(value: number, n: number, interval: Interval | null): boolean;
}

function halfWidth(interval: Interval | null): number {
  return interval ? (interval[1] - interval[0]) / 2 : 0;
}

/** Scales a freshly computed interval in place (no second array per cell). */
function scaled(interval: Interval | null, factor: number): Interval | null {
  if (interval) {
    interval[0] *= factor;
    interval[1] *= factor;
  }
  return interval;
}

/** Builds the model for the document's measure. Caches keep 50,000 cells fast. */
export function measureModel(doc: SatisfactionHeatmapDocument): MeasureModel {
  switch (doc.measure) {
    case 'top-box':
      return proportionModel();
    case 'complaint-rate':
      return rateModel();
    case 'nps':
      return npsModel();
    case 'mean-score':
      return meanModel(doc.scale);
  }
}

function summaryOf(model: MeasureModel, pool: Pool, value: number, interval: Interval | null): HeatmapSummary {
  return { value, n: pool.n, interval, lowConfidence: model.lowConfidence(value, pool.n, interval), cells: pool.cells };
}

function proportionModel(): MeasureModel {
  const model: MeasureModel = {
    unit: 'percent',
    direction: 'increase',
    shown: (c) => (100 * c.value) / c.n,
    interval: (c) => scaled(wilsonInterval(c.value, c.n, CONFIDENCE), 100),
    summary: (pool) =>
      pool.n > 0 ? summaryOf(model, pool, (100 * pool.sum) / pool.n, scaled(wilsonInterval(pool.sum, pool.n, CONFIDENCE), 100)) : null,
    lowConfidence: (_v, n, interval) => n < LOW_CONFIDENCE.minN || halfWidth(interval) > LOW_CONFIDENCE.topBoxHalfWidth,
  };
  return model;
}

function rateModel(): MeasureModel {
  const garwood = new Map<number, Interval | null>();
  const countInterval = (count: number) => {
    let ci = garwood.get(count);
    if (ci === undefined) {
      ci = poissonExactInterval(count, CONFIDENCE);
      garwood.set(count, ci);
    }
    return ci;
  };
  const perThousand = (count: number, n: number): Interval | null => {
    const ci = countInterval(count); // cached and shared: copy, never scale in place
    return ci ? [(ci[0] * 1000) / n, (ci[1] * 1000) / n] : null;
  };
  const model: MeasureModel = {
    unit: 'per-1000',
    direction: 'decrease',
    shown: (c) => (1000 * c.value) / c.n,
    interval: (c) => perThousand(c.value, c.n),
    summary: (pool) => (pool.n > 0 ? summaryOf(model, pool, (1000 * pool.sum) / pool.n, perThousand(pool.sum, pool.n)) : null),
    lowConfidence: (v, n, interval) =>
      n < LOW_CONFIDENCE.minN || (v > 0 && halfWidth(interval) > LOW_CONFIDENCE.complaintRelativeHalfWidth * v),
  };
  return model;
}

function npsModel(): MeasureModel {
  const fromCounts = (promoters: number, detractors: number, n: number) => {
    const passives = n - promoters - detractors;
    return passives >= 0 ? npsAdjustedWaldInterval({ promoters, passives, detractors }, CONFIDENCE)?.interval ?? null : null;
  };
  const model: MeasureModel = {
    unit: 'nps-points',
    direction: 'increase',
    shown: (c) => c.value,
    interval: (c) =>
      (c.promoters !== undefined && c.detractors !== undefined ? fromCounts(c.promoters, c.detractors, c.n) : null) ??
      npsConservativeInterval(c.value, c.n, CONFIDENCE),
    summary: (pool) => {
      if (!(pool.n > 0)) return null;
      const value = pool.sum / pool.n;
      const interval =
        (pool.countsComplete ? fromCounts(pool.promoters, pool.detractors, pool.n) : null) ??
        npsConservativeInterval(value, pool.n, CONFIDENCE);
      return summaryOf(model, pool, value, interval);
    },
    lowConfidence: (_v, n, interval) => n < LOW_CONFIDENCE.minN || halfWidth(interval) > LOW_CONFIDENCE.npsHalfWidth,
  };
  return model;
}

/**
 * 95 % t critical values by degrees of freedom, kept across analyses (a dashboard
 * re-analyses on every update). Whole df up to the cap take the closed form (`tCritical95`),
 * others the general inversion; only whole df are kept, so the cache stays small whatever the data.
 */
const CRITICAL_CACHE_DF = 10_000;
const criticalByDf: number[] = [];
function criticalT(df: number): number {
  if (!(Number.isInteger(df) && df >= 0 && df <= CRITICAL_CACHE_DF)) return tCritical(CONFIDENCE, df);
  return (criticalByDf[df] ??= df > 0 ? tCritical95(df) : tCritical(CONFIDENCE, df));
}

function meanModel(scale: { min: number; max: number } | undefined): MeasureModel {
  // Without a cell sd, Popoviciu's inequality bounds it: sd ≤ (max − min)/2 on a bounded scale.
  const boundSd = scale ? (scale.max - scale.min) / 2 : undefined;
  const t = criticalT;
  const interval = (mean: number, sd: number | undefined, n: number): Interval | null => {
    const s = sd ?? boundSd;
    if (s === undefined || !(n >= 2)) return null;
    const half = (t(n - 1) * s) / Math.sqrt(n);
    const lo = mean - half;
    const hi = mean + half;
    return scale ? [Math.max(scale.min, lo), Math.min(scale.max, hi)] : [lo, hi];
  };
  const model: MeasureModel = {
    unit: 'score',
    direction: 'increase',
    shown: (c) => c.value,
    interval: (c) => interval(c.value, c.sd, c.n),
    summary: (pool) => {
      if (!(pool.n > 0)) return null;
      const mean = pool.sum / pool.n;
      // Pooled sd of all respondents: total sum of squares about the pooled mean.
      const sd =
        pool.sdComplete && pool.n > 1
          ? Math.sqrt(Math.max(0, (pool.sumSquares - pool.n * mean * mean) / (pool.n - 1)))
          : undefined;
      return summaryOf(model, pool, mean, interval(mean, sd, pool.n));
    },
    lowConfidence: (_v, n, ci) =>
      n < LOW_CONFIDENCE.minN ||
      (scale !== undefined && halfWidth(ci) > LOW_CONFIDENCE.meanScoreShareOfRange * (scale.max - scale.min)),
  };
  return model;
}
