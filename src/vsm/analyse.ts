import type { ValueStreamDocument } from '../contract/value-stream.js';
import { compareStates } from './compare.js';
import { analyseState } from './state.js';
import type { AnalyseValueStreamOptions, ValueStreamAnalysis } from './types.js';

/**
 * The `analysis` of a valid value-stream document: every state's lead time, value-added
 * time, PCE, critical path, bottleneck and rework, and the comparison of two states (by
 * default the first and the last; `options` picks another pair). Pure: no DOM, no clock.
 * Throws a `RangeError` for an option naming an unknown state, or for step references the
 * contract validator refuses (analyse only documents that passed `validateDocument`).
 */
export function analyseValueStream(doc: ValueStreamDocument, options: AnalyseValueStreamOptions = {}): ValueStreamAnalysis {
  const states = doc.states.map((state) => analyseState(state, doc.kaizen));
  const analysis: ValueStreamAnalysis = { unit: doc.unit ?? 'min', states };
  const pick = (id: string | undefined, fallback: number): number => {
    if (id === undefined) return fallback;
    const i = doc.states.findIndex((s) => s.id === id);
    if (i < 0) throw new RangeError(`value-stream: no state with id ${JSON.stringify(id)} to compare`);
    return i;
  };
  const explicit = options.from !== undefined || options.to !== undefined;
  if (doc.states.length < 2 && !explicit) return analysis;
  const from = pick(options.from, 0);
  const to = pick(options.to, doc.states.length - 1);
  analysis.comparison = compareStates(doc.states[from]!, doc.states[to]!, states[from]!, states[to]!);
  return analysis;
}
