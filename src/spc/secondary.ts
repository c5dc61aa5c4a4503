import { runsStatistics } from './anhoej.js';
import { D4_MR } from './constants.js';
import type { LimitModel, PointLines } from './limits/model.js';
import type { PhaseWindow } from './phases.js';
import type { SecondaryColumns } from './point-table.js';
import type { SecondaryPhaseAnalysis } from './types.js';

/**
 * Moving ranges shown on the XmR chart's MR panel, one per point: the range to the previous
 * included point of the same phase. A gap breaks the chain (the point after it has no range);
 * an excluded point shows its range to the previous included point but does not become the
 * "previous" point, matching how its limits were calculated.
 */
export function displayedMovingRanges(values: readonly (number | null)[], excluded: readonly boolean[], w: PhaseWindow): (number | null)[] {
  const out: (number | null)[] = [];
  let previous: number | null = null;
  for (let i = w.start; i <= w.end; i++) {
    const v = values[i];
    if (v === null) {
      previous = null;
      out.push(null);
      continue;
    }
    const range = previous === null ? null : Math.abs(v - previous);
    out.push(range !== null && Number.isFinite(range) ? range : null);
    if (!excluded[i]) previous = v;
  }
  return out;
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
 * Writes one phase of a secondary chart into its columns: per-point lines, `special` beyond the
 * limits; returns the phase with the Anhøj statistics of its included values.
 */
export function secondaryPhase(
  w: PhaseWindow,
  values: readonly (number | null)[],
  excluded: readonly boolean[],
  linesAt: (index: number) => Lines,
  into: SecondaryColumns,
): SecondaryPhaseAnalysis {
  const sides: number[] = [];
  let observations = 0;
  let phaseLines: Lines | null = null;
  let constant = true;
  for (let i = w.start; i <= w.end; i++) {
    const value = values[i - w.start];
    const l = linesAt(i);
    const special = value !== null && ((l.ucl !== null && value > l.ucl) || (l.lcl !== null && value < l.lcl));
    into.values[i] = value ?? NaN;
    into.centers[i] = l.center ?? NaN;
    into.ucl[i] = l.ucl ?? NaN;
    into.lcl[i] = l.lcl ?? NaN;
    into.upper2[i] = l.upper2 ?? NaN;
    into.lower2[i] = l.lower2 ?? NaN;
    if (excluded[i]) into.excluded[i] = 1;
    if (special) into.special[i] = 1;
    if (!excluded[i]) {
      observations++;
      if (value !== null && l.center !== null) sides.push(Math.sign(value - l.center));
    }
    if (l.ucl !== null) {
      if (phaseLines === null) phaseLines = l;
      else if (phaseLines.ucl !== l.ucl || phaseLines.lcl !== l.lcl) constant = false;
    }
  }
  const center = linesAt(w.start).center;
  return {
    startIndex: w.start,
    endIndex: w.end,
    center,
    ucl: constant && phaseLines ? phaseLines.ucl : null,
    lcl: constant && phaseLines ? phaseLines.lcl : null,
    runs: runsStatistics(sides, observations),
  };
}
