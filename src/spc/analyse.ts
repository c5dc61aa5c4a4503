import type { ControlChartDocument } from '../contract/control-chart.js';
import { runsStatistics } from './anhoej.js';
import { assurance } from './assurance.js';
import type { RuleFlags } from './detect/flags.js';
import { phaseLimits } from './limits/for-chart.js';
import { lineCache, type PointLines } from './limits/model.js';
import { phaseWindows, type PhaseWindow } from './phases.js';
import { prepareSeries } from './prepare.js';
import { DEFAULT_RUN_LENGTH, PRESETS, TRIAL_BELOW, type RulePresetDefinition } from './presets.js';
import { resolveSignal, type FiredRule } from './resolve.js';
import { LIMIT_RULES, RULE_PRECEDENCE, type RuleId } from './rules.js';
import { displayedMovingRanges, modelLines, movingRangeLines, secondaryPhase } from './secondary.js';
import { EXCLUDED, IN_BASELINE, NO_VERDICT, PointTable, SecondaryTable, nanColumns, orNull, secondaryColumns, type PointColumns, type SecondaryColumns, type Verdict } from './point-table.js';
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

  const cols = pointColumns(count);
  for (let i = 0; i < count; i++) {
    cols.values[i] = series.values[i] ?? NaN;
    if (series.excluded[i]) cols.flags[i] = EXCLUDED;
  }
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
    const linesAt = lineCache(model);
    for (let i = w.start; i <= w.end; i++) {
      const l = linesAt(series.ns[i]);
      cols.phase[i] = phaseIndex;
      if (i <= w.calcEnd) cols.flags[i] |= IN_BASELINE;
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
    if (limits.xmr && mr) {
      const lines = movingRangeLines(limits.xmr.movingRange.unscreened);
      const ranges = displayedMovingRanges(series.values, series.excluded, w);
      mrPhases.push(secondaryPhase(w, ranges, series.excluded, () => lines, mr));
    }
    if (limits.xbarS && s) {
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
      sPhases.push(secondaryPhase(w, sds, series.excluded, linesAt, s));
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

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** The point columns, numbers NaN (no line) until the phases fill them. */
function pointColumns(count: number): PointColumns {
  return {
    ...nanColumns(['values', 'centers', 'ucl', 'lcl', 'upper2', 'lower2', 'upper1', 'lower1'] as const, count),
    phase: new Int32Array(count),
    verdict: new Int32Array(count),
    flags: new Uint8Array(count),
  };
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
function gather(cols: PointColumns, order: readonly number[]): RuleSequence {
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
  const verdicts: Verdict[] = [NO_VERDICT];
  const byCode = new Map<number, number>();
  const none = NO_FLAGS[flags.length];
  for (let i = 0; i < cols.verdict.length; i++) {
    // Directions −1, 0, 1, 2 as base-4 digits, one per rule (at most ten rules: below 4^10).
    let code = 0;
    for (let r = 0; r < flags.length; r++) code = code * 4 + flags[r][i] + 1;
    if (code === none) continue;
    let k = byCode.get(code);
    if (k === undefined) {
      k = verdicts.push(resolveFlags(flags, i, rules, preset, settings)) - 1;
      byCode.set(code, k);
    }
    cols.verdict[i] = k;
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

/** A phase's limits when every point with limits has the same ones (constant n), else `null`. */
function constantLimits(cols: PointColumns, w: PhaseWindow): { ucl: number | null; lcl: number | null } {
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
function latestLimits(cols: PointColumns, w: PhaseWindow): { ucl: number; lcl: number } | null {
  for (let i = w.end; i >= w.start; i--) {
    if (!Number.isNaN(cols.ucl[i]) && !Number.isNaN(cols.lcl[i])) return { ucl: cols.ucl[i], lcl: cols.lcl[i] };
  }
  return null;
}
