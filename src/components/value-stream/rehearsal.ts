import type { ValueStreamDocument, ValueStreamStep } from '../../contract/value-stream.js';

const step = (id: string, waitBefore: number): ValueStreamStep => ({ id, label: id, waitBefore, processTime: 5, valueAdded: 3, pctCompleteAccurate: 90 });

/**
 * What the value-stream map draws off-screen before its first data
 * (`HcxElement.rehearsalDocument`): a current and a future state with a merged step and a
 * kaizen burst, so the map, the timeline, the comparison and the figures all run.
 */
export const valueStreamRehearsal = (): ValueStreamDocument => ({
  kind: 'value-stream',
  version: 1,
  title: 'rehearsal',
  unit: 'min',
  states: [
    { id: 'a', label: 'a', steps: [step('b', 10), step('c', 30), step('d', 12)] },
    { id: 'e', label: 'e', steps: [{ ...step('f', 2), replaces: ['b', 'c'] }, step('g', 4)] },
  ],
  kaizen: [{ state: 'a', step: 'c', label: 'h' }],
});
