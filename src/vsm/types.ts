/**
 * The `analysis` of a value-stream document (DESIGN.md, value-stream). Times are in the
 * document's `unit`; shares, ratios and %C&A are fractions 0…1; `null` marks a ratio whose
 * denominator is 0 (never NaN). Conventions are in `src/vsm/README.md`.
 */

/** One step of one state: its schedule (critical-path method) and its waste. */
export interface ValueStreamStepAnalysis {
  id: string;
  label: string;
  role: string | null;
  /** Position in the state's `steps` list. */
  index: number;
  /** Resolved predecessors: `after` if given, else the step listed before (none for the first). */
  predecessors: string[];
  waitBefore: number;
  processTime: number;
  valueAdded: number;
  /** `waitBefore + processTime`: how long the step holds the patient once its inputs are ready. */
  duration: number;
  /** `waitBefore + processTime − valueAdded`. */
  nonValueAdded: number;
  /** When all predecessors have finished: the step's wait begins. */
  earliestStart: number;
  /** `earliestStart + waitBefore`: the work begins. */
  processStart: number;
  /** `earliestStart + duration`. */
  earliestFinish: number;
  /** Latest start that does not lengthen the lead time. */
  latestStart: number;
  latestFinish: number;
  /** Total float, `latestStart − earliestStart`; 0 on every longest path (ties included). */
  slack: number;
  /** On the chosen critical path (`criticalPath`); a tied parallel branch has slack 0 but is not on it. */
  onCriticalPath: boolean;
  /** `pctCompleteAccurate / 100` (default 1). */
  completeAccurate: number;
  /**
   * Expected extra process time spent redoing this step: `processTime × (1 − ca) / ca`
   * (the step is repeated until its output is complete and accurate). `null` when ca = 0
   * and processTime > 0 (it never passes: unbounded).
   */
  expectedRework: number | null;
  /** Labels of the kaizen bursts placed on this step. */
  kaizen: string[];
}

/** Sums over every step of a state, parallel branches included (work content, not elapsed time). */
export interface ValueStreamTotals {
  waitTime: number;
  /** Work content: Σ processTime. */
  processTime: number;
  valueAddedTime: number;
  /** Σ (waitBefore + processTime − valueAdded). */
  nonValueAddedTime: number;
}

export interface ValueStreamStateAnalysis {
  id: string;
  label: string;
  /** Longest path through the step graph, each step lasting `waitBefore + processTime`. */
  leadTime: number;
  /** Σ valueAdded over the critical path (so that it is a part of `leadTime`). */
  valueAddedTime: number;
  /** `leadTime − valueAddedTime`. */
  nonValueAddedTime: number;
  /** Process-cycle efficiency `valueAddedTime / leadTime`; `null` when the lead time is 0. */
  pce: number | null;
  /** `nonValueAddedTime / leadTime`; `null` when the lead time is 0. */
  nvaShare: number | null;
  /** Σ waitBefore over the critical path. */
  waitTime: number;
  /** Σ processTime over the critical path. */
  processTime: number;
  /** Martin & Osterling's %Activity as a fraction: `processTime / leadTime`; `null` when the lead time is 0. */
  activityRatio: number | null;
  /** Step ids from the journey's start to its end. */
  criticalPath: string[];
  /** Critical-path step with the most non-value-added time; `null` when none has any. */
  bottleneck: string | null;
  /** Critical-path step with the longest `waitBefore`; `null` when nothing waits. */
  longestWait: string | null;
  /** Rolled %C&A as a fraction: the product of every step's %C&A (all steps, branches included). */
  rolledCA: number;
  /** Σ of the steps' `expectedRework` (all steps); `null` when a step can never pass (ca = 0). */
  expectedRework: number | null;
  totals: ValueStreamTotals;
  /** Distinct roles in order of first appearance (swim lanes); steps without a role are in none. */
  roles: string[];
  steps: ValueStreamStepAnalysis[];
}

export type ValueStreamStepChangeKind = 'kept' | 'merged' | 'added' | 'removed';

/**
 * One row of a side-by-side comparison: a `to` step and the `from` steps it came from.
 * Deltas are `to − Σ from`, a missing side counting as 0 (a removed step's deltas are negative).
 */
export interface ValueStreamStepChange {
  kind: ValueStreamStepChangeKind;
  /** Step ids in the `from` state: one for kept, two or more for merged, none for added. */
  from: string[];
  /** Step id in the `to` state; `null` for removed. */
  to: string | null;
  /** How the match was made; `null` for added and removed steps. */
  matchedBy: 'replaces' | 'id' | 'label' | null;
  waitChange: number;
  processTimeChange: number;
  valueAddedChange: number;
  nonValueAddedChange: number;
  durationChange: number;
}

export interface ValueStreamComparison {
  /** State ids. */
  from: string;
  to: string;
  /** `to − from`, in `unit`. */
  leadTimeChange: number;
  /** `leadTimeChange / from.leadTime`; `null` when the `from` lead time is 0. */
  leadTimeChangeRelative: number | null;
  valueAddedTimeChange: number;
  valueAddedTimeChangeRelative: number | null;
  nonValueAddedTimeChange: number;
  nonValueAddedTimeChangeRelative: number | null;
  /** Difference of the PCE fractions (0.15 = 15 percentage points); `null` when either PCE is. */
  pceChange: number | null;
  /** `pceChange / from.pce`; `null` when that PCE is 0 or null. */
  pceChangeRelative: number | null;
  rolledCAChange: number;
  expectedReworkChange: number | null;
  /** Rows for drawing the two states side by side, in the `to` state's order (removed steps where they were). */
  steps: ValueStreamStepChange[];
  /** `from` step ids with no counterpart. */
  removed: string[];
  /** `to` step ids with no counterpart. */
  added: string[];
  /** `to` steps that take over two or more `from` steps. */
  merged: { to: string; from: string[] }[];
}

export interface ValueStreamAnalysis {
  /** The document's `unit` (default `min`). */
  unit: string;
  states: ValueStreamStateAnalysis[];
  /** Present when there are two or more states (or a pair was chosen). */
  comparison?: ValueStreamComparison;
}

export interface AnalyseValueStreamOptions {
  /** State id compared from; default the first state. */
  from?: string;
  /** State id compared to; default the last state. */
  to?: string;
}
