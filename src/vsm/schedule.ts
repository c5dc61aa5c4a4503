import type { ValueStreamStep } from '../contract/value-stream.js';
import { nearlyEqual } from './numbers.js';

/** A step placed in time by the critical-path method (forward and backward pass). */
export interface ScheduledStep {
  step: ValueStreamStep;
  index: number;
  predecessors: string[];
  successors: string[];
  duration: number;
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  slack: number;
}

export interface Schedule {
  /** In listed order. */
  steps: ScheduledStep[];
  byId: Map<string, ScheduledStep>;
  leadTime: number;
  /** One longest path, start to end (see `criticalPathOf` for how ties are broken). */
  criticalPath: string[];
}

/**
 * Predecessors of each step: its `after` list if present (`[]` = starts with the journey),
 * else the step listed just before it. Throws on references the contract validator refuses
 * (unknown, self or later steps), because the analysis is only defined for valid documents.
 */
export function resolvePredecessors(steps: readonly ValueStreamStep[]): string[][] {
  const position = new Map<string, number>();
  steps.forEach((step, i) => {
    if (position.has(step.id)) throw new RangeError(`value-stream: duplicate step id ${JSON.stringify(step.id)}; validate the document first`);
    position.set(step.id, i);
  });
  return steps.map((step, i) => {
    if (step.after === undefined) return i === 0 ? [] : [steps[i - 1]!.id];
    const unique = [...new Set(step.after)];
    for (const pred of unique) {
      const p = position.get(pred);
      if (p === undefined || p >= i) {
        throw new RangeError(`value-stream: step ${JSON.stringify(step.id)} waits for ${JSON.stringify(pred)}, which is not listed before it; validate the document first`);
      }
    }
    return unique;
  });
}

/** Forward pass, backward pass, float and one critical path. Listed order is a topological order. */
export function scheduleSteps(steps: readonly ValueStreamStep[]): Schedule {
  const predecessors = resolvePredecessors(steps);
  const byId = new Map<string, ScheduledStep>();
  const scheduled = steps.map((step, index): ScheduledStep => {
    const preds = predecessors[index]!;
    const earliestStart = Math.max(0, ...preds.map((p) => byId.get(p)!.earliestFinish));
    const duration = step.waitBefore + step.processTime;
    const s: ScheduledStep = {
      step,
      index,
      predecessors: preds,
      successors: [],
      duration,
      earliestStart,
      earliestFinish: earliestStart + duration,
      latestStart: 0,
      latestFinish: 0,
      slack: 0,
    };
    byId.set(step.id, s);
    for (const p of preds) byId.get(p)!.successors.push(step.id);
    return s;
  });
  const leadTime = Math.max(0, ...scheduled.map((s) => s.earliestFinish));
  for (let i = scheduled.length - 1; i >= 0; i--) {
    const s = scheduled[i]!;
    s.latestFinish = Math.min(leadTime, ...s.successors.map((id) => byId.get(id)!.latestStart));
    s.latestStart = s.latestFinish - s.duration;
    const slack = s.latestStart - s.earliestStart;
    s.slack = nearlyEqual(slack, 0) ? 0 : slack;
  }
  return { steps: scheduled, byId, leadTime, criticalPath: criticalPathOf(scheduled, byId, leadTime) };
}

/**
 * Walks back from the end of the journey. Ties (two paths equally long) are broken so the
 * result is stable and readable: the end is the last-listed step finishing at the lead time,
 * and at a join the first predecessor in its `after` list that finishes when the join starts.
 */
function criticalPathOf(steps: readonly ScheduledStep[], byId: Map<string, ScheduledStep>, leadTime: number): string[] {
  let current: ScheduledStep | undefined;
  for (let i = steps.length - 1; i >= 0 && !current; i--) {
    if (nearlyEqual(steps[i]!.earliestFinish, leadTime)) current = steps[i];
  }
  const path: string[] = [];
  while (current) {
    path.push(current.step.id);
    const start = current.earliestStart;
    current = current.predecessors.map((id) => byId.get(id)!).find((p) => nearlyEqual(p.earliestFinish, start));
  }
  return path.reverse();
}
