import type { KpiDirection } from '../contract/brand-health.js';
import type { Interval } from '../stats/intervals.js';

/** Sample-size reliability: n < 30 'insufficient', n < 100 'caution', else 'ok'. */
export type Reliability = 'ok' | 'caution' | 'insufficient';

/**
 * Unit of a KPI's `value`, `interval`, `previous` and `target`:
 * - `nps-points`: NPS −100…100;
 * - `fraction`: a proportion 0…1;
 * - `mean`: the mean in its own scale (e.g. 1–5);
 * - `count`: events in the period.
 */
export type KpiUnit = 'nps-points' | 'fraction' | 'mean' | 'count';

/**
 * Unit of `change` (the "points" of "a drop of 5 points") and of `minDrop`:
 * - nps → `nps-points` (30 → 25 is −5);
 * - proportion → `percentage-points` (0.50 → 0.45 is −5);
 * - mean → `mean-units` (4.2 → 4.0 is −0.2);
 * - count → `events` (12 → 17 is +5).
 */
export type KpiChangeUnit = 'nps-points' | 'percentage-points' | 'mean-units' | 'events';

/** One point of a KPI's series, oldest first, for sparklines. */
export interface KpiHistoryPoint {
  x: string;
  value: number | null;
  interval: Interval | null;
  n: number | null;
}

/** Analysis of one headline KPI. */
export interface BrandKpiAnalysis {
  id: string;
  type: 'nps' | 'proportion' | 'mean' | 'count';
  direction: KpiDirection;
  unit: KpiUnit;
  /** Current value in `unit`; `null` when there is no data (n = 0). */
  value: number | null;
  /**
   * 95 % interval in `unit`: adjusted Wald (nps), Wilson (proportion), t (mean), exact
   * Poisson (count). `null` when it cannot be computed (n = 0; mean with n < 2).
   */
  interval: Interval | null;
  /**
   * Half-width of the interval in `unit`; for NPS the adjusted-Wald z·se (before clipping
   * to −100…100), for the asymmetric ones (hi − lo)/2.
   */
  marginOfError: number | null;
  /** Responses (nps, mean), denominator (proportion); `null` for count (no sample size). */
  n: number | null;
  previous: number | null;
  previousInterval: Interval | null;
  /** current − previous in `changeUnit`; `null` without a previous value. */
  change: number | null;
  changeUnit: KpiChangeUnit;
  /**
   * Test statistic of current vs previous, signed like `change`: z for nps (Wald, multinomial
   * SEs), proportion (pooled two-proportion) and count (Poisson score); Welch's t for mean.
   */
  z: number | null;
  /** Two-sided p-value: normal (nps, proportion), Welch t (mean), exact conditional binomial (count). */
  pValue: number | null;
  /** pValue < 1 − confidence. */
  significant: boolean;
  /** A change in the bad direction of at least `minDrop` (in `changeUnit`) that is significant. */
  alert: boolean;
  /** The `minDrop` applied (the KPI's own, else the document's, else 5). */
  minDrop: number;
  reliability: Reliability;
  target: number | null;
  /** vs `target` in the good direction; `null` without a target or when reliability is insufficient. */
  status: 'met' | 'not-met' | null;
  /** history (as given), then previous (at `previousPeriod`) and current (at `period`) when not already in it. */
  history: KpiHistoryPoint[];
}

/** A sub-indicator (leaf) of the index tree. */
export interface BrandChildAnalysis {
  id: string;
  score: number | null;
  previousScore: number | null;
  /** Weight renormalized over the indicator's children scored now (0 when `score` is null). */
  weight: number;
  change: number | null;
  /** Index points this child added to the index change (see {@link BrandIndexAnalysis}); 0 without data. */
  contribution: number | null;
  n: number | null;
  /** From `n` (null without one). */
  reliability: Reliability | null;
}

/** A first-level indicator: the weighted mean of its children (0–100). */
export interface BrandIndicatorAnalysis {
  id: string;
  /** Weighted mean of the children scored now, weights renormalized; `null` if none is. */
  score: number | null;
  previousScore: number | null;
  /** Weight renormalized over the indicators scored now (0 when `score` is null). */
  weight: number;
  change: number | null;
  /** Sum of its children's contributions. */
  contribution: number | null;
  /** Ids of children with no current score (their weight went to the others). */
  missing: string[];
  children: BrandChildAnalysis[];
}

/**
 * The composite index (0–100) and the decomposition of its change.
 *
 * Score: weighted mean of indicator scores; each indicator the weighted mean of its
 * children; weights renormalized over what is present (a missing child's weight is shared
 * by its siblings pro rata).
 *
 * Contributions (exact: they sum to `change`, and each indicator's to its children's sum):
 * renormalizing is the same as giving a missing score the value of its parent's score in
 * that period (the present siblings' weighted mean; at the top level, the index). With
 * those imputed scores ŝ both periods use the same weights, so
 *   contribution(child) = W̄ᵢ · w̄ᵢⱼ · (ŝᵢⱼ(now) − ŝᵢⱼ(before)),
 * where W̄ᵢ and w̄ᵢⱼ are the weights renormalized over the indicators / children scored in
 * at least one of the two periods. With no missing scores this is the plain "renormalized
 * weight × parent weight × change". A child missing before counts as if it had been at its
 * indicator's previous score; one missing now as if at its indicator's current score. A
 * child with no score in either period contributes 0. All contributions are `null` when
 * either index score is.
 */
export interface BrandIndexAnalysis {
  score: number | null;
  previousScore: number | null;
  change: number | null;
  /** Ids of indicators with no current score. */
  missing: string[];
  indicators: BrandIndicatorAnalysis[];
}

/** `analysis` of `<hcx-brand-health>`. */
export interface BrandHealthAnalysis {
  period: string;
  previousPeriod: string | null;
  /** Confidence of the significance tests (document `alert.confidence`, default 0.95). */
  confidence: number;
  kpis: BrandKpiAnalysis[];
  index: BrandIndexAnalysis;
  /** Ids of KPIs with `alert: true` (what `hcx-alert` fires for). */
  alerts: string[];
}
