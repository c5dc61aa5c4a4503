import { runsStatistics } from './anhoej.js';
import { D4_MR } from './constants.js';
import type { LimitModel, PointLines } from './limits/model.js';
import type { PhaseWindow } from './phases.js';
import type { SecondaryColumns } from './point-table.js';
import { constantLimits, fillLines, flagBeyond, includedPoints, markWhere, pick } from './column-loops.js';
import { sidesOf } from './detect/flags.js';
import type { SecondaryPhaseAnalysis } from './types.js';

/**
 * Moving ranges shown on the XmR chart's MR panel, one per point: the range to the previous
 * included point of the same phase. A gap breaks the chain (the point after it has no range);
 * an excluded point shows its range to the previous included point but does not become the
 * "previous" point, matching how its limits were calculated.
 */
export function displayedMovingRanges(values: readonly (number | null)[], excluded: readonly boolean[], w: PhaseWindow): (number | null)[] {
  const into = new Float64Array(w.end + 1);
  writeMovingRanges(values, excluded, w, into);
  return Array.from(into.subarray(w.start), (r) => (Number.isNaN(r) ? null : r));
}

/** {@link displayedMovingRanges} written into `into` at each point's index, NaN where there is none. */
export function writeMovingRanges(values: readonly (number | null)[], excluded: readonly boolean[], w: PhaseWindow, into: Float64Array): void {
  let previous: number | null = null;
  for (let i = w.start; i <= w.end; i++) {
    const v = values[i];
    if (v === null) {
      previous = null;
      into[i] = NaN;
      continue;
    }
    const range = previous === null ? NaN : Math.abs(v - previous);
    into[i] = Number.isFinite(range) ? range : NaN;
    if (!excluded[i]) previous = v;
  }
}

/** Lines of a secondary chart at one point. */
interface Lines {
  center: number | null;
  ucl: number | null;
  lcl: number | null;
  upper2: number | null;
  lower2: number | null;
}

/**
 * MR panel lines: centre = average moving range of the calculation window before screening,
 * UCL = 3.267 × centre, LCL = 0 (qicharts2, PowerBI-SPC). Their 2-sigma line is 2/3 of the UCL
 * (qicharts2 `ucl.95`, PowerBI-SPC `ul95`), kept for parity. A zero centre (all values equal) has no limits.
 */
export function movingRangeLines(center: number | null): Lines {
  if (center === null || !Number.isFinite(center)) return { center: null, ucl: null, lcl: null, upper2: null, lower2: null };
  if (!(center > 0)) return { center, ucl: null, lcl: null, upper2: null, lower2: null };
  const ucl = D4_MR * center;
  // Ranges near the largest double overflow here: no line, as the main chart's `sigmaLine`.
  if (!Number.isFinite(ucl)) return { center, ucl: null, lcl: null, upper2: null, lower2: null };
  return { center, ucl, lcl: 0, upper2: (ucl / 3) * 2, lower2: 0 };
}

/** S-chart lines of a point, from the xbar-s model's lines at its subgroup size. */
export function modelLines(model: LimitModel, l: PointLines): Lines {
  return { center: model.center, ucl: l.ucl, lcl: l.lcl, upper2: l.upper2, lower2: l.lower2 };
}

/**
 * Completes one phase of a secondary chart in its columns, whose `values` already hold the
 * phase's values (NaN where there is none): per-point lines (`linesFor` the point's `n`),
 * `special` beyond the limits; returns the phase with the Anhøj statistics of its included values.
 */
export function secondaryPhase(
  w: PhaseWindow,
  excluded: readonly boolean[],
  ns: readonly (number | null)[],
  linesFor: (n: number | null) => Lines,
  into: SecondaryColumns,
): SecondaryPhaseAnalysis {
  const center = linesFor(ns[w.start] ?? null).center;
  into.centers.fill(center ?? NaN, w.start, w.end + 1);
  fillLines(into, SECONDARY_LINES, w, ns, linesFor);
  flagBeyond(into.values, into.ucl, into.lcl, w, into.special, 1, 1);
  markWhere(excluded, w, into.excluded, 1);
  const { order, observations } = includedPoints(into.values, into.centers, excluded, w);
  return {
    startIndex: w.start,
    endIndex: w.end,
    center,
    ...constantLimits(into.ucl, into.lcl, w),
    runs: runsStatistics(sidesOf(pick(into.values, order), pick(into.centers, order)), observations),
  };
}

const SECONDARY_LINES = ['ucl', 'lcl', 'upper2', 'lower2'] as const;
