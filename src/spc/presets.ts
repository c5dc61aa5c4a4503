import type { RulePreset } from '../contract/control-chart.js';
import type { RuleId } from './rules.js';

/** How the signal of a point is chosen when several rules fired on it. */
export type ConflictPolicy = 'improvement-wins' | 'precedence';

export interface RulePresetDefinition {
  rules: readonly RuleId[];
  screenMovingRanges: boolean;
  /** Sigma per unit of average moving range. */
  sigmaPerMovingRange: number;
  conflicts: ConflictPolicy;
  /** Two-of-three semantics: NHSRplotthedots counts only points between 2 and 3 sigma and needs all three on one side. */
  twoOfThree: 'classic' | 'nhsr';
}

/** NHS convention: limits at 2.66 × average moving range, so sigma = 2.66 / 3 × AMR. */
export const NHS_SIGMA_PER_MR = 2.66 / 3;
/** Montgomery/Shewhart: sigma = AMR / d2, d2 = 1.128 for ranges of two. */
export const D2_SIGMA_PER_MR = 1 / 1.128;

export const PRESETS: Record<RulePreset, RulePresetDefinition> = {
  mdc: {
    rules: ['outside-limits', 'trend', 'two-of-three', 'shift'],
    screenMovingRanges: false,
    sigmaPerMovingRange: NHS_SIGMA_PER_MR,
    conflicts: 'improvement-wins',
    twoOfThree: 'classic',
  },
  nhsr: {
    rules: ['outside-limits', 'trend', 'two-of-three', 'shift'],
    screenMovingRanges: true,
    sigmaPerMovingRange: NHS_SIGMA_PER_MR,
    conflicts: 'precedence',
    twoOfThree: 'nhsr',
  },
  anhoej: {
    rules: ['outside-limits', 'runs-longest', 'runs-crossings'],
    screenMovingRanges: true,
    sigmaPerMovingRange: D2_SIGMA_PER_MR,
    conflicts: 'improvement-wins',
    twoOfThree: 'classic',
  },
  'western-electric': {
    rules: ['we-1', 'we-2', 'we-3', 'we-4'],
    screenMovingRanges: false,
    sigmaPerMovingRange: D2_SIGMA_PER_MR,
    conflicts: 'improvement-wins',
    twoOfThree: 'classic',
  },
};

export const DEFAULT_RUN_LENGTH = 7;
/** Fewer points than this in a phase's calculation: trial limits (NHSRplotthedots' warning threshold). */
export const TRIAL_BELOW = 13;
