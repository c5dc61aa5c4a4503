import type { ValueStreamDocument } from '../../../src/contract/value-stream.js';
import type { HcxValueStreamMap } from '../../../src/components/value-stream/value-stream-map.js';

/**
 * Sequential journey, hand-computed:
 *   step  wait  process  VA  %C&A   wait+process  NVA
 *   a       0     10      5   100        10         5
 *   b      20     15     10    80        35        25
 *   c       5      5      5   100        10         5
 * lead time 55, VA 20, NVA 35, PCE 20/55 = 36.36…%, NVA share 35/55 = 63.63…%;
 * bottleneck b (NVA 25), longest wait b (20); rolled %C&A 0.8;
 * rework b = 15 × 20/80 = 3.75.
 */
export function sequentialDoc(): ValueStreamDocument {
  return {
    kind: 'value-stream',
    version: 1,
    title: 'Sequential clinic',
    unit: 'min',
    states: [
      {
        id: 'now',
        label: 'Now',
        steps: [
          { id: 'a', label: 'Check-in', role: 'Reception', waitBefore: 0, processTime: 10, valueAdded: 5 },
          { id: 'b', label: 'Consultation', role: 'Physician', waitBefore: 20, processTime: 15, valueAdded: 10, pctCompleteAccurate: 80 },
          { id: 'c', label: 'Pharmacy', role: 'Pharmacist', waitBefore: 5, processTime: 5, valueAdded: 5 },
        ],
      },
    ],
    kaizen: [{ state: 'now', step: 'b', label: 'Level the schedule' }],
  };
}

/**
 * Parallel branches, hand-computed: a 0→5; b (after a) 5→35; c (after a) 5→15; d (after b, c)
 * starts at max(35, 15) = 35 → 45. Lead time 45 along a, b, d; c has 35 − 15 = 20 slack.
 * VA on the path 5 + 10 + 7 = 22, NVA 23, PCE 22/45; path NVA a 0, b 20, d 3 → bottleneck b;
 * longest wait on the path b (10; c's 2 is off the path).
 */
export function parallelDoc(): ValueStreamDocument {
  return {
    kind: 'value-stream',
    version: 1,
    title: 'Parallel tests',
    states: [
      {
        id: 'ed',
        label: 'Emergency',
        steps: [
          { id: 'a', label: 'Triage', role: 'Nurse', waitBefore: 0, processTime: 5, valueAdded: 5 },
          { id: 'b', label: 'Laboratory', role: 'Lab', waitBefore: 10, processTime: 20, valueAdded: 10, after: ['a'] },
          { id: 'c', label: 'Imaging', role: 'Radiology', waitBefore: 2, processTime: 8, valueAdded: 8, after: ['a'] },
          { id: 'd', label: 'Doctor', role: 'Physician', waitBefore: 3, processTime: 7, valueAdded: 7, after: ['b', 'c'] },
        ],
      },
    ],
  };
}

export async function example(file: string): Promise<ValueStreamDocument> {
  const res = await fetch(`/api/test/example?file=${file}`);
  return (await res.json()) as ValueStreamDocument;
}

export const root = (el: HcxValueStreamMap) => el.shadowRoot as ShadowRoot;
export const texts = (el: HcxValueStreamMap, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? '');
export const stepGroup = (el: HcxValueStreamMap, state: number, index: number) =>
  root(el).querySelector<SVGGElement>(`g.step[data-state="${state}"][data-index="${index}"]`)!;
/** The drawn box of a step (process box, data box, badges, kaizen), apart from its button. */
export const stepVisual = (el: HcxValueStreamMap, state: number, index: number) =>
  root(el).querySelector<SVGGElement>(`g.step-visual[data-state="${state}"][data-index="${index}"]`)!;
export const announcement = (el: HcxValueStreamMap) => root(el).querySelector('.sr-only[role="status"]')?.textContent ?? '';
/** Waits for the size observer's frame and the re-render it requests. */
export async function settle(el: HcxValueStreamMap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
}
