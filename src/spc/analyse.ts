import type { ControlChartDocument } from '../contract/control-chart.js';
import { runsStatistics } from './anhoej.js';
import type { RuleFlags } from './detect/flags.js';
import { phaseLimits } from './limits/for-chart.js';
import { sigmaLines } from './limits/model.js';
import { phaseWindows, type PhaseWindow } from './phases.js';
import { prepareSeries } from './prepare.js';
import { DEFAULT_RUN_LENGTH, PRESETS, TRIAL_BELOW, type RulePresetDefinition } from './presets.js';
import { resolveSignal, type FiredRule } from './resolve.js';
import { LIMIT_RULES, RULE_PRECEDENCE, type RuleId } from './rules.js';
import { displayedMovingRanges, modelLines, movingRangeLines, secondaryPhase } from './secondary.js';
import { sequenceRules, type RuleSequence } from './sequence-rules.js';
import { assurance } from './assurance.js';
import { variationIcon, type LatestPoint } from './variation.js';
import type {
  AnalysisSettings,
  ControlChartAnalysis,
  ControlChartPhaseAnalysis,
  ControlChartPointAnalysis,
  SecondaryPhaseAnalysis,
  SecondaryPointAnalysis,
  SecondarySeries,
} from './types.js';

/**
 * Analyses a control-chart document: limits per phase, the preset's rules on every point, the
 * variation and assurance icons. A pure function of the document; never throws on a valid
 * document, and degenerate data give `null` limits, never NaN. O(n) apart from medians (run and
 * g charts sort once per phase).
 */
export function analyseControlChart(doc: ControlChartDocument): ControlChartAnalysis {
  const chartType = doc.chartType ?? 'xmr';
  const presetName = doc.rules ?? 'mdc';
  const preset = PRESETS[presetName];
  const settings: AnalysisSettings = {
    rules: presetName,
    improvement: doc.improvement ?? 'neither',
    screenMovingRanges: doc.screenMovingRanges ?? preset.screenMovingRanges,
    sigmaPerMovingRange: preset.sigmaPerMovingRange,
    shiftLength: doc.shiftLength ?? DEFAULT_RUN_LENGTH,
    trendLength: doc.trendLength ?? DEFAULT_RUN_LENGTH,
    multiplier: chartType === 'u' || chartType === 'uprime' ? (doc.multiplier ?? 1) : 1,
    trialBelow: TRIAL_BELOW,
  };
  const rulesApplied = RULE_PRECEDENCE.filter((r) => preset.rules.includes(r) && (chartType !== 'run' || !LIMIT_RULES.has(r)));
  const series = prepareSeries(doc.points, chartType, settings.multiplier);
  const windows = phaseWindows(doc.points, doc.phases, doc.baseline);
  const count = doc.points.length;

  const points: ControlChartPointAnalysis[] = new Array(count);
  const phases: ControlChartPhaseAnalysis[] = [];
  const flags = new Map<RuleId, RuleFlags>(rulesApplied.map((r) => [r, new Int8Array(count)]));
  const mrPoints: SecondaryPointAnalysis[] = [];
  const mrPhases: SecondaryPhaseAnalysis[] = [];
  const sPoints: SecondaryPointAnalysis[] = [];
  const sPhases: SecondaryPhaseAnalysis[] = [];

  windows.forEach((w, phaseIndex) => {
    const limits = phaseLimits(chartType, series, w, {
      screen: settings.screenMovingRanges,
      sigmaPerMovingRange: settings.sigmaPerMovingRange,
      multiplier: settings.multiplier,
    });
    const model = limits.main;
    for (let i = w.start; i <= w.end; i++) {
      const n = series.ns[i];
      const l3 = sigmaLines(model, n, 3);
      const l2 = sigmaLines(model, n, 2);
      const l1 = sigmaLines(model, n, 1);
      points[i] = {
        index: i,
        x: doc.points[i].x,
        value: series.values[i],
        n,
        center: model.center,
        ucl: l3.upper,
        lcl: l3.lower,
        upper2: l2.upper,
        lower2: l2.lower,
        upper1: l1.upper,
        lower1: l1.lower,
        phase: phaseIndex,
        inBaseline: i <= w.calcEnd,
        excluded: series.excluded[i],
        special: false,
        rules: [],
        signal: null,
      };
    }
    const runs = flagPhase(points, w, rulesApplied, preset, settings, flags);
    phases.push({
      startIndex: w.start,
      endIndex: w.end,
      label: w.label,
      center: model.center,
      ...constantLimits(points, w),
      trial: model.pointsUsed < TRIAL_BELOW,
      pointsUsed: model.pointsUsed,
      frozenCount: w.frozenCount,
      runs,
    });
    if (limits.xmr) {
      const lines = movingRangeLines(limits.xmr.movingRange.unscreened);
      const ranges = displayedMovingRanges(series.values, series.excluded, w);
      mrPhases.push(secondaryPhase(w, ranges, series.excluded, () => lines, mrPoints));
    }
    if (limits.xbarS) {
      const sModel = limits.xbarS.s;
      const sds = series.subgroups.slice(w.start, w.end + 1).map((g) => g?.sd ?? null);
      sPhases.push(secondaryPhase(w, sds, series.excluded, (i) => modelLines(sModel, series.ns[i]), sPoints));
    }
  });

  const latest = resolvePoints(points, rulesApplied, flags, preset, settings);
  const lastPhase = windows.length > 0 ? windows[windows.length - 1] : null;
  const assuranceLimits = lastPhase ? latestLimits(points, lastPhase) : null;
  return {
    chartType,
    points,
    phases,
    variation: variationIcon(latest),
    assurance: assurance(assuranceLimits?.lcl ?? null, assuranceLimits?.ucl ?? null, doc.target, settings.improvement),
    runs: phases.length > 0 ? phases[phases.length - 1].runs : null,
    movingRange: chartType === 'xmr' ? secondary(mrPoints, mrPhases) : null,
    sChart: chartType === 'xbar-s' ? secondary(sPoints, sPhases) : null,
    rulesApplied,
    settings,
  };
}

const secondary = (points: SecondaryPointAnalysis[], phases: SecondaryPhaseAnalysis[]): SecondarySeries => ({ points, phases });
const nan = (v: number | null): number => (v === null ? NaN : v);

/**
 * Runs the preset's rules on one phase and records their flags by point index. Point rules
 * (`outside-limits`, `we-1`) judge every point with a value, excluded ones too (qicharts2 flags
 * them); sequence rules and the Anhøj statistics use only included points, gaps skipped.
 */
function flagPhase(
  points: ControlChartPointAnalysis[],
  w: PhaseWindow,
  rules: readonly RuleId[],
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
  flags: Map<RuleId, RuleFlags>,
) {
  const order: number[] = [];
  let observations = 0;
  for (let i = w.start; i <= w.end; i++) {
    const p = points[i];
    if (p.excluded) continue;
    observations++;
    if (p.value !== null && p.center !== null) order.push(i);
  }
  for (const rule of ['outside-limits', 'we-1'] as const) {
    const f = flags.get(rule);
    if (!f) continue;
    for (let i = w.start; i <= w.end; i++) {
      const { value, ucl, lcl } = points[i];
      if (value === null) continue;
      if (ucl !== null && value > ucl) f[i] = 1;
      else if (lcl !== null && value < lcl) f[i] = -1;
    }
  }
  const seq = toSequence(points, order);
  const sides = new Int8Array(order.length);
  for (let k = 0; k < order.length; k++) sides[k] = Math.sign(seq.values[k] - seq.centers[k]);
  const runs = runsStatistics(sides, observations);
  const seqFlags = sequenceRules(seq, rules, {
    shiftLength: settings.shiftLength,
    trendLength: settings.trendLength,
    twoOfThree: preset.twoOfThree,
    runs,
  });
  for (const [rule, f] of seqFlags) {
    const target = flags.get(rule);
    if (!target) continue;
    for (let k = 0; k < order.length; k++) if (f[k] !== 0) target[order[k]] = f[k];
  }
  return runs;
}

function toSequence(points: readonly ControlChartPointAnalysis[], order: readonly number[]): RuleSequence {
  const m = order.length;
  const seq: RuleSequence = {
    values: new Float64Array(m),
    centers: new Float64Array(m),
    ucl: new Float64Array(m),
    lcl: new Float64Array(m),
    upper2: new Float64Array(m),
    lower2: new Float64Array(m),
    upper1: new Float64Array(m),
    lower1: new Float64Array(m),
  };
  order.forEach((i, k) => {
    const p = points[i];
    seq.values[k] = nan(p.value);
    seq.centers[k] = nan(p.center);
    seq.ucl[k] = nan(p.ucl);
    seq.lcl[k] = nan(p.lcl);
    seq.upper2[k] = nan(p.upper2);
    seq.lower2[k] = nan(p.lower2);
    seq.upper1[k] = nan(p.upper1);
    seq.lower1[k] = nan(p.lower1);
  });
  return seq;
}

/** Writes `rules`, `special` and `signal` on every point; returns what the variation icon needs about the latest point. */
function resolvePoints(
  points: ControlChartPointAnalysis[],
  rules: readonly RuleId[],
  flags: Map<RuleId, RuleFlags>,
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
): LatestPoint | null {
  let latest: LatestPoint | null = null;
  const arrays = rules.map((r) => [r, flags.get(r) as RuleFlags] as const);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    let fired: FiredRule[] | null = null;
    for (const [rule, f] of arrays) {
      if (f[i] === 0) continue;
      (fired ??= []).push({ rule, direction: f[i] });
      p.rules.push(rule);
    }
    let direction = 0;
    if (fired) {
      const resolved = resolveSignal(fired, settings.improvement, preset.conflicts);
      p.special = true;
      p.signal = resolved.signal;
      direction = resolved.direction;
    }
    if (p.value !== null) {
      const side = p.center === null ? 0 : Math.sign(p.value - p.center);
      latest = { judged: p.center !== null, special: p.special, signal: p.signal, direction, side };
    }
  }
  return latest;
}

/** A phase's limits when every point with limits has the same ones (constant n), else `null`. */
function constantLimits(points: readonly ControlChartPointAnalysis[], w: PhaseWindow): { ucl: number | null; lcl: number | null } {
  let ucl: number | null = null;
  let lcl: number | null = null;
  for (let i = w.start; i <= w.end; i++) {
    const p = points[i];
    if (p.ucl === null && p.lcl === null) continue;
    if (ucl === null && lcl === null) {
      ucl = p.ucl;
      lcl = p.lcl;
    } else if (p.ucl !== ucl || p.lcl !== lcl) return { ucl: null, lcl: null };
  }
  return { ucl, lcl };
}

/** Limits of the last point of the phase that has both (NHSRplotthedots judges assurance on the last row). */
function latestLimits(points: readonly ControlChartPointAnalysis[], w: PhaseWindow): { ucl: number; lcl: number } | null {
  for (let i = w.end; i >= w.start; i--) {
    const { ucl, lcl } = points[i];
    if (ucl !== null && lcl !== null) return { ucl, lcl };
  }
  return null;
}

