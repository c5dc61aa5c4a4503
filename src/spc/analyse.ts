import type { ControlChartDocument } from '../contract/control-chart.js';
import { runsStatistics } from './anhoej.js';
import { assurance } from './assurance.js';
import type { RuleFlags } from './detect/flags.js';
import { phaseLimits } from './limits/for-chart.js';
import { lineCache, type PointLines } from './limits/model.js';
import { phaseWindows, type PhaseWindow } from './phases.js';
import { prepareSeries, type PreparedSeries } from './prepare.js';
import { DEFAULT_RUN_LENGTH, PRESETS, TRIAL_BELOW, type RulePresetDefinition } from './presets.js';
import { resolveSignal, type FiredRule } from './resolve.js';
import { LIMIT_RULES, RULE_PRECEDENCE, type RuleId } from './rules.js';
import { displayedMovingRanges, modelLines, movingRangeLines, secondaryPhase } from './secondary.js';
import { sequenceRules, type RuleSequence } from './sequence-rules.js';
import type {
  AnalysisSettings,
  ControlChartAnalysis,
  ControlChartPhaseAnalysis,
  ControlChartPointAnalysis,
  PointSignal,
  RunsStatistics,
  SecondaryPhaseAnalysis,
  SecondaryPointAnalysis,
  SecondarySeries,
} from './types.js';
import { variationIcon, type LatestPoint } from './variation.js';

/** Per-point numbers while analysing, NaN where the public result has `null` (typed arrays: no boxing, no GC churn). */
interface Columns {
  values: Float64Array;
  centers: Float64Array;
  ucl: Float64Array;
  lcl: Float64Array;
  upper2: Float64Array;
  lower2: Float64Array;
  upper1: Float64Array;
  lower1: Float64Array;
}

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

  const cols = columns(count);
  for (let i = 0; i < count; i++) cols.values[i] = series.values[i] ?? NaN;
  const pointPhase = new Int32Array(count);
  // The public points take their numbers from these (shared references: no re-boxing of doubles).
  const pointLines: PointLines[] = new Array(count);
  const phaseCenters: (number | null)[] = [];
  const flags = rulesApplied.map(() => new Int8Array(count));
  const phases: ControlChartPhaseAnalysis[] = [];
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
    const center = model.center ?? NaN;
    const linesAt = lineCache(model);
    phaseCenters.push(model.center);
    for (let i = w.start; i <= w.end; i++) {
      const l = linesAt(series.ns[i]);
      pointLines[i] = l;
      pointPhase[i] = phaseIndex;
      cols.centers[i] = center;
      cols.ucl[i] = l.ucl ?? NaN;
      cols.lcl[i] = l.lcl ?? NaN;
      cols.upper2[i] = l.upper2 ?? NaN;
      cols.lower2[i] = l.lower2 ?? NaN;
      cols.upper1[i] = l.upper1 ?? NaN;
      cols.lower1[i] = l.lower1 ?? NaN;
    }
    phases.push({
      startIndex: w.start,
      endIndex: w.end,
      label: w.label,
      center: model.center,
      ...constantLimits(cols, w),
      trial: model.pointsUsed < TRIAL_BELOW,
      pointsUsed: model.pointsUsed,
      frozenCount: w.frozenCount,
      runs: flagPhase(cols, series.excluded, w, rulesApplied, flags, preset, settings),
    });
    if (limits.xmr) {
      const lines = movingRangeLines(limits.xmr.movingRange.unscreened);
      const ranges = displayedMovingRanges(series.values, series.excluded, w);
      mrPhases.push(secondaryPhase(w, ranges, series.excluded, () => lines, mrPoints));
    }
    if (limits.xbarS) {
      const sModel = limits.xbarS.s;
      const sLines = lineCache(sModel);
      let last: PointLines | null = null;
      let lines = modelLines(sModel, sLines(null));
      const linesAt = (i: number) => {
        const l = sLines(series.ns[i]);
        if (l !== last) lines = modelLines(sModel, (last = l));
        return lines;
      };
      const sds = series.subgroups.slice(w.start, w.end + 1).map((g) => g?.sd ?? null);
      sPhases.push(secondaryPhase(w, sds, series.excluded, linesAt, sPoints));
    }
  });

  const points: ControlChartPointAnalysis[] = new Array(count);
  const latest = buildPoints(doc, series, pointLines, pointPhase, phaseCenters, windows, rulesApplied, flags, preset, settings, points);
  const lastPhase = windows.length > 0 ? windows[windows.length - 1] : null;
  const limitsForAssurance = lastPhase ? latestLimits(cols, lastPhase) : null;
  return {
    chartType,
    points,
    phases,
    variation: variationIcon(latest),
    assurance: assurance(limitsForAssurance?.lcl ?? null, limitsForAssurance?.ucl ?? null, doc.target, settings.improvement),
    runs: phases.length > 0 ? phases[phases.length - 1].runs : null,
    movingRange: chartType === 'xmr' ? secondary(mrPoints, mrPhases) : null,
    sChart: chartType === 'xbar-s' ? secondary(sPoints, sPhases) : null,
    rulesApplied,
    settings,
  };
}

/**
 * The public point's shape, made once with `null` numbers: V8 then keeps the points' numbers
 * as shared references instead of boxing a private copy of each (20,000 points would box
 * 160,000 doubles, and reading a boxed field allocates again). Same keys in the same order as
 * `buildPoints` writes them (a test checks).
 */
export const POINT_SHAPE: Readonly<ControlChartPointAnalysis> = Object.freeze({
  index: 0,
  x: '',
  value: null,
  n: null,
  center: null,
  ucl: null,
  lcl: null,
  upper2: null,
  lower2: null,
  upper1: null,
  lower1: null,
  phase: 0,
  inBaseline: false,
  excluded: false,
  special: false,
  rules: [],
  signal: null,
});

/** Shared by every point where no rule fired: 20,000 empty arrays are not free. */
const NO_RULES: readonly RuleId[] = Object.freeze([]);

const secondary = (points: SecondaryPointAnalysis[], phases: SecondaryPhaseAnalysis[]): SecondarySeries => ({ points, phases });
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** The eight columns as views of one buffer: one allocation instead of eight. */
function columns(count: number): Columns {
  const all = new Float64Array(8 * count).fill(NaN);
  const view = (k: number) => all.subarray(k * count, (k + 1) * count);
  return { values: view(0), centers: view(1), ucl: view(2), lcl: view(3), upper2: view(4), lower2: view(5), upper1: view(6), lower1: view(7) };
}

/**
 * Runs the preset's rules on one phase and records their flags by point index. Point rules
 * (`outside-limits`, `we-1`) judge every point with a value, excluded ones too (qicharts2 flags
 * them); sequence rules and the Anhøj statistics use only included points, gaps skipped.
 */
function flagPhase(
  cols: Columns,
  excluded: readonly boolean[],
  w: PhaseWindow,
  rules: readonly RuleId[],
  flags: RuleFlags[],
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
): RunsStatistics | null {
  const { values, centers, ucl, lcl } = cols;
  const order: number[] = [];
  let observations = 0;
  for (let i = w.start; i <= w.end; i++) {
    if (excluded[i]) continue;
    observations++;
    if (!Number.isNaN(values[i]) && !Number.isNaN(centers[i])) order.push(i);
  }
  rules.forEach((rule, r) => {
    if (rule !== 'outside-limits' && rule !== 'we-1') return;
    const f = flags[r];
    for (let i = w.start; i <= w.end; i++) {
      if (values[i] > ucl[i]) f[i] = 1; // NaN compares false: gaps and missing limits never fire
      else if (values[i] < lcl[i]) f[i] = -1;
    }
  });
  const seq = gather(cols, order);
  const sides = new Int8Array(order.length);
  for (let k = 0; k < order.length; k++) sides[k] = Math.sign(seq.values[k] - seq.centers[k]);
  const runs = runsStatistics(sides, observations);
  const seqFlags = sequenceRules(seq, rules, {
    shiftLength: settings.shiftLength,
    trendLength: settings.trendLength,
    twoOfThree: preset.twoOfThree,
    runs,
  });
  rules.forEach((rule, r) => {
    const f = seqFlags.get(rule);
    if (!f) return;
    const target = flags[r];
    for (let k = 0; k < order.length; k++) if (f[k] !== 0) target[order[k]] = f[k];
  });
  return runs;
}

/** The phase's points that take part in the run rules, packed in order (views when nothing is skipped). */
function gather(cols: Columns, order: readonly number[]): RuleSequence {
  const first = order.length > 0 ? order[0] : 0;
  const contiguous = order.length === 0 || order[order.length - 1] - first === order.length - 1;
  const pick = (from: Float64Array) => {
    if (contiguous) return from.subarray(first, first + order.length);
    const out = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) out[k] = from[order[k]];
    return out;
  };
  return {
    values: pick(cols.values),
    centers: pick(cols.centers),
    ucl: pick(cols.ucl),
    lcl: pick(cols.lcl),
    upper2: pick(cols.upper2),
    lower2: pick(cols.lower2),
    upper1: pick(cols.upper1),
    lower1: pick(cols.lower1),
  };
}

/** What every point with the same fired rules shares: its rule list and signal. */
interface Verdict {
  rules: readonly RuleId[];
  signal: PointSignal | null;
  direction: number;
}

const NO_VERDICT: Verdict = { rules: NO_RULES, signal: null, direction: 0 };

/**
 * Builds the public points (rules, special, signal); returns what the variation icon needs about the latest point.
 * Points where the same rules fired the same way share one frozen rule list and one resolved
 * signal: a long shift flags hundreds of points alike, so this resolves a handful of combinations.
 */
function buildPoints(
  doc: ControlChartDocument,
  series: PreparedSeries,
  pointLines: readonly PointLines[],
  pointPhase: Int32Array,
  phaseCenters: readonly (number | null)[],
  windows: readonly PhaseWindow[],
  rules: readonly RuleId[],
  flags: readonly RuleFlags[],
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
  into: ControlChartPointAnalysis[],
): LatestPoint | null {
  let latestIndex = -1;
  let latestVerdict = NO_VERDICT;
  const verdicts = new Map<number, Verdict>();
  const { values, ns, excluded } = series;
  const docPoints = doc.points;
  for (let i = 0; i < into.length; i++) {
    // Directions −1, 0, 1, 2 as base-4 digits, one per rule (at most ten rules: below 4^10).
    let code = 0;
    for (let r = 0; r < flags.length; r++) code = code * 4 + flags[r][i] + 1;
    let verdict = code === NO_FLAGS[flags.length] ? NO_VERDICT : verdicts.get(code);
    if (verdict === undefined) {
      verdict = resolveFlags(flags, i, rules, preset, settings);
      verdicts.set(code, verdict);
    }
    const value = values[i];
    const phase = pointPhase[i];
    const center = phaseCenters[phase];
    const l = pointLines[i];
    const special = verdict !== NO_VERDICT;
    into[i] = {
      index: i,
      x: docPoints[i].x,
      value,
      n: ns[i],
      center,
      ucl: l.ucl,
      lcl: l.lcl,
      upper2: l.upper2,
      lower2: l.lower2,
      upper1: l.upper1,
      lower1: l.lower1,
      phase,
      inBaseline: i <= windows[phase].calcEnd,
      excluded: excluded[i],
      special,
      rules: verdict.rules,
      signal: verdict.signal,
    };
    if (value !== null) {
      latestIndex = i;
      latestVerdict = verdict;
    }
  }
  if (latestIndex < 0) return null;
  const { value, center, special } = into[latestIndex]!;
  return {
    judged: center !== null,
    special,
    signal: latestVerdict.signal,
    direction: latestVerdict.direction,
    side: center === null ? 0 : Math.sign(value! - center),
  };
}

/** The code of "no rule fired" for each number of rules (every digit 1). */
const NO_FLAGS = Array.from({ length: RULE_PRECEDENCE.length + 1 }, (_, k) => (4 ** k - 1) / 3);

/** The rules that fired on point `i` and the signal they give; `NO_VERDICT` when none fired. */
function resolveFlags(flags: readonly RuleFlags[], i: number, rules: readonly RuleId[], preset: RulePresetDefinition, settings: AnalysisSettings): Verdict {
  const fired: FiredRule[] = [];
  for (let r = 0; r < flags.length; r++) {
    const direction = flags[r][i];
    if (direction !== 0) fired.push({ rule: rules[r], direction });
  }
  if (fired.length === 0) return NO_VERDICT;
  const resolved = resolveSignal(fired, settings.improvement, preset.conflicts);
  return { rules: Object.freeze(fired.map((f) => f.rule)), signal: resolved.signal, direction: resolved.direction };
}

/** A phase's limits when every point with limits has the same ones (constant n), else `null`. */
function constantLimits(cols: Columns, w: PhaseWindow): { ucl: number | null; lcl: number | null } {
  let ucl = NaN;
  let lcl = NaN;
  let seen = false;
  for (let i = w.start; i <= w.end; i++) {
    const u = cols.ucl[i];
    const l = cols.lcl[i];
    if (Number.isNaN(u) && Number.isNaN(l)) continue;
    if (!seen) {
      seen = true;
      ucl = u;
      lcl = l;
    } else if (!same(u, ucl) || !same(l, lcl)) return { ucl: null, lcl: null };
  }
  return { ucl: orNull(ucl), lcl: orNull(lcl) };
}

/** Limits of the last point of the phase that has both (NHSRplotthedots judges assurance on the last row). */
function latestLimits(cols: Columns, w: PhaseWindow): { ucl: number; lcl: number } | null {
  for (let i = w.end; i >= w.start; i--) {
    if (!Number.isNaN(cols.ucl[i]) && !Number.isNaN(cols.lcl[i])) return { ucl: cols.ucl[i], lcl: cols.lcl[i] };
  }
  return null;
}
