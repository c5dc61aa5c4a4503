import type { BrandKpiAnalysis, Reliability } from '../../brand/types.js';
import type { NpsCounts } from '../../contract/brand-health.js';
import type { Interval } from '../../stats/intervals.js';
import type { Translator } from '../../i18n/translator.js';
import type { BrandHealthMessageKey } from './messages.js';

export type BhTranslator = Translator<BrandHealthMessageKey>;

/** Keys with `.one` / `.other` forms, without the suffix (`a11y.children`). */
export type PluralKey = BrandHealthMessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** `t.plural` for this catalogue's plural keys (the translator's type only knows full keys). */
export function plural(t: BhTranslator, key: PluralKey, count: number, params?: Record<string, string | number>): string {
  return (t as Translator<string>).plural(key, count, params);
}

const DASH = '–';

/** Fraction digits of a mean: two (a 0–10 scale moves in hundredths). */
const MEAN_DIGITS = 2;

/**
 * Formats a KPI's numbers in its own unit, always through Intl: NPS in points (`30`),
 * proportions as percentages (`46.6%`), means with two decimals, counts as whole events.
 * Changes are in the change unit (`−7 pts`, `−1.0 pp`, `−0.05`, `+9`).
 */
export interface KpiFormat {
  /** A value in the KPI's unit. */
  value(v: number | null): string;
  /** `±10.8` (NPS), `±1.4 pp` (proportion), `±0.07` (mean), `±12.6` (count). */
  margin(): string;
  /** The margin in the change unit (what a change is compared with); `null` without one. */
  marginInChangeUnit(): number | null;
  /** `18.8–40.4`, `45.2%–48.0%`. */
  interval(i: Interval | null): string;
  /** The change with its unit: `−7 pts`, `−1 pp`, `−0.05`, `+9`. */
  change(v: number | null): string;
  /** An unsigned amount in the change unit (`14.4 pts`), for "fell 14.4 pts". */
  amount(v: number): string;
}

export function kpiFormat(t: BhTranslator, k: BrandKpiAnalysis): KpiFormat {
  const f = t.format;
  const value = (v: number | null): string => {
    if (v === null) return DASH;
    switch (k.unit) {
      case 'nps-points':
        return f.number(v, 1);
      case 'fraction':
        return f.percent(v, 1);
      case 'mean':
        return f.number(v, MEAN_DIGITS);
      case 'count':
        return f.number(v, 0);
    }
  };
  const changeFactor = k.unit === 'fraction' ? 100 : 1;
  // The shell's formatter has no fixed-digit percent; Intl directly, once per KPI.
  const percentFormat = k.unit === 'fraction' ? new Intl.NumberFormat(t.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }) : null;
  const percentFixed = (v: number) => percentFormat!.format(v);
  const marginDigits = k.unit === 'mean' ? MEAN_DIGITS : 1;
  return {
    value,
    margin: () => {
      const m = k.marginOfError;
      if (m === null) return DASH;
      const shown = f.fixed(m * changeFactor, marginDigits);
      return k.unit === 'fraction' ? t.t('value.margin', { value: t.t('value.pp', { value: shown }) }) : t.t('value.margin', { value: shown });
    },
    marginInChangeUnit: () => (k.marginOfError === null ? null : k.marginOfError * changeFactor),
    interval: (i) => {
      if (!i) return DASH;
      // Both ends with the same digits ("6.2–21.0", not "6.2–21").
      const digits = k.unit === 'mean' ? MEAN_DIGITS : 1;
      const end = (v: number) => (k.unit === 'fraction' ? percentFixed(v) : f.fixed(v, digits));
      return t.t('value.range', { lo: end(i[0]), hi: end(i[1]) });
    },
    change: (v) => (v === null ? DASH : inChangeUnit(v, true)),
    amount: (v) => inChangeUnit(Math.abs(v), false),
  };
  function inChangeUnit(v: number, signed: boolean): string {
    const n = (digits: number) => (signed ? f.signed(v, digits) : f.number(v, digits));
    switch (k.changeUnit) {
      case 'nps-points':
        return t.t('value.pts', { value: n(1) });
      case 'percentage-points':
        return t.t('value.pp', { value: n(1) });
      case 'mean-units':
        return n(MEAN_DIGITS);
      case 'events':
        return n(0);
    }
  }
}

/** `p = 0.39`, `p = 0.006`, `p < 0.001`. */
export function formatP(t: BhTranslator, p: number): string {
  if (p < 0.001) return t.t('value.pLess', { value: t.format.fixed(0.001, 3) });
  return t.t('value.p', { value: t.format.fixed(p, p < 0.01 ? 3 : 2) });
}

/** A period label: `2024-06` → `Jun 2024`, ISO dates as dates, anything else as written. */
export function periodLabel(t: BhTranslator, x: string | null | undefined): string {
  if (!x) return t.t('value.previousPeriod');
  if (/^\d{4}-\d{2}$/.test(x)) return t.format.date(`${x}-01`, 'month');
  return t.format.date(x);
}

/** A score on 0–100 (`76.9`), an index change (`−1 index pts`), a weight (`35%`). */
export const score = (t: BhTranslator, v: number | null): string => (v === null ? DASH : t.format.fixed(v, 1));
export const indexChange = (t: BhTranslator, v: number | null): string =>
  v === null ? DASH : t.t('value.indexPts', { value: t.format.signed(v, 1) });
export const pointsChange = (t: BhTranslator, v: number | null): string => (v === null ? DASH : t.format.signed(v, 1));
/** Renormalized weights keep one decimal so siblings add up (62.5 % + 37.5 %, not 63 % + 38 %). */
export const weight = (t: BhTranslator, w: number): string => t.format.percent(w, 1);

/**
 * Index contributions are small (tenths of a point); two decimals keep "+0.04" from
 * reading as "0".
 */
export const contribution = (t: BhTranslator, v: number | null): string =>
  v === null ? DASH : t.t('value.indexPts', { value: t.format.signed(v, 2) });

/** `Promoters 46%, passives 29%, detractors 26%`; `''` without respondents. */
export function npsMix(t: BhTranslator, c: NpsCounts): string {
  const total = c.promoters + c.passives + c.detractors;
  const share = (x: number) => t.format.percent(x / total, 0);
  return total > 0 ? t.t('nps.mix', { promoters: share(c.promoters), passives: share(c.passives), detractors: share(c.detractors) }) : '';
}

/** The badge of a small sample (`Use with caution`, `Insufficient sample`); `''` when reliable or unknown. */
export const reliabilityBadge = (t: BhTranslator, r: Reliability | null): string => (r === 'caution' || r === 'insufficient' ? t.t(`badge.${r}`) : '');
