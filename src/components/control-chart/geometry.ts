import { nice, ticks as d3ticks, tickStep } from 'd3-array';
import { parseIsoDate } from '../../i18n/format.js';
import type { ChartFormat } from './format.js';
import { textWidth, wrap } from './text.js';

/** A linear scale as a plain affine function (d3-scale would add interpolators and formats we never use, and its call costs more over 20,000 points). */
export interface Linear {
  (value: number): number;
  domain: readonly [number, number];
}

function linear(d0: number, d1: number, r0: number, r1: number): Linear {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Linear;
  f.domain = [d0, d1];
  return f;
}

/** One panel of the chart (the main chart, the moving-range or S panel below it). */
export interface Panel {
  top: number;
  bottom: number;
  y: Linear;
  ticks: number[];
  tickStep: number;
}

export interface Extent {
  min: number;
  max: number;
}

export interface LayoutInput {
  width: number;
  count: number;
  /** The `x` of point i. */
  xAt: (i: number) => string;
  fmt: ChartFormat;
  verdict: string;
  /** Captions under the icons (variation, and assurance when there is a target), to space them. */
  captions: readonly string[];
  /** Extent of everything the main panel draws (values, limits, target). */
  main: Extent | null;
  /** Extent of the secondary panel, `null` when it is not shown. */
  secondary: Extent | null;
  /** Proportions cannot leave 0…1. */
  unitInterval: boolean;
  /** Counts, rates, times and proportions cannot go below 0. */
  nonNegative: boolean;
  phaseBand: boolean;
  /** Lines of the tallest phase label (1 or 2). */
  phaseLines?: number;
  noteBand: boolean;
  /** The unit, shown above the y axis. */
  unit: string;
  /** Labels drawn in the right margin (to size it). */
  rightLabels: readonly string[];
}

export interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  count: number;
  /** Width of one period's band; point i sits in the middle of band i. */
  step: number;
  x(i: number): number;
  /** Left edge of band i (phase boundaries, step limits). */
  edge(i: number): number;
  /** The icons' centres (x) and top, and the verdict's lines beside or under them. */
  status: { top: number; narrow: boolean; textX: number; textY: number; lines: string[]; iconsY: number; icons: number[] };
  phaseBandY: number | null;
  /** Where the unit label goes (its own row when it is wider than the axis column). */
  unit: { x: number; y: number; width: number } | null;
  noteBandY: number | null;
  main: Panel;
  secondary: Panel | null;
  secondaryTitleY: number;
  axisY: number;
  xTicks: { i: number; label: string }[];
}

export const FONT = 12;
export const SMALL = 11.5;
const VERDICT = 13;
const LINE = 18;
/** Line height of a phase label wrapped to two lines. */
export const PHASE_LINE = 14;

/** Radius of an icon's ring plus its stroke. */
export const ICON_R = 19;

function panel(extent: Extent | null, top: number, bottom: number, unitInterval: boolean, nonNegative: boolean, fromZero: boolean, tickCount: number): Panel {
  let lo = extent?.min ?? 0;
  let hi = extent?.max ?? 1;
  if (fromZero) lo = Math.min(0, lo);
  if (!(hi > lo)) {
    const pad = Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  } else if (!fromZero) {
    const pad = (hi - lo) * 0.06;
    lo -= pad;
    hi += pad;
  } else hi += (hi - lo) * 0.06;
  if (unitInterval) hi = Math.min(1, hi);
  if (unitInterval || nonNegative) lo = Math.max(0, lo);
  let [a, b] = nice(lo, hi, tickCount);
  if (unitInterval || nonNegative) a = Math.max(0, a);
  if (unitInterval) b = Math.min(1, b);
  const y = linear(a, b, bottom, top);
  const ticks = d3ticks(a, b, tickCount);
  return { top, bottom, y, ticks, tickStep: tickStep(a, b, tickCount) };
}

/** Tick indices along the x axis whose labels fit without overlapping. */
function xTicks(count: number, xAt: (i: number) => string, fmt: ChartFormat, x: (i: number) => number, plotWidth: number): { i: number; label: string }[] {
  if (count === 0) return [];
  const first = parseIsoDate(xAt(0));
  const last = parseIsoDate(xAt(count - 1));
  const monthly = fmt.period === 'month' || fmt.period === 'quarter' || fmt.period === 'year';
  const style = monthly || (first && last && last.getTime() - first.getTime() > 400 * 86_400_000) ? 'month' : 'short';
  // Day ticks ("Mar 11") name the year on the first tick and where it changes, as in "Dec 30, Jan 6, 2025".
  const year = (i: number) => (style === 'short' ? (parseIsoDate(xAt(i))?.getUTCFullYear() ?? null) : null);
  const label = (i: number, previous: number | undefined) =>
    fmt.x(xAt(i), style === 'short' && year(i) !== null && (previous === undefined || year(i) !== year(previous)) ? 'medium' : style);
  for (let k = Math.max(2, Math.floor(plotWidth / 70)); k >= 1; k = k > 6 ? Math.floor(k * 0.7) : k - 1) {
    const picked = count === 1 ? [0] : d3ticks(0, count - 1, k).filter(Number.isInteger);
    // Irregular periods (one point per event) can put two ticks in one month: keep the first.
    const out = picked.map((i, j) => ({ i, label: label(i, picked[j - 1]) })).filter((tk, j, all) => j === 0 || tk.label !== all[j - 1]!.label);
    let fits = true;
    for (let j = 1; j < out.length && fits; j++) {
      const a = out[j - 1]!;
      const b = out[j]!;
      if (x(b.i) - x(a.i) < (textWidth(a.label, SMALL) + textWidth(b.label, SMALL)) / 2 + 10) fits = false;
    }
    if (fits) return out;
  }
  return [{ i: 0, label: label(0, undefined) }];
}

/** Geometry of the whole chart for one width: margins, bands, panels and scales. Pure. */
export function layoutChart(input: LayoutInput): Layout {
  const { width, count, fmt } = input;
  const narrow = width < 560;
  // Status strip: the two icons, then the verdict (beside them when wide, under them when narrow).
  // Icons side by side, each as wide as its caption needs.
  const halves = input.captions.map((c) => Math.max(ICON_R, textWidth(c, 11) / 2 + 1));
  const icons: number[] = [];
  let iconsEnd = 0;
  for (const half of halves) {
    icons.push(iconsEnd + (icons.length ? 10 : 0) + half);
    iconsEnd = icons[icons.length - 1]! + half;
  }
  const textX = narrow ? 0 : iconsEnd + 16;
  const lines = wrap(input.verdict, width - textX, VERDICT, narrow ? 7 : 5, true);
  const iconsHeight = 58;
  const statusHeight = narrow ? iconsHeight + 6 + lines.length * LINE : Math.max(iconsHeight, lines.length * LINE + 6);
  const status = { top: 0, narrow, textX, textY: narrow ? iconsHeight + 6 + VERDICT : 14 + Math.max(0, (iconsHeight - 10 - lines.length * LINE) / 2), lines, iconsY: 0, icons };
  let y = statusHeight + 14;
  const unitRow = input.unit !== '' && textWidth(input.unit, SMALL) > 36;
  const unitRowY = y + 10;
  if (unitRow) y += 16;
  const phaseBandY = input.phaseBand ? y + 12 : null;
  if (input.phaseBand) y += 20 + (Math.max(1, input.phaseLines ?? 1) - 1) * PHASE_LINE;
  const noteBandY = input.noteBand ? y + 10 : null;
  if (input.noteBand) y += 22;
  const mainHeight = Math.round(Math.min(300, Math.max(180, width * 0.3)));
  const mainTop = y + 4;
  const mainBottom = mainTop + mainHeight;
  y = mainBottom;
  let secondaryTop = 0;
  let secondaryBottom = 0;
  const secondaryTitleY = y + 24;
  if (input.secondary) {
    secondaryTop = y + 34;
    secondaryBottom = secondaryTop + Math.round(Math.min(110, Math.max(72, mainHeight * 0.36)));
    y = secondaryBottom;
  }
  const axisY = y + 16;
  const height = Math.ceil(axisY + 8);

  const main = panel(input.main, mainTop, mainBottom, input.unitInterval, input.nonNegative, false, Math.max(3, Math.round(mainHeight / 48)));
  const secondary = input.secondary ? panel(input.secondary, secondaryTop, secondaryBottom, false, true, true, 3) : null;
  const tickWidth = (p: Panel) => Math.max(0, ...p.ticks.map((v) => textWidth(fmt.tick(v, p.tickStep), SMALL)));
  const left = Math.ceil(Math.max(28, tickWidth(main), secondary ? tickWidth(secondary) : 0) + 10);
  const labelWidth = Math.max(0, ...input.rightLabels.map((l) => textWidth(l, SMALL)));
  const right = width - Math.ceil(Math.min(Math.max(40, width * (narrow ? 0.3 : 0.24)), Math.max(40, labelWidth + 10)));
  const plotWidth = Math.max(10, right - left);
  const step = plotWidth / Math.max(1, count);
  const x = (i: number) => left + (i + 0.5) * step;
  const edge = (i: number) => left + i * step;
  return {
    width,
    height,
    left,
    right,
    count,
    step,
    x,
    edge,
    status,
    phaseBandY,
    unit: !input.unit ? null : unitRow ? { x: 0, y: unitRowY, width: width / 2 } : { x: 0, y: mainTop - 10, width: left + 2 },
    noteBandY,
    main,
    secondary,
    secondaryTitleY,
    axisY,
    xTicks: xTicks(count, input.xAt, fmt, x, plotWidth),
  };
}
