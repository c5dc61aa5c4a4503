import { BY_THRESHOLD, NOT_SUPPRESSED } from './suppression.js';
import type { HeatmapCellAnalysis } from './types.js';

/** What the analysis knows of the cells of the data, one entry per kept cell (known row and column, first of its pair). */
export interface CellColumns {
  rowOf: Int32Array;
  columnOf: Int32Array;
  /** The suppression reason: `NOT_SUPPRESSED` (shown), `BY_THRESHOLD` or `BY_COMPLEMENT`. */
  reason: Uint8Array;
  /** Shown unit; 0 for hidden cells, which are never given a value. */
  value: Float64Array;
  /** Every kept cell's n, hidden ones too (suppression needs them); only shown cells' n leave this table. */
  n: Float64Array;
  /** The 95 % interval, where `hasInterval` is 1. */
  low: Float64Array;
  high: Float64Array;
  hasInterval: Uint8Array;
  lowConfidence: Uint8Array;
}

/**
 * The analysed cells in typed arrays: the renderers read these, and the public cell
 * objects of `analysis.cells` are made from them only when asked for. A 50,000-cell grid
 * otherwise keeps 100,000 objects (cells and intervals) alive from its first render, and
 * the garbage collector copies each of them twice while the page draws.
 *
 * `at(slot)` and `list()` hand out one object per cell, whichever comes first, so a cell
 * from an `hcx-select` event is the same object as in `analysis.cells`.
 */
export class CellTable {
  private made: HeatmapCellAnalysis[] | null = null;
  private readonly early = new Map<number, HeatmapCellAnalysis>();
  private sparseIndex: Map<number, number> | null = null;

  /** How many cells the data has (kept ones). */
  get count(): number {
    return this.cells.rowOf.length;
  }

  constructor(
    readonly cells: CellColumns,
    private readonly rowIds: readonly string[],
    private readonly columnIds: readonly string[],
    /**
     * Kept cell by slot (−1: none) when `list()` covers the whole grid by slot, missing cells
     * included; `null` for a grid too big to list, where only the kept cells are listed.
     */
    private readonly slotIndex: Int32Array | null,
  ) {}

  /** The public cell at grid slot `r × columns + c` (a missing cell when the data has none there). */
  at(slot: number): HeatmapCellAnalysis {
    if (this.made && this.slotIndex) return this.made[slot]!;
    let cell = this.early.get(slot);
    if (cell === undefined) {
      const i = this.keptAt(slot);
      cell = i < 0 ? this.missing(slot) : this.make(i);
      this.early.set(slot, cell);
    }
    return cell;
  }

  /** `analysis.cells`: row-major over the full grid, or only the kept cells when the grid is too big to list. */
  list(): HeatmapCellAnalysis[] {
    if (this.made) return this.made;
    const { rowOf, columnOf } = this.cells;
    const C = this.columnIds.length;
    const slotOf = (i: number) => rowOf[i]! * C + columnOf[i]!;
    let list: HeatmapCellAnalysis[];
    const index = this.slotIndex;
    if (index) {
      list = new Array(index.length);
      for (let slot = 0; slot < index.length; slot++) {
        const i = index[slot]!;
        list[slot] = this.early.get(slot) ?? (i < 0 ? this.missing(slot) : this.make(i));
      }
    } else {
      const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) => slotOf(a) - slotOf(b));
      // Kept in `early` too: the list is not by slot here, and later `at` calls must find these objects.
      list = order.map((i) => {
        const slot = slotOf(i);
        const cell = this.early.get(slot) ?? this.make(i);
        this.early.set(slot, cell);
        return cell;
      });
    }
    return (this.made = list);
  }

  /** The kept cell at a slot, −1 when none (a map, built on first use, for a grid too big to list). */
  private keptAt(slot: number): number {
    if (this.slotIndex) return this.slotIndex[slot]!;
    if (!this.sparseIndex) {
      const { rowOf, columnOf } = this.cells;
      const C = this.columnIds.length;
      this.sparseIndex = new Map();
      for (let i = 0; i < this.count; i++) this.sparseIndex.set(rowOf[i]! * C + columnOf[i]!, i);
    }
    return this.sparseIndex.get(slot) ?? -1;
  }

  private make(i: number): HeatmapCellAnalysis {
    const { rowOf, columnOf, reason, value, n, low, high, hasInterval, lowConfidence } = this.cells;
    const row = this.rowIds[rowOf[i]!]!;
    const column = this.columnIds[columnOf[i]!]!;
    if (reason[i] !== NOT_SUPPRESSED) {
      return { row, column, state: 'suppressed', suppressedBy: reason[i] === BY_THRESHOLD ? 'threshold' : 'complementary' };
    }
    return {
      row,
      column,
      state: 'value',
      value: value[i]!,
      n: n[i]!,
      interval: hasInterval[i] === 1 ? [low[i]!, high[i]!] : null,
      lowConfidence: lowConfidence[i] === 1,
    };
  }

  private missing(slot: number): HeatmapCellAnalysis {
    const C = this.columnIds.length;
    return { row: this.rowIds[Math.floor(slot / C)]!, column: this.columnIds[slot % C]!, state: 'missing' };
  }
}
