import type { ChartType, ImprovementDirection, RulePreset } from '../contract/control-chart.js';
import type { RuleId } from './rules.js';

/** What a special-cause point means for the process; `neither` when no direction is better (or the rule has no direction). */
export type PointSignal = 'improvement' | 'concern' | 'neither';

/** The variation icon: follows the latest point that has a value. */
export type Variation =
  | 'common-cause'
  | 'improvement-high'
  | 'improvement-low'
  | 'concern-high'
  | 'concern-low'
  | 'neither-high'
  | 'neither-low';

/** The assurance icon: can the process be relied on to meet the target? */
export type Assurance = 'pass' | 'fail' | 'hit-or-miss';

/** Anhøj runs analysis of one phase (qicharts2's `runs.analysis`). */
export interface RunsStatistics {
  /** Points taking part (not excluded), gaps included: qicharts2's `n.obs`. */
  observations: number;
  /** Points with a value not on the centre line: qicharts2's `n.useful`. */
  useful: number;
  longestRun: number;
  /** Longest run allowed: round(log2(useful)) + 3. */
  longestRunMax: number;
  crossings: number;
  /** Fewest crossings allowed: the 5th percentile of Binomial(useful − 1, 0.5). */
  crossingsMin: number;
  /** `longestRun > longestRunMax || crossings < crossingsMin`. */
  signal: boolean;
}

export interface ControlChartPointAnalysis {
  index: number;
  x: string;
  /** Plotted value: proportions for p/p′ as fractions 0…1, rates × multiplier for u/u′, subgroup mean for xbar-s; `null` is a gap. */
  value: number | null;
  /** Denominator (p, p′, u, u′) or subgroup size (xbar-s); `null` for other chart types. */
  n: number | null;
  center: number | null;
  /** 3-sigma limits; clipped at 0 (and 1 for proportions) where the quantity cannot go beyond. */
  ucl: number | null;
  lcl: number | null;
  /** 2-sigma and 1-sigma lines (zones for two-of-three and the Western Electric rules). */
  upper2: number | null;
  lower2: number | null;
  upper1: number | null;
  lower1: number | null;
  /** Index into `phases`. */
  phase: number;
  /** Inside the phase's calculation window (the first `baseline` points, or the whole phase). */
  inBaseline: boolean;
  /** Shown, but left out of the limit calculation and of the run rules. */
  excluded: boolean;
  special: boolean;
  /** Ids of every rule that fired on this point (see `RULES`), in precedence order. */
  rules: readonly RuleId[];
  /** `null` when the point is not special (or is a gap). */
  signal: PointSignal | null;
}

export interface ControlChartPhaseAnalysis {
  startIndex: number;
  endIndex: number;
  /** `null` for the points before the first listed phase (or when no phases are listed). */
  label: string | null;
  center: number | null;
  /** The phase's limits when they are the same for every point, else `null` (see points). */
  ucl: number | null;
  lcl: number | null;
  /** Limits rest on fewer than 13 points. */
  trial: boolean;
  /** Points whose values went into the centre and limits. */
  pointsUsed: number;
  /** Points in the frozen baseline window when `baseline` is set, else `null`. */
  frozenCount: number | null;
  runs: RunsStatistics | null;
}

/** A linked secondary chart: the moving ranges of an XmR chart or the S chart of xbar-s. */
export interface SecondaryPointAnalysis {
  index: number;
  value: number | null;
  center: number | null;
  ucl: number | null;
  lcl: number | null;
  upper2: number | null;
  lower2: number | null;
  excluded: boolean;
  /** Above the upper or below the lower limit. */
  special: boolean;
}

export interface SecondaryPhaseAnalysis {
  startIndex: number;
  endIndex: number;
  center: number | null;
  ucl: number | null;
  lcl: number | null;
  runs: RunsStatistics | null;
}

export interface SecondarySeries {
  /** One per document point, made on first read like `ControlChartAnalysis.points`. */
  points: SecondaryPointAnalysis[];
  phases: SecondaryPhaseAnalysis[];
}

/** The conventions the analysis used (from the rule preset and the document's overrides). */
export interface AnalysisSettings {
  rules: RulePreset;
  improvement: ImprovementDirection;
  /** Moving ranges ≥ 3.267 × their average left out of sigma. */
  screenMovingRanges: boolean;
  /** Sigma from the average moving range: `2.66 / 3` (NHS) or `1 / 1.128` (Montgomery). */
  sigmaPerMovingRange: number;
  shiftLength: number;
  trendLength: number;
  /** Rate multiplier applied to u and u′ charts (1 for other types). */
  multiplier: number;
  /** Limits on fewer points than this are trial limits. */
  trialBelow: number;
}

export interface ControlChartAnalysis {
  chartType: ChartType;
  /** One per document point. Made on first read (the chart draws from typed arrays), then a plain property. */
  points: ControlChartPointAnalysis[];
  phases: ControlChartPhaseAnalysis[];
  variation: Variation | null;
  assurance: Assurance | null;
  /** Anhøj statistics of the last phase. */
  runs: RunsStatistics | null;
  /** The moving-range panel (xmr only). */
  movingRange: SecondarySeries | null;
  /** The S chart (xbar-s only). */
  sChart: SecondarySeries | null;
  /** Rules evaluated, in precedence order. */
  rulesApplied: RuleId[];
  settings: AnalysisSettings;
}
