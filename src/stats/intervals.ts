import { gammaQuantile } from './gamma.js';
import { zCritical } from './normal.js';
import { tCritical } from './student-t.js';

/** A closed interval `[low, high]`. */
export type Interval = [number, number];

/** Confidence level used when none is given. */
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Wilson score interval for a proportion `count / n` (Wilson 1927; Newcombe 1998, method 3),
 * without continuity correction, as fractions 0…1. `null` when n ≤ 0.
 */
export function wilsonInterval(count: number, n: number, confidence = DEFAULT_CONFIDENCE): Interval | null {
  if (!(n > 0)) return null;
  const z = zCritical(confidence);
  const z2 = z * z;
  const p = count / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * t interval for a mean from its summary: mean ± t_{1−α/2, n−1} · sd / √n.
 * `null` when n < 2 or sd is not a finite number ≥ 0.
 */
export function tMeanInterval(mean: number, sd: number, n: number, confidence = DEFAULT_CONFIDENCE): Interval | null {
  if (!(n >= 2) || !(sd >= 0) || !Number.isFinite(sd)) return null;
  const half = (tCritical(confidence, n - 1) * sd) / Math.sqrt(n);
  return [mean - half, mean + half];
}

/**
 * Exact (Garwood 1936) interval for a Poisson count: [½χ²_{α/2, 2x}, ½χ²_{1−α/2, 2x+2}],
 * divided by `exposure` to give a rate (R's `poisson.test(x, T)$conf.int`). The lower end
 * is 0 when x = 0. Works for non-integer x through the gamma quantile.
 */
export function poissonExactInterval(count: number, confidence = DEFAULT_CONFIDENCE, exposure = 1): Interval | null {
  if (!(count >= 0) || !(exposure > 0)) return null;
  const alpha = 1 - confidence;
  const low = count === 0 ? 0 : gammaQuantile(alpha / 2, count);
  const high = gammaQuantile(1 - alpha / 2, count + 1);
  return [low / exposure, high / exposure];
}

/** Promoter, passive and detractor counts of an NPS survey. */
export interface NpsCountsInput {
  promoters: number;
  passives: number;
  detractors: number;
}

/** NPS in points (−100…100) from counts; `null` when there are no responses. */
export function npsFromCounts(c: NpsCountsInput): number | null {
  const n = c.promoters + c.passives + c.detractors;
  return n > 0 ? (100 * (c.promoters - c.detractors)) / n : null;
}

/**
 * Per-respondent variance of the NPS on the −1…1 scale from the multinomial model:
 * Var = (p + d) − (p − d)² with p, d the promoter and detractor shares (Rocks 2016).
 */
export function npsVariance(c: NpsCountsInput): number | null {
  const n = c.promoters + c.passives + c.detractors;
  if (!(n > 0)) return null;
  const p = c.promoters / n;
  const d = c.detractors / n;
  return p + d - (p - d) ** 2;
}

/** Pseudo-observations added by the adjusted-Wald NPS interval: ¾ promoter, 1½ passive, ¾ detractor. */
export const NPS_PSEUDO_OBSERVATIONS = { promoters: 0.75, passives: 1.5, detractors: 0.75 } as const;

/** Result of the adjusted-Wald NPS interval, everything in NPS points. */
export interface NpsInterval {
  /** The NPS of the data (not adjusted). */
  nps: number;
  /** Centre of the interval: the NPS after adding the pseudo-observations. */
  adjustedNps: number;
  /** Standard error of the adjusted NPS. */
  se: number;
  /** Half-width: z · se. */
  marginOfError: number;
  /** [adjusted − margin, adjusted + margin], clipped to −100…100. */
  interval: Interval;
}

/**
 * Adjusted-Wald interval for the NPS (Rocks 2016, The American Statistician 70(4); the
 * method MeasuringU recommends): add 3 pseudo-responses (¾ promoter, 1½ passive, ¾ detractor,
 * the defaults of Rocks's R package `NPS::nps_test(test = "adjusted.wald")`) and build the
 * Wald interval on the adjusted shares: n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n',
 * NPS' = p' − d', se = √((p' + d' − NPS'²)/n'). The pseudo-counts are fixed; they do not
 * scale with z. `null` when there are no responses.
 */
export function npsAdjustedWaldInterval(c: NpsCountsInput, confidence = DEFAULT_CONFIDENCE): NpsInterval | null {
  const nps = npsFromCounts(c);
  if (nps === null) return null;
  const add = NPS_PSEUDO_OBSERVATIONS;
  const n = c.promoters + c.passives + c.detractors + add.promoters + add.passives + add.detractors;
  const p = (c.promoters + add.promoters) / n;
  const d = (c.detractors + add.detractors) / n;
  const centre = p - d;
  const se = Math.sqrt((p + d - centre * centre) / n);
  const margin = zCritical(confidence) * se;
  return {
    nps,
    adjustedNps: 100 * centre,
    se: 100 * se,
    marginOfError: 100 * margin,
    interval: [Math.max(-100, 100 * (centre - margin)), Math.min(100, 100 * (centre + margin))],
  };
}

/**
 * Conservative interval for an NPS known only as a value with n responses: the variance
 * (p + d) − NPS² is largest when there are no passives (p + d = 1), so 1 − NPS² bounds it
 * and NPS ± z·√((1 − NPS²)/n) is at least as wide as the Wald interval of any split.
 * Points in, points out; clipped to −100…100. `null` when n ≤ 0.
 */
export function npsConservativeInterval(npsPoints: number, n: number, confidence = DEFAULT_CONFIDENCE): Interval | null {
  if (!(n > 0)) return null;
  const v = npsPoints / 100;
  const half = zCritical(confidence) * Math.sqrt(Math.max(0, 1 - v * v) / n);
  return [Math.max(-100, 100 * (v - half)), Math.min(100, 100 * (v + half))];
}
