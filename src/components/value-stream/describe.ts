import { emptyCell, textCell as text, type TableCell, type TableModel } from '../../base/table-model.js';
import type { ValueStreamAnalysis, ValueStreamStateAnalysis, ValueStreamStepAnalysis } from '../../vsm/types.js';
import type { Figures, VsmTranslator } from './format.js';
import type { ChangeMark } from './marks.js';

/** Everything said about one step: the accessible name of its box and the keyboard announcement. */
export function describeStep(
  t: VsmTranslator,
  f: Figures,
  state: ValueStreamStateAnalysis,
  step: ValueStreamStepAnalysis,
  mark: ChangeMark | undefined,
): string {
  const parts = [t.t('a11y.step', { label: step.label, index: t.format.number(step.index + 1, 0), count: t.format.number(state.steps.length, 0), state: state.label })];
  if (step.role) parts.push(t.t('a11y.role', { role: step.role }));
  parts.push(
    t.t('a11y.figures', {
      wait: f.time(step.waitBefore),
      process: f.time(step.processTime),
      va: f.time(step.valueAdded),
      nva: f.time(step.nonValueAdded),
      ca: f.pct(step.completeAccurate),
    }),
  );
  if (step.completeAccurate < 1) parts.push(t.t('a11y.rework', { value: f.time(step.expectedRework) }));
  parts.push(step.onCriticalPath ? t.t('a11y.critical') : t.t('a11y.slack', { value: f.time(step.slack) }));
  if (state.bottleneck === step.id) parts.push(t.t('a11y.bottleneck'));
  if (state.longestWait === step.id) parts.push(t.t('a11y.longestWait'));
  if (step.kaizen.length) parts.push(t.t('a11y.kaizen', { list: t.format.list(step.kaizen) }));
  if (mark) {
    const params = { state: mark.otherState, step: mark.others[0] ?? '', steps: t.format.list(mark.others.map((o) => `“${o}”`)) };
    parts.push(t.t(mark.kind === 'removed' ? 'a11y.removed' : mark.kind === 'added' ? 'a11y.added' : mark.kind === 'merged-into' ? 'a11y.mergedInto' : 'a11y.mergedFrom', params));
  }
  return `${parts.join('; ')}.`;
}

/** The plain-language summary: the before/after story in one or two sentences. */
export function summarizeStream(t: VsmTranslator, f: Figures, analysis: ValueStreamAnalysis): string {
  const c = analysis.comparison;
  const byId = (id: string) => analysis.states.find((s) => s.id === id)!;
  const waitSentence = (state: ValueStreamStateAnalysis, named: boolean): string => {
    const step = state.steps.find((s) => s.id === state.longestWait);
    if (!step) return '';
    const params = { wait: f.time(step.waitBefore), step: step.label, state: state.label };
    return t.t(named ? 'summary.waitIn' : 'summary.wait', params);
  };
  if (!c || c.from === c.to) {
    const s = analysis.states[0]!;
    const single = t.t('summary.single', { lead: f.time(s.leadTime), va: f.time(s.valueAddedTime), pce: f.pct(s.pce), nva: f.time(s.nonValueAddedTime), nvaShare: f.pct(s.nvaShare) });
    return joinSentences(single, waitSentence(s, analysis.states.length > 1));
  }
  const from = byId(c.from);
  const to = byId(c.to);
  const leadKey = c.leadTimeChange < 0 ? 'summary.leadFell' : c.leadTimeChange > 0 ? 'summary.leadRose' : 'summary.leadSame';
  const lead = t.t(leadKey, { from: f.time(from.leadTime), to: f.time(to.leadTime), relative: f.signedPct(c.leadTimeChangeRelative) });
  const pceChange = c.pceChange ?? 0;
  // Compare what is shown (rounded to 0.1 %), so "rose from 35 % to 35 %" never appears.
  const same = f.pct(from.pce) === f.pct(to.pce);
  const pceKey = same ? 'summary.pceSame' : pceChange > 0 ? 'summary.pceRose' : 'summary.pceFell';
  const pce = t.t(pceKey, { from: f.pct(from.pce), to: f.pct(to.pce) });
  return joinSentences(t.t('summary.compare', { lead, pce }), waitSentence(to, true));
}

/** Chinese sentences follow each other without a space; others with one. */
function joinSentences(first: string, second: string): string {
  if (!second) return first;
  return /[。！？]$/.test(first) ? first + second : `${first} ${second}`;
}

const num = (t: VsmTranslator, value: number | null): TableCell => (value === null ? emptyCell() : { text: t.format.number(value, 1), raw: value });
const pct = (f: Figures, value: number | null): TableCell => ({ text: f.pct(value), raw: value });

/** One row per step per state, a totals row per state (critical path) and the change row; CSV comes from it. */
export function streamTable(t: VsmTranslator, f: Figures, analysis: ValueStreamAnalysis): TableModel {
  const u = { unit: f.unit };
  const columns = [
    { label: t.t('table.state') },
    { label: t.t('table.step'), rowHeader: true },
    { label: t.t('table.role') },
    { label: t.t('table.wait', u), numeric: true },
    { label: t.t('table.process', u), numeric: true },
    { label: t.t('table.va', u), numeric: true },
    { label: t.t('table.nva', u), numeric: true },
    { label: t.t('table.duration', u), numeric: true },
    { label: t.t('table.vaShare'), numeric: true },
    { label: t.t('table.ca'), numeric: true },
    { label: t.t('table.rework', u), numeric: true },
    { label: t.t('table.critical') },
  ];
  const rows: TableCell[][] = [];
  for (const s of analysis.states) {
    for (const step of s.steps) {
      rows.push([
        text(s.label),
        text(step.label),
        step.role ? text(step.role) : emptyCell(),
        num(t, step.waitBefore),
        num(t, step.processTime),
        num(t, step.valueAdded),
        num(t, step.nonValueAdded),
        num(t, step.duration),
        pct(f, step.duration === 0 ? null : step.valueAdded / step.duration),
        pct(f, step.completeAccurate),
        num(t, step.expectedRework),
        text(t.t(step.onCriticalPath ? 'table.yes' : 'table.no')),
      ]);
    }
    rows.push([
      text(s.label),
      text(t.t('table.total')),
      emptyCell(''),
      num(t, s.waitTime),
      num(t, s.processTime),
      num(t, s.valueAddedTime),
      num(t, s.nonValueAddedTime),
      num(t, s.leadTime),
      pct(f, s.pce),
      pct(f, s.rolledCA),
      num(t, s.expectedRework),
      emptyCell(''),
    ]);
  }
  const c = analysis.comparison;
  if (c && c.from !== c.to) {
    const from = analysis.states.find((s) => s.id === c.from)!;
    const to = analysis.states.find((s) => s.id === c.to)!;
    const signed = (value: number | null): TableCell => (value === null ? emptyCell() : { text: t.format.signed(value, 1), raw: value });
    rows.push([
      text(t.t('table.change', { from: from.label, to: to.label })),
      text(t.t('table.total')),
      emptyCell(''),
      signed(to.waitTime - from.waitTime),
      signed(to.processTime - from.processTime),
      signed(c.valueAddedTimeChange),
      signed(c.nonValueAddedTimeChange),
      signed(c.leadTimeChange),
      { text: f.points(c.pceChange), raw: c.pceChange },
      { text: f.points(c.rolledCAChange), raw: c.rolledCAChange },
      signed(c.expectedReworkChange),
      emptyCell(''),
    ]);
  }
  return { columns, rows };
}
