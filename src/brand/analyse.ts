import type { BrandHealthDocument } from '../contract/brand-health.js';
import { analyseIndex } from './index-tree.js';
import { DEFAULT_ALERT_CONFIDENCE, DEFAULT_MIN_DROP, analyseKpi } from './kpi.js';
import type { BrandHealthAnalysis } from './types.js';

/**
 * Analyses a brand-health document: each KPI's value, 95 % interval, change vs the
 * previous period with its test, significance at `alert.confidence`, alert, reliability,
 * status vs target and series; and the weighted indicator index with the decomposition of
 * its change. Pure; no DOM.
 */
export function analyseBrandHealth(doc: BrandHealthDocument): BrandHealthAnalysis {
  const confidence = doc.alert?.confidence ?? DEFAULT_ALERT_CONFIDENCE;
  const minDrop = doc.alert?.minDrop ?? DEFAULT_MIN_DROP;
  const kpis = doc.kpis.map((kpi) =>
    analyseKpi(kpi, { confidence, minDrop, period: doc.period, previousPeriod: doc.previousPeriod }),
  );
  return {
    period: doc.period,
    previousPeriod: doc.previousPeriod ?? null,
    confidence,
    kpis,
    index: analyseIndex(doc.indicators ?? []),
    alerts: kpis.filter((k) => k.alert).map((k) => k.id),
  };
}
