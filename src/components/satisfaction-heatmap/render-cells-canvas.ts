import { OUTLINE_MIN, cellBox, forEachValueCell, lockGlyph, markerPath, outlineRect } from './cell-shapes.js';
import type { GridModel } from './grid.js';
import { VALUE_FONT, type HeatmapLayout } from './layout.js';
import { CODE_MISSING, CODE_SUPPRESSED, FLAT_MISSING, UNCERTAIN, type Palette } from './palette.js';

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
  const hotspots = grid.hotspots;
  // One pass: every cell's pixel, and the (usually few) cells that need more than a fill
  // at this cell size (tiny cells get no hatching, locks or markers: nothing to collect).
  const missing: number[] = [];
  const suppressed: number[] = [];
  const uncertain: number[] = [];
  const hot: number[] = [];
  const marks = l.hatch || l.locks || l.markers;
  for (let p = 0; p < R; p++) {
    const row = order[p]! * C;
    const out = p * C;
    for (let c = 0; c < C; c++) {
      const code = codes[row + c]!;
      pixels[out + c] = words[code]!;
      if (marks && code >= UNCERTAIN) {
        if (code === CODE_MISSING) missing.push(out + c);
        else if (code === CODE_SUPPRESSED) suppressed.push(out + c);
        else uncertain.push(out + c);
      }
      if (hotspots[row + c]) hot.push(out + c);
    }
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

  const box = (slot: number) => cellBox(l, Math.floor(slot / C), slot % C);

  if (l.hatch && missing.length) {
    const pattern = hatch(ctx, t.bg, t.missing, dpr);
    if (pattern) {
      ctx.fillStyle = pattern;
      for (const slot of missing) {
        const b = box(slot);
        ctx.fillRect(b.x, b.y, b.w, b.h);
      }
    }
  }
  if (l.locks && suppressed.length) {
    ctx.fillStyle = t.text;
    ctx.strokeStyle = t.text;
    const bodies = new Path2D();
    const shackles = new Path2D();
    let stroke = 1;
    for (const slot of suppressed) {
      const b = box(slot);
      const lock = lockGlyph(b.x, b.y, b.w, b.h);
      bodies.addPath(new Path2D(lock.body));
      shackles.addPath(new Path2D(lock.shackle));
      stroke = lock.stroke;
    }
    ctx.fill(bodies);
    ctx.lineWidth = stroke;
    ctx.stroke(shackles);
  }
  if (l.markers && uncertain.length) {
    for (const slot of uncertain) {
      const b = box(slot);
      ctx.fillStyle = palette.inks[codes[order[Math.floor(slot / C)]! * C + (slot % C)]!]!;
      ctx.fill(new Path2D(markerPath(b.x, b.y, b.w, b.h)));
    }
  }
  const values = input.values;
  if (values && l.values) {
    ctx.font = `${VALUE_FONT}px ${input.fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    forEachValueCell(grid, order, l, (r, c, code, x, y) => {
      ctx.fillStyle = palette.inks[code]!;
      ctx.fillText(values(r, c), x, y);
    });
  }
  if (hot.length) {
    const small = l.cellW < OUTLINE_MIN || l.rowH < OUTLINE_MIN;
    if (small) {
      // One path and one fill for all bars (a year of days can have thousands), with the
      // geometry of cellBox and tickRect worked out inline: no objects per hotspot.
      const bars = new Path2D();
      const inset = l.gaps ? 0.5 : 0;
      const w = l.cellW - 2 * inset;
      const h = l.rowH - 2 * inset;
      const barW = Math.max(w, 1);
      const alarmH = Math.min(h, 3);
      const warningH = Math.min(h, 1.5);
      for (let k = 0; k < hot.length; k++) {
        const slot = hot[k]!;
        const p = Math.floor(slot / C);
        const c = slot - p * C;
        const th = grid.hotspots[order[p]! * C + c] === 2 ? alarmH : warningH;
        bars.rect(c * l.cellW + inset, p * l.rowH + inset + h - th, barW, th);
      }
      ctx.fillStyle = t.text;
      ctx.fill(bars);
    } else {
      for (const level of [1, 2]) {
        const path = new Path2D();
        for (const slot of hot) {
          if (grid.hotspots[order[Math.floor(slot / C)]! * C + (slot % C)] !== level) continue;
          const b = box(slot);
          const o = outlineRect(b.x, b.y, b.w, b.h);
          path.rect(o.x, o.y, o.w, o.h);
        }
        ctx.setLineDash([]);
        ctx.strokeStyle = t.bg;
        ctx.lineWidth = level === 2 ? 4.5 : 3.5;
        ctx.stroke(path);
        ctx.strokeStyle = t.text;
        ctx.lineWidth = level === 2 ? 2.25 : 1.5;
        ctx.setLineDash(level === 2 ? [] : [3, 2]);
        ctx.stroke(path);
      }
      ctx.setLineDash([]);
    }
  }
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
