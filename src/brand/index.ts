/** Brand-health analysis (pure, no DOM). */
export { analyseBrandHealth } from './analyse.js';
export { analyseIndex } from './index-tree.js';
export {
  analyseKpi,
  reliabilityOf,
  DEFAULT_ALERT_CONFIDENCE,
  DEFAULT_MIN_DROP,
  KPI_INTERVAL_CONFIDENCE,
  type KpiContext,
} from './kpi.js';
export type {
  BrandHealthAnalysis,
  BrandKpiAnalysis,
  BrandIndexAnalysis,
  BrandIndicatorAnalysis,
  BrandChildAnalysis,
  KpiHistoryPoint,
  KpiUnit,
  KpiChangeUnit,
  Reliability,
} from './types.js';
