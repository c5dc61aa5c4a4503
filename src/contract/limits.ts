/**
 * Input-size limits. A document over a limit is refused with a contract error naming the
 * limit, instead of freezing the page. Each is far above real use and below what a browser
 * can lay out in about a second on an old intranet PC.
 */
export const LIMITS = {
  /** Control-chart points: 20,000 is the benchmark size; five years of hourly data still fits. */
  points: 100_000,
  /** Raw measurements in one xbar-s subgroup. */
  subgroupValues: 1_000,
  /** Heatmap rows and columns (a year of days is 366 columns; 1,000 for the W2 benchmark). */
  heatmapAxis: 5_000,
  /** Heatmap cells: 50 × 1,000 is the benchmark; canvas draws beyond that. */
  cells: 250_000,
  /** Phases, annotations, KPIs, indicators, steps and other short lists. */
  shortList: 1_000,
  /** Datasets in one dashboard document. */
  datasets: 100,
} as const;
