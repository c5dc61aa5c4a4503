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

/** The lines at ±k sigma for a point; `null` when sigma is missing or zero (degenerate data). */
export function sigmaLines(model: LimitModel, n: number | null, k: number): SigmaLines {
  const sigma = model.sigmaFor(n);
  if (model.base === null || sigma === null || !(sigma > 0) || !Number.isFinite(sigma)) return { upper: null, lower: null };
  const plot = model.toPlot ?? ((x: number) => x);
  let upper = plot(model.base + k * sigma);
  let lower = plot(model.base - k * sigma);
  if (model.ceiling !== null && upper > model.ceiling) upper = model.ceiling;
  if (model.floor !== null && lower < model.floor) lower = model.floor;
  if (model.ceiling !== null && lower > model.ceiling) lower = model.ceiling;
  if (model.floor !== null && upper < model.floor) upper = model.floor;
  return { upper: Number.isFinite(upper) ? upper : null, lower: Number.isFinite(lower) ? lower : null };
}

/** A model with no limits (run charts, or too little data): only a centre line. */
export function centreOnly(center: number | null, pointsUsed: number): LimitModel {
  return { center, base: center, sigmaFor: () => null, floor: null, ceiling: null, pointsUsed };
}
