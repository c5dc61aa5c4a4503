import type { ValueStreamAnalysis, ValueStreamStateAnalysis } from '../../vsm/types.js';

/** How a step fared between the two compared states, for its badge and its announcement. */
export interface ChangeMark {
  kind: 'removed' | 'merged-into' | 'merged-from' | 'added';
  /** Labels of the counterpart steps in the other state. */
  others: string[];
  /** Label of the other state. */
  otherState: string;
}

/** `state id → step id → mark` for the compared pair; kept steps have no mark. */
export function changeMarks(analysis: ValueStreamAnalysis): Map<string, Map<string, ChangeMark>> {
  const marks = new Map<string, Map<string, ChangeMark>>();
  const c = analysis.comparison;
  if (!c) return marks;
  const from = analysis.states.find((s) => s.id === c.from)!;
  const to = analysis.states.find((s) => s.id === c.to)!;
  const label = (state: ValueStreamStateAnalysis, id: string) => state.steps.find((s) => s.id === id)?.label ?? id;
  const fromMarks = new Map<string, ChangeMark>();
  const toMarks = new Map<string, ChangeMark>();
  for (const row of c.steps) {
    if (row.kind === 'removed') for (const id of row.from) fromMarks.set(id, { kind: 'removed', others: [], otherState: to.label });
    if (row.kind === 'added' && row.to) toMarks.set(row.to, { kind: 'added', others: [], otherState: from.label });
    if (row.kind === 'merged' && row.to) {
      const target = row.to;
      for (const id of row.from) fromMarks.set(id, { kind: 'merged-into', others: [label(to, target)], otherState: to.label });
      toMarks.set(target, { kind: 'merged-from', others: row.from.map((id) => label(from, id)), otherState: from.label });
    }
  }
  marks.set(from.id, fromMarks);
  // With the same state compared to itself nothing is marked, so the maps cannot clash.
  if (to.id !== from.id) marks.set(to.id, toMarks);
  return marks;
}
