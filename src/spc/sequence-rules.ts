import { fewCrossings, longRuns } from './anhoej.js';
import { sidesOf, type RuleFlags } from './detect/flags.js';
import { beyondLines, kOfM } from './detect/k-of-m.js';
import { outsideLimits } from './detect/outside-limits.js';
import { shift } from './detect/shift.js';
import { trend } from './detect/trend.js';
import { twoOfThreeNhsr } from './detect/two-of-three-nhsr.js';
import type { RuleId } from './rules.js';
import type { RunsStatistics } from './types.js';

/**
 * One phase's points that take part in the run rules, in order: no gaps, no excluded points.
 * Missing lines are NaN (comparisons with NaN are false, so a rule needing them never fires).
 */
export interface RuleSequence {
  values: Float64Array;
  centers: Float64Array;
  ucl: Float64Array;
  lcl: Float64Array;
  upper2: Float64Array;
  lower2: Float64Array;
  upper1: Float64Array;
  lower1: Float64Array;
}

export interface SequenceRuleOptions {
  shiftLength: number;
  trendLength: number;
  twoOfThree: 'classic' | 'nhsr';
  /** Anhøj statistics of the same sequence, for `runs-longest` and `runs-crossings`. */
  runs: RunsStatistics | null;
}

/** Flags of every sequence rule in `rules` (point rules such as `outside-limits` are judged per point elsewhere). */
export function sequenceRules(seq: RuleSequence, rules: readonly RuleId[], options: SequenceRuleOptions): Map<RuleId, RuleFlags> {
  const out = new Map<RuleId, RuleFlags>();
  const sides = sidesOf(seq.values, seq.centers);
  for (const rule of rules) {
    switch (rule) {
      case 'shift':
        out.set(rule, shift(sides, options.shiftLength));
        break;
      case 'we-4':
        out.set(rule, shift(sides, 8));
        break;
      case 'trend':
        out.set(rule, trend(seq.values, options.trendLength));
        break;
      case 'two-of-three':
        out.set(rule, options.twoOfThree === 'nhsr' ? nhsrRule(seq, sides) : kOfM(beyondLines(seq.values, seq.upper2, seq.lower2), 2, 3));
        break;
      case 'we-2':
        out.set(rule, kOfM(beyondLines(seq.values, seq.upper2, seq.lower2), 2, 3));
        break;
      case 'we-3':
        out.set(rule, kOfM(beyondLines(seq.values, seq.upper1, seq.lower1), 4, 5));
        break;
      case 'runs-longest':
        out.set(rule, options.runs === null ? new Int8Array(sides.length) : longRuns(sides, options.runs.longestRunMax));
        break;
      case 'runs-crossings':
        out.set(rule, fewCrossings(sides, options.runs));
        break;
      case 'outside-limits':
      case 'we-1':
        break;
    }
  }
  return out;
}

/** NHSRplotthedots: "close to the limits" is beyond 2 sigma but not outside the limits. */
function nhsrRule(seq: RuleSequence, sides: Int8Array): RuleFlags {
  const outside = outsideLimits(seq.values, seq.ucl, seq.lcl);
  const near = beyondLines(seq.values, seq.upper2, seq.lower2);
  const close = new Int8Array(sides.length);
  for (let i = 0; i < close.length; i++) close[i] = outside[i] === 0 && near[i] !== 0 ? 1 : 0;
  return twoOfThreeNhsr(close, sides);
}
