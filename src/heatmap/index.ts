/** Satisfaction-heatmap analysis (pure, no DOM). */
export { analyseHeatmap, DEFAULT_MIN_N } from './analyse.js';
export { suppress, type SuppressionInput, type SuppressionResult } from './suppression.js';
export type {
  HeatmapAnalysis,
  HeatmapCellAnalysis,
  HeatmapValueCell,
  HeatmapSuppressedCell,
  HeatmapMissingCell,
  HeatmapSummary,
  HeatmapLineAnalysis,
  HeatmapRowAnalysis,
  HeatmapRowChange,
  HeatmapHotspot,
  HeatmapColorDomain,
  HeatmapUnit,
  HeatmapDirection,
  SuppressionReason,
} from './types.js';
export { LOW_CONFIDENCE, MAX_LISTED_GRID } from './types.js';
