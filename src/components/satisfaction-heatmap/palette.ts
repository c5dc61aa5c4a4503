import { hcl, interpolateLab, rgb, type RGBColor } from '../../base/color.js';
import type { HeatmapColorDomain, HeatmapDirection } from '../../heatmap/types.js';

/**
 * Colour of the cells. Values map to one of `BUCKETS` steps of a ramp interpolated between
 * theme tokens (sequential in HCL, see `sequentialRamp`; each diverging half in Lab) (64 steps are finer than the eye separates, and let the SVG path
 * draw one `<path>` per step and the canvas path fill one colour at a time).
 *
 * Direction-aware: the position on the ramp is the cell's *goodness* (0 = the worst end of
 * the domain, 1 = the best), so complaint rates (higher is worse) run the other way round.
 * - Sequential (no target): worst → `--_seq-high`, best → `--_seq-low`. The salient end
 *   marks trouble, so weak spots stand out at a glance.
 * - Diverging (target given; the engine centres the domain on it): worst → `--_div-bad`,
 *   target → `--_div-mid`, best → `--_div-good`.
 *
 * Less certain cells (few responses or a wide interval) use the same step with its chroma
 * cut to 30 % in HCL: lightness still carries the value, the washed-out colour says "not
 * sure" (value-suppressing uncertainty palettes, Correll, Moritz & Heer 2018).
 *
 * Defaults are colour-blind safe: sequential ColorBrewer Blues; diverging blue–orange
 * (overridden in `styles.ts`, PuOr's orange with RdBu's blue), whose two ends stay ≥ 80
 * ΔE*ab apart under simulated protanopia, deuteranopia and tritanopia in all three themes
 * (checked by the palette tests).
 */
export const BUCKETS = 64;
/** Codes of a cell in the drawing: 0…63 value steps, 64…127 the same steps less certain. */
export const UNCERTAIN = BUCKETS;
export const CODE_MISSING = 254;
export const CODE_SUPPRESSED = 255;
/** Palette word (never a cell code) of missing cells too small for hatching: flat `--_missing`. */
export const FLAT_MISSING = 253;

/** Resolved theme colours (any CSS colour; `rgb(…)` from getComputedStyle). */
export interface PaletteTokens {
  seqLow: string;
  seqHigh: string;
  divBad: string;
  divMid: string;
  divGood: string;
  missing: string;
  suppressed: string;
  bg: string;
  text: string;
  grid: string;
}

export const TOKEN_NAMES: Record<keyof PaletteTokens, string> = {
  seqLow: '--_seq-low',
  seqHigh: '--_seq-high',
  divBad: '--_div-bad',
  divMid: '--_div-mid',
  divGood: '--_div-good',
  missing: '--_missing',
  suppressed: '--_suppressed',
  bg: '--_bg',
  text: '--_text',
  grid: '--_grid',
};

export interface Palette {
  /** Identity of the inputs: tokens and ramp type. */
  key: string;
  diverging: boolean;
  /** `#rrggbb` per code 0…127. */
  fills: string[];
  /** Text and marker colour per code: black or white, whichever contrasts more (always ≥ 4.5:1). */
  inks: string[];
  /** Little-endian RGBA words per code 0…255 for ImageData (missing and suppressed included). */
  words: Uint32Array;
  tokens: PaletteTokens;
}

const BLACK = '#000000';
const WHITE = '#ffffff';

/** WCAG relative luminance of an sRGB colour. */
export function luminance(color: string): number {
  const c = rgb(color);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text on `fill`, whichever contrasts more; the better of the two is never below 4.58:1. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? BLACK : WHITE;
}

function hex(c: RGBColor): string {
  return c.formatHex();
}

function word(color: string): number {
  const c = rgb(color);
  const a = Math.round((Number.isFinite(c.opacity) ? c.opacity : 1) * 255);
  return ((a << 24) | (Math.round(c.b) << 16) | (Math.round(c.g) << 8) | Math.round(c.r)) >>> 0;
}

/**
 * A sequential ramp from two colours: lightness linear in HCL, hue along the shorter arc,
 * chroma linear plus a bump in the middle. A straight Lab or HCL line from navy to near-white
 * passes through greyish lavender; the bump keeps the middle of the ramp a clear blue, as in
 * ColorBrewer Blues, while the two ends stay exactly the theme's tokens.
 */
export function sequentialRamp(from: string, to: string): (t: number) => string {
  const a = hcl(from);
  const b = hcl(to);
  const ha = Number.isFinite(a.h) ? a.h : b.h;
  const hb = Number.isFinite(b.h) ? b.h : a.h;
  const dh = Number.isFinite(ha) && Number.isFinite(hb) ? ((((hb - ha) % 360) + 540) % 360) - 180 : 0;
  const ca = Number.isFinite(a.c) ? a.c : 0;
  const cb = Number.isFinite(b.c) ? b.c : 0;
  const boost = 0.6 * Math.max(ca, cb);
  return (t) => {
    if (t <= 0) return rgb(from).formatHex();
    if (t >= 1) return rgb(to).formatHex();
    const h = Number.isFinite(ha) ? ha + dh * t : 0;
    const c = ca + (cb - ca) * t + boost * Math.sin(Math.PI * t);
    return rgb(hcl(h, c, a.l + (b.l - a.l) * t)).formatHex();
  };
}

/** The ramp colour at goodness `g` (0 worst … 1 best). */
export function rampColor(tokens: PaletteTokens, diverging: boolean, g: number): string {
  if (!diverging) return sequentialRamp(tokens.seqHigh, tokens.seqLow)(g);
  return g < 0.5 ? interpolateLab(tokens.divBad, tokens.divMid)(g * 2) : interpolateLab(tokens.divMid, tokens.divGood)(g * 2 - 1);
}

/** The washed-out twin of a colour for less certain cells. */
export function uncertain(color: string): string {
  const c = hcl(color);
  if (Number.isFinite(c.c)) c.c *= 0.3;
  return hex(rgb(c));
}

export function buildPalette(tokens: PaletteTokens, diverging: boolean): Palette {
  const fills: string[] = [];
  for (let b = 0; b < BUCKETS; b++) fills.push(hex(rgb(rampColor(tokens, diverging, (b + 0.5) / BUCKETS))));
  for (let b = 0; b < BUCKETS; b++) fills.push(uncertain(fills[b]!));
  const inks = fills.map(inkOn);
  const words = new Uint32Array(256);
  fills.forEach((f, i) => (words[i] = word(f)));
  words[CODE_MISSING] = word(tokens.bg);
  words[CODE_SUPPRESSED] = word(tokens.suppressed);
  words[FLAT_MISSING] = word(tokens.missing);
  const key = `${diverging ? 'd' : 's'}|${Object.values(tokens).join('|')}`;
  return { key, diverging, fills, inks, words, tokens: { ...tokens } };
}

/**
 * Goodness of a value in the colour domain: 0 at the worst end, 1 at the best, 0.5 at the
 * target of a diverging domain (the engine makes it symmetric around the target).
 */
export function goodness(value: number, domain: HeatmapColorDomain, direction: HeatmapDirection): number {
  const span = domain.max - domain.min;
  const t = span > 0 ? (value - domain.min) / span : 0.5;
  const clamped = t < 0 ? 0 : t > 1 ? 1 : t;
  return direction === 'increase' ? clamped : 1 - clamped;
}

/** The ramp step of a value. */
export function bucketOf(value: number, domain: HeatmapColorDomain, direction: HeatmapDirection): number {
  return Math.min(BUCKETS - 1, Math.floor(goodness(value, domain, direction) * BUCKETS));
}
