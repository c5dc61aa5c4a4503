import { axisLookup } from '../contract/axis-lookup.js';
import { positionSet } from '../contract/position-set.js';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../contract/satisfaction-heatmap.js';
import { CellTable, type CellColumns } from './cell-table.js';
import { type HotspotTest, hotspotTest } from './hotspots.js';
import { Pool, measureModel } from './measures.js';
import { BY_THRESHOLD, NOT_SUPPRESSED, suppress } from './suppression.js';
import { lazyProperty } from '../util/lazy-rows.js';
import {
  type HeatmapAnalysis,
  type HeatmapColorDomain,
  type HeatmapHotspot,
  type HeatmapLineAnalysis,
  type HeatmapRowAnalysis,
  MAX_LISTED_GRID,
} from './types.js';

/** Default suppression threshold when the document has no `minN`. */
export const DEFAULT_MIN_N = 5;

/**
 * Analyses a satisfaction heatmap: cell states (value / suppressed / missing), primary and
 * complementary suppression, 95 % intervals, row/column/overall pooled summaries, hotspots
 * against the hospital-wide value, colour domain and per-row first-to-last change.
 * One pass over the cells plus one sort per line: O(N log N); no DOM. The cells' results go
 * into typed arrays ({@link CellTable}); the objects of `cells` are made when it is first read.
 *
 * Cells naming an unknown row or column, and repeats of a row/column pair, are ignored
 * (the contract validator reports them); the first cell of a pair wins.
 */
export function analyseHeatmap(doc: SatisfactionHeatmapDocument): HeatmapAnalysis {
  const minN = doc.minN ?? DEFAULT_MIN_N;
  const model = measureModel(doc);
  const rowIndex = axisLookup(doc.rows);
  const columnIndex = axisLookup(doc.columns);
  const R = doc.rows.length;
  const C = doc.columns.length;

  // Keep valid, first-of-pair cells: their positions in doc.cells (no array of references to grow).
  // A grid small enough to list also gets each slot's kept cell (−1: none), which finds the
  // repeated pairs and later serves the cell table's lookups.
  const missingListed = R * C <= MAX_LISTED_GRID;
  const slotIndex = missingListed ? new Int32Array(R * C).fill(-1) : null;
  const seen = slotIndex ? null : positionSet(R * C);
  const all = doc.cells;
  const keptAt = new Int32Array(all.length);
  const rowOfAll = new Int32Array(all.length);
  const columnOfAll = new Int32Array(all.length);
  let N = 0;
  for (let k = 0; k < all.length; k++) {
    const cell = all[k]!;
    const r = rowIndex(cell.row);
    const c = columnIndex(cell.column);
    if (r === undefined || c === undefined) continue;
    const slot = r * C + c;
    if (slotIndex) {
      if (slotIndex[slot] !== -1) continue;
      slotIndex[slot] = N;
    } else if (!seen!.add(slot)) continue;
    keptAt[N] = k;
    rowOfAll[N] = r;
    columnOfAll[N++] = c;
  }
  const kept = (i: number): HeatmapCell => all[keptAt[i]!]!;
  const rowOf = rowOfAll.subarray(0, N);
  const columnOf = columnOfAll.subarray(0, N);
  const n = new Float64Array(N);
  for (let i = 0; i < N; i++) n[i] = kept(i).n;

  const { reason, rowWithheld, columnWithheld } = suppress({ rows: R, columns: C, rowOf, columnOf, n, minN });

  // Pools: each line over its cells not in a withheld crossing line; overall over cells in no withheld line.
  const rowPools = Array.from({ length: R }, () => new Pool());
  const columnPools = Array.from({ length: C }, () => new Pool());
  const overallPool = new Pool();
  let withinSs = 0;
  let withinDf = 0;
  for (let i = 0; i < N; i++) {
    const cell = kept(i);
    const r = rowOf[i]!;
    const c = columnOf[i]!;
    if (!columnWithheld[c]) rowPools[r]!.add(cell, doc.measure);
    if (!rowWithheld[r]) columnPools[c]!.add(cell, doc.measure);
    if (!rowWithheld[r] && !columnWithheld[c]) {
      overallPool.add(cell, doc.measure);
      if (cell.sd !== undefined && cell.n > 1) {
        withinSs += (cell.n - 1) * cell.sd * cell.sd;
        withinDf += cell.n - 1;
      }
    }
  }
  const scaleSd = doc.scale ? (doc.scale.max - doc.scale.min) / 2 : null;
  const withinSd = withinDf > 0 ? Math.sqrt(withinSs / withinDf) : scaleSd;
  const test: HotspotTest | null = hotspotTest(doc, overallPool, withinSd);

  // Cells in shown form (into the table), hotspots, colour domain and per-row first/last shown columns.
  const table: CellColumns = {
    rowOf,
    columnOf,
    reason,
    value: new Float64Array(N),
    n,
    low: new Float64Array(N),
    high: new Float64Array(N),
    hasInterval: new Uint8Array(N),
    lowConfidence: new Uint8Array(N),
  };
  const hotspots: HeatmapHotspot[] = [];
  let min = Infinity;
  let max = -Infinity;
  const firstColumn = new Int32Array(R).fill(-1);
  const lastColumn = new Int32Array(R).fill(-1);
  const firstValue = new Float64Array(R);
  const lastValue = new Float64Array(R);
  const counts = { value: 0, suppressed: 0, threshold: 0, complementary: 0, missing: 0 };
  for (let i = 0; i < N; i++) {
    const cell = kept(i);
    if (reason[i] !== NOT_SUPPRESSED) {
      counts.suppressed++;
      counts[reason[i] === BY_THRESHOLD ? 'threshold' : 'complementary']++;
      continue;
    }
    const value = model.shown(cell);
    const interval = model.interval(cell);
    table.value[i] = value;
    if (interval) {
      table.low[i] = interval[0];
      table.high[i] = interval[1];
      table.hasInterval[i] = 1;
    }
    if (model.lowConfidence(value, cell.n, interval)) table.lowConfidence[i] = 1;
    counts.value++;
    if (value < min) min = value;
    if (value > max) max = value;
    const r = rowOf[i]!;
    const c = columnOf[i]!;
    if (firstColumn[r]! < 0 || c < firstColumn[r]!) {
      firstColumn[r] = c;
      firstValue[r] = value;
    }
    if (lastColumn[r]! < 0 || c > lastColumn[r]!) {
      lastColumn[r] = c;
      lastValue[r] = value;
    }
    const hit = test?.(cell, value);
    if (hit) hotspots.push({ row: cell.row, column: cell.column, value, limit: hit.limit, level: hit.level });
  }

  const rows: HeatmapRowAnalysis[] = doc.rows.map((row, r) => {
    const first = firstColumn[r]!;
    const last = lastColumn[r]!;
    return {
      ...line(row.id, rowWithheld[r]!, rowPools[r]!),
      change:
        first >= 0 && last > first
          ? { from: doc.columns[first]!.id, to: doc.columns[last]!.id, change: lastValue[r]! - firstValue[r]! }
          : null,
    };
  });
  const columns = doc.columns.map((column, c) => line(column.id, columnWithheld[c]!, columnPools[c]!));

  function line(id: string, withheld: number, pool: Pool): HeatmapLineAnalysis {
    return { id, summary: withheld ? null : model.summary(pool), withheld: withheld === 1 };
  }

  counts.missing = R * C - N;
  const ids = (axis: readonly { id: string }[]) => axis.map((entry) => entry.id);
  const cellTable = new CellTable(table, ids(doc.rows), ids(doc.columns), slotIndex);

  const analysis: HeatmapAnalysis = {
    measure: doc.measure,
    unit: model.unit,
    direction: model.direction,
    minN,
    cells: [],
    missingListed,
    rows,
    columns,
    overall: model.summary(overallPool),
    hotspots,
    colorDomain: colorDomain(min, max, doc.target),
    counts,
  };
  lazyProperty(analysis, 'cells', () => cellTable.list());
  tables.set(analysis, cellTable);
  return analysis;
}

const tables = new WeakMap<HeatmapAnalysis, CellTable>();

/** The cell table behind an analysis made by {@link analyseHeatmap}. */
export function cellTableOf(analysis: HeatmapAnalysis): CellTable | undefined {
  return tables.get(analysis);
}

/** Min/max of shown values; with a target, symmetric around it so the midpoint colour is the target. */
function colorDomain(min: number, max: number, target: number | undefined): HeatmapColorDomain | null {
  if (!(min <= max)) return null;
  if (target === undefined) return { type: 'sequential', min, max };
  const reach = Math.max(Math.abs(min - target), Math.abs(max - target));
  return { type: 'diverging', min: target - reach, mid: target, max: target + reach };
}

