import type { ChartType, ControlChartPoint } from '../contract/control-chart.js';
import type { SubgroupSummary } from './limits/xbar-s.js';
import { finiteOrNull } from './stats.js';

/** The document's points turned into what a chart plots and calculates with; `null` is a gap. */
export interface PreparedSeries {
  /** Plotted value: measurement, count, proportion (fraction), rate × multiplier, subgroup mean. */
  values: (number | null)[];
  /** Denominator (p, p′, u, u′) or subgroup size (xbar-s), else `null`. */
  ns: (number | null)[];
  excluded: boolean[];
  /** Raw numerators and denominators of ratio charts (gaps and n = 0 are `null`). */
  numerators: (number | null)[];
  denominators: (number | null)[];
  /** Subgroup summaries (xbar-s), else empty. */
  subgroups: (SubgroupSummary | null)[];
}

const RATIO: ReadonlySet<ChartType> = new Set<ChartType>(['p', 'pprime', 'u', 'uprime']);

/**
 * Ratio charts: a point without `n`, or with n = 0, is a gap (its rate is undefined). xbar-s: a
 * point is a subgroup when `values` holds at least one number, else a gap. A value that cannot
 * be represented (overflow to Infinity) is a gap too: the analysis never carries NaN/Infinity.
 */
export function prepareSeries(points: readonly ControlChartPoint[], type: ChartType, multiplier: number): PreparedSeries {
  const count = points.length;
  const s: PreparedSeries = {
    values: new Array<number | null>(count),
    ns: new Array<number | null>(count),
    excluded: new Array<boolean>(count),
    numerators: [],
    denominators: [],
    subgroups: [],
  };
  const ratio = RATIO.has(type);
  const scale = type === 'u' || type === 'uprime' ? multiplier : 1;
  for (let i = 0; i < count; i++) {
    const p = points[i];
    s.excluded[i] = p.exclude === true;
    if (type === 'xbar-s') {
      const summary = summarise(p.values);
      s.subgroups.push(summary);
      s.values[i] = summary?.mean ?? null;
      s.ns[i] = summary?.size ?? null;
    } else if (ratio) {
      const x = finiteOrNull(p.value);
      const n = finiteOrNull(p.n);
      const ok = x !== null && n !== null && n > 0;
      s.numerators.push(ok ? x : null);
      s.denominators.push(ok ? n : null);
      s.values[i] = ok ? finiteOrNull((x / n) * scale) : null;
      s.ns[i] = ok ? n : null;
    } else {
      s.values[i] = finiteOrNull(p.value);
      s.ns[i] = null;
    }
  }
  return s;
}

/** Size, mean and sample SD of a subgroup's finite values in two passes; `null` when empty or overflowing. */
function summarise(values: readonly number[] | undefined): SubgroupSummary | null {
  if (!values) return null;
  let size = 0;
  let sum = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    size++;
    sum += v;
  }
  const mean = size > 0 ? sum / size : NaN;
  if (!Number.isFinite(mean)) return null;
  let ss = 0;
  for (const v of values) if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
  return { size, mean, sd: size >= 2 ? finiteOrNull(Math.sqrt(ss / (size - 1))) : null };
}
