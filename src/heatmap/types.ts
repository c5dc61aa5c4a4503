import type { HeatmapMeasure } from '../contract/satisfaction-heatmap.js';
import type { Interval } from '../stats/intervals.js';

/**
 * The unit every number in a {@link HeatmapAnalysis} is in (the SHOWN unit):
 * - `score`: mean-score, on the document's `scale` (e.g. 1–5);
 * - `percent`: top-box, count / n × 100 (0–100);
 * - `nps-points`: NPS, −100…100;
 * - `per-1000`: complaint-rate, complaints per 1,000 contacts.
 */
export type HeatmapUnit = 'score' | 'percent' | 'nps-points' | 'per-1000';

/** Which way is better: `increase` (higher is better) or `decrease` (complaint-rate). */
export type HeatmapDirection = 'increase' | 'decrease';

/** Why a cell is hidden: its own n < minN, or to protect another hidden cell from a total. */
export type SuppressionReason = 'threshold' | 'complementary';

/** A cell with a value the element may show. */
export interface HeatmapValueCell {
  row: string;
  column: string;
  state: 'value';
  /** In the shown unit ({@link HeatmapUnit}): a real 0 stays 0. */
  value: number;
  /** Responses (mean-score, nps), denominator (top-box) or contacts (complaint-rate). */
  n: number;
  /**
   * 95 % interval in the shown unit: t (mean-score; with the cell's `sd`, else the
   * half-range bound), Wilson (top-box), adjusted Wald (nps with promoters/detractors, else
   * the conservative 1 − NPS² bound), exact Poisson (complaint-rate). `null` when it cannot
   * be computed (mean-score with n < 2, or with neither `sd` nor `scale`).
   */
  interval: Interval | null;
  /** n < 30, or the interval is wider than the measure's threshold ({@link LOW_CONFIDENCE}). */
  lowConfidence: boolean;
}

/** A hidden cell: it carries no value, n or interval, by design. */
export interface HeatmapSuppressedCell {
  row: string;
  column: string;
  state: 'suppressed';
  suppressedBy: SuppressionReason;
}

/** No cell for this row and column in the data ("no data"). */
export interface HeatmapMissingCell {
  row: string;
  column: string;
  state: 'missing';
}

export type HeatmapCellAnalysis = HeatmapValueCell | HeatmapSuppressedCell | HeatmapMissingCell;

/** A pooled (n-weighted) value over several cells, in the shown unit. */
export interface HeatmapSummary {
  value: number;
  /** Total n of the pooled cells. */
  n: number;
  /** 95 % interval of the pooled value (same methods as cells, on pooled counts). */
  interval: Interval | null;
  lowConfidence: boolean;
  /** How many cells were pooled (suppressed cells included). */
  cells: number;
}

/** Summary of one row or column. */
export interface HeatmapLineAnalysis {
  id: string;
  /**
   * Pooled over every cell of the line, suppressed cells included (complementary
   * suppression makes that safe); `null` when the line has no cells or is withheld.
   */
  summary: HeatmapSummary | null;
  /**
   * The line's hidden cells could not be protected (no shown cell was left to hide with
   * them), so its summary is not given and its cells are left out of the crossing lines'
   * summaries and of `overall`.
   */
  withheld: boolean;
}

/** First-to-last change of a row, for the "biggest change" sort. */
export interface HeatmapRowChange {
  /** Column id of the first shown value of the row (in column order). */
  from: string;
  /** Column id of the last shown value. */
  to: string;
  /** Last minus first, in the shown unit (positive = higher; see `direction` for better). */
  change: number;
}

export interface HeatmapRowAnalysis extends HeatmapLineAnalysis {
  /** `null` when the row has fewer than two shown values. */
  change: HeatmapRowChange | null;
}

/** A shown cell significantly worse than the hospital-wide value (`overall`). */
export interface HeatmapHotspot {
  row: string;
  column: string;
  /** The cell's value, shown unit. */
  value: number;
  /** The funnel limit it crossed (lower limit, or upper for complaint-rate), shown unit. */
  limit: number;
  /** 0.998 when beyond the 99.8 % limit ("alarm"), else 0.95 ("warning"). */
  level: 0.95 | 0.998;
}

/** Colour-scale domain in the shown unit; diverging around `target` when the document has one. */
export type HeatmapColorDomain =
  | { type: 'sequential'; min: number; max: number }
  | { type: 'diverging'; min: number; mid: number; max: number };

/** `analysis` of `<hcx-satisfaction-heatmap>`. Every value is in the shown unit ({@link HeatmapUnit}). */
export interface HeatmapAnalysis {
  measure: HeatmapMeasure;
  unit: HeatmapUnit;
  direction: HeatmapDirection;
  /** The suppression threshold used (document `minN`, default 5). */
  minN: number;
  /**
   * Row-major (rows order × columns order) over the full grid, missing cells included,
   * when rows × columns ≤ {@link MAX_LISTED_GRID}; otherwise only the cells in the data,
   * still row-major, and `missingListed` is false (absent = missing).
   */
  cells: HeatmapCellAnalysis[];
  missingListed: boolean;
  rows: HeatmapRowAnalysis[];
  columns: HeatmapLineAnalysis[];
  /**
   * Hospital-wide value: pooled over every cell not in a withheld line (normally all
   * cells). The benchmark for `hotspots`. `null` when there are no cells.
   */
  overall: HeatmapSummary | null;
  /** Cells beyond the 95 % or 99.8 % funnel limit around `overall`, on the bad side. */
  hotspots: HeatmapHotspot[];
  /** `null` when no cell has a shown value. */
  colorDomain: HeatmapColorDomain | null;
  counts: { value: number; suppressed: number; threshold: number; complementary: number; missing: number };
}

/** Largest grid whose missing cells are listed in `cells`. */
export const MAX_LISTED_GRID = 1_000_000;

/**
 * Low-confidence rule: n < `minN`, or the 95 % interval half-width above the measure's
 * limit (shown unit): top-box 10 percentage points; NPS 20 points; mean-score 10 % of the
 * scale range (no width rule without `scale`); complaint-rate half the rate itself (no width
 * rule for a zero rate).
 */
export const LOW_CONFIDENCE = {
  minN: 30,
  topBoxHalfWidth: 10,
  npsHalfWidth: 20,
  meanScoreShareOfRange: 0.1,
  complaintRelativeHalfWidth: 0.5,
} as const;
