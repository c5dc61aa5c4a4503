import { BY_THRESHOLD, NOT_SUPPRESSED } from './suppression.js';
import type { HeatmapCellAnalysis } from './types.js';

/** What the analysis knows of the cells of the data, one entry per kept cell (known row and column, first of its pair). */
export interface CellColumns {
  rowOf: Int32Array;
  columnOf: Int32Array;
  /** The suppression reason: `NOT_SUPPRESSED` (shown), `BY_THRESHOLD` or `BY_COMPLEMENT`. */
  reason: Uint8Array;
  /** Shown unit; meaningless for hidden cells (their numbers never leave this table). */
  value: Float64Array;
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
  private keptBySlot: ((slot: number) => number | undefined) | null = null;

  constructor(
    readonly cells: CellColumns,
    readonly count: number,
    private readonly rowIds: readonly string[],
    private readonly columnIds: readonly string[],
    /** Whether `list()` covers the whole grid (missing cells included) by slot. */
    private readonly fullGrid: boolean,
  ) {}

  /** The public cell at grid slot `r × columns + c` (a missing cell when the data has none there). */
  at(slot: number): HeatmapCellAnalysis {
    if (this.made && this.fullGrid) return this.made[slot]!;
    let cell = this.early.get(slot);
    if (cell === undefined) {
      const i = this.kept()(slot);
      cell = i === undefined ? this.missing(slot) : this.make(i);
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
    if (this.fullGrid) {
      list = new Array(this.rowIds.length * C);
      for (let i = 0; i < this.count; i++) list[slotOf(i)] = this.early.get(slotOf(i)) ?? this.make(i);
      for (let slot = 0; slot < list.length; slot++) list[slot] ??= this.early.get(slot) ?? this.missing(slot);
    } else {
      const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) => slotOf(a) - slotOf(b));
      list = order.map((i) => this.early.get(slotOf(i)) ?? this.make(i));
      // Later `at` calls must find these objects: the list is not by slot here.
      list.forEach((cell, k) => this.early.set(slotOf(order[k]!), cell));
    }
    return (this.made = list);
  }

  /** Kept cell index by slot: a typed array over a listable grid, a map over a huge sparse one. */
  private kept(): (slot: number) => number | undefined {
    if (!this.keptBySlot) {
      const { rowOf, columnOf } = this.cells;
      const C = this.columnIds.length;
      if (this.fullGrid) {
        const index = new Int32Array(this.rowIds.length * C).fill(-1);
        for (let i = 0; i < this.count; i++) index[rowOf[i]! * C + columnOf[i]!] = i;
        this.keptBySlot = (slot) => (index[slot]! >= 0 ? index[slot] : undefined);
      } else {
        const index = new Map<number, number>();
        for (let i = 0; i < this.count; i++) index.set(rowOf[i]! * C + columnOf[i]!, i);
        this.keptBySlot = (slot) => index.get(slot);
      }
    }
    return this.keptBySlot;
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
