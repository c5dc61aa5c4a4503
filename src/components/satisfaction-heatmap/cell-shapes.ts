import type { GridModel } from './grid.js';
import type { HeatmapLayout } from './layout.js';
import { CODE_MISSING, CODE_SUPPRESSED, UNCERTAIN } from './palette.js';

/**
 * The cell layer as geometry, shared by the SVG path (one `<path>` per code) and the canvas
 * path (the same shapes, filled imperatively): rectangles, lock glyphs on suppressed cells,
 * corner markers on less certain cells and hotspot outlines. Coordinates are in chart units
 * (CSS px), relative to the grid origin.
 */

const r2 = (v: number) => Math.round(v * 100) / 100;

/** A cell's drawn box: inset by half a pixel on each side when cells are large enough for gaps. */
export function cellBox(l: HeatmapLayout, p: number, c: number): { x: number; y: number; w: number; h: number } {
  const inset = l.gaps ? 0.5 : 0;
  return { x: c * l.cellW + inset, y: p * l.rowH + inset, w: l.cellW - 2 * inset, h: l.rowH - 2 * inset };
}

export const rectPath = (x: number, y: number, w: number, h: number) => `M${r2(x)} ${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}z`;

/** Lock glyph centred in a box: a filled body and a stroked shackle. */
export function lockGlyph(x: number, y: number, w: number, h: number): { body: string; shackle: string; stroke: number } {
  const s = Math.min(w, h, 18) * 0.62;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const bw = s * 0.78;
  const bh = s * 0.5;
  const top = cy - s * 0.08;
  const rr = bw * 0.3;
  const legs = s * 0.2;
  return {
    body: rectPath(cx - bw / 2, top, bw, bh),
    shackle: `M${r2(cx - rr)} ${r2(top)}V${r2(top - legs)}A${r2(rr)} ${r2(rr)} 0 0 1 ${r2(cx + rr)} ${r2(top - legs)}V${r2(top)}`,
    stroke: r2(Math.max(1, s * 0.14)),
  };
}

/** Corner triangle marking a less certain cell (top right). */
export function markerPath(x: number, y: number, w: number, h: number): string {
  const m = Math.max(4, Math.min(7, Math.min(w, h) * 0.38));
  return `M${r2(x + w)} ${r2(y)}h${r2(-m)}l${r2(m)} ${r2(m)}z`;
}

/** Cells smaller than this (either side) mark hotspots with a bar along the bottom instead of an outline. */
export const OUTLINE_MIN = 8;

/** Hotspot outline, inside the cell (cells of at least `OUTLINE_MIN` px). */
export function outlineRect(x: number, y: number, w: number, h: number): { x: number; y: number; w: number; h: number } {
  return { x: x + 1.25, y: y + 1.25, w: w - 2.5, h: h - 2.5 };
}

/**
 * Hotspot mark of a small cell: a bar along its bottom edge (3 px beyond the 99.8 % limit,
 * 1.5 px beyond 95 %), so the cell keeps its colour and a run of hotspots reads as a line.
 */
export function tickRect(x: number, y: number, w: number, h: number, alarm: boolean): { x: number; y: number; w: number; h: number } {
  const th = Math.min(h, alarm ? 3 : 1.5);
  return { x, y: y + h - th, w: Math.max(w, 1), h: th };
}

/** Calls `draw` with the centre of every cell that has a value to print (display order), for both cell layers. */
export function forEachValueCell(grid: GridModel, order: readonly number[], l: HeatmapLayout, draw: (r: number, c: number, code: number, x: number, y: number) => void): void {
  for (let p = 0; p < order.length; p++) {
    const r = order[p]!;
    for (let c = 0; c < grid.columns; c++) {
      const code = grid.codes[r * grid.columns + c]!;
      if (code === CODE_MISSING || code === CODE_SUPPRESSED) continue;
      const b = cellBox(l, p, c);
      draw(r, c, code, b.x + b.w / 2, b.y + b.h / 2);
    }
  }
}

export interface CellShapes {
  /** Fill path per drawing code (0…127). */
  fills: Map<number, string>;
  missing: string;
  suppressed: string;
  lockBodies: string;
  lockShackles: string;
  lockStroke: number;
  /** Corner markers per code (their colour is the code's ink). */
  markers: Map<number, string>;
  /** Outlines of hotspots beyond the 95 % (warning) and 99.8 % (alarm) limits. */
  warning: string;
  alarm: string;
  /** Bottom bars marking hotspots of cells too small for an outline. */
  ticks: string;
}

function append(map: Map<number, string>, key: number, d: string): void {
  map.set(key, (map.get(key) ?? '') + d);
}

/** Builds every path of the cell layer in one pass over the grid (display order). */
export function cellShapes(grid: GridModel, order: readonly number[], l: HeatmapLayout): CellShapes {
  const C = grid.columns;
  const fills = new Map<number, string>();
  const markers = new Map<number, string>();
  let missing = '';
  let suppressed = '';
  let lockBodies = '';
  let lockShackles = '';
  let lockStroke = 1;
  let warning = '';
  let alarm = '';
  let ticks = '';
  const small = l.cellW < OUTLINE_MIN || l.rowH < OUTLINE_MIN;
  for (let p = 0; p < order.length; p++) {
    const r = order[p]!;
    for (let c = 0; c < C; c++) {
      const at = r * C + c;
      const code = grid.codes[at]!;
      const { x, y, w, h } = cellBox(l, p, c);
      const d = rectPath(x, y, w, h);
      if (code === CODE_MISSING) missing += d;
      else if (code === CODE_SUPPRESSED) {
        suppressed += d;
        if (l.locks) {
          const lock = lockGlyph(x, y, w, h);
          lockBodies += lock.body;
          lockShackles += lock.shackle;
          lockStroke = lock.stroke;
        }
      } else {
        append(fills, code, d);
        if (code >= UNCERTAIN && l.markers) append(markers, code, markerPath(x, y, w, h));
      }
      const hot = grid.hotspots[at];
      if (hot && small) {
        const o = tickRect(x, y, w, h, hot === 2);
        ticks += rectPath(o.x, o.y, o.w, o.h);
      } else if (hot) {
        const o = outlineRect(x, y, w, h);
        if (hot === 2) alarm += rectPath(o.x, o.y, o.w, o.h);
        else warning += rectPath(o.x, o.y, o.w, o.h);
      }
    }
  }
  return { fills, missing, suppressed, lockBodies, lockShackles, lockStroke, markers, warning, alarm, ticks };
}
