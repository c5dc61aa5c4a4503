import type { AlertDetail } from '../../base/events.js';
import { emptyCell, textCell as text, type TableCell, type TableColumn, type TableModel } from '../../base/table-model.js';
import type { ControlChartDocument } from '../../contract/control-chart.js';
import { pointTableOf } from '../../spc/analyse.js';
import type { RuleId } from '../../spc/rules.js';
import type { ControlChartAnalysis, ControlChartPhaseAnalysis, ControlChartPointAnalysis, PointSignal } from '../../spc/types.js';
import type { CcTranslator, ChartFormat } from './format.js';
import type { ControlChartMessageKey } from './messages.js';
import { notesAt } from './notes.js';
import { concernRuns, latestRun, phaseChange, type SignalRun } from './story.js';

/** Everything the wording needs: translator, formats, document and analysis. */
export interface Words {
  t: CcTranslator;
  f: ChartFormat;
  doc: ControlChartDocument;
  analysis: ControlChartAnalysis;
}

const key = (k: string) => k as ControlChartMessageKey;

export const ruleName = (t: CcTranslator, rule: RuleId): string => t.t(key(`rule.${rule}`));
export const ruleList = (t: CcTranslator, rules: readonly RuleId[]): string => t.format.list(rules.map((r) => ruleName(t, r)));
export const signalName = (t: CcTranslator, signal: PointSignal | null): string => t.t(key(`signal.${signal ?? 'common'}`));

/** A phase's name: its label, else "Before <next phase>", else "All points". */
export function phaseName(t: CcTranslator, analysis: ControlChartAnalysis, index: number): string {
  const phase = analysis.phases[index];
  if (phase?.label) return phase.label;
  const next = analysis.phases[index + 1]?.label;
  return next ? t.t('phase.before', { next }) : t.t('phase.all');
}

/** Trial limits: the phase has limits resting on fewer than 13 points (run charts have no limits to be trial). */
export const isTrial = (analysis: ControlChartAnalysis, phase: ControlChartPhaseAnalysis | undefined): boolean =>
  !!phase && phase.trial && phase.center !== null && analysis.chartType !== 'run';

const isMedian = (analysis: ControlChartAnalysis) => analysis.chartType === 'run' || analysis.chartType === 'g';

/** `mean 41.4 min` / `median 12 days`. */
function centreStat(w: Words, value: number | null): string {
  return w.t.t(isMedian(w.analysis) ? 'stat.median' : 'stat.mean', { value: w.f.stat(value) });
}

/** Which way a run points when there is no icon to ask: a trend by its ends, otherwise the latest point against the centre. */
function runIsHigh(analysis: ControlChartAnalysis, run: SignalRun): boolean {
  const points = pointTableOf(analysis);
  const last = points.value(run.last) ?? 0;
  if (run.allTrend && run.count > 1) return last > (points.value(run.first) ?? 0);
  return last >= (points.line('centers', run.last) ?? 0);
}

/** What a run of special-cause points says: "Special cause improvement: 9 weeks below the mean since 3 June 2024". */
function runPhrase(w: Words, run: SignalRun, high: boolean): string {
  const { t, f, analysis } = w;
  const points = pointTableOf(analysis);
  const signal = signalName(t, run.signal);
  const date = f.x(points.x(run.first));
  const centre = t.t(isMedian(analysis) ? 'centre.median' : 'centre.mean');
  const periods = f.periods(run.count);
  if (run.allTrend && run.count > 1) return t.t(high ? 'verdict.trendUp' : 'verdict.trendDown', { signal, periods, date });
  if (run.allRun && run.count > 1) return t.t(high ? 'verdict.runAbove' : 'verdict.runBelow', { signal, periods, date, centre });
  if (run.outside && run.count === 1) return t.t(high ? 'verdict.pointAbove' : 'verdict.pointBelow', { signal, date });
  if (run.allOutside) return t.t(high ? 'verdict.pointsAbove' : 'verdict.pointsBelow', { signal, periods, date });
  if (run.crossings) return t.t('verdict.crossings', { signal, centre });
  if (run.allNear) return t.t(high ? 'verdict.nearAbove' : 'verdict.nearBelow', { signal, date: f.x(points.x(run.last)) });
  return t.t('verdict.generic', { signal, date, rules: ruleList(t, points.rules(run.last)) });
}

/** The variation half of the verdict, from the latest point's run of special causes (its side as the icon shows it). */
function variationPhrase(w: Words, run: SignalRun | null, afterChange: boolean): string {
  const { t, analysis } = w;
  if (analysis.variation === null) return t.t('verdict.none');
  if (!run) {
    if (afterChange) return t.t('verdict.commonSince');
    const phase = analysis.phases[analysis.phases.length - 1];
    return t.t('verdict.common', { centre: centreStat(w, phase?.center ?? null) });
  }
  return runPhrase(w, run, analysis.variation.endsWith('-high'));
}

function assurancePhrase(w: Words): string {
  const a = w.analysis.assurance;
  if (a === null || w.doc.target === undefined) return '';
  return w.t.t(key(`verdict.${a}`), { target: w.f.stat(w.doc.target) });
}

function changePhrase(w: Words): string {
  const { t, f, analysis } = w;
  const change = phaseChange(analysis);
  if (!change) return '';
  const phase = change.phase ?? phaseName(t, analysis, analysis.phases.length - 1);
  // The unit once, after the second number: "from 50.7 to 41.4 min".
  const from = f.bareStat(change.from);
  const to = f.stat(change.to);
  const head = t.t(change.direction < 0 ? 'change.fell' : change.direction > 0 ? 'change.rose' : 'change.same', { phase, from, to });
  if (change.direction === 0) return head;
  let evidence: string;
  if (change.beyond !== null && change.beyond > 0) evidence = t.t('change.beyond', { count: t.format.number(change.beyond, 0), periods: f.periods(change.total) });
  else if (change.real) evidence = t.t(change.direction < 0 ? 'change.runBelow' : 'change.runAbove', { periods: f.periods(change.longestRun) });
  else evidence = t.t('change.noise');
  return t.t('verdict.join', { first: head, second: evidence });
}

/** Chinese sentences follow each other without a space; others with one. */
export function joinSentences(...sentences: string[]): string {
  return sentences.filter(Boolean).reduce((out, s) => (!out ? s : /[。！？]$/.test(out) ? out + s : `${out} ${s}`), '');
}

const sentence = (t: CcTranslator, text: string) => (text ? t.t('verdict.sentence', { text }) : '');

/**
 * The plain-language verdict: did the last phase change the process, what the latest points
 * say (variation) and whether the target will be met (assurance). One or two sentences.
 */
export function verdict(w: Words): string {
  const change = changePhrase(w);
  const variation = variationPhrase(w, latestRun(w.analysis), change !== '');
  const assurance = assurancePhrase(w);
  const second = assurance ? w.t.t('verdict.join', { first: variation, second: assurance }) : variation;
  return joinSentences(sentence(w.t, change), sentence(w.t, second));
}

function phaseSentence(w: Words, phase: ControlChartPhaseAnalysis, index: number): string {
  const { t, f, analysis } = w;
  const name = phaseName(t, analysis, index);
  const centre = centreStat(w, phase.center);
  const points = pointTableOf(analysis);
  let values = 0;
  let hasLimits = false;
  for (let i = phase.startIndex; i <= phase.endIndex; i++) {
    if (points.value(i) !== null) values++;
    if (points.line('ucl', i) !== null || points.line('lcl', i) !== null) hasLimits = true;
  }
  const periods = f.periods(values);
  if (!hasLimits) return t.t('summary.phaseNoLimits', { phase: name, centre, periods });
  if (phase.ucl === null && phase.lcl === null) return t.t('summary.phaseVarying', { phase: name, centre });
  const params = { phase: name, centre, lcl: f.bareStat(phase.lcl), ucl: f.stat(phase.ucl), periods: f.periods(phase.pointsUsed) };
  return t.t(isTrial(analysis, phase) ? 'summary.phaseTrial' : 'summary.phase', params);
}

/**
 * The summary under the chart: `lead` (the verdict when the chart, which shows it at the top,
 * is hidden; else nothing, so no one reads it twice), the last phases' centres and limits, gaps
 * and exclusions, the rules used.
 */
export function summary(w: Words, lead = ''): string {
  const { t, f, analysis } = w;
  const phases = analysis.phases.map((p, i) => [p, i] as const).slice(-3);
  const points = pointTableOf(analysis);
  let gaps = 0;
  let excluded = 0;
  for (let i = 0; i < points.count; i++) {
    if (points.value(i) === null) gaps++;
    else if (points.excluded(i)) excluded++;
  }
  return joinSentences(
    lead,
    ...phases.map(([p, i]) => phaseSentence(w, p, i)),
    gaps ? t.t('summary.gaps', { periods: f.periods(gaps) }) : '',
    excluded ? t.t('summary.excluded', { periods: f.periods(excluded) }) : '',
    analysis.chartType === 'run' && analysis.rulesApplied.length === 0 ? '' : t.t('summary.rules', { preset: t.t(key(`preset.${analysis.settings.rules}`)) }),
  );
}

/** The value of a point as read out: with numerator and n for ratio charts, subgroup size for X̄. */
export function valueText(w: Words, p: ControlChartPointAnalysis): string {
  const { t, f, doc, analysis } = w;
  if (p.value === null) return t.t('point.gap');
  const value = f.value(p.value);
  const type = analysis.chartType;
  const raw = doc.points[p.index];
  if ((type === 'p' || type === 'pprime') && raw?.value != null && p.n !== null) return t.t('point.ratio', { value, count: f.count(raw.value), n: f.count(p.n) });
  if ((type === 'u' || type === 'uprime') && raw?.value != null && p.n !== null) return t.t('point.rate', { value, count: f.count(raw.value), n: f.count(p.n) });
  if (type === 'xbar-s' && p.n !== null) return t.t('point.subgroup', { value, n: f.count(p.n) });
  return value;
}

/** The phrases said about one point: the tooltip's lines and, joined, the keyboard announcement. */
export function describePoint(w: Words, p: ControlChartPointAnalysis, secondary: number | null): { title: string; lines: string[] } {
  const { t, f, analysis } = w;
  const phase = analysis.phases[p.phase];
  const multi = analysis.phases.length > 1;
  const title = multi ? `${f.x(p.x)} · ${phaseName(t, analysis, p.phase)}` : f.x(p.x);
  const lines = [valueText(w, p)];
  const stats: string[] = [];
  if (p.center !== null) stats.push(t.t(isMedian(analysis) ? 'label.median' : 'label.mean', { value: f.stat(p.center) }));
  if (p.ucl !== null || p.lcl !== null) stats.push(t.t('point.limits', { lcl: f.bareStat(p.lcl), ucl: f.stat(p.ucl) }) + (isTrial(analysis, phase) ? ` (${t.t('label.trial')})` : ''));
  else if (analysis.chartType !== 'run') stats.push(t.t('point.noLimits'));
  lines.push(stats.join(', '));
  if (p.value !== null) lines.push(p.special ? t.t('point.rules', { signal: signalName(t, p.signal), rules: ruleList(t, p.rules) }) : signalName(t, null));
  if (p.excluded) lines.push(t.t('legend.excluded'));
  if (secondary !== null) lines.push(t.t(analysis.chartType === 'xbar-s' ? 'point.s' : 'point.mr', { value: f.stat(secondary) }));
  for (const note of notesAt(w.doc, p.index)) lines.push(t.t('point.note', { note }));
  return { title, lines };
}

export function announcePoint(w: Words, p: ControlChartPointAnalysis, secondary: number | null): string {
  const { title, lines } = describePoint(w, p, secondary);
  const position = w.t.t('point.position', { index: w.t.format.number(p.index + 1, 0), count: w.t.format.number(pointTableOf(w.analysis).count, 0) });
  return `${[title, ...lines].join('; ')}; ${position}.`;
}

const blank = emptyCell('');

/** One row per point with the numbers of `analysis` (raw in the CSV, formatted on screen). */
export function tableModel(w: Words, sigma: boolean): TableModel {
  const { t, f, doc, analysis } = w;
  const type = analysis.chartType;
  const ratio = type === 'p' || type === 'pprime' || type === 'u' || type === 'uprime';
  const num = (v: number | null, format: (v: number | null) => string): TableCell => (v === null ? emptyCell() : { text: format(v), raw: v });
  const valueLabel = type === 'p' || type === 'pprime' ? t.t('table.proportion') : type === 'u' || type === 'uprime' ? t.t('table.rate') : type === 'xbar-s' ? t.t('table.mean') : t.t('table.value');
  const unitLabel = f.unit ? t.t('table.withUnit', { label: valueLabel, unit: f.unit }) : valueLabel;
  const secondary = analysis.movingRange ?? analysis.sChart;
  const columns: TableColumn[] = [{ label: t.t('table.x'), rowHeader: true }, { label: unitLabel, numeric: true }];
  if (ratio) columns.push({ label: t.t('table.count'), numeric: true });
  if (ratio || type === 'xbar-s') columns.push({ label: t.t('table.n'), numeric: true });
  columns.push({ label: t.t('table.centre'), numeric: true }, { label: t.t('table.lcl'), numeric: true }, { label: t.t('table.ucl'), numeric: true });
  if (sigma) columns.push({ label: t.t('table.lower2'), numeric: true }, { label: t.t('table.upper2'), numeric: true });
  if (secondary) columns.push({ label: t.t(analysis.movingRange ? 'panel.mr' : 'table.sd'), numeric: true });
  columns.push({ label: t.t('table.signal') }, { label: t.t('table.rules') }, { label: t.t('table.phase') }, { label: t.t('table.excluded') }, { label: t.t('table.note') });
  const phaseNames = analysis.phases.map((p, i) => ({ text: phaseName(t, analysis, i), raw: p.label }));
  const rows = analysis.points.map((p) => {
    const raw = doc.points[p.index];
    const row: TableCell[] = [{ text: f.x(p.x), raw: p.x }, num(p.value, f.bareValue)];
    if (ratio) row.push(raw?.value == null ? emptyCell() : { text: f.count(raw.value), raw: raw.value });
    if (ratio || type === 'xbar-s') row.push(p.n === null ? emptyCell() : { text: f.count(p.n), raw: p.n });
    row.push(num(p.center, f.bareStat), num(p.lcl, f.bareStat), num(p.ucl, f.bareStat));
    if (sigma) row.push(num(p.lower2, f.bareStat), num(p.upper2, f.bareStat));
    if (secondary) row.push(num(secondary.points[p.index]?.value ?? null, f.bareStat));
    row.push(p.signal ? { text: t.t(key(`short.${p.signal}`)), raw: p.signal } : blank);
    row.push(p.rules.length ? { text: ruleList(t, p.rules), raw: p.rules.join(';') } : blank);
    row.push(phaseNames[p.phase] ?? blank);
    row.push(p.excluded ? { text: t.t('table.yes'), raw: true } : blank);
    const notes = notesAt(doc, p.index);
    row.push(notes.length ? text(notes.join(' · ')) : blank);
    return row;
  });
  return { columns, rows };
}

/** `hcx-alert`s: each current special-cause concern run (ending at one of the latest three points), and a failing assurance. */
export function alerts(w: Words): AlertDetail[] {
  const { t, doc, analysis } = w;
  const out: AlertDetail[] = [];
  const points = pointTableOf(analysis);
  for (const run of concernRuns(analysis, 3).reverse()) {
    const detail = runPhrase(w, run, runIsHigh(analysis, run));
    out.push({ key: `concern|${points.x(run.first)}`, kind: 'special-cause-concern', message: t.t('alert.message', { title: doc.title, detail }), item: points.at(run.last) });
  }
  if (analysis.assurance === 'fail' && doc.target !== undefined) {
    out.push({ key: 'assurance-fail', kind: 'assurance-fail', message: t.t('alert.message', { title: doc.title, detail: assurancePhrase(w) }), item: { target: doc.target, assurance: 'fail' } });
  }
  return out;
}
