import type { ChartType } from '../../contract/control-chart.js';
import { parseIsoDate } from '../../i18n/format.js';
import type { Translator } from '../../i18n/translator.js';
import { pointTableOf } from '../../spc/analyse.js';
import type { ControlChartAnalysis } from '../../spc/types.js';
import type { ControlChartMessageKey } from './messages.js';

export type CcTranslator = Translator<ControlChartMessageKey>;
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'point';

/** Numbers of one chart, formatted the same way everywhere (labels, tooltip, table, summary). */
export interface ChartFormat {
  /** Localized unit, `''` when none (p charts show percentages instead). */
  unit: string;
  percent: boolean;
  /** Fraction digits of centres and limits: two significant digits of sigma. */
  digits: number;
  /** A plotted value with its unit: `41.6 min`, `98.9 %`; `–` for `null`. */
  value(v: number | null): string;
  /** A centre, limit or target with its unit. */
  stat(v: number | null): string;
  /** The same without the unit (table cells, whose header names the unit). */
  bareValue(v: number | null): string;
  bareStat(v: number | null): string;
  /** An axis tick: as many digits as the tick step needs. */
  tick(v: number, step: number): string;
  /** A period: ISO dates localized (monthly and quarterly data by month and year), other labels as given. */
  x(x: string, style?: 'short' | 'medium' | 'month'): string;
  /** What one point stands for, from the spacing of ISO dates. */
  period: PeriodUnit;
  /** `9 weeks`, `1 month`, `12 points`. */
  periods(count: number): string;
  /** Counts (numerators, n): whole numbers with grouping. */
  count(v: number): string;
}

const DASH = '–';
const KNOWN_UNITS = new Set(['min', 'h', 'd', 'days']);
const MEASURED: ReadonlySet<ChartType> = new Set<ChartType>(['xmr', 'run', 't', 'g', 'c']);

/** Fraction digits that show two significant digits of `sigma` (0 to 4). */
export function digitsFor(sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) return 1;
  return Math.min(4, Math.max(0, 1 - Math.floor(Math.log10(sigma))));
}

/** A typical sigma of the chart (plotted units): from the limits where there are any, else from the spread of values. */
function typicalSigma(analysis: ControlChartAnalysis): number {
  const { values, centers, ucl } = pointTableOf(analysis).columns;
  const sigmas: number[] = [];
  for (const p of analysis.phases) {
    // The phase's first point with limits (among its first 50): NaN marks a missing line.
    for (let i = p.startIndex; i <= Math.min(p.endIndex, p.startIndex + 49); i++) {
      if (Number.isNaN(ucl[i]!) || Number.isNaN(centers[i]!)) continue;
      if (ucl[i]! > centers[i]!) sigmas.push((ucl[i]! - centers[i]!) / 3);
      break;
    }
  }
  if (sigmas.length) return sigmas.sort((a, b) => a - b)[Math.floor(sigmas.length / 2)]!;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < min) min = values[i]!;
    if (values[i]! > max) max = values[i]!;
  }
  return max > min ? (max - min) / 6 : Math.abs(max) / 10 || 1;
}

/** The period unit from the median spacing of the first ISO dates (about a week → `week`). */
export function periodUnit(xs: readonly string[]): PeriodUnit {
  const days: number[] = [];
  let previous: number | null = null;
  for (let i = 0; i < xs.length && days.length < 60; i++) {
    const d = parseIsoDate(xs[i]!);
    if (!d) return 'point';
    const t = d.getTime();
    if (previous !== null) days.push((t - previous) / 86_400_000);
    previous = t;
  }
  if (!days.length) return 'point';
  const median = days.sort((a, b) => a - b)[Math.floor(days.length / 2)]!;
  if (Math.abs(median - 1) < 0.01) return 'day';
  if (Math.abs(median - 7) < 0.01) return 'week';
  if (median >= 28 && median <= 31) return 'month';
  if (median >= 89 && median <= 92) return 'quarter';
  if (median >= 365 && median <= 366) return 'year';
  return 'point';
}

export function chartFormat(t: CcTranslator, analysis: ControlChartAnalysis, docUnit: string | undefined, xs: readonly string[]): ChartFormat {
  const type = analysis.chartType;
  const percent = type === 'p' || type === 'pprime';
  const raw = docUnit?.trim() ?? '';
  const unit = percent ? '' : KNOWN_UNITS.has(raw) ? t.t(`unit.${raw}` as ControlChartMessageKey) : raw;
  const sigma = typicalSigma(analysis);
  const digits = digitsFor(percent ? sigma * 100 : sigma);
  const bareStat = (v: number | null) => (v === null ? DASH : percent ? t.format.percent(v, digits) : t.format.number(v, digits));
  // Measured values are shown as given (up to 3 digits); derived ones (proportions, rates, means) like the limits.
  const bareValue = (v: number | null) => (v === null ? DASH : MEASURED.has(type) ? t.format.number(v, Math.max(digits, 3)) : percent ? t.format.percent(v, digits) : t.format.number(v, digits + 1));
  const withUnit = (text: string) => (unit && text !== DASH ? t.t('value.unit', { value: text, unit }) : text);
  const period = periodUnit(xs);
  return {
    unit,
    percent,
    digits,
    value: (v) => withUnit(bareValue(v)),
    stat: (v) => withUnit(bareStat(v)),
    bareValue,
    bareStat,
    tick: (v, step) => {
      const d = Math.min(6, Math.max(0, -Math.floor(Math.log10(percent ? step * 100 : step) + 1e-9)));
      return percent ? t.format.percent(v, d) : t.format.number(v, d);
    },
    x: (x, style) => t.format.date(x, style ?? (period === 'month' || period === 'quarter' || period === 'year' ? 'month' : 'medium')),
    period,
    periods: (count) => t.plural(`period.${period}` as ControlChartMessageKey, count),
    count: (v) => t.format.number(v, 2),
  };
}
