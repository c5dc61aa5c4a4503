import type { Locale } from './locale.js';

/**
 * Number and date formatting through Intl, cached per locale and options (creating an
 * Intl formatter costs far more than using one, and charts format thousands of labels).
 */
const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();

/** `name` identifies the options (a short string built by the caller, not JSON: this runs per label). */
function numberFormat(locale: Locale, name: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${name}`;
  let f = numberCache.get(key);
  if (!f) numberCache.set(key, (f = new Intl.NumberFormat(locale, options())));
  return f;
}

function dateFormat(locale: Locale, name: string, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let f = dateCache.get(key);
  if (!f) dateCache.set(key, (f = new Intl.DateTimeFormat(locale, options())));
  return f;
}

export interface Formatter {
  readonly locale: Locale;
  /** A number with at most `digits` fraction digits (default 1). */
  number(value: number, digits?: number): string;
  /** A number with exactly `digits` fraction digits. */
  fixed(value: number, digits: number): string;
  /** A fraction 0…1 as a percentage (`0.653` → `65.3 %` in fi, `65.3%` in en). */
  percent(fraction: number, digits?: number): string;
  /** A signed change: `+3.2`, `−7`. */
  signed(value: number, digits?: number): string;
  /** Compact axis label: `12K`, `1.2M`. */
  compact(value: number): string;
  /** An ISO date or date-time string as a localized date; other strings unchanged. */
  date(value: string, style?: 'short' | 'medium' | 'month'): string;
  /** A list of items: `a, b and c`. */
  list(items: string[]): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/;

/** Parses the contract's ISO dates; date-only values are taken as UTC midnight so no time zone shifts the day. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? null : new Date(t);
}

export function formatter(locale: Locale): Formatter {
  return {
    locale,
    number: (value, digits = 1) => numberFormat(locale, `n${digits}`, () => ({ maximumFractionDigits: digits })).format(value),
    fixed: (value, digits) =>
      numberFormat(locale, `f${digits}`, () => ({ minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value),
    percent: (fraction, digits = 1) => numberFormat(locale, `p${digits}`, () => ({ style: 'percent', maximumFractionDigits: digits })).format(fraction),
    signed: (value, digits = 1) =>
      numberFormat(locale, `s${digits}`, () => ({ maximumFractionDigits: digits, signDisplay: 'exceptZero' })).format(value),
    compact: (value) => numberFormat(locale, 'c', () => ({ notation: 'compact', maximumFractionDigits: 1 })).format(value),
    date: (value, style = 'medium') => {
      const d = parseIsoDate(value);
      if (!d) return value;
      const dateOnly = value.length === 10;
      return dateFormat(locale, `${style}${dateOnly ? 'u' : ''}`, () => {
        const options: Intl.DateTimeFormatOptions =
          style === 'month'
            ? { year: 'numeric', month: 'short' }
            : style === 'short'
              ? { month: 'short', day: 'numeric' }
              : { year: 'numeric', month: 'short', day: 'numeric' };
        if (dateOnly) options.timeZone = 'UTC';
        return options;
      }).format(d);
    },
    list: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}
