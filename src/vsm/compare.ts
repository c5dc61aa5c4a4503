import type { ValueStreamState } from '../contract/value-stream.js';
import { matchSteps } from './match.js';
import { ratio } from './numbers.js';
import type { ValueStreamComparison, ValueStreamStateAnalysis } from './types.js';

/** Change from one state to another: `to − from`, relative changes as fractions of `from`. */
export function compareStates(
  fromState: ValueStreamState,
  toState: ValueStreamState,
  from: ValueStreamStateAnalysis,
  to: ValueStreamStateAnalysis,
): ValueStreamComparison {
  const steps = matchSteps(fromState, toState);
  const leadTimeChange = to.leadTime - from.leadTime;
  const valueAddedTimeChange = to.valueAddedTime - from.valueAddedTime;
  const nonValueAddedTimeChange = to.nonValueAddedTime - from.nonValueAddedTime;
  const pceChange = from.pce === null || to.pce === null ? null : to.pce - from.pce;
  return {
    from: from.id,
    to: to.id,
    leadTimeChange,
    leadTimeChangeRelative: ratio(leadTimeChange, from.leadTime),
    valueAddedTimeChange,
    valueAddedTimeChangeRelative: ratio(valueAddedTimeChange, from.valueAddedTime),
    nonValueAddedTimeChange,
    nonValueAddedTimeChangeRelative: ratio(nonValueAddedTimeChange, from.nonValueAddedTime),
    pceChange,
    pceChangeRelative: pceChange === null || from.pce === null ? null : ratio(pceChange, from.pce),
    rolledCAChange: to.rolledCA - from.rolledCA,
    expectedReworkChange: from.expectedRework === null || to.expectedRework === null ? null : to.expectedRework - from.expectedRework,
    steps,
    removed: steps.filter((s) => s.kind === 'removed').flatMap((s) => s.from),
    added: steps.flatMap((s) => (s.kind === 'added' && s.to !== null ? [s.to] : [])),
    merged: steps.flatMap((s) => (s.kind === 'merged' && s.to !== null ? [{ to: s.to, from: s.from }] : [])),
  };
}
