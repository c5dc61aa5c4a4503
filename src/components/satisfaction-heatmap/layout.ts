import { clip, textWidth } from './format.js';

/**
 * Above this many grid positions (rows × columns) the cell layer is drawn on a `<canvas>`
 * instead of SVG paths. Measured in this machine's Chromium: 64 bucket paths cost about
 * 30 ms of paint per 2,500 cells, and a year of days for 24 touchpoints (8,760 cells) must
 * show in under 100 ms including validation and analysis; a canvas fill of the same grid
 * costs a few ms at any size. Keyboard access, tooltips, hotspot outlines, the table and
 * `toSVG()` work the same on both paths (the export builds the SVG cells on demand).
 */
export const CANVAS_ABOVE = 2_500;

export const ROW_FONT = 12;
export const COLUMN_FONT = 11.5;
export const VALUE_FONT = 11;
const TOP = 22;
const GAP = 6;
const MIN_ROW = 16;
const MAX_ROW = 28;
/** Tallest grid before rows shrink below the label size (thousands of rows). */
const MAX_GRID_HEIGHT = 9_000;

export interface LayoutInput {
  width: number;
  /** Row labels in display order. */
  rowLabels: readonly string[];
  /** Column labels as shown (dates localized). */
  columnLabels: readonly string[];
  /** Texts of the summary column (row summaries) and the overall, to size that column. */
  summaryTexts: readonly string[];
  summaryHeader: string;
  summaryRowLabel: string;
  /** Column summaries as text, to print when they fit (asked only for a few columns). */
  columnSummaryTexts(): readonly string[];
  /** Widest number printed in a cell (`show-values`), or null when values are off. */
  cellValueSample: readonly string[] | null;
  /**
   * Columns are categories (departments, clinics), not periods: when their labels do not fit
   * side by side they are slanted so every column keeps its name; periods thin out instead.
   */
  categorical: boolean;
}

export interface ColumnTick {
  index: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  x: number;
  /** Slanted 45° up to the right from (x, gy − 6). */
  slanted?: boolean;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  /** Grid origin and size. */
  gx: number;
  gy: number;
  gridW: number;
  gridH: number;
  cellW: number;
  rowH: number;
  rows: number;
  columns: number;
  labelW: number;
  /** Row labels in display order, clipped to the label column. */
  rowLabels: string[];
  /** Every `rowLabelStep`-th row is labelled (1 unless rows are thinner than text). */
  rowLabelStep: number;
  /** Label of the summary row, clipped to the label column. */
  sumLabel: string;
  columnTicks: ColumnTick[];
  /** Summary column (row summaries). */
  sumX: number;
  sumW: number;
  /** Summary row (column summaries). */
  sumY: number;
  sumH: number;
  /** Column summaries are printed (else drawn as neutral bars). */
  columnSummaryText: boolean;
  canvas: boolean;
  /** Feature switches by cell size. */
  gaps: boolean;
  hatch: boolean;
  locks: boolean;
  markers: boolean;
  values: boolean;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function computeLayout(input: LayoutInput): HeatmapLayout {
  const R = input.rowLabels.length;
  const C = input.columnLabels.length;
  const W = Math.max(200, input.width);
  const widest = Math.max(textWidth(input.summaryRowLabel, ROW_FONT), ...input.rowLabels.map((l) => textWidth(l, ROW_FONT)), 0);
  const labelW = Math.ceil(Math.min(widest + 10, clamp(W * 0.3, 72, 240)));
  const sumTextW = Math.max(textWidth(input.summaryHeader, COLUMN_FONT), ...input.summaryTexts.map((s) => textWidth(s, ROW_FONT, true)), 0);
  const sumW = Math.ceil(clamp(sumTextW + 12, 44, 96));
  const gx = labelW;
  const gridW = Math.max(24, W - labelW - GAP - sumW);
  const cellW = C > 0 ? gridW / C : gridW;
  let rowH = clamp(Math.round(cellW), MIN_ROW, MAX_ROW);
  if (R * rowH > MAX_GRID_HEIGHT) rowH = Math.max(1, Math.floor((MAX_GRID_HEIGHT / Math.max(R, 1)) * 4) / 4);
  const rowLabelStep = rowH >= 14 ? 1 : Math.ceil(14 / rowH);
  const right = gx + gridW;
  let columnTicksList = columnTicks(input.columnLabels, gx, cellW, right);
  let gy = TOP;
  if (input.categorical && columnTicksList.length < C) {
    const slanted = slantedTicks(input.columnLabels, gx, cellW, W);
    columnTicksList = slanted.ticks;
    gy = Math.max(TOP, Math.ceil(slanted.height + 10));
  }
  const gridH = R * rowH;

  const columnSummaryText = C <= 24 && cellW >= Math.max(...input.columnSummaryTexts().map((s) => textWidth(s, VALUE_FONT)), 0) + 6;
  const sumY = gy + gridH + GAP;
  const sumH = columnSummaryText ? Math.max(rowH, 20) : 28;

  const sampleW = input.cellValueSample ? Math.max(...input.cellValueSample.map((s) => textWidth(s, VALUE_FONT)), 0) : Infinity;
  const labelMax = labelW - 8;
  return {
    width: W,
    height: Math.ceil(sumY + sumH + 4),
    gx,
    gy,
    gridW,
    gridH,
    cellW,
    rowH,
    rows: R,
    columns: C,
    labelW,
    rowLabels: input.rowLabels.map((l) => clip(l, labelMax, ROW_FONT)),
    rowLabelStep,
    sumLabel: clip(input.summaryRowLabel, labelMax, ROW_FONT),
    columnTicks: columnTicksList,
    sumX: gx + gridW + GAP,
    sumW,
    sumY,
    sumH,
    columnSummaryText,
    canvas: R * C > CANVAS_ABOVE,
    gaps: cellW >= 6 && rowH >= 6,
    hatch: cellW >= 3 && rowH >= 3,
    locks: cellW >= 9 && rowH >= 9,
    markers: cellW >= 8 && rowH >= 8,
    values: cellW >= sampleW + 4 && rowH >= 14,
  };
}

/** Column labels that fit side by side: every `step`-th, kept inside the grid and apart from each other. */
function columnTicks(labels: readonly string[], gx: number, cellW: number, right: number): ColumnTick[] {
  const C = labels.length;
  if (C === 0) return [];
  // Estimate from a sample: labels of one kind have similar widths.
  const sample = C <= 400 ? labels : labels.filter((_, i) => i % Math.ceil(C / 400) === 0);
  const widest = Math.max(...sample.map((l) => textWidth(l, COLUMN_FONT)));
  const step = Math.max(1, Math.ceil((widest + 10) / cellW));
  const ticks: ColumnTick[] = [];
  let lastRight = -Infinity;
  for (let c = 0; c < C; c += step) {
    const label = labels[c]!;
    const w = textWidth(label, COLUMN_FONT);
    const cx = gx + (c + 0.5) * cellW;
    let anchor: ColumnTick['anchor'] = 'middle';
    let x = cx;
    let left = cx - w / 2;
    if (left < gx - 4) {
      anchor = 'start';
      x = gx + c * cellW;
      left = x;
    } else if (cx + w / 2 > right) {
      anchor = 'end';
      x = right;
      left = right - w;
    }
    if (left < lastRight + 6) continue;
    lastRight = left + w;
    ticks.push({ index: c, label, anchor, x });
  }
  return ticks;
}

const SLANT = Math.SQRT1_2;
const SLANT_MAX = 130;

/**
 * Category labels slanted 45°: every column that has room (one per ~16 px, the height of a
 * slanted line), each clipped to 130 px and to the room left before the chart's right edge.
 */
function slantedTicks(labels: readonly string[], gx: number, cellW: number, width: number): { ticks: ColumnTick[]; height: number } {
  const step = Math.max(1, Math.ceil(16 / cellW));
  const ticks: ColumnTick[] = [];
  let height = 0;
  for (let c = 0; c < labels.length; c += step) {
    const x = gx + (c + 0.5) * cellW;
    const room = Math.min(SLANT_MAX, (width - x - 2) / SLANT);
    const label = clip(labels[c]!, room, COLUMN_FONT);
    height = Math.max(height, textWidth(label, COLUMN_FONT) * SLANT + COLUMN_FONT * SLANT);
    ticks.push({ index: c, label, anchor: 'start', x, slanted: true });
  }
  return { ticks, height };
}

/** The rectangle of grid position (display row `p`, column `c`) in chart coordinates. */
export function cellRect(l: HeatmapLayout, p: number, c: number): { x: number; y: number; w: number; h: number } {
  if (p >= l.rows && c >= l.columns) return { x: l.sumX, y: l.sumY, w: l.sumW, h: l.sumH };
  if (c >= l.columns) return { x: l.sumX, y: l.gy + p * l.rowH, w: l.sumW, h: l.rowH };
  if (p >= l.rows) return { x: l.gx + c * l.cellW, y: l.sumY, w: l.cellW, h: l.sumH };
  return { x: l.gx + c * l.cellW, y: l.gy + p * l.rowH, w: l.cellW, h: l.rowH };
}

/** The grid position under a chart point: display row (rows = summary row) and column (columns = summary column), or null. */
export function hitTest(l: HeatmapLayout, x: number, y: number): { p: number; c: number } | null {
  let c: number;
  if (x >= l.gx && x < l.gx + l.gridW) c = Math.min(l.columns - 1, Math.floor((x - l.gx) / l.cellW));
  else if (x >= l.sumX && x < l.sumX + l.sumW) c = l.columns;
  else return null;
  let p: number;
  if (y >= l.gy && y < l.gy + l.gridH) p = Math.min(l.rows - 1, Math.floor((y - l.gy) / l.rowH));
  else if (y >= l.sumY && y < l.sumY + l.sumH) p = l.rows;
  else return null;
  return { p, c };
}
