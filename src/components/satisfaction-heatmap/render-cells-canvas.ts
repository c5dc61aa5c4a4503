import { cellBox, cellShapes } from './cell-shapes.js';
import type { GridModel } from './grid.js';
import { VALUE_FONT, type HeatmapLayout } from './layout.js';
import { CODE_MISSING, CODE_SUPPRESSED, FLAT_MISSING, type Palette } from './palette.js';

export interface CanvasCellsInput {
  grid: GridModel;
  order: readonly number[];
  layout: HeatmapLayout;
  palette: Palette;
  /** Text printed in a cell (`show-values`), or null. */
  values: ((r: number, c: number) => string) | null;
  fontFamily: string;
}

/** One scratch canvas holds the one-pixel-per-cell image before it is scaled up. */
let scratch: HTMLCanvasElement | null = null;

/**
 * The cell layer on a canvas, for grids above `CANVAS_ABOVE` cells: every cell is one pixel
 * of an ImageData (a 32-bit word per cell from the palette), drawn scaled to the grid in one
 * `drawImage` (nearest neighbour; smoothed only when cells are thinner than a device pixel,
 * so no column disappears). Then, only where cells are large enough to show them: gaps,
 * hatching of missing cells, locks, less-certain markers, printed values; and always the
 * hotspot outlines. Below 3 px per cell missing cells are drawn flat in `--_missing`.
 */
export function drawCanvasCells(canvas: HTMLCanvasElement, input: CanvasCellsInput, dpr: number): void {
  const { grid, order, layout: l, palette } = input;
  const R = order.length;
  const C = grid.columns;
  const width = Math.max(1, Math.round(l.gridW * dpr));
  const height = Math.max(1, Math.round(l.gridH * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx || R === 0 || C === 0) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);

  const words = palette.words.slice();
  if (!l.hatch) words[CODE_MISSING] = palette.words[FLAT_MISSING]!;
  const image = new ImageData(C, R);
  const pixels = new Uint32Array(image.data.buffer);
  const codes = grid.codes;
  for (let p = 0; p < R; p++) {
    const row = order[p]! * C;
    const out = p * C;
    for (let c = 0; c < C; c++) pixels[out + c] = words[codes[row + c]!]!;
  }
  scratch ??= document.createElement('canvas');
  scratch.width = C;
  scratch.height = R;
  scratch.getContext('2d')!.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = l.cellW * dpr < 1 || l.rowH * dpr < 1;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(scratch, 0, 0, C, R, 0, 0, width, height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

  const t = palette.tokens;
  if (l.gaps) {
    ctx.fillStyle = t.grid;
    for (let c = 1; c < C; c++) ctx.fillRect(c * l.cellW - 0.5, 0, 1, l.gridH);
    for (let p = 1; p < R; p++) ctx.fillRect(0, p * l.rowH - 0.5, l.gridW, 1);
  }

  // The marks are the SVG layer's paths (the few cells that need more than a fill).
  const shapes = cellShapes(grid, order, l, false);
  const pattern = l.hatch && shapes.missing ? hatch(ctx, t.bg, t.missing, dpr) : null;
  if (pattern) {
    ctx.fillStyle = pattern;
    ctx.fill(new Path2D(shapes.missing));
  }
  if (shapes.lockBodies) {
    ctx.fillStyle = ctx.strokeStyle = t.text;
    ctx.fill(new Path2D(shapes.lockBodies));
    ctx.lineWidth = shapes.lockStroke;
    ctx.stroke(new Path2D(shapes.lockShackles));
  }
  for (const [code, d] of shapes.markers) {
    ctx.fillStyle = palette.inks[code]!;
    ctx.fill(new Path2D(d));
  }
  if (input.values && l.values) {
    ctx.font = `${VALUE_FONT}px ${input.fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let p = 0; p < R; p++) {
      const r = order[p]!;
      for (let c = 0; c < C; c++) {
        const code = codes[r * C + c]!;
        if (code === CODE_MISSING || code === CODE_SUPPRESSED) continue;
        const b = cellBox(l, p, c);
        ctx.fillStyle = palette.inks[code]!;
        ctx.fillText(input.values(r, c), b.x + b.w / 2, b.y + b.h / 2);
      }
    }
  }
  if (shapes.ticks) {
    ctx.fillStyle = t.text;
    ctx.fill(new Path2D(shapes.ticks));
  }
  // Outlines as in the SVG: a background halo, then dashed (95 %) or solid (99.8 %).
  for (const d of [shapes.warning, shapes.alarm]) {
    if (!d) continue;
    const alarm = d === shapes.alarm;
    const path = new Path2D(d);
    ctx.setLineDash([]);
    ctx.strokeStyle = t.bg;
    ctx.lineWidth = alarm ? 4.5 : 3.5;
    ctx.stroke(path);
    ctx.strokeStyle = t.text;
    ctx.lineWidth = alarm ? 2.25 : 1.5;
    ctx.setLineDash(alarm ? [] : [3, 2]);
    ctx.stroke(path);
  }
  ctx.setLineDash([]);
}

/** Diagonal hatching like the SVG pattern: background with lines in the missing colour. */
function hatch(ctx: CanvasRenderingContext2D, bg: string, line: string, dpr: number): CanvasPattern | null {
  const size = Math.max(1, Math.round(5 * dpr));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  if (!g) return null;
  g.fillStyle = bg;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = line;
  g.lineWidth = Math.max(1, dpr);
  g.beginPath();
  // Three segments so the diagonal continues across tile edges.
  for (const o of [-size, 0, size]) {
    g.moveTo(o, size);
    g.lineTo(o + size, 0);
  }
  g.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / dpr));
  return pattern;
}
