import type { ControlChartAnalysis, ControlChartPointAnalysis, PointSignal } from '../../spc/types.js';

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
  const points = analysis.points;
  const latest = points[end];
  if (!latest || latest.value === null || !latest.special || latest.signal === null) return null;
  const signal = latest.signal;
  let first = end;
  let count = 0;
  let allTrend = true;
  let allRun = true;
  let allNear = true;
  let allOutside = true;
  for (let i = end; i >= 0; i--) {
    const p = points[i]!;
    if (p.phase !== latest.phase) break;
    if (p.value === null) continue;
    if (!p.special || p.signal !== signal) break;
    first = i;
    count++;
    allTrend &&= p.rules.includes('trend');
    allRun &&= p.rules.some((r) => RUN_RULES.has(r));
    allNear &&= p.rules.some((r) => NEAR_RULES.has(r));
    allOutside &&= p.rules.some((r) => OUTSIDE_RULES.has(r));
  }
  return {
    signal,
    first,
    last: end,
    count,
    allTrend,
    allRun,
    allNear,
    crossings: latest.rules.includes('runs-crossings'),
    outside: latest.rules.some((r) => OUTSIDE_RULES.has(r)),
    allOutside,
  };
}

/** Index of the latest point that has a value, or -1. */
export function latestWithValue(points: readonly ControlChartPointAnalysis[]): number {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.value !== null) return i;
  return -1;
}

/** The latest point's signal run (what the variation icon shows), or `null` for common cause. */
export function latestRun(analysis: ControlChartAnalysis): SignalRun | null {
  const end = latestWithValue(analysis.points);
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
  const out: SignalRun[] = [];
  let seen = 0;
  let i = phase.endIndex;
  while (i >= phase.startIndex && seen < recent) {
    const p = analysis.points[i]!;
    if (p.value === null) {
      i--;
      continue;
    }
    seen++;
    if (p.signal === 'concern') {
      const run = runEndingAt(analysis, i)!;
      out.push(run);
      for (let j = i - 1; j >= run.first; j--) if (analysis.points[j]!.value !== null) seen++;
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
  let ucl: number | null = null;
  let lcl: number | null = null;
  for (let i = phase.startIndex; i <= phase.endIndex; i++) {
    const p = analysis.points[i]!;
    if (p.ucl !== null && (ucl === null || p.ucl > ucl)) ucl = p.ucl;
    if (p.lcl !== null && (lcl === null || p.lcl < lcl)) lcl = p.lcl;
  }
  return { ucl, lcl };
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
  for (let i = last.startIndex; i <= last.endIndex; i++) {
    const p = analysis.points[i]!;
    if (p.value === null || p.excluded) continue;
    total++;
    if (direction > 0 && limits.ucl !== null && p.value > limits.ucl) beyond++;
    if (direction < 0 && limits.lcl !== null && p.value < limits.lcl) beyond++;
    const side = Math.sign(p.value - previous.center);
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
