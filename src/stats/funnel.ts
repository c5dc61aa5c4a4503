import { binomialCdf, binomialQuantile, poissonCdf, poissonQuantile } from './discrete.js';
import { normalQuantile } from './normal.js';

/**
 * Funnel-plot control limits (Spiegelhalter 2005, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185–1202, Appendix A.1). A limit at tail
 * probability p around a target θ for a unit of size n:
 * - binomial (proportions): r_p = smallest r with F(r) ≥ p for Binomial(n, θ);
 *   α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)); limit = (r_p − α) / n. The interpolation
 *   gives smooth limits from a discrete distribution.
 * - Poisson (rates): the same with Poisson(θ·n), limit = (r_p − α) / n (events per unit of n).
 * - normal (means, NPS): θ + z_p · σ / √n.
 * The usual levels are 95 % (p = 0.025, 0.975) and 99.8 % (p = 0.001, 0.999).
 */

/** The two funnel levels and their lower / upper tail probabilities. */
export const FUNNEL_LEVELS = {
  0.95: { lower: 0.025, upper: 0.975 },
  0.998: { lower: 0.001, upper: 0.999 },
} as const;
export type FunnelLevel = keyof typeof FUNNEL_LEVELS;

/** Lower and upper limits of one funnel level. */
export interface FunnelLimits {
  lower: number;
  upper: number;
}

function interpolated(p: number, r: number, cdf: (k: number) => number): number {
  const fr = cdf(r);
  const below = r > 0 ? cdf(r - 1) : 0;
  const step = fr - below;
  const alpha = step > 0 ? (fr - p) / step : 0;
  return r - alpha;
}

/** Binomial limit (as a proportion 0…1) at tail probability p; n is rounded to a whole number. */
export function binomialFunnelLimit(theta: number, n: number, p: number): number {
  const size = Math.round(n);
  if (!(size > 0)) return NaN;
  if (theta <= 0) return 0;
  if (theta >= 1) return 1;
  const r = binomialQuantile(p, size, theta);
  const limit = interpolated(p, r, (k) => binomialCdf(k, size, theta)) / size;
  return Math.min(1, Math.max(0, limit));
}

/** Poisson limit (events per unit of exposure) at tail probability p; θ is the target rate. */
export function poissonFunnelLimit(theta: number, exposure: number, p: number): number {
  if (!(exposure > 0)) return NaN;
  const mean = theta * exposure;
  if (mean <= 0) return 0;
  const r = poissonQuantile(p, mean);
  return Math.max(0, interpolated(p, r, (k) => poissonCdf(k, mean)) / exposure);
}

/** Normal limit at tail probability p: θ + Φ⁻¹(p) · σ / √n. */
export function normalFunnelLimit(theta: number, sigma: number, n: number, p: number): number {
  if (!(n > 0)) return NaN;
  return theta + (normalQuantile(p) * sigma) / Math.sqrt(n);
}

/** Both limits of a level for proportions. */
export function binomialFunnel(theta: number, n: number, level: FunnelLevel = 0.95): FunnelLimits {
  const t = FUNNEL_LEVELS[level];
  return { lower: binomialFunnelLimit(theta, n, t.lower), upper: binomialFunnelLimit(theta, n, t.upper) };
}

/** Both limits of a level for rates. */
export function poissonFunnel(theta: number, exposure: number, level: FunnelLevel = 0.95): FunnelLimits {
  const t = FUNNEL_LEVELS[level];
  return { lower: poissonFunnelLimit(theta, exposure, t.lower), upper: poissonFunnelLimit(theta, exposure, t.upper) };
}

/** Both limits of a level for means (σ is the per-respondent standard deviation). */
export function normalFunnel(theta: number, sigma: number, n: number, level: FunnelLevel = 0.95): FunnelLimits {
  const t = FUNNEL_LEVELS[level];
  return { lower: normalFunnelLimit(theta, sigma, n, t.lower), upper: normalFunnelLimit(theta, sigma, n, t.upper) };
}

/**
 * Whether a whole count x lies beyond an interpolated limit, with one cdf evaluation and
 * no quantile search. With r_p and α as above (0 ≤ α < 1) and x an integer:
 * x < r_p − α ⇔ x ≤ r_p − 1 ⇔ F(x) < p (below a lower limit), and
 * x > r_p − α ⇔ F(x) > p (above an upper limit, since x = r_p is above exactly when α > 0).
 * Used to screen thousands of heatmap cells cheaply; the limit itself is computed only for
 * cells that cross it.
 */
export function beyondDiscreteLimit(cdfAtX: number, p: number, side: 'below' | 'above'): boolean {
  return side === 'below' ? cdfAtX < p : cdfAtX > p;
}
