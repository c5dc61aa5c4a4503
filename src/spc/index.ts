/** The SPC engine: pure TypeScript, no DOM. See CONVENTIONS.md for every convention choice. */
export { analyseControlChart } from './analyse.js';
export type * from './types.js';
export { RULES, RULE_PRECEDENCE, LIMIT_RULES, type RuleId } from './rules.js';
export { PRESETS, DEFAULT_RUN_LENGTH, TRIAL_BELOW, NHS_SIGMA_PER_MR, D2_SIGMA_PER_MR } from './presets.js';
export type { RulePresetDefinition, ConflictPolicy } from './presets.js';

// Limit calculators, one per chart family.
export { sigmaLines, sigmaLine, usableSigma, lineCache, centreOnly, type LimitModel, type SigmaLines, type PointLines } from './limits/model.js';
export { xmrLimits, type XmrModel, type MovingRangeOptions } from './limits/xmr.js';
export { runLimits } from './limits/run.js';
export { cLimits } from './limits/c.js';
export { gLimits } from './limits/g.js';
export { tLimits, T_POWER } from './limits/t.js';
export { pLimits, type ProportionOptions } from './limits/p.js';
export { uLimits, type RateOptions } from './limits/u.js';
export { laneySigmaZ } from './limits/laney.js';
export { pooledRatio, type RatioWindow } from './limits/ratio-input.js';
export { xbarSLimits, type SubgroupSummary, type XbarSModels } from './limits/xbar-s.js';
export { movingRanges, averageMovingRange, type AverageMovingRange } from './moving-range.js';
export { movingRangeLines, displayedMovingRanges } from './secondary.js';
export { c4, c5, a3, b3, b4, D4_MR } from './constants.js';

// Rule detectors.
export { NO_DIRECTION, sidesOf, type RuleFlags } from './detect/flags.js';
export { outsideLimits } from './detect/outside-limits.js';
export { runEnds, partOfRun } from './detect/runs.js';
export { shift } from './detect/shift.js';
export { trend, trendEnds } from './detect/trend.js';
export { kOfM, beyondLines } from './detect/k-of-m.js';
export { nhsrTwoInThree, twoOfThreeNhsr } from './detect/two-of-three-nhsr.js';
export { runsStatistics, longestRunMax, crossingsMin, longRuns, fewCrossings } from './anhoej.js';

// Signals and icons.
export { resolveSignal, type FiredRule, type ResolvedSignal } from './resolve.js';
export { variationIcon, type LatestPoint } from './variation.js';
export { assurance } from './assurance.js';
export { phaseWindows, type PhaseWindow } from './phases.js';
