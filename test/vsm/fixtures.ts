import type { ValueStreamDocument, ValueStreamStep } from '../../src/contract/value-stream.js';

/** A step with only the fields a test cares about. */
export function step(id: string, waitBefore: number, processTime: number, valueAdded: number, extra: Partial<ValueStreamStep> = {}): ValueStreamStep {
  return { id, label: id, waitBefore, processTime, valueAdded, ...extra };
}

export function doc(states: ValueStreamDocument['states'], extra: Partial<ValueStreamDocument> = {}): ValueStreamDocument {
  return { kind: 'value-stream', version: 1, title: 'Test', states, ...extra };
}

/**
 * The 120-minute outpatient visit (same numbers as examples/value-stream.json).
 *
 *   step            wait  process  VA   wait+process   NVA = wait+process−VA   %C&A
 *   check-in          0      4      1        4               3                 100
 *   registration     10      6      2       16              14                  80
 *   triage            8      7      7       15               8                  95
 *   consultation     20     15     15       35              20                  90
 *   blood-test       10      6      6       16              10                  95
 *   results-review   12      5      5       17              12                 100
 *   pharmacy          7      5      5       12               7                  85
 *   billing           3      2      1        5               4                 100
 *   total            70     50     42      120              78
 */
export const outpatientCurrent: ValueStreamDocument['states'][number] = {
  id: 'current',
  label: 'Current state',
  steps: [
    step('check-in', 0, 4, 1, { label: 'Appointment check-in', role: 'Reception' }),
    step('registration', 10, 6, 2, { label: 'Registration and insurance check', role: 'Registration clerk', pctCompleteAccurate: 80 }),
    step('triage', 8, 7, 7, { label: 'Triage and vital signs', role: 'Nurse', pctCompleteAccurate: 95 }),
    step('consultation', 20, 15, 15, { label: 'Consultation', role: 'Physician', pctCompleteAccurate: 90 }),
    step('blood-test', 10, 6, 6, { label: 'Blood test', role: 'Phlebotomist', pctCompleteAccurate: 95 }),
    step('results-review', 12, 5, 5, { label: 'Results review', role: 'Physician' }),
    step('pharmacy', 7, 5, 5, { label: 'Pharmacy', role: 'Pharmacist', pctCompleteAccurate: 85 }),
    step('billing', 3, 2, 1, { label: 'Billing and payment', role: 'Cashier' }),
  ],
};

/**
 * The 45-minute redesign.
 *
 *   step            wait  process  VA   wait+process   NVA   %C&A   replaces
 *   kiosk             0      3      2        3           1     95    check-in, registration
 *   triage            4      6      6       10           4    100
 *   blood-test        2      5      5        7           2    100
 *   consultation      5     14     14       19           5     98
 *   pharmacy          3      3      3        6           3    100    pharmacy, billing
 *   total            14     31     30       45          15
 */
export const outpatientFuture: ValueStreamDocument['states'][number] = {
  id: 'future',
  label: 'Future state',
  steps: [
    step('kiosk', 0, 3, 2, { label: 'Self check-in and registration kiosk', role: 'Reception', pctCompleteAccurate: 95, replaces: ['check-in', 'registration'] }),
    step('triage', 4, 6, 6, { label: 'Triage and vital signs', role: 'Nurse' }),
    step('blood-test', 2, 5, 5, { label: 'Point-of-care blood test (standing order)', role: 'Nurse' }),
    step('consultation', 5, 14, 14, { label: 'Consultation with results at hand', role: 'Physician', pctCompleteAccurate: 98 }),
    step('pharmacy', 3, 3, 3, { label: 'Pharmacy and payment at one counter', role: 'Pharmacist', replaces: ['pharmacy', 'billing'] }),
  ],
};

export const outpatient = doc([outpatientCurrent, outpatientFuture], { title: 'Outpatient visit' });

/**
 * Emergency department (current state of examples/value-stream-ed.json): lab and imaging
 * both wait for triage and the consultation waits for both.
 *
 *   step          after              wait  process  VA
 *   arrival       (first)              5      5      1
 *   triage        (arrival)           10      8      6
 *   lab           triage              20     45     15
 *   imaging       triage              30     20     10
 *   consultation  lab, imaging        15     15     12
 *   discharge     (consultation)      10      5      2
 */
export const emergency = doc([
  {
    id: 'current',
    label: 'Current state',
    steps: [
      step('arrival', 5, 5, 1, { role: 'Registration clerk' }),
      step('triage', 10, 8, 6, { role: 'Triage nurse', pctCompleteAccurate: 90 }),
      step('lab', 20, 45, 15, { role: 'Laboratory', pctCompleteAccurate: 95, after: ['triage'] }),
      step('imaging', 30, 20, 10, { role: 'Radiology', after: ['triage'] }),
      step('consultation', 15, 15, 12, { role: 'Emergency physician', after: ['lab', 'imaging'] }),
      step('discharge', 10, 5, 2, { role: 'Nurse' }),
    ],
  },
]);
