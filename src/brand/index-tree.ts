import type { BrandIndicator, BrandSubIndicator } from '../contract/brand-health.js';
import { reliabilityOf } from './kpi.js';
import type { BrandChildAnalysis, BrandIndexAnalysis, BrandIndicatorAnalysis } from './types.js';

/**
 * The weighted two-level index and the exact decomposition of its change (see
 * {@link BrandIndexAnalysis} for the method). Scores are 0–100; weights are relative (any
 * positive numbers), renormalized over what is present.
 */

type Period = 'now' | 'before';

const childScore = (c: BrandSubIndicator, t: Period): number | null =>
  t === 'now' ? c.score : c.previousScore ?? null;

/** Weighted mean of the non-null values with positive weight; `null` if none. */
function weightedMean(items: readonly { weight: number; value: number | null }[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { weight, value } of items) {
    if (value === null || !(weight > 0)) continue;
    total += weight;
    sum += weight * value;
  }
  return total > 0 ? sum / total : null;
}

function indicatorScore(ind: BrandIndicator, t: Period): number | null {
  return weightedMean(ind.children.map((c) => ({ weight: c.weight, value: childScore(c, t) })));
}

/** Weights renormalized over the items whose value is non-null (0 for the others). */
function renormalized(items: readonly { weight: number; value: number | null }[]): number[] {
  const total = items.reduce((sum, i) => sum + (i.value !== null && i.weight > 0 ? i.weight : 0), 0);
  return items.map((i) => (i.value !== null && i.weight > 0 && total > 0 ? i.weight / total : 0));
}

/** Weights renormalized over the items with a value in either period. */
function contributionWeights(items: readonly { weight: number; now: number | null; before: number | null }[]): number[] {
  const active = (i: (typeof items)[number]) => i.weight > 0 && (i.now !== null || i.before !== null);
  const total = items.reduce((sum, i) => sum + (active(i) ? i.weight : 0), 0);
  return items.map((i) => (active(i) && total > 0 ? i.weight / total : 0));
}

const difference = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

export function analyseIndex(indicators: readonly BrandIndicator[]): BrandIndexAnalysis {
  const now = indicators.map((ind) => indicatorScore(ind, 'now'));
  const before = indicators.map((ind) => indicatorScore(ind, 'before'));
  const score = weightedMean(indicators.map((ind, i) => ({ weight: ind.weight, value: now[i]! })));
  const previousScore = weightedMean(indicators.map((ind, i) => ({ weight: ind.weight, value: before[i]! })));
  const decompose = score !== null && previousScore !== null;

  const weights = renormalized(indicators.map((ind, i) => ({ weight: ind.weight, value: now[i]! })));
  const topShares = contributionWeights(indicators.map((ind, i) => ({ weight: ind.weight, now: now[i]!, before: before[i]! })));

  const analysed = indicators.map((ind, i): BrandIndicatorAnalysis => {
    // Imputed indicator scores: a missing one stands at the index of its period.
    const imputedNow = now[i] ?? score;
    const imputedBefore = before[i] ?? previousScore;
    const childNow = ind.children.map((c) => childScore(c, 'now'));
    const childBefore = ind.children.map((c) => childScore(c, 'before'));
    const childWeights = renormalized(ind.children.map((c, j) => ({ weight: c.weight, value: childNow[j]! })));
    const childShares = contributionWeights(
      ind.children.map((c, j) => ({ weight: c.weight, now: childNow[j]!, before: childBefore[j]! })),
    );
    const children = ind.children.map((c, j): BrandChildAnalysis => {
      let contribution: number | null = null;
      if (decompose) {
        // Imputed child scores: a missing one stands at its indicator's (imputed) score.
        const a = childNow[j] ?? imputedNow!;
        const b = childBefore[j] ?? imputedBefore!;
        contribution = topShares[i]! * childShares[j]! * (a - b);
      }
      return {
        id: c.id,
        score: childNow[j]!,
        previousScore: childBefore[j]!,
        weight: childWeights[j]!,
        change: difference(childNow[j]!, childBefore[j]!),
        contribution,
        n: c.n ?? null,
        reliability: c.n === undefined ? null : reliabilityOf(c.n),
      };
    });
    return {
      id: ind.id,
      score: now[i]!,
      previousScore: before[i]!,
      weight: weights[i]!,
      change: difference(now[i]!, before[i]!),
      contribution: decompose ? children.reduce((sum, c) => sum + c.contribution!, 0) : null,
      missing: ind.children.filter((_, j) => childNow[j] === null).map((c) => c.id),
      children,
    };
  });

  return {
    score,
    previousScore,
    change: difference(score, previousScore),
    missing: indicators.filter((_, i) => now[i] === null).map((ind) => ind.id),
    indicators: analysed,
  };
}
