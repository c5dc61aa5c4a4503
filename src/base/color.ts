/**
 * The little colour maths the heatmap palette needs (parse, sRGB ↔ CIE Lab (D50) ↔ HCL, Lab
 * interpolation), with d3-color's names, formulas and constants so the palettes come out
 * identical. Hand-written because it beats the dependency: d3-color and d3-interpolate
 * cost ~12 KB minified, mostly a table of named colours and formats we never get
 * (the palette reads `getComputedStyle`, which answers `rgb(…)`/`rgba(…)`); anything else
 * the browser understands is normalised through a canvas instead.
 */
export interface RGBColor {
  r: number;
  g: number;
  b: number;
  opacity: number;
  formatHex(): string;
}
export interface HCLColor {
  h: number;
  c: number;
  l: number;
  opacity: number;
}
interface LabColor {
  l: number;
  a: number;
  b: number;
  opacity: number;
}

const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v) || 0));
const hexOf = (v: number) => channel(v).toString(16).padStart(2, '0');

function makeRgb(r: number, g: number, b: number, opacity: number): RGBColor {
  // As d3: a fully transparent colour has no channels.
  if (opacity <= 0) r = g = b = NaN;
  return { r, g, b, opacity, formatHex: () => `#${hexOf(r)}${hexOf(g)}${hexOf(b)}` };
}

let probe: CanvasRenderingContext2D | null | undefined;
/** Any CSS colour the browser knows as `#rrggbb` / `rgba(…)`, through a canvas; `null` if none. */
function normalise(color: string): string | null {
  if (probe === undefined) probe = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!probe) return null;
  // The canvas ignores colours it cannot parse: unchanged from both sentinels means invalid.
  const read = (sentinel: string) => ((probe!.fillStyle = sentinel), (probe!.fillStyle = color), String(probe!.fillStyle));
  const out = read('#010203');
  return out !== '#010203' || read('#040506') !== '#040506' ? out : null;
}

const HEX = /^#([0-9a-f]{3,8})$/;
const FUNCTIONAL = /^rgba?\(([^)]*)\)$/;

function parse(text: string, fallback = true): RGBColor {
  const format = text.trim().toLowerCase();
  let m = HEX.exec(format);
  if (m && m[1]!.length !== 5 && m[1]!.length !== 7) {
    const digits = m[1]!.length <= 4 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
    const [r, g, b, a = 255] = (digits.match(/../g) ?? []).map((h) => parseInt(h, 16));
    return makeRgb(r!, g!, b!, a / 255);
  }
  m = FUNCTIONAL.exec(format);
  const parts = m?.[1]!.split(/\s*[\s,/]\s*/).filter(Boolean) ?? [];
  if ((parts.length === 3 || parts.length === 4) && parts.every((p) => /^[+-]?(\d*\.)?\d+(e[+-]?\d+)?%?$/.test(p))) {
    const value = (p: string, scale: number) => (p.endsWith('%') ? (parseFloat(p) * scale) / 100 : parseFloat(p));
    return makeRgb(value(parts[0]!, 255), value(parts[1]!, 255), value(parts[2]!, 255), parts[3] === undefined ? 1 : value(parts[3], 1));
  }
  const normalised = fallback ? normalise(format) : null;
  return normalised ? parse(normalised, false) : makeRgb(NaN, NaN, NaN, NaN);
}

// CIE Lab under D50, as d3-color.
const Xn = 0.96422;
const Zn = 0.82521;
const t0 = 4 / 29;
const t1 = 6 / 29;
const t2 = 3 * t1 * t1;
const t3 = t1 * t1 * t1;
const xyz2lab = (t: number) => (t > t3 ? Math.pow(t, 1 / 3) : t / t2 + t0);
const lab2xyz = (t: number) => (t > t1 ? t * t * t : t2 * (t - t0));
const lrgb2rgb = (x: number) => 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055);
const rgb2lrgb = (x: number) => ((x /= 255) <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));

function rgbToLab(o: RGBColor): LabColor {
  const r = rgb2lrgb(o.r);
  const g = rgb2lrgb(o.g);
  const b = rgb2lrgb(o.b);
  const y = xyz2lab(0.2225045 * r + 0.7168786 * g + 0.0606169 * b);
  let x = y;
  let z = y;
  if (r !== g || g !== b) {
    x = xyz2lab((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / Xn);
    z = xyz2lab((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / Zn);
  }
  return { l: 116 * y - 16, a: 500 * (x - y), b: 200 * (y - z), opacity: o.opacity };
}

function labToRgb(o: LabColor): RGBColor {
  const fy = (o.l + 16) / 116;
  const x = Xn * lab2xyz(isNaN(o.a) ? fy : fy + o.a / 500);
  const y = lab2xyz(fy);
  const z = Zn * lab2xyz(isNaN(o.b) ? fy : fy - o.b / 200);
  return makeRgb(
    lrgb2rgb(3.1338561 * x - 1.6168667 * y - 0.4906146 * z),
    lrgb2rgb(-0.9787684 * x + 1.9161415 * y + 0.033454 * z),
    lrgb2rgb(0.0719453 * x - 0.2289914 * y + 1.4052427 * z),
    o.opacity,
  );
}

function hclToLab(o: HCLColor): LabColor {
  if (isNaN(o.h)) return { l: o.l, a: 0, b: 0, opacity: o.opacity };
  const h = (o.h * Math.PI) / 180;
  return { l: o.l, a: Math.cos(h) * o.c, b: Math.sin(h) * o.c, opacity: o.opacity };
}

const isHcl = (o: unknown): o is HCLColor => typeof o === 'object' && o !== null && 'h' in o;

/** A colour in sRGB: from CSS text or an HCL colour. */
export function rgb(color: string | HCLColor): RGBColor {
  return isHcl(color) ? labToRgb(hclToLab(color)) : parse(color);
}

/** A colour in HCL (CIE LCh): from CSS text, or from hue, chroma and luminance. */
export function hcl(color: string): HCLColor;
export function hcl(h: number, c: number, l: number): HCLColor;
export function hcl(h: string | number, c?: number, l?: number): HCLColor {
  if (typeof h === 'number') return { h, c: c!, l: l!, opacity: 1 };
  const o = rgbToLab(parse(h));
  // Greys have no hue (and black and white no chroma), as in d3-color.
  if (o.a === 0 && o.b === 0) return { h: NaN, c: 0 < o.l && o.l < 100 ? 0 : NaN, l: o.l, opacity: o.opacity };
  const hue = (Math.atan2(o.b, o.a) * 180) / Math.PI;
  return { h: hue < 0 ? hue + 360 : hue, c: Math.sqrt(o.a * o.a + o.b * o.b), l: o.l, opacity: o.opacity };
}

/** Straight-line interpolation in Lab between two CSS colours; gives `#rrggbb` (black where fully transparent, as d3). */
export function interpolateLab(from: string, to: string): (t: number) => string {
  const a = rgbToLab(parse(from));
  const b = rgbToLab(parse(to));
  // A channel that is missing (NaN) at one end takes the other end's value, as d3-interpolate.
  const mix = (x: number, y: number) => (y - x ? (t: number) => x + (y - x) * t : () => (isNaN(x) ? y : x));
  const l = mix(a.l, b.l);
  const la = mix(a.a, b.a);
  const lb = mix(a.b, b.b);
  const opacity = mix(a.opacity, b.opacity);
  return (t) => labToRgb({ l: l(t), a: la(t), b: lb(t), opacity: opacity(t) }).formatHex();
}
