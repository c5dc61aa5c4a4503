import type { Translator } from '../../i18n/translator.js';
import type { ValueStreamMessageKey } from './messages.js';

export type VsmTranslator = Translator<ValueStreamMessageKey>;

/** Formats the map's numbers: times always with their unit, shares as percentages, all through Intl. */
export interface Figures {
  /** Localized unit (`min` → `分钟` in zh-Hans); units we do not know are shown as written. */
  unit: string;
  time(value: number | null): string;
  pct(fraction: number | null): string;
  /** `−75 min`. */
  signedTime(value: number | null): string;
  /** `−62.5 %`. */
  signedPct(fraction: number | null): string;
  /** A difference of two fractions in percentage points: `+31.7 pp`. */
  points(fraction: number | null): string;
  /** `42 min (35 %)`. */
  timeShare(value: number, share: number | null): string;
}

const KNOWN_UNITS = new Set(['min', 'h', 'd']);
const DASH = '–';

export function figures(t: VsmTranslator, docUnit: string): Figures {
  const unit = KNOWN_UNITS.has(docUnit) ? t.t(`unit.${docUnit}` as ValueStreamMessageKey) : docUnit;
  const signedPercent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const time = (value: number | null) => (value === null ? DASH : t.t('value.time', { value: t.format.number(value, 1), unit }));
  const pct = (f: number | null) => (f === null ? DASH : t.format.percent(f, 1));
  return {
    unit,
    time,
    pct,
    signedTime: (v) => (v === null ? DASH : t.t('value.time', { value: t.format.signed(v, 1), unit })),
    signedPct: (f) => (f === null ? DASH : signedPercent.format(f)),
    points: (f) => (f === null ? DASH : t.t('value.points', { value: t.format.signed(f * 100, 1) })),
    timeShare: (value, share) => t.t('value.share', { value: time(value), share: pct(share) }),
  };
}
