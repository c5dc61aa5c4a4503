import type { BrandKpi, CountValue, MeanSummary, NpsCounts, ProportionCounts } from '../contract/brand-health.js';
import {
  npsDifferenceZTest,
  poissonRateExactP,
  poissonRateZTest,
  twoProportionZTest,
  welchTTest,
  type TestResult,
} from '../stats/compare.js';
import {
  type Interval,
  npsAdjustedWaldInterval,
  npsFromCounts,
  poissonExactInterval,
  tMeanInterval,
  wilsonInterval,
} from '../stats/intervals.js';
import type { BrandKpiAnalysis, KpiChangeUnit, KpiHistoryPoint, KpiUnit, Reliability } from './types.js';

/** Confidence of every KPI interval (the tests use the document's `alert.confidence`). */
export const KPI_INTERVAL_CONFIDENCE = 0.95;
/** Document defaults for `alert`. */
export const DEFAULT_MIN_DROP = 5;
export const DEFAULT_ALERT_CONFIDENCE = 0.95;
/** `change` within this of `minDrop` counts as reaching it (floating point: 100·(0.45 − 0.5) = −4.999999999999999). */
const BOUNDARY_TOLERANCE = 1e-9;

/** n < 30 'insufficient', n < 100 'caution', else 'ok'. */
export function reliabilityOf(n: number): Reliability {
  return n < 30 ? 'insufficient' : n < 100 ? 'caution' : 'ok';
}

interface Estimate {
  value: number | null;
  interval: Interval | null;
  marginOfError: number | null;
  n: number | null;
}

const UNITS: Record<BrandKpi['type'], { unit: KpiUnit; changeUnit: KpiChangeUnit; changeFactor: number }> = {
  nps: { unit: 'nps-points', changeUnit: 'nps-points', changeFactor: 1 },
  proportion: { unit: 'fraction', changeUnit: 'percentage-points', changeFactor: 100 },
  mean: { unit: 'mean', changeUnit: 'mean-units', changeFactor: 1 },
  count: { unit: 'count', changeUnit: 'events', changeFactor: 1 },
};

function halfWidth(interval: Interval | null): number | null {
  return interval ? (interval[1] - interval[0]) / 2 : null;
}

/** Value, 95 % interval and n of one period's data. */
export function estimate(kpi: BrandKpi, v: NpsCounts | ProportionCounts | MeanSummary | CountValue): Estimate {
  switch (kpi.type) {
    case 'nps': {
      const c = v as NpsCounts;
      const r = npsAdjustedWaldInterval(c, KPI_INTERVAL_CONFIDENCE);
      return {
        value: npsFromCounts(c),
        interval: r?.interval ?? null,
        marginOfError: r?.marginOfError ?? null,
        n: c.promoters + c.passives + c.detractors,
      };
    }
    case 'proportion': {
      const c = v as ProportionCounts;
      const interval = wilsonInterval(c.count, c.n, KPI_INTERVAL_CONFIDENCE);
      return { value: c.n > 0 ? c.count / c.n : null, interval, marginOfError: halfWidth(interval), n: c.n };
    }
    case 'mean': {
      const m = v as MeanSummary;
      const interval = tMeanInterval(m.value, m.sd, m.n, KPI_INTERVAL_CONFIDENCE);
      return { value: m.n > 0 ? m.value : null, interval, marginOfError: halfWidth(interval), n: m.n };
    }
    case 'count': {
      const c = v as CountValue;
      const interval = poissonExactInterval(c.value, KPI_INTERVAL_CONFIDENCE);
      return { value: c.value, interval, marginOfError: halfWidth(interval), n: null };
    }
  }
}

/** Current vs previous test; `null` when either period cannot be tested. */
function compare(kpi: BrandKpi): TestResult | null {
  if (!kpi.previous) return null;
  switch (kpi.type) {
    case 'nps':
      return npsDifferenceZTest(kpi.current, kpi.previous);
    case 'proportion':
      return twoProportionZTest(kpi.current.count, kpi.current.n, kpi.previous.count, kpi.previous.n);
    case 'mean': {
      const a = kpi.current;
      const b = kpi.previous;
      return welchTTest(a.value, a.sd, a.n, b.value, b.sd, b.n);
    }
    case 'count': {
      const x1 = kpi.current.value;
      const x0 = kpi.previous.value;
      // Equal exposure (same-length periods): score z, exact conditional-binomial p when whole counts.
      const z = poissonRateZTest(x1, 1, x0, 1);
      const exact = poissonRateExactP(x1, 1, x0, 1);
      return z && exact !== null && z.statistic !== null ? { ...z, pValue: exact } : z;
    }
  }
}

export interface KpiContext {
  confidence: number;
  minDrop: number;
  period: string;
  previousPeriod: string | undefined;
}

export function analyseKpi(kpi: BrandKpi, ctx: KpiContext): BrandKpiAnalysis {
  const units = UNITS[kpi.type];
  const now = estimate(kpi, kpi.current);
  const before = kpi.previous ? estimate(kpi, kpi.previous) : null;
  const change =
    before && now.value !== null && before.value !== null ? units.changeFactor * (now.value - before.value) : null;
  const test = compare(kpi);
  const pValue = test?.pValue ?? null;
  const significant = pValue !== null && pValue < 1 - ctx.confidence;
  const minDrop = kpi.minDrop ?? ctx.minDrop;
  const badChange = change === null ? null : kpi.direction === 'increase' ? -change : change;
  const alert = significant && badChange !== null && badChange >= minDrop - BOUNDARY_TOLERANCE * Math.max(1, minDrop);
  const reliability: Reliability = now.n === null ? 'ok' : reliabilityOf(now.n);
  const target = kpi.target ?? null;
  let status: BrandKpiAnalysis['status'] = null;
  if (target !== null && now.value !== null && reliability !== 'insufficient') {
    const met = kpi.direction === 'increase' ? now.value >= target : now.value <= target;
    status = met ? 'met' : 'not-met';
  }
  return {
    id: kpi.id,
    type: kpi.type,
    direction: kpi.direction,
    unit: units.unit,
    value: now.value,
    interval: now.interval,
    marginOfError: now.marginOfError,
    n: now.n,
    previous: before?.value ?? null,
    previousInterval: before?.interval ?? null,
    change,
    changeUnit: units.changeUnit,
    z: test?.statistic ?? null,
    pValue,
    significant,
    alert,
    minDrop,
    reliability,
    target,
    status,
    history: history(kpi, now, before, ctx),
  };
}

function history(kpi: BrandKpi, now: Estimate, before: Estimate | null, ctx: KpiContext): KpiHistoryPoint[] {
  const points: KpiHistoryPoint[] = (kpi.history ?? []).map((h) => {
    const e = estimate(kpi, h);
    return { x: h.x, value: e.value, interval: e.interval, n: e.n };
  });
  const has = (x: string) => points.some((p) => p.x === x);
  if (before && ctx.previousPeriod !== undefined && !has(ctx.previousPeriod)) {
    points.push({ x: ctx.previousPeriod, value: before.value, interval: before.interval, n: before.n });
  }
  if (!has(ctx.period)) points.push({ x: ctx.period, value: now.value, interval: now.interval, n: now.n });
  return points;
}
