import type { KpiHistoryPoint } from '../../brand/types.js';

/** Geometry of a sparkline: the paths and marks, in pixels of a `width` × `height` box. */
export interface SparkGeometry {
  width: number;
  height: number;
  /** The 95 % interval band (empty when no point has an interval). */
  band: string;
  line: string;
  /** The current (last) point, when it has a value. */
  last: { x: number; y: number } | null;
  /** y of the target line, when there is a target. */
  target: number | null;
  baseline: number;
}

const PAD = { top: 5, right: 5, bottom: 5, left: 3 };

/** A linear map of [d0, d1] onto [r0, r1] (the middle of the range for an empty domain). */
function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return d1 === d0 ? () => (r0 + r1) / 2 : (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

const xy = (x: number, y: number) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;

/** Consecutive runs of defined items (a gap breaks the line and the band). */
function runs<T>(items: (T | null)[]): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    if (item === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(item);
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * The series oldest → newest on a shared y scale that holds every value, interval end and
 * the target, so the band, the line and the target line compare honestly. Gaps (`null`
 * values) break the line and the band. (Hand-written rather than d3-scale/d3-shape: a
 * linear map and two path strings do not need 12 KB of d3 in this widget's bundle.)
 */
export function sparkGeometry(points: KpiHistoryPoint[], target: number | null, width: number, height: number): SparkGeometry {
  const ys: number[] = [];
  for (const p of points) {
    if (p.value !== null) ys.push(p.value);
    if (p.interval) ys.push(p.interval[0], p.interval[1]);
  }
  if (target !== null) ys.push(target);
  let lo = ys.length ? Math.min(...ys) : 0;
  let hi = ys.length ? Math.max(...ys) : 1;
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const right = width - PAD.right;
  const x = points.length > 1 ? linear(0, points.length - 1, PAD.left, right) : () => right;
  const y = linear(lo, hi, height - PAD.bottom, PAD.top);
  const line = runs(points.map((p, i) => (p.value === null ? null : xy(x(i), y(p.value)))))
    .map((run) => `M${run.join('L')}`)
    .join('');
  const band = runs(points.map((p, i) => (p.interval ? { x: x(i), lo: y(p.interval[0]), hi: y(p.interval[1]) } : null)))
    .map((run) => `M${run.map((q) => xy(q.x, q.hi)).join('L')}L${[...run].reverse().map((q) => xy(q.x, q.lo)).join('L')}Z`)
    .join('');
  const last = points[points.length - 1];
  return {
    width,
    height,
    band,
    line,
    last: last && last.value !== null ? { x: x(points.length - 1), y: y(last.value) } : null,
    target: target === null ? null : y(target),
    baseline: height - 0.5,
  };
}
