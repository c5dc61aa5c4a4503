import type { ControlChartDocument } from '../contract/control-chart.js';
import { runsStatistics } from './anhoej.js';
import { assurance } from './assurance.js';
import { phaseLimits } from './limits/for-chart.js';
import { pointLines, type PointLines } from './limits/model.js';
import { phaseWindows, type PhaseWindow } from './phases.js';
import { prepareSeries, type PreparedSeries } from './prepare.js';
import { DEFAULT_RUN_LENGTH, PRESETS, TRIAL_BELOW, type RulePresetDefinition } from './presets.js';
import { resolveSignal, type FiredRule } from './resolve.js';
import { LIMIT_RULES, RULE_PRECEDENCE, type RuleId } from './rules.js';
import { modelLines, movingRangeLines, secondaryPhase, writeMovingRanges } from './secondary.js';
import { EXCLUDED, IN_BASELINE, NO_VERDICT, PointTable, SecondaryTable, nanColumns, secondaryColumns, type PointColumns, type SecondaryColumns, type Verdict } from './point-table.js';
import { constantLimits, fillLines, flagBeyond, includedPoints, markWhere, pick, scatterFlags, setFlag } from './column-loops.js';
import { sidesOf, type RuleFlags } from './detect/flags.js';
import { lazyProperty } from '../util/lazy-rows.js';
import { sequenceRules, type RuleSequence } from './sequence-rules.js';
import type {
  AnalysisSettings,
  ControlChartAnalysis,
  ControlChartPhaseAnalysis,
  RunsStatistics,
  SecondaryPhaseAnalysis,
  SecondarySeries,
} from './types.js';
import { variationIcon, type LatestPoint } from './variation.js';

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

  const cols = pointColumns(count, series);
  const flags = rulesApplied.map(() => new Int8Array(count));
  const phases: ControlChartPhaseAnalysis[] = [];
  const mr = chartType === 'xmr' ? secondaryColumns(count) : null;
  const s = chartType === 'xbar-s' ? secondaryColumns(count) : null;
  const mrPhases: SecondaryPhaseAnalysis[] = [];
  const sPhases: SecondaryPhaseAnalysis[] = [];

  windows.forEach((w, phaseIndex) => {
    const limits = phaseLimits(chartType, series, w, {
      screen: settings.screenMovingRanges,
      sigmaPerMovingRange: settings.sigmaPerMovingRange,
      multiplier: settings.multiplier,
    });
    const model = limits.main;
    const center = model.center ?? NaN;
    writeLines(cols, w, phaseIndex, center, (n) => pointLines(model, n), series.ns);
    phases.push({
      startIndex: w.start,
      endIndex: w.end,
      label: w.label,
      center: model.center,
      ...constantLimits(cols.ucl, cols.lcl, w),
      trial: model.pointsUsed < TRIAL_BELOW,
      pointsUsed: model.pointsUsed,
      frozenCount: w.frozenCount,
      runs: flagPhase(cols, series.excluded, w, rulesApplied, flags, preset, settings),
    });
    if (limits.xmr && mr) {
      const lines = movingRangeLines(limits.xmr.movingRange.unscreened);
      writeMovingRanges(series.values, series.excluded, w, mr.values);
      mrPhases.push(secondaryPhase(w, series.excluded, series.ns, () => lines, mr));
    }
    if (limits.xbarS && s) {
      const sModel = limits.xbarS.s;
      writeSubgroupSds(series, w, s.values);
      sPhases.push(secondaryPhase(w, series.excluded, series.ns, (n) => modelLines(sModel, pointLines(sModel, n)), s));
    }
  });

  const verdicts = judgePoints(cols, rulesApplied, flags, preset, settings);
  const table = new PointTable(cols, doc.points, series.ns, verdicts);
  const lastPhase = windows.length > 0 ? windows[windows.length - 1] : null;
  const limitsForAssurance = lastPhase ? latestLimits(cols, lastPhase) : null;
  const analysis: ControlChartAnalysis = {
    chartType,
    points: [],
    phases,
    variation: variationIcon(latestPoint(table)),
    assurance: assurance(limitsForAssurance?.lcl ?? null, limitsForAssurance?.ucl ?? null, doc.target, settings.improvement),
    runs: phases.length > 0 ? phases[phases.length - 1].runs : null,
    movingRange: mr ? secondary(mr, mrPhases) : null,
    sChart: s ? secondary(s, sPhases) : null,
    rulesApplied,
    settings,
  };
  lazyProperty(analysis, 'points', () => table.list());
  tables.set(analysis, table);
  return analysis;
}

const tables = new WeakMap<object, PointTable | SecondaryTable>();

/**
 * The point table behind an analysis made by {@link analyseControlChart}: the chart reads
 * its columns, so drawing 20,000 points makes no point objects.
 */
export function pointTableOf(analysis: ControlChartAnalysis): PointTable {
  const table = tables.get(analysis);
  if (!(table instanceof PointTable)) throw new TypeError('pointTableOf: not an analysis made by analyseControlChart');
  return table;
}

/** The table behind a secondary series (moving ranges, S chart) of such an analysis. */
export function secondaryTableOf(series: SecondarySeries): SecondaryTable {
  const table = tables.get(series);
  if (!(table instanceof SecondaryTable)) throw new TypeError('secondaryTableOf: not a series made by analyseControlChart');
  return table;
}

/** A secondary series whose `points` are made on first read. */
function secondary(columns: SecondaryColumns, phases: SecondaryPhaseAnalysis[]): SecondarySeries {
  const table = new SecondaryTable(columns);
  const series: SecondarySeries = { points: [], phases };
  lazyProperty(series, 'points', () => table.list());
  tables.set(series, table);
  return series;
}

/** The point columns with the values and exclusions; lines NaN (none) until the phases fill them. */
function pointColumns(count: number, series: PreparedSeries): PointColumns {
  const cols: PointColumns = {
    ...nanColumns(['values', 'centers', 'ucl', 'lcl', 'upper2', 'lower2', 'upper1', 'lower1'] as const, count),
    phase: new Int32Array(count),
    verdict: new Int32Array(count),
    flags: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) cols.values[i] = series.values[i] ?? NaN;
  markWhere(series.excluded, { start: 0, end: count - 1 }, cols.flags, EXCLUDED);
  return cols;
}

/** One phase's index, baseline flag and lines in the point columns. */
function writeLines(cols: PointColumns, w: PhaseWindow, phaseIndex: number, center: number, linesAt: (n: number | null) => PointLines, ns: readonly (number | null)[]): void {
  cols.phase.fill(phaseIndex, w.start, w.end + 1);
  cols.centers.fill(center, w.start, w.end + 1);
  setFlag(cols.flags, w.start, w.calcEnd, IN_BASELINE);
  fillLines(cols, POINT_LINES, w, ns, linesAt);
}

const POINT_LINES = ['ucl', 'lcl', 'upper2', 'lower2', 'upper1', 'lower1'] as const;

/** The S chart's values: each subgroup's standard deviation, NaN where there is none. */
function writeSubgroupSds(series: PreparedSeries, w: PhaseWindow, into: Float64Array): void {
  for (let i = w.start; i <= w.end; i++) into[i] = series.subgroups[i]?.sd ?? NaN;
}

/**
 * Runs the preset's rules on one phase and records their flags by point index. Point rules
 * (`outside-limits`, `we-1`) judge every point with a value, excluded ones too (qicharts2 flags
 * them); sequence rules and the Anhøj statistics use only included points, gaps skipped.
 */
function flagPhase(
  cols: PointColumns,
  excluded: readonly boolean[],
  w: PhaseWindow,
  rules: readonly RuleId[],
  flags: RuleFlags[],
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
): RunsStatistics | null {
  const { order, observations } = includedPoints(cols.values, cols.centers, excluded, w);
  rules.forEach((rule, r) => {
    if (rule === 'outside-limits' || rule === 'we-1') flagBeyond(cols.values, cols.ucl, cols.lcl, w, flags[r], 1, -1);
  });
  const seq = gather(cols, order);
  const runs = runsStatistics(sidesOf(seq.values, seq.centers), observations);
  const seqFlags = sequenceRules(seq, rules, {
    shiftLength: settings.shiftLength,
    trendLength: settings.trendLength,
    twoOfThree: preset.twoOfThree,
    runs,
  });
  rules.forEach((rule, r) => {
    const f = seqFlags.get(rule);
    if (f) scatterFlags(f, order, flags[r]);
  });
  return runs;
}

/** The phase's points that take part in the run rules, packed in order (views when nothing is skipped). */
function gather(cols: PointColumns, order: Int32Array): RuleSequence {
  return {
    values: pick(cols.values, order),
    centers: pick(cols.centers, order),
    ucl: pick(cols.ucl, order),
    lcl: pick(cols.lcl, order),
    upper2: pick(cols.upper2, order),
    lower2: pick(cols.lower2, order),
    upper1: pick(cols.upper1, order),
    lower1: pick(cols.lower1, order),
  };
}

/**
 * Writes each point's verdict (the rules that fired and the signal they give) as an index into
 * the returned list. Points where the same rules fired the same way share one frozen rule list
 * and one resolved signal: a long shift flags hundreds of points alike, so this resolves a
 * handful of combinations.
 */
function judgePoints(
  cols: PointColumns,
  rules: readonly RuleId[],
  flags: readonly RuleFlags[],
  preset: RulePresetDefinition,
  settings: AnalysisSettings,
): Verdict[] {
  const codes = verdictCodes(flags, cols.verdict.length);
  return indexVerdicts(codes, NO_FLAGS[flags.length]!, (i) => resolveFlags(flags, i, rules, preset, settings), cols.verdict);
}

/** Each point's fired rules as one number: directions −1, 0, 1, 2 as base-4 digits, one per rule (at most ten rules: below 4^10). */
function verdictCodes(flags: readonly RuleFlags[], count: number): Int32Array {
  const codes = new Int32Array(count);
  for (let r = 0; r < flags.length; r++) {
    const f = flags[r]!;
    for (let i = 0; i < count; i++) codes[i] = codes[i]! * 4 + f[i]! + 1;
  }
  return codes;
}

/** Writes each point's verdict index into `out`; `resolve(i)` is asked once per code, at its first point. */
function indexVerdicts(codes: Int32Array, none: number, resolve: (i: number) => Verdict, out: Int32Array): Verdict[] {
  const verdicts: Verdict[] = [NO_VERDICT];
  const byCode = new Map<number, number>();
  let lastCode = none;
  let last = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === none) continue;
    if (code !== lastCode) {
      lastCode = code;
      let k = byCode.get(code);
      if (k === undefined) {
        k = verdicts.push(resolve(i)) - 1;
        byCode.set(code, k);
      }
      last = k;
    }
    out[i] = last;
  }
  return verdicts;
}

/** What the variation icon needs about the latest point with a value; `null` when there is none. */
function latestPoint(table: PointTable): LatestPoint | null {
  const i = table.latestWithValue();
  if (i < 0) return null;
  const center = table.line('centers', i);
  const verdict = table.verdictAt(i);
  return {
    judged: center !== null,
    special: verdict !== NO_VERDICT,
    signal: verdict.signal,
    direction: verdict.direction,
    side: center === null ? 0 : Math.sign(table.columns.values[i]! - center),
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

/** Limits of the last point of the phase that has both (NHSRplotthedots judges assurance on the last row). */
function latestLimits(cols: PointColumns, w: PhaseWindow): { ucl: number; lcl: number } | null {
  for (let i = w.end; i >= w.start; i--) {
    if (!Number.isNaN(cols.ucl[i]) && !Number.isNaN(cols.lcl[i])) return { ucl: cols.ucl[i], lcl: cols.lcl[i] };
  }
  return null;
}
