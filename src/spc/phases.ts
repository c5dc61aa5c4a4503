import type { ControlChartPhase, ControlChartPoint } from '../contract/control-chart.js';

export interface PhaseWindow {
  /** First and last point index of the phase (inclusive). */
  start: number;
  end: number;
  label: string | null;
  /** Last index (inclusive) whose values feed the limits: `start + baseline − 1`, or `end`. */
  calcEnd: number;
  /** Points in the frozen window when `baseline` is set, else `null`. */
  frozenCount: number | null;
}

/**
 * Splits the points into phases: each listed phase starts at the first point whose `x` equals
 * its `start` (unknown starts are ignored; two phases on one point: the later listed wins).
 * Points before the first listed phase form an unlabelled phase. `baseline` freezes each
 * phase's limits on its first N points, counted by position (gaps included), as
 * NHSRplotthedots `fix_after_n_points` and qicharts2 `freeze` do.
 */
export function phaseWindows(
  points: readonly ControlChartPoint[],
  phases: readonly ControlChartPhase[] | undefined,
  baseline: number | undefined,
): PhaseWindow[] {
  const n = points.length;
  if (n === 0) return [];
  // One pass over the points, looking up only the (few) phase starts.
  const wanted = new Set((phases ?? []).map((p) => p.start));
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < n && firstIndex.size < wanted.size; i++) {
    const x = points[i].x;
    if (wanted.has(x) && !firstIndex.has(x)) firstIndex.set(x, i);
  }
  const labels = new Map<number, string>();
  for (const phase of phases ?? []) {
    const i = firstIndex.get(phase.start);
    if (i !== undefined) labels.set(i, phase.label);
  }
  const starts = [...labels.keys()].sort((a, b) => a - b);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : n - 1;
    const frozen = baseline !== undefined && baseline > 0 ? Math.min(baseline, end - start + 1) : null;
    return { start, end, label: labels.get(start) ?? null, calcEnd: frozen === null ? end : start + frozen - 1, frozenCount: frozen };
  });
}
