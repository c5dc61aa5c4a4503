import { NO_DIRECTION, type RuleFlags } from './detect/flags.js';
import type { RunsStatistics } from './types.js';

/** Longest run allowed among `useful` points: round(log2(useful)) + 3 (Schilling 2012; qicharts2). */
export function longestRunMax(useful: number): number {
  return Math.round(Math.log2(useful)) + 3;
}

/**
 * Fewest crossings allowed: the 5th percentile of Binomial(useful − 1, 0.5), R's
 * `qbinom(0.05, useful − 1, 0.5)`: the smallest k with P(X ≤ k) ≥ 0.05 (Chen 2010; qicharts2).
 * Summed in log space so it stays exact for 100,000 points; O(k).
 */
export function crossingsMin(useful: number): number {
  const trials = Math.max(useful - 1, 0);
  const target = 0.05 * (1 - 64 * Number.EPSILON); // R's fuzz for left continuity
  // log P(X = k), stepped by log((trials − k)/(k + 1)) with Kahan summation so rounding does
  // not build up over tens of thousands of steps.
  let logP = trials * Math.log(0.5);
  let carry = 0;
  let cdf = 0;
  for (let k = 0; k <= trials; k++) {
    cdf += Math.exp(logP);
    if (cdf >= target) return k;
    const step = Math.log((trials - k) / (k + 1)) - carry;
    const next = logP + step;
    carry = next - logP - step;
    logP = next;
  }
  return trials;
}

/**
 * Anhøj runs analysis of a sequence of sides (1 above, −1 below, 0 on the centre line, which is
 * not a useful point and neither counts nor breaks a run). `observations` is passed in because
 * it counts gaps too (qicharts2 `n.obs`). `null` without useful points.
 */
export function runsStatistics(sides: ArrayLike<number>, observations: number): RunsStatistics | null {
  let useful = 0;
  let runs = 0;
  let longestRun = 0;
  let current = 0;
  let last = 0;
  for (let i = 0; i < sides.length; i++) {
    const s = sides[i];
    if (s === 0) continue;
    useful++;
    if (s === last) current++;
    else {
      runs++;
      current = 1;
      last = s;
    }
    if (current > longestRun) longestRun = current;
  }
  if (useful === 0) return null;
  const crossings = Math.max(runs - 1, 0);
  const maxRun = longestRunMax(useful);
  const minCrossings = crossingsMin(useful);
  return {
    observations,
    useful,
    longestRun,
    longestRunMax: maxRun,
    crossings,
    crossingsMin: minCrossings,
    signal: longestRun > maxRun || crossings < minCrossings,
  };
}

/** `runs-longest`: every useful point of a run longer than `maxRun`, with its side (0s skipped). */
export function longRuns(sides: ArrayLike<number>, maxRun: number): RuleFlags {
  const out = new Int8Array(sides.length);
  let start = -1; // index of the first point of the current run
  let length = 0;
  let last = 0;
  const close = (end: number) => {
    if (length <= maxRun) return;
    for (let j = start; j < end; j++) if (sides[j] !== 0) out[j] = last;
  };
  for (let i = 0; i < sides.length; i++) {
    const s = sides[i];
    if (s === 0) continue;
    if (s === last) {
      length++;
      continue;
    }
    close(i);
    start = i;
    length = 1;
    last = s;
  }
  close(sides.length);
  return out;
}

/** `runs-crossings`: when crossings are too few, every useful point is flagged, without a side. */
export function fewCrossings(sides: ArrayLike<number>, stats: RunsStatistics | null): RuleFlags {
  const out = new Int8Array(sides.length);
  if (stats === null || stats.crossings >= stats.crossingsMin) return out;
  for (let i = 0; i < sides.length; i++) if (sides[i] !== 0) out[i] = NO_DIRECTION;
  return out;
}
