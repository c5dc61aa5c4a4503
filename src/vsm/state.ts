import type { KaizenBurst, ValueStreamState } from '../contract/value-stream.js';
import { ratio, sum } from './numbers.js';
import { completeAccurate, expectedRework, rolledCompleteAccurate, stepRework } from './rework.js';
import { scheduleSteps } from './schedule.js';
import type { ValueStreamStateAnalysis, ValueStreamStepAnalysis } from './types.js';

/**
 * Lead time, value-added time, PCE, bottleneck and rework of one state.
 * Value-added time counts the critical path only, so that it is a part of the lead time
 * (PCE ≤ 1) even when parallel branches add value at the same time; the VA of every step
 * is in `totals.valueAddedTime`.
 */
export function analyseState(state: ValueStreamState, kaizen: readonly KaizenBurst[] = []): ValueStreamStateAnalysis {
  const schedule = scheduleSteps(state.steps);
  const onPath = new Set(schedule.criticalPath);
  const steps = schedule.steps.map(({ step, index, predecessors, duration, earliestStart, earliestFinish, latestStart, latestFinish, slack }): ValueStreamStepAnalysis => ({
    id: step.id,
    label: step.label,
    role: step.role ?? null,
    index,
    predecessors,
    waitBefore: step.waitBefore,
    processTime: step.processTime,
    valueAdded: step.valueAdded,
    duration,
    nonValueAdded: duration - step.valueAdded,
    earliestStart,
    processStart: earliestStart + step.waitBefore,
    earliestFinish,
    latestStart,
    latestFinish,
    slack,
    onCriticalPath: onPath.has(step.id),
    completeAccurate: completeAccurate(step),
    expectedRework: stepRework(step),
    kaizen: kaizen.filter((k) => k.state === state.id && k.step === step.id).map((k) => k.label),
  }));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const path = schedule.criticalPath.map((id) => byId.get(id)!);
  const leadTime = schedule.leadTime;
  const valueAddedTime = sum(path.map((s) => s.valueAdded));
  // Σ of the path's NVA equals leadTime − VA; computed as a difference so the parts add up exactly.
  const nonValueAddedTime = leadTime - valueAddedTime;
  const processTime = sum(path.map((s) => s.processTime));
  return {
    id: state.id,
    label: state.label,
    leadTime,
    valueAddedTime,
    nonValueAddedTime,
    pce: ratio(valueAddedTime, leadTime),
    nvaShare: ratio(nonValueAddedTime, leadTime),
    waitTime: sum(path.map((s) => s.waitBefore)),
    processTime,
    activityRatio: ratio(processTime, leadTime),
    criticalPath: schedule.criticalPath,
    bottleneck: largest(path, (s) => s.nonValueAdded),
    longestWait: largest(path, (s) => s.waitBefore),
    rolledCA: rolledCompleteAccurate(state.steps),
    expectedRework: expectedRework(state.steps),
    totals: {
      waitTime: sum(steps.map((s) => s.waitBefore)),
      processTime: sum(steps.map((s) => s.processTime)),
      valueAddedTime: sum(steps.map((s) => s.valueAdded)),
      nonValueAddedTime: sum(steps.map((s) => s.nonValueAdded)),
    },
    roles: [...new Set(steps.flatMap((s) => (s.role === null ? [] : [s.role])))],
    steps,
  };
}

/** Id of the step with the largest positive value (first one on ties); `null` if all are 0. */
function largest(steps: readonly ValueStreamStepAnalysis[], value: (s: ValueStreamStepAnalysis) => number): string | null {
  let best: ValueStreamStepAnalysis | null = null;
  for (const s of steps) if (value(s) > 0 && (best === null || value(s) > value(best))) best = s;
  return best?.id ?? null;
}
