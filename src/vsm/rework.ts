import type { ValueStreamStep } from '../contract/value-stream.js';

/**
 * Quality of a step's output as a fraction: `pctCompleteAccurate / 100`, default 1
 * (Martin & Osterling: the share of the time downstream can use the output as is).
 */
export function completeAccurate(step: ValueStreamStep): number {
  return (step.pctCompleteAccurate ?? 100) / 100;
}

/**
 * Expected extra process time spent redoing a step. Model: each pass succeeds with
 * probability ca, independently, and a failed pass is redone in full until one succeeds.
 * The number of passes is geometric with mean 1/ca, so the extra passes are
 * (1 − ca) / ca and the rework is `processTime × (1 − ca) / ca`
 * (ca = 0.8: 0.25 extra passes; ca = 0.5: one extra pass).
 * Returns `null` when ca = 0 and there is process time to redo (never passes: unbounded);
 * a step without process time has no rework whatever its %C&A.
 */
export function stepRework(step: ValueStreamStep): number | null {
  // Computed on percentages: (100 − 80) / 80 is exact where (1 − 0.8) / 0.8 is not.
  const pct = step.pctCompleteAccurate ?? 100;
  if (step.processTime === 0 || pct === 100) return 0;
  if (pct === 0) return null;
  return (step.processTime * (100 - pct)) / pct;
}

/**
 * Rolled %C&A (Martin & Osterling's rolled throughput yield of a value stream): the product
 * of the steps' %C&A, as a fraction. Every step counts, parallel branches included: the
 * journey needs all of their outputs to be right, not only those on the critical path.
 */
export function rolledCompleteAccurate(steps: readonly ValueStreamStep[]): number {
  return steps.reduce((product, step) => product * completeAccurate(step), 1);
}

/** Σ of `stepRework` over all steps; `null` if any step's rework is unbounded. */
export function expectedRework(steps: readonly ValueStreamStep[]): number | null {
  let total = 0;
  for (const step of steps) {
    const r = stepRework(step);
    if (r === null) return null;
    total += r;
  }
  return total;
}
