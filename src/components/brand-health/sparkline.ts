import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
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

/**
 * The series oldest → newest on a shared y scale that holds every value, interval end and
 * the target, so the band, the line and the target line compare honestly. Gaps (`null`
 * values) break the line and the band.
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
  const x = scaleLinear()
    .domain([0, Math.max(1, points.length - 1)])
    .range(points.length > 1 ? [PAD.left, width - PAD.right] : [width - PAD.right, width - PAD.right]);
  const y = scaleLinear().domain([lo, hi]).range([height - PAD.bottom, PAD.top]);
  const band = area<KpiHistoryPoint>()
    .defined((p) => p.interval !== null)
    .x((_, i) => x(i))
    .y0((p) => y(p.interval![0]))
    .y1((p) => y(p.interval![1]))(points);
  const path = line<KpiHistoryPoint>()
    .defined((p) => p.value !== null)
    .x((_, i) => x(i))
    .y((p) => y(p.value!))(points);
  const lastPoint = points[points.length - 1];
  return {
    width,
    height,
    band: band ?? '',
    line: path ?? '',
    last: lastPoint && lastPoint.value !== null ? { x: x(points.length - 1), y: y(lastPoint.value) } : null,
    target: target === null ? null : y(target),
    baseline: height - 0.5,
  };
}
