import { checkUniqueIds, envelopeShape, id, label } from './envelope.js';
import { LIMITS } from './limits.js';
import { s, type Equal, type Infer, type Schema } from './schema.js';

export interface ValueStreamStep {
  id: string;
  label: string;
  /** Who does it (nurse, cashier); steps with roles can be drawn in swim lanes. */
  role?: string;
  /** Waiting before the step starts, in `unit`. */
  waitBefore: number;
  /** Time the step takes, in `unit`. */
  processTime: number;
  /** Part of `processTime` that adds value for the patient, in `unit`. */
  valueAdded: number;
  /** Percent complete and accurate (0–100); default 100. */
  pctCompleteAccurate?: number;
  /** Step ids this step waits for; default: the step listed before it; `[]`: starts with the journey. */
  after?: string[];
  /**
   * Ids of steps in other states (usually the current state) that this step takes over:
   * two or more mean the steps were merged into this one. Used to match steps when states
   * are compared; the other state's step with this step's own id is matched without it.
   */
  replaces?: string[];
}

export interface ValueStreamState {
  id: string;
  /** "Current state", "Future state", "After redesign". */
  label: string;
  steps: ValueStreamStep[];
}

export interface KaizenBurst {
  /** State id. */
  state: string;
  /** Step id within that state. */
  step: string;
  label: string;
}

/** `kind: "value-stream"` — a value-stream map of the patient journey, one or more states. */
export interface ValueStreamDocument {
  kind: 'value-stream';
  version: 1;
  title: string;
  subtitle?: string;
  source?: string;
  generatedAt?: string;
  /** Time unit; default `min`. */
  unit?: string;
  states: ValueStreamState[];
  kaizen?: KaizenBurst[];
}

const minutes = () => s.number({ min: 0 });

const schema = s
  .object({
    ...envelopeShape('value-stream'),
    unit: s.string({ maxLength: 20 }).optional(),
    states: s.array(
      s.object({
        id: id(),
        label: label(),
        steps: s.array(
          s.object({
            id: id(),
            label: label(),
            role: label().optional(),
            waitBefore: minutes(),
            processTime: minutes(),
            valueAdded: minutes(),
            pctCompleteAccurate: s.number({ min: 0, max: 100 }).optional(),
            after: s.array(id(), { maxItems: LIMITS.steps }).optional(),
            replaces: s.array(id(), { maxItems: LIMITS.steps }).optional(),
          }),
          { minItems: 1, maxItems: LIMITS.steps },
        ),
      }),
      { minItems: 1, maxItems: LIMITS.states },
    ),
    kaizen: s.array(s.object({ state: id(), step: id(), label: label() }), { maxItems: LIMITS.shortList }).optional(),
  })
  .refine((doc, _path, sink) => {
    const duplicate = (path: string, got: string) => sink.add(path, 'duplicate', { got: JSON.stringify(got) });
    const stateIds = checkUniqueIds(doc.states, 'states', duplicate);
    const stepsByState = new Map<string, Set<string>>();
    doc.states.forEach((state, si) => {
      const stepIds = checkUniqueIds(state.steps, `states[${si}].steps`, duplicate);
      stepsByState.set(state.id, stepIds);
      const position = new Map(state.steps.map((st, i) => [st.id, i]));
      state.steps.forEach((step, i) => {
        const at = `states[${si}].steps[${i}]`;
        if (step.valueAdded > step.processTime) {
          sink.add(`${at}.valueAdded`, 'max', { limit: step.processTime, got: step.valueAdded }, `must not exceed processTime (${step.processTime}), got ${step.valueAdded}`);
        }
        step.after?.forEach((pred, j) => {
          const p = position.get(pred);
          if (p === undefined) sink.add(`${at}.after[${j}]`, 'unknown-ref', { got: JSON.stringify(pred), target: `states[${si}].steps[].id` });
          // Predecessors must be listed earlier: that rules out cycles and keeps the order readable.
          else if (p >= i) sink.add(`${at}.after[${j}]`, 'rule', { text: `step ${JSON.stringify(pred)} must be listed before the step that waits for it` });
        });
      });
    });
    doc.states.forEach((state, si) => {
      state.steps.forEach((step, i) => {
        step.replaces?.forEach((old, j) => {
          const elsewhere = doc.states.some((other) => other !== state && stepsByState.get(other.id)?.has(old));
          if (!elsewhere) sink.add(`states[${si}].steps[${i}].replaces[${j}]`, 'unknown-ref', { got: JSON.stringify(old), target: 'step ids of the other states' });
        });
      });
    });
    doc.kaizen?.forEach((k, i) => {
      if (!stateIds.has(k.state)) sink.add(`kaizen[${i}].state`, 'unknown-ref', { got: JSON.stringify(k.state), target: 'states[].id' });
      else if (!stepsByState.get(k.state)?.has(k.step)) sink.add(`kaizen[${i}].step`, 'unknown-ref', { got: JSON.stringify(k.step), target: `steps of state ${JSON.stringify(k.state)}` });
    });
  });

const _sameShape: Equal<Infer<typeof schema>, ValueStreamDocument> = true;
void _sameShape;

/** Validator and JSON Schema of `ValueStreamDocument`. */
export const valueStreamSchema: Schema<ValueStreamDocument> = schema;
