/** Hand-written statistics: distributions, intervals, two-sample tests and funnel limits. */
export { logGamma, logBeta, gammaP, gammaQ, betaI, betaIComplement } from './special.js';
export { normalCdf, normalSurvival, normalPdf, normalQuantile, twoSidedNormalP, zCritical } from './normal.js';
export { studentTCdf, studentTPdf, studentTQuantile, twoSidedTP, tCritical } from './student-t.js';
export { gammaCdf, gammaQuantile, chiSquareCdf, chiSquareQuantile } from './gamma.js';
export { betaCdf, betaQuantile } from './beta.js';
export {
  binomialPmf,
  binomialCdf,
  binomialSurvival,
  binomialQuantile,
  poissonPmf,
  poissonCdf,
  poissonQuantile,
} from './discrete.js';
export {
  type Interval,
  type NpsCountsInput,
  type NpsInterval,
  DEFAULT_CONFIDENCE,
  NPS_PSEUDO_OBSERVATIONS,
  wilsonInterval,
  tMeanInterval,
  poissonExactInterval,
  npsFromCounts,
  npsVariance,
  npsAdjustedWaldInterval,
  npsConservativeInterval,
} from './intervals.js';
export {
  type TestResult,
  twoProportionZTest,
  npsDifferenceZTest,
  welchTTest,
  poissonRateZTest,
  poissonRateExactP,
  binomialTwoSidedP,
} from './compare.js';
export {
  type FunnelLevel,
  type FunnelLimits,
  FUNNEL_LEVELS,
  binomialFunnelLimit,
  poissonFunnelLimit,
  normalFunnelLimit,
  binomialFunnel,
  poissonFunnel,
  normalFunnel,
  beyondDiscreteLimit,
} from './funnel.js';
