import { LazyRows } from '../util/lazy-rows.js';
import type { RuleId } from './rules.js';
import type { RuleSequence } from './sequence-rules.js';
import type { ControlChartPointAnalysis, PointSignal, SecondaryPointAnalysis } from './types.js';

/** Every point's numbers as the run rules read them: NaN where the public point has `null` (the analysis never carries NaN). */
export interface PointColumns extends RuleSequence {
  /** Index into `phases`. */
  phase: Int32Array;
  /** Index into the table's verdicts; 0 where no rule fired. */
  verdict: Int32Array;
  /** `EXCLUDED` and `IN_BASELINE` bits. */
  flags: Uint8Array;
}

/** The lines of a point, by column. */
export type PointLine = Exclude<keyof RuleSequence, 'values'>;

export const EXCLUDED = 1;
export const IN_BASELINE = 2;

/** What every point with the same fired rules shares: its rule list and signal (and the deciding rule's side). */
export interface Verdict {
  rules: readonly RuleId[];
  signal: PointSignal | null;
  direction: number;
}

/** Shared by every point where no rule fired: 20,000 empty arrays are not free. */
export const NO_VERDICT: Verdict = Object.freeze({ rules: Object.freeze([]) as readonly RuleId[], signal: null, direction: 0 });

/** A column's number as the public analysis gives it: NaN (missing) is `null`. */
export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Views of one buffer, each `count` long and filled with NaN: one allocation instead of one per column. */
export function nanColumns<K extends string>(keys: readonly K[], count: number): Record<K, Float64Array> {
  const all = new Float64Array(keys.length * count).fill(NaN);
  const out = {} as Record<K, Float64Array>;
  keys.forEach((key, k) => (out[key] = all.subarray(k * count, (k + 1) * count)));
  return out;
}

/**
 * The analysed points in typed arrays: the chart reads these, and the objects of
 * `analysis.points` are made from them only when someone reads that list or one point.
 */
export class PointTable extends LazyRows<ControlChartPointAnalysis> {
  constructor(
    readonly columns: PointColumns,
    /** The document's points, for `x`. */
    private readonly docPoints: readonly { x: string }[],
    /** Denominators or subgroup sizes (`null` for other chart types). */
    private readonly ns: readonly (number | null)[],
    /** Verdicts by index; 0 is `NO_VERDICT`. */
    private readonly verdicts: readonly Verdict[],
  ) {
    super();
  }

  get count(): number {
    return this.columns.values.length;
  }

  x(i: number): string {
    return this.docPoints[i]!.x;
  }
  value(i: number): number | null {
    return orNull(this.columns.values[i]!);
  }
  /** A line at point `i` (`'ucl'`, `'centers'`, …); `null` where the point has none. */
  line(key: PointLine, i: number): number | null {
    return orNull(this.columns[key][i]!);
  }
  phase(i: number): number {
    return this.columns.phase[i]!;
  }
  excluded(i: number): boolean {
    return (this.columns.flags[i]! & EXCLUDED) !== 0;
  }
  special(i: number): boolean {
    return this.columns.verdict[i] !== 0;
  }
  signal(i: number): PointSignal | null {
    return this.verdictAt(i).signal;
  }
  rules(i: number): readonly RuleId[] {
    return this.verdictAt(i).rules;
  }
  /** The fired rules, signal and deciding side of point `i`. */
  verdictAt(i: number): Verdict {
    return this.verdicts[this.columns.verdict[i]!]!;
  }

  /** Index of the latest point that has a value, or −1. */
  latestWithValue(): number {
    const values = this.columns.values;
    for (let i = values.length - 1; i >= 0; i--) if (!Number.isNaN(values[i]!)) return i;
    return -1;
  }

  // Keys in the order of `POINT_SHAPE` (a test checks): V8 then shares one shape for every point.
  protected make(i: number): ControlChartPointAnalysis {
    const verdict = this.verdictAt(i);
    return {
      index: i,
      x: this.x(i),
      value: this.value(i),
      n: this.ns[i] ?? null,
      center: this.line('centers', i),
      ucl: this.line('ucl', i),
      lcl: this.line('lcl', i),
      upper2: this.line('upper2', i),
      lower2: this.line('lower2', i),
      upper1: this.line('upper1', i),
      lower1: this.line('lower1', i),
      phase: this.phase(i),
      inBaseline: (this.columns.flags[i]! & IN_BASELINE) !== 0,
      excluded: this.excluded(i),
      special: verdict !== NO_VERDICT,
      rules: verdict.rules,
      signal: verdict.signal,
    };
  }
}

/** A secondary chart's lines: no 1-sigma lines. */
export type SecondaryLine = Exclude<PointLine, 'upper1' | 'lower1'>;

export type SecondaryColumns = Pick<RuleSequence, 'values' | SecondaryLine> & {
  excluded: Uint8Array;
  special: Uint8Array;
};

/** The points of a secondary chart (moving ranges, S chart) in typed arrays, as {@link PointTable}. */
export class SecondaryTable extends LazyRows<SecondaryPointAnalysis> {
  constructor(readonly columns: SecondaryColumns) {
    super();
  }

  get count(): number {
    return this.columns.values.length;
  }

  value(i: number): number | null {
    return orNull(this.columns.values[i]!);
  }
  line(key: SecondaryLine, i: number): number | null {
    return orNull(this.columns[key][i]!);
  }
  special(i: number): boolean {
    return this.columns.special[i] === 1;
  }

  protected make(i: number): SecondaryPointAnalysis {
    const c = this.columns;
    return {
      index: i,
      value: this.value(i),
      center: this.line('centers', i),
      ucl: this.line('ucl', i),
      lcl: this.line('lcl', i),
      upper2: this.line('upper2', i),
      lower2: this.line('lower2', i),
      excluded: c.excluded[i] === 1,
      special: this.special(i),
    };
  }
}

export function secondaryColumns(count: number): SecondaryColumns {
  return {
    ...nanColumns(['values', 'centers', 'ucl', 'lcl', 'upper2', 'lower2'] as const, count),
    excluded: new Uint8Array(count),
    special: new Uint8Array(count),
  };
}
