import type { HeatmapMeasure } from '../../contract/satisfaction-heatmap.js';
import type { HeatmapUnit } from '../../heatmap/types.js';
import type { Interval } from '../../stats/intervals.js';
import type { Translator } from '../../i18n/translator.js';
import type { HeatmapMessageKey } from './messages.js';

export type HeatmapTranslator = Translator<HeatmapMessageKey>;

/**
 * Fraction digits per unit: `full` in tooltips, the table, summaries and the legend;
 * `cell` for numbers printed inside cells, where room is short.
 */
const DIGITS: Record<HeatmapUnit, { full: number; cell: number }> = {
  score: { full: 2, cell: 1 },
  percent: { full: 1, cell: 0 },
  'nps-points': { full: 1, cell: 0 },
  'per-1000': { full: 2, cell: 1 },
};

/** How the heatmap writes its numbers, always through Intl. */
export interface Figures {
  unit: HeatmapUnit;
  /** Full precision; percentages carry their % sign, other units are bare. */
  full(value: number): string;
  /** With the unit spelled out where it has one: `2.41 per 1,000`, `NPS 32`. */
  withUnit(value: number): string;
  /** Short form printed in a cell: `72`, `4.2`. */
  cell(value: number): string;
  /** `70.1 %–74.6 %`. */
  range(interval: Interval): string;
  /** A count: `1,234`. */
  count(value: number): string;
  /** The measure's name with its unit, for the legend and the table header. */
  measureName: string;
}

export function figures(t: HeatmapTranslator, unit: HeatmapUnit, measure: HeatmapMeasure, scale?: { min: number; max: number }): Figures {
  const digits = DIGITS[unit];
  // Formatters made once per render (Intl, the locale's own digits and signs): thousands of
  // cells are formatted for tooltips, the table and alerts.
  const fixed = (d: number, style?: 'percent') => new Intl.NumberFormat(t.locale, { style, minimumFractionDigits: d, maximumFractionDigits: d });
  const fullFormat = unit === 'percent' ? fixed(digits.full, 'percent') : fixed(digits.full);
  const cellFormat = fixed(digits.cell);
  const countFormat = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
  const full = (v: number) => fullFormat.format(unit === 'percent' ? v / 100 : v);
  const withUnit = (v: number) =>
    unit === 'per-1000' ? t.t('value.perThousand', { value: full(v) }) : unit === 'nps-points' ? t.t('value.nps', { value: full(v) }) : full(v);
  const name = t.t(`measure.${measure}` as HeatmapMessageKey);
  return {
    unit,
    full,
    withUnit,
    cell: (v) => cellFormat.format(v),
    range: ([lo, hi]) => t.t('value.range', { lo: full(lo), hi: full(hi) }),
    count: (v) => countFormat.format(v),
    measureName: measure === 'mean-score' && scale ? t.t('measure.scaled', { measure: name, min: t.format.number(scale.min), max: t.format.number(scale.max) }) : name,
  };
}

/**
 * ISO dates (`2024-03-04`) as column labels are shown localized, the way `t.format.date`
 * writes them (short in one year, else medium; UTC so no time zone moves the day), with one
 * formatter for all of them (a year of days has 366 labels); other labels as written.
 */
export function columnLabeler(t: HeatmapTranslator, labels: readonly string[]): (label: string) => string {
  const iso = labels.length > 0 && labels.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l));
  if (!iso) return (label) => label;
  const sameYear = labels[0]!.slice(0, 4) === labels[labels.length - 1]!.slice(0, 4);
  const format = new Intl.DateTimeFormat(t.locale, sameYear ? { month: 'short', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (label) => {
    const time = Date.parse(`${label}T00:00:00Z`);
    return Number.isNaN(time) ? label : format.format(time);
  };
}

/** Chinese sentences follow each other without a space; others with one. */
export function joinSentences(sentences: readonly string[]): string {
  let out = '';
  for (const s of sentences) {
    if (!s) continue;
    out = !out ? s : /[。！？]$/.test(out) ? out + s : `${out} ${s}`;
  }
  return out;
}

const NARROW = "ilj.,:;'’|!()[]";
const WIDE = '%&@mwMW';

/**
 * Estimated width of `text` in px at `size` px from character classes, erring wide, so
 * layout stays pure and fast (no DOM measuring per label; character codes, no regular
 * expression per character: a year of day labels is measured on every update).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef)) em += 1;
    else if (NARROW.includes(ch)) em += 0.3;
    else if (code === 32) em += 0.28;
    else if ((code >= 65 && code <= 90) || WIDE.includes(ch)) em += 0.72;
    else {
      em += 0.55;
      // A character outside the BMP is one character in two code units.
      if (code >= 0xd800 && code <= 0xdbff) i++;
    }
  }
  return em * size * (bold ? 1.2 : 1.06);
}

/** Shortens `text` to fit `width` px, ending with `…` when cut. */
export function clip(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Message stems with `.one` / `.other` forms. */
export type PluralStem = 'summary.rows' | 'summary.columns' | 'summary.hotspots' | 'summary.hidden' | 'summary.missing' | 'summary.target';

/** `t.plural` for this catalogue's plural stems (the stems themselves are not keys). */
export function plural(t: HeatmapTranslator, stem: PluralStem, count: number, params: Record<string, string | number> = {}): string {
  return t.plural(stem as unknown as HeatmapMessageKey, count, params);
}
