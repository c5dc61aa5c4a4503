import { pointTableOf } from '../../spc/analyse.js';
import type { ControlChartAnalysis, PointSignal } from '../../spc/types.js';

/**
 * What the chart says, read from `analysis` only (pure): the run of special-cause points the
 * latest point belongs to, the concern runs that raise alerts, and the evidence that the last
 * phase changed the process compared with the phase before it.
 */

export interface SignalRun {
  signal: PointSignal;
  /** First and last point of the run (indices into `analysis.points`). */
  first: number;
  last: number;
  /** Points with a value in the run. */
  count: number;
  /** Every point of the run fired this rule. */
  allTrend: boolean;
  allRun: boolean;
  allNear: boolean;
  crossings: boolean;
  /** The latest point fired a limit rule (outside-limits, we-1). */
  outside: boolean;
  /** Every point of the run did. */
  allOutside: boolean;
}

const RUN_RULES = new Set(['shift', 'we-4', 'runs-longest']);
const NEAR_RULES = new Set(['two-of-three', 'we-2', 'we-3']);
const OUTSIDE_RULES = new Set(['outside-limits', 'we-1']);

/**
 * The run of special-cause points with the same signal that ends at point `end`, walking back
 * inside its phase; gaps neither count nor break it, a point with a value and another signal does.
 */
export function runEndingAt(analysis: ControlChartAnalysis, end: number): SignalRun | null {
  const points = pointTableOf(analysis);
  if (!(end >= 0 && end < points.count) || points.value(end) === null || !points.special(end)) return null;
  const signal = points.signal(end);
  if (signal === null) return null;
  const phase = points.phase(end);
  let first = end;
  let count = 0;
  let allTrend = true;
  let allRun = true;
  let allNear = true;
  let allOutside = true;
  for (let i = end; i >= 0; i--) {
    if (points.phase(i) !== phase) break;
    if (points.value(i) === null) continue;
    if (!points.special(i) || points.signal(i) !== signal) break;
    const rules = points.rules(i);
    first = i;
    count++;
    allTrend &&= rules.includes('trend');
    allRun &&= rules.some((r) => RUN_RULES.has(r));
    allNear &&= rules.some((r) => NEAR_RULES.has(r));
    allOutside &&= rules.some((r) => OUTSIDE_RULES.has(r));
  }
  const latest = points.rules(end);
  return {
    signal,
    first,
    last: end,
    count,
    allTrend,
    allRun,
    allNear,
    crossings: latest.includes('runs-crossings'),
    outside: latest.some((r) => OUTSIDE_RULES.has(r)),
    allOutside,
  };
}

/** The latest point's signal run (what the variation icon shows), or `null` for common cause. */
export function latestRun(analysis: ControlChartAnalysis): SignalRun | null {
  const end = pointTableOf(analysis).latestWithValue();
  return end < 0 ? null : runEndingAt(analysis, end);
}

/**
 * Special-cause concern runs that are current: in the last phase, ending at one of its latest
 * `recent` points with a value (a spike last week still needs a look even if this week is back
 * to normal; a concern resolved months ago does not raise an alert on every page load).
 */
export function concernRuns(analysis: ControlChartAnalysis, recent: number): SignalRun[] {
  const phase = analysis.phases[analysis.phases.length - 1];
  if (!phase) return [];
  const points = pointTableOf(analysis);
  const out: SignalRun[] = [];
  let seen = 0;
  let i = phase.endIndex;
  while (i >= phase.startIndex && seen < recent) {
    if (points.value(i) === null) {
      i--;
      continue;
    }
    seen++;
    if (points.signal(i) === 'concern') {
      const run = runEndingAt(analysis, i)!;
      out.push(run);
      for (let j = i - 1; j >= run.first; j--) if (points.value(j) !== null) seen++;
      i = run.first - 1;
    } else i--;
  }
  return out;
}

/**
 * The widest limits of a phase: its constant limits, or where they vary with n the highest UCL
 * and the lowest LCL (a point beyond these is beyond the phase's limits at any of its n).
 */
export function outerLimits(analysis: ControlChartAnalysis, phaseIndex: number): { ucl: number | null; lcl: number | null } {
  const phase = analysis.phases[phaseIndex];
  if (!phase) return { ucl: null, lcl: null };
  if (phase.ucl !== null || phase.lcl !== null) return { ucl: phase.ucl, lcl: phase.lcl };
  const { ucl: upper, lcl: lower } = pointTableOf(analysis).columns;
  let ucl = -Infinity;
  let lcl = Infinity;
  // A point without limits holds NaN, which loses every comparison (limits are never infinite).
  for (let i = phase.startIndex; i <= phase.endIndex; i++) {
    if (upper[i]! > ucl) ucl = upper[i]!;
    if (lower[i]! < lcl) lcl = lower[i]!;
  }
  return { ucl: ucl > -Infinity ? ucl : null, lcl: lcl < Infinity ? lcl : null };
}

export interface PhaseChange {
  /** Label of the last phase. */
  phase: string | null;
  from: number;
  to: number;
  /** Points of the last phase (with values, not excluded). */
  total: number;
  /** Of them, beyond the previous phase's (outer) limits on the side the mean moved to; `null` when it had none. */
  beyond: number | null;
  /** Longest run on that side of the previous phase's centre. */
  longestRun: number;
  /** A signal against the previous phase: a point beyond its limits, or a run of at least `shiftLength`. */
  real: boolean;
  direction: -1 | 0 | 1;
}

/**
 * Did the last phase change the process? The last phase's points judged against the phase
 * before it: its centre and (outer) limits, with the same shift length as the rules.
 */
export function phaseChange(analysis: ControlChartAnalysis): PhaseChange | null {
  const phases = analysis.phases;
  if (phases.length < 2) return null;
  const last = phases[phases.length - 1]!;
  const previous = phases[phases.length - 2]!;
  if (last.center === null || previous.center === null) return null;
  const direction = Math.sign(last.center - previous.center) as -1 | 0 | 1;
  const limits = outerLimits(analysis, phases.length - 2);
  let total = 0;
  let beyond = 0;
  let run = 0;
  let longestRun = 0;
  const points = pointTableOf(analysis);
  for (let i = last.startIndex; i <= last.endIndex; i++) {
    const value = points.value(i);
    if (value === null || points.excluded(i)) continue;
    total++;
    if (direction > 0 && limits.ucl !== null && value > limits.ucl) beyond++;
    if (direction < 0 && limits.lcl !== null && value < limits.lcl) beyond++;
    const side = Math.sign(value - previous.center);
    run = direction !== 0 && side === direction ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const constant = direction > 0 ? limits.ucl !== null : limits.lcl !== null;
  return {
    phase: last.label,
    from: previous.center,
    to: last.center,
    total,
    beyond: constant ? beyond : null,
    longestRun,
    real: direction !== 0 && ((constant && beyond > 0) || longestRun >= analysis.settings.shiftLength),
    direction,
  };
}
