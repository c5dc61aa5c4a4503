/**
 * What a limit calculator returns for one phase: a centre line and a sigma per point, in the
 * calculator's own scale, plus how to bring lines back to the plotted scale. Lines at k sigma
 * are `toPlot(base ± k·sigma)`, clipped to `[floor, ceiling]`.
 */
export interface LimitModel {
  /** Centre line drawn and used by the run rules (plotted scale). */
  center: number | null;
  /** Where sigma lines start (model scale): the mean for g charts, the transformed mean for t. */
  base: number | null;
  /** Sigma for a point with denominator or subgroup size `n` (model scale); `null` where undefined. */
  sigmaFor(n: number | null): number | null;
  /** Model scale → plotted scale (t charts: y^3.6); identity when absent. */
  toPlot?: (x: number) => number;
  /** The quantity cannot go below this (0 for counts, rates, proportions, times). */
  floor: number | null;
  /** The quantity cannot go above this (1 for proportions). */
  ceiling: number | null;
  /** Points whose values went into the centre and sigma. */
  pointsUsed: number;
}

export interface SigmaLines {
  upper: number | null;
  lower: number | null;
}

/** The point's sigma when lines can be drawn from it: `null` when missing, zero (degenerate data) or not finite. */
export function usableSigma(model: LimitModel, n: number | null): number | null {
  const sigma = model.sigmaFor(n);
  return model.base === null || sigma === null || !(sigma > 0) || !Number.isFinite(sigma) ? null : sigma;
}

/** The line at `k` sigma (k < 0 below the centre) in the plotted scale, clipped to the model's bounds. */
export function sigmaLine(model: LimitModel, sigma: number, k: number): number | null {
  let line = (model.base as number) + k * sigma;
  if (model.toPlot) line = model.toPlot(line);
  if (model.ceiling !== null && line > model.ceiling) line = model.ceiling;
  if (model.floor !== null && line < model.floor) line = model.floor;
  return Number.isFinite(line) ? line : null;
}

/** The lines at ±k sigma for a point; `null` when sigma is missing or zero (degenerate data). */
export function sigmaLines(model: LimitModel, n: number | null, k: number): SigmaLines {
  const sigma = usableSigma(model, n);
  if (sigma === null) return { upper: null, lower: null };
  return { upper: sigmaLine(model, sigma, k), lower: sigmaLine(model, sigma, -k) };
}

/** The six lines of a point: 3-sigma limits, 2- and 1-sigma lines. */
export interface PointLines {
  ucl: number | null;
  lcl: number | null;
  upper2: number | null;
  lower2: number | null;
  upper1: number | null;
  lower1: number | null;
}

const NO_LINES: PointLines = Object.freeze({ ucl: null, lcl: null, upper2: null, lower2: null, upper1: null, lower1: null });

/** The six lines of a point with denominator or subgroup size `n`; all `null` without a usable sigma. */
export function pointLines(model: LimitModel, n: number | null): PointLines {
  const sigma = usableSigma(model, n);
  if (sigma === null) return NO_LINES;
  return {
    ucl: sigmaLine(model, sigma, 3),
    lcl: sigmaLine(model, sigma, -3),
    upper2: sigmaLine(model, sigma, 2),
    lower2: sigmaLine(model, sigma, -2),
    upper1: sigmaLine(model, sigma, 1),
    lower1: sigmaLine(model, sigma, -1),
  };
}

/**
 * {@link pointLines}, recomputed only when `n` changes from the previous call (for callers
 * walking points one by one; the analysis itself asks once per run of equal n, `fillLines`).
 */
export function lineCache(model: LimitModel): (n: number | null) => PointLines {
  let lastN: number | null | undefined;
  let last: PointLines = NO_LINES;
  return (n) => {
    if (n === lastN) return last;
    lastN = n;
    return (last = pointLines(model, n));
  };
}

/** A model with no limits (run charts, or too little data): only a centre line. */
export function centreOnly(center: number | null, pointsUsed: number): LimitModel {
  return { center, base: center, sigmaFor: () => null, floor: null, ceiling: null, pointsUsed };
}
