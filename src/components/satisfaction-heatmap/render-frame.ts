import { nothing, svg, type TemplateResult } from 'lit';
import type { HeatmapAnalysis, HeatmapSummary } from '../../heatmap/types.js';
import type { Figures, HeatmapTranslator } from './format.js';
import { cellRect, type HeatmapLayout } from './layout.js';
import { lockGlyph } from './cell-shapes.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

export interface FrameInput {
  l: HeatmapLayout;
  t: HeatmapTranslator;
  f: Figures;
  analysis: HeatmapAnalysis;
  order: readonly number[];
  target: number | undefined;
  /** Column label as shown. */
  columnLabel(c: number): string;
}

/**
 * Everything around the cells, hidden from assistive tech (the focusable cursor and the
 * table say it all): row labels, thinned column labels, the summary column (row summaries)
 * and summary row (column summaries) in neutral with text or bars, never on the colour
 * scale, and the hospital-wide value in the corner.
 */
export function renderFrame(input: FrameInput): TemplateResult {
  const { l, t, analysis, order } = input;
  const rowLabels: TemplateResult[] = [];
  for (let p = 0; p < order.length; p += l.rowLabelStep) {
    rowLabels.push(svg`<text class="row-label" x=${l.labelW - 8} y=${r1(l.gy + (p + 0.5) * l.rowH)}>${l.rowLabels[p]}</text>`);
  }
  const ticks = l.columnTicks.map((tick) =>
    tick.slanted
      ? svg`<text class="col-label" text-anchor="start" x=${r1(tick.x)} y=${l.gy - 6} transform="rotate(-45 ${r1(tick.x)} ${l.gy - 6})">${tick.label}</text>`
      : svg`<text class="col-label" text-anchor=${tick.anchor} x=${r1(tick.x)} y=${l.gy - 7}>${tick.label}</text>`,
  );
  return svg`<g class="frame" aria-hidden="true">
    ${rowLabels}
    ${ticks}
    <text class="sum-head" x=${r1(l.sumX + l.sumW / 2)} y=${l.gy - 7}>${t.t('axis.overall')}</text>
    ${rowSummaries(input)}
    <text class="row-label sum-label" x=${l.labelW - 8} y=${r1(l.sumY + l.sumH / 2)}>${l.rowLabels.length ? l.sumLabel : ''}</text>
    ${columnSummaries(input)}
    ${summaryBox(input, cellRect(l, l.rows, l.columns), analysis.overall, false, 'overall')}
  </g>`;
}

/** A neutral summary box with its value, or a dash and lock when the line is withheld. */
function summaryBox(input: FrameInput, box: { x: number; y: number; w: number; h: number }, summary: HeatmapSummary | null, withheld: boolean, extra = ''): TemplateResult {
  const { f } = input;
  const text = summary ? f.full(summary.value) : '–';
  const lock = withheld && box.h >= 12 ? lockGlyph(box.x + 2, box.y, Math.min(box.h, 16), box.h) : null;
  return svg`<rect class="sum-cell ${extra}" x=${r1(box.x)} y=${r1(box.y + 0.5)} width=${r1(box.w)} height=${r1(Math.max(0.5, box.h - 1))}></rect>
    ${box.h >= 12 ? svg`<text class="sum-value ${extra} ${summary ? '' : 'muted'}" x=${r1(box.x + box.w - 6)} y=${r1(box.y + box.h / 2)}>${text}</text>` : nothing}
    ${lock ? svg`<path class="sum-lock" d=${lock.body}></path><path class="sum-shackle" stroke-width=${lock.stroke} d=${lock.shackle}></path>` : nothing}`;
}

function rowSummaries(input: FrameInput): unknown {
  const { l, analysis, order } = input;
  if (l.rowH >= 12) {
    return order.map((r, p) => {
      const line = analysis.rows[r]!;
      return summaryBox(input, cellRect(l, p, l.columns), line.summary, line.withheld);
    });
  }
  // Rows too thin for text: neutral bars, length by value (the table and keyboard give numbers).
  const values = order.map((r) => analysis.rows[r]!.summary?.value ?? null);
  const { lo, hi } = extent(values);
  let d = '';
  values.forEach((v, p) => {
    if (v === null) return;
    const w = Math.max(1, ((v - lo) / (hi - lo || 1)) * (l.sumW - 4));
    d += `M${r1(l.sumX + 2)} ${r1(l.gy + p * l.rowH)}h${r1(w)}v${r1(Math.max(0.5, l.rowH - 0.5))}h${r1(-w)}z`;
  });
  return svg`<rect class="sum-cell" x=${l.sumX} y=${l.gy} width=${l.sumW} height=${l.gridH}></rect><path class="sum-bar" d=${d}></path>`;
}

function extent(values: (number | null)[]): { lo: number; hi: number } {
  const shown = values.filter((v): v is number => v !== null);
  if (!shown.length) return { lo: 0, hi: 1 };
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  return { lo: min - pad, hi: max };
}

function columnSummaries(input: FrameInput): unknown {
  const { l, analysis, target } = input;
  if (l.columnSummaryText) {
    return analysis.columns.map((line, c) => summaryBox(input, cellRect(l, l.rows, c), line.summary, line.withheld));
  }
  // Too many or too narrow columns for text: neutral bars showing the trend of the pooled value.
  const values = analysis.columns.map((line) => line.summary?.value ?? null);
  const { lo, hi } = extent(target === undefined ? values : [...values, target]);
  const h = l.sumH - 4;
  const y0 = l.sumY + l.sumH - 2;
  let d = '';
  values.forEach((v, c) => {
    if (v === null) return;
    const bh = Math.max(1, ((v - lo) / (hi - lo || 1)) * h);
    const x = l.gx + c * l.cellW + (l.cellW >= 4 ? 0.5 : 0);
    const w = Math.max(0.5, l.cellW - (l.cellW >= 4 ? 1 : 0));
    d += `M${r1(x)} ${r1(y0)}v${r1(-bh)}h${r1(w)}v${r1(bh)}z`;
  });
  const ty = target !== undefined ? r1(y0 - ((target - lo) / (hi - lo || 1)) * h) : null;
  return svg`<rect class="sum-cell" x=${r1(l.gx)} y=${r1(l.sumY + 0.5)} width=${r1(l.gridW)} height=${l.sumH - 1}></rect>
    <path class="sum-bar" d=${d}></path>
    ${ty !== null ? svg`<line class="sum-target" x1=${r1(l.gx)} x2=${r1(l.gx + l.gridW)} y1=${ty} y2=${ty}></line>` : nothing}`;
}

/** Outline of the touchpoint chosen here or elsewhere in the dashboard, and of its cell when the period matches too. */
export function renderSelection(l: HeatmapLayout, p: number | null, c: number | null): unknown {
  if (p === null) return nothing;
  const y = l.gy + p * l.rowH;
  const cell = c !== null ? cellRect(l, p, c) : null;
  return svg`<g class="selection" aria-hidden="true">
    <rect class="row-highlight" x="1" y=${r1(y)} width=${r1(l.sumX + l.sumW - 1)} height=${r1(l.rowH)}></rect>
    <path class="row-marker" d="M1 ${r1(y + l.rowH / 2 - 4)}l5 4l-5 4z"></path>
    ${cell ? svg`<rect class="cell-highlight" x=${r1(cell.x - 1.5)} y=${r1(cell.y - 1.5)} width=${r1(cell.w + 3)} height=${r1(cell.h + 3)}></rect>` : nothing}
  </g>`;
}
