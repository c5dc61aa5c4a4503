/** A window of numerator/denominator pairs (p, p′, u, u′); `null` is a gap (also used when n = 0). */
export interface RatioWindow {
  numerators: readonly (number | null)[];
  denominators: readonly (number | null)[];
  excluded: readonly boolean[];
}

/** Σ numerators / Σ denominators over the points that count, and how many counted. */
export function pooledRatio(w: RatioWindow): { ratio: number | null; used: number } {
  let num = 0;
  let den = 0;
  let used = 0;
  for (let i = 0; i < w.numerators.length; i++) {
    const x = w.numerators[i];
    const n = w.denominators[i];
    if (x === null || n === null || !(n > 0) || w.excluded[i]) continue;
    num += x;
    den += n;
    used++;
  }
  return { ratio: den > 0 ? num / den : null, used };
}
