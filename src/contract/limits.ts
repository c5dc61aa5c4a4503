/**
 * Input-size limits. A document over a limit is refused with a contract error naming the
 * limit, instead of freezing the page. Each is far above real use (the example documents
 * are 10–100× smaller) and low enough that the largest document they allow is drawn in a
 * few seconds at most on the CI machine (2 cores) — measured by test/fuzz/limits.test.ts,
 * which renders the worst case of every widget.
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
  /** Phases, annotations, kaizen bursts and other short lists. */
  shortList: 1_000,
  /** Headline KPI tiles (a board shows 4–12). */
  kpis: 50,
  /** History periods per KPI (ten years monthly, or nine weekly). */
  history: 500,
  /** Top-level brand indicators, and sub-indicators under each (real trees: about 5 × 5). */
  indicators: 50,
  /** States of a value-stream map (current, future, ideal and two more iterations). */
  states: 5,
  /** Steps per value-stream state, and predecessors per step (real maps: 5–40 steps). */
  steps: 100,
  /** Datasets in one dashboard document. */
  datasets: 100,
  /**
   * Array items in one document, all levels together (a dashboard: all its datasets). The
   * per-list limits alone multiply: 100,000 xbar-s subgroups of 1,000 values, or 100
   * datasets of 250,000 cells, would each pass them. Twice the largest single document
   * (a heatmap at its limits, 260,000 items), so a dashboard with every kind at its limits
   * still fits; walking this many items to refuse a document takes about a second.
   */
  items: 500_000,
} as const;
