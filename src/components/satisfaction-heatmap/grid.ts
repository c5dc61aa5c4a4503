import type { SatisfactionHeatmapDocument } from '../../contract/satisfaction-heatmap.js';
import type { HeatmapAnalysis, HeatmapCellAnalysis, HeatmapHotspot } from '../../heatmap/types.js';
import { cellTableOf } from '../../heatmap/analyse.js';
import { NOT_SUPPRESSED } from '../../heatmap/suppression.js';
import { BUCKETS, CODE_MISSING, CODE_SUPPRESSED, UNCERTAIN } from './palette.js';

/** Row order: `none` (document order), `label` (A–Z in the locale), `worst` (worst summary first), `change` (biggest first-to-last change first). */
export type HeatmapSort = 'none' | 'label' | 'worst' | 'change';
export const HEATMAP_SORTS: readonly HeatmapSort[] = ['none', 'label', 'worst', 'change'];

/**
 * The analysis as a grid the renderers read by position: a drawing code per cell (ramp
 * step, less-certain step, missing or suppressed), hotspot levels, and cell lookup.
 * Computed once per analysis (never per render); positions are `r * columns + c` in
 * document order, so sorting rows never recomputes it.
 */
export interface GridModel {
  rows: number;
  columns: number;
  codes: Uint8Array;
  /** 0: none, 1: beyond the 95 % limit, 2: beyond the 99.8 % limit. */
  hotspots: Uint8Array;
  hotspotCount: number;
  /** The analysed cell at row r, column c (document order). */
  cell(r: number, c: number): HeatmapCellAnalysis;
  /** Whether the cell at row r, column c has a shown value (cheaper than `cell`). */
  shown(r: number, c: number): boolean;
  hotspot(r: number, c: number): HeatmapHotspot | undefined;
}

export function gridModel(doc: SatisfactionHeatmapDocument, analysis: HeatmapAnalysis): GridModel {
  const R = doc.rows.length;
  const C = doc.columns.length;
  const size = R * C;
  const codes = new Uint8Array(size).fill(CODE_MISSING);
  const domain = analysis.colorDomain;
  const rowIndex = new Map(doc.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  // Read from the analysis' typed arrays: no cell object is made for drawing.
  const table = cellTableOf(analysis);
  if (!table) throw new Error('gridModel: the analysis was not made by analyseHeatmap');
  const { rowOf, columnOf, reason, value, lowConfidence } = table.cells;
  const increase = analysis.direction === 'increase';
  const min = domain?.min ?? 0;
  const span = domain ? domain.max - domain.min : 0;
  for (let i = 0; i < table.count; i++) {
    const at = rowOf[i]! * C + columnOf[i]!;
    if (reason[i] !== NOT_SUPPRESSED) codes[at] = CODE_SUPPRESSED;
    else if (domain) {
      // bucketOf, inlined for the 50,000-cell case.
      let g = span > 0 ? (value[i]! - min) / span : 0.5;
      g = g < 0 ? 0 : g > 1 ? 1 : g;
      if (!increase) g = 1 - g;
      const bucket = Math.min(BUCKETS - 1, Math.floor(g * BUCKETS));
      codes[at] = bucket + (lowConfidence[i] ? UNCERTAIN : 0);
    }
  }
  const hotspots = new Uint8Array(size);
  const hotspotAt = new Map<number, HeatmapHotspot>();
  for (const h of analysis.hotspots) {
    const at = rowIndex.get(h.row)! * C + columnIndex.get(h.column)!;
    hotspots[at] = h.level === 0.998 ? 2 : 1;
    hotspotAt.set(at, h);
  }
  return {
    rows: R,
    columns: C,
    codes,
    hotspots,
    hotspotCount: analysis.hotspots.length,
    cell: (r, c) => table.at(r * C + c),
    shown: (r, c) => codes[r * C + c]! < CODE_MISSING,
    hotspot: (r, c) => hotspotAt.get(r * C + c),
  };
}

/** Row order for display: `order[displayIndex] = document row index`. */
export function rowOrder(doc: SatisfactionHeatmapDocument, analysis: HeatmapAnalysis, sort: HeatmapSort, locale: string): number[] {
  const order = doc.rows.map((_, i) => i);
  if (sort === 'label') {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    return order.sort((a, b) => collator.compare(doc.rows[a]!.label, doc.rows[b]!.label) || a - b);
  }
  if (sort === 'worst') {
    // Worst first: lowest first, or highest first where higher is worse; rows without a summary last.
    const sign = analysis.direction === 'increase' ? 1 : -1;
    const key = (i: number) => analysis.rows[i]?.summary?.value;
    return order.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === undefined || kb === undefined) return ka === kb ? a - b : ka === undefined ? 1 : -1;
      return sign * (ka - kb) || a - b;
    });
  }
  if (sort === 'change') {
    const key = (i: number) => analysis.rows[i]?.change?.change;
    return order.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === undefined || kb === undefined) return ka === kb ? a - b : ka === undefined ? 1 : -1;
      return Math.abs(kb) - Math.abs(ka) || a - b;
    });
  }
  return order;
}

/** Whether a dashboard selection (touchpoint or period) names this row or column: its id, or its label, in any case. */
export function matchesSelection(entry: { id: string; label: string }, name: string | null | undefined): boolean {
  if (!name) return false;
  const wanted = name.trim().toLowerCase();
  return entry.id.toLowerCase() === wanted || entry.label.trim().toLowerCase() === wanted;
}
