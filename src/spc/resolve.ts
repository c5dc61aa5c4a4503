import type { ImprovementDirection } from '../contract/control-chart.js';
import { NO_DIRECTION } from './detect/flags.js';
import type { ConflictPolicy } from './presets.js';
import type { RuleId } from './rules.js';
import type { PointSignal } from './types.js';

export interface FiredRule {
  rule: RuleId;
  /** 1 high, −1 low, `NO_DIRECTION` (2) when the rule has no side. */
  direction: number;
}

export interface ResolvedSignal {
  signal: PointSignal;
  /** Side the point's icon shows: 1 high, −1 low, 0 when no fired rule has a side. */
  direction: number;
}

const sign = (improvement: ImprovementDirection): number => (improvement === 'increase' ? 1 : improvement === 'decrease' ? -1 : 0);
const sided = (d: number): number => (d === NO_DIRECTION ? 0 : d);

/**
 * The signal of a special-cause point from the rules that fired on it, listed in precedence
 * order. `precedence` (NHSRplotthedots): the first rule decides the side. `improvement-wins`
 * (Making Data Count): if any rule points the better way the point is an improvement, else a
 * concern if any points the worse way, else `neither`.
 */
export function resolveSignal(fired: readonly FiredRule[], improvement: ImprovementDirection, policy: ConflictPolicy): ResolvedSignal {
  const better = sign(improvement);
  const firstSided = fired.map((f) => sided(f.direction)).find((d) => d !== 0) ?? 0;
  if (policy === 'precedence') {
    const d = fired.length > 0 ? sided(fired[0].direction) : 0;
    if (better === 0 || d === 0) return { signal: 'neither', direction: d };
    return { signal: d === better ? 'improvement' : 'concern', direction: d };
  }
  if (better === 0) return { signal: 'neither', direction: firstSided };
  if (fired.some((f) => f.direction === better)) return { signal: 'improvement', direction: better };
  if (fired.some((f) => f.direction === -better)) return { signal: 'concern', direction: -better };
  return { signal: 'neither', direction: 0 };
}
