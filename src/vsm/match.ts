import type { ValueStreamState, ValueStreamStep } from '../contract/value-stream.js';
import { sum } from './numbers.js';
import type { ValueStreamStepChange } from './types.js';

type MatchedBy = NonNullable<ValueStreamStepChange['matchedBy']>;

/**
 * Pairs the steps of two states, in three passes so explicit links win over guesses:
 * 1. a `to` step with `replaces` takes those `from` steps and the `from` step with its own id;
 * 2. a `to` step takes the `from` step with the same id;
 * 3. a `to` step takes the first `from` step with the same label (trimmed, spaces collapsed,
 *    case ignored; empty labels never match).
 * A `from` step is taken at most once (a split is shown as kept + added). Rows come in the
 * `to` state's order; a removed step is placed before the first row whose `from` steps were
 * listed after it, so the two states line up side by side.
 */
export function matchSteps(from: ValueStreamState, to: ValueStreamState): ValueStreamStepChange[] {
  const fromIndex = new Map(from.steps.map((s, i) => [s.id, i]));
  const taken = new Set<string>();
  const matches: ({ ids: string[]; by: MatchedBy } | null)[] = to.steps.map(() => null);
  const take = (j: number, ids: string[], by: MatchedBy) => {
    const free = [...new Set(ids)].filter((id) => fromIndex.has(id) && !taken.has(id));
    if (free.length === 0) return;
    free.forEach((id) => taken.add(id));
    matches[j] = { ids: free.sort((a, b) => fromIndex.get(a)! - fromIndex.get(b)!), by };
  };
  to.steps.forEach((step, j) => {
    if (step.replaces?.some((id) => fromIndex.has(id))) take(j, [step.id, ...step.replaces], 'replaces');
  });
  to.steps.forEach((step, j) => {
    if (!matches[j]) take(j, [step.id], 'id');
  });
  to.steps.forEach((step, j) => {
    const key = labelKey(step.label);
    if (matches[j] || key === '') return;
    const same = from.steps.find((s) => !taken.has(s.id) && labelKey(s.label) === key);
    if (same) take(j, [same.id], 'label');
  });

  const fromById = new Map(from.steps.map((s) => [s.id, s]));
  const rows: ValueStreamStepChange[] = [];
  let next = 0;
  const removedUpTo = (limit: number) => {
    for (; next < limit; next++) {
      const s = from.steps[next]!;
      if (!taken.has(s.id)) rows.push(row('removed', [s], null, null));
    }
  };
  to.steps.forEach((step, j) => {
    const m = matches[j];
    if (!m) {
      rows.push(row('added', [], step, null));
      return;
    }
    removedUpTo(fromIndex.get(m.ids[0]!)!);
    rows.push(row(m.ids.length > 1 ? 'merged' : 'kept', m.ids.map((id) => fromById.get(id)!), step, m.by));
  });
  removedUpTo(from.steps.length);
  return rows;
}

function labelKey(label: string): string {
  return label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function row(kind: ValueStreamStepChange['kind'], fromSteps: ValueStreamStep[], toStep: ValueStreamStep | null, matchedBy: MatchedBy | null): ValueStreamStepChange {
  const delta = (value: (s: ValueStreamStep) => number) => (toStep ? value(toStep) : 0) - sum(fromSteps.map(value));
  return {
    kind,
    from: fromSteps.map((s) => s.id),
    to: toStep?.id ?? null,
    matchedBy,
    waitChange: delta((s) => s.waitBefore),
    processTimeChange: delta((s) => s.processTime),
    valueAddedChange: delta((s) => s.valueAdded),
    nonValueAddedChange: delta((s) => s.waitBefore + s.processTime - s.valueAdded),
    durationChange: delta((s) => s.waitBefore + s.processTime),
  };
}
