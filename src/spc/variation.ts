import type { PointSignal, Variation } from './types.js';

export interface LatestPoint {
  /** The point has a centre line to be judged against. */
  judged: boolean;
  special: boolean;
  signal: PointSignal | null;
  /** Side from the deciding rule: 1 high, −1 low, 0 none. */
  direction: number;
  /** Side of the value against the centre line, the fallback when no rule had a side. */
  side: number;
}

/** The variation icon follows the latest point with a value; `null` when there is none to judge. */
export function variationIcon(latest: LatestPoint | null): Variation | null {
  if (latest === null || !latest.judged) return null;
  if (!latest.special || latest.signal === null) return 'common-cause';
  const d = latest.direction !== 0 ? latest.direction : latest.side;
  return `${latest.signal}-${d < 0 ? 'low' : 'high'}`;
}
