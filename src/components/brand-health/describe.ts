import type { AlertDetail } from '../../base/events.js';
import type { BrandHealthAnalysis, BrandKpiAnalysis } from '../../brand/types.js';
import type { BrandHealthDocument, BrandKpi } from '../../contract/brand-health.js';
import { formatP, kpiFormat, npsMix, reliabilityBadge, periodLabel, type BhTranslator, type KpiFormat } from './format.js';

/**
 * What the panel says about each KPI, in words: the verdict on its change, its tone, the
 * alert line and the accessible description. Tiles, the tooltip, the summary, the alert
 * strip and the export all read these, so they never disagree.
 */

/**
 * How a change reads:
 * - `none`: no previous value; `untestable`: no test (a period without data);
 * - `significant`: p < 1 − confidence;
 * - `within`: not significant and no larger than the current value's 95 % margin
 *   ("−7 pts, within ±10.8: likely noise");
 * - `noise`: not significant although larger than that margin (the difference of two
 *   uncertain values has a wider margin than either), so the p-value is quoted instead;
 * - `same`: exactly no change.
 */
export type Verdict = 'none' | 'untestable' | 'same' | 'within' | 'noise' | 'significant';

export function verdictOf(k: BrandKpiAnalysis, f: KpiFormat): Verdict {
  if (k.change === null) return 'none';
  if (k.significant) return 'significant';
  if (k.pValue === null) return 'untestable';
  if (k.change === 0) return 'same';
  const margin = f.marginInChangeUnit();
  return margin !== null && Math.abs(k.change) <= margin ? 'within' : 'noise';
}

/** Good or bad only for a real (significant) change on a sample large enough to judge. */
export function toneOf(k: BrandKpiAnalysis): '' | 'good' | 'bad' {
  if (!k.significant || k.change === null || k.change === 0 || k.reliability === 'insufficient') return '';
  return (k.change > 0) === (k.direction === 'increase') ? 'good' : 'bad';
}

export type BenchmarkStanding = 'better' | 'worse' | 'level';

/** vs the benchmark: `level` when it lies inside the 95 % interval, else better or worse by direction. */
export function benchmarkStanding(k: BrandKpiAnalysis, benchmark: number | undefined): BenchmarkStanding | null {
  if (benchmark === undefined || k.value === null) return null;
  if (k.interval && benchmark >= k.interval[0] && benchmark <= k.interval[1]) return 'level';
  if (k.value === benchmark) return 'level';
  return (k.value > benchmark) === (k.direction === 'increase') ? 'better' : 'worse';
}

/** Everything shown for one KPI, formatted once per render. */
export interface KpiView {
  index: number;
  kpi: BrandKpi;
  a: BrandKpiAnalysis;
  f: KpiFormat;
  verdict: Verdict;
  /** `within ±10.8: likely noise`. */
  verdictText: string;
  /** `−7 pts vs May 2024`; empty without a change. */
  changeText: string;
  tone: '' | 'good' | 'bad';
  /** `Target ≥ 40: not met`; empty without a target. */
  targetText: string;
  benchmark: BenchmarkStanding | null;
  benchmarkText: string;
  /** The full sentence for screen readers and the keyboard announcement. */
  description: string;
}

export function kpiView(t: BhTranslator, doc: BrandHealthDocument, a: BrandHealthAnalysis, index: number): KpiView {
  const kpi = doc.kpis[index]!;
  const k = a.kpis[index]!;
  const f = kpiFormat(t, k);
  const verdict = verdictOf(k, f);
  const verdictText = verdictWords(t, k, f, verdict);
  const previous = periodLabel(t, a.previousPeriod);
  const changeText = k.change === null ? '' : t.t('kpi.vs', { change: f.change(k.change), period: previous });
  let targetText = '';
  if (k.target !== null) {
    const goal = t.t(k.direction === 'increase' ? 'target.atLeast' : 'target.atMost', { value: f.value(k.target) });
    const status = k.status === 'met' ? t.t('status.met') : k.status === 'not-met' ? t.t('status.notMet') : k.reliability === 'insufficient' ? t.t('status.notAssessed') : '';
    targetText = status ? t.t('goal.status', { goal, status }) : goal;
  }
  const benchmark = benchmarkStanding(k, kpi.benchmark);
  const benchmarkText =
    kpi.benchmark === undefined
      ? ''
      : benchmark
        ? t.t('goal.status', { goal: t.t('benchmark.value', { value: f.value(kpi.benchmark) }), status: t.t(`benchmark.${benchmark}`) })
        : t.t('benchmark.value', { value: f.value(kpi.benchmark) });
  const parts = [
    k.type === 'count'
      ? t.t('a11y.count', { label: kpi.label, value: f.value(k.value), range: f.interval(k.interval) })
      : t.t('a11y.kpi', { label: kpi.label, value: f.value(k.value), margin: f.margin(), range: f.interval(k.interval) }),
  ];
  if (k.n !== null) parts.push(t.t('value.n', { n: t.format.number(k.n, 0) }));
  if (k.reliability !== 'ok') parts.push(reliabilityBadge(t, k.reliability));
  const mix = kpi.type === 'nps' ? npsMix(t, kpi.current) : '';
  if (mix) parts.push(mix);
  parts.push(k.change === null ? verdictText : t.t('a11y.change', { change: f.change(k.change), period: previous, verdict: verdictText }));
  if (k.alert) parts.push(t.t('a11y.alert', { minDrop: f.amount(k.minDrop) }));
  if (targetText) parts.push(targetText);
  if (benchmarkText) parts.push(benchmarkText);
  return { index, kpi, a: k, f, verdict, verdictText, changeText, tone: toneOf(k), targetText, benchmark, benchmarkText, description: sentence(parts) };
}

function verdictWords(t: BhTranslator, k: BrandKpiAnalysis, f: KpiFormat, verdict: Verdict): string {
  // `within` quotes the margin; `noise` and `significant` quote p.
  const p = verdict === 'noise' || verdict === 'significant' ? formatP(t, k.pValue!) : '';
  return t.t(`verdict.${verdict}`, { margin: verdict === 'within' ? f.margin() : '', p });
}

/** Parts joined with semicolons, ending in a full stop (CJK: full-width punctuation). */
export function sentence(parts: string[]): string {
  const cjk = parts.some((p) => /[\u3400-\u9fff]/.test(p));
  return cjk ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

/** The one-line alert of a KPI: "Net Promoter Score fell 14.4 pts (34.4 → 20): a significant drop (p < 0.001), …". */
export function alertMessage(t: BhTranslator, v: KpiView): string {
  const k = v.a;
  return t.t(k.direction === 'increase' ? 'alert.drop' : 'alert.rise', {
    label: v.kpi.label,
    change: v.f.amount(k.change ?? 0),
    from: v.f.value(k.previous),
    to: v.f.value(k.value),
    p: k.pValue === null ? '' : formatP(t, k.pValue),
    minDrop: v.f.amount(k.minDrop),
  });
}

/** `hcx-alert` details: one per KPI whose alert flag is set; the key is stable for the same KPI and period. */
export function alertDetails(t: BhTranslator, views: KpiView[], period: string): AlertDetail[] {
  return views
    .filter((v) => v.a.alert)
    .map((v) => ({ key: `kpi-drop:${v.a.id}:${period}`, kind: 'kpi-drop' as const, message: alertMessage(t, v), item: { ...v.a, label: v.kpi.label } }));
}
