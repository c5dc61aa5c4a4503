/**
 * Value-stream analysis (pure TypeScript, no DOM): lead time along the critical path,
 * value-added time, PCE, bottleneck, rolled %C&A and rework, state comparison, and the
 * layout helpers `hcx-value-stream-map` draws with. Conventions: `src/vsm/README.md`.
 */
export { analyseValueStream } from './analyse.js';
export { analyseState } from './state.js';
export { compareStates } from './compare.js';
export { matchSteps } from './match.js';
export { layoutFlow } from './layout.js';
export type { FlowEdge, FlowLayout, FlowNode, LadderSegment } from './layout.js';
export { completeAccurate, expectedRework, rolledCompleteAccurate, stepRework } from './rework.js';
export { resolvePredecessors, scheduleSteps } from './schedule.js';
export type { Schedule, ScheduledStep } from './schedule.js';
export type * from './types.js';
