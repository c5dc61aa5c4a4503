import type { AlertDetail } from '../../base/events.js';
import { emptyCell, textCell as text, type TableCell, type TableModel } from '../../base/table-model.js';
import type { SatisfactionHeatmapDocument } from '../../contract/satisfaction-heatmap.js';
import type { HeatmapAnalysis, HeatmapCellAnalysis, HeatmapHotspot, HeatmapLineAnalysis, HeatmapSummary, HeatmapValueCell } from '../../heatmap/types.js';
import { joinSentences, plural, type Figures, type HeatmapTranslator } from './format.js';
import type { GridModel } from './grid.js';

/** What the describing functions read: the shown document, its analysis and the formatters. */
export interface DescribeContext {
  t: HeatmapTranslator;
  f: Figures;
  doc: SatisfactionHeatmapDocument;
  analysis: HeatmapAnalysis;
  grid: GridModel;
  /** Column label as shown (ISO dates localized). */
  columnLabel(c: number): string;
}

/** The item at grid position (r, c) in document order; r = rows is the summary row, c = columns the summary column. */
export type GridItem =
  | { kind: 'cell'; r: number; c: number; cell: HeatmapCellAnalysis }
  | { kind: 'row-summary'; r: number; line: HeatmapLineAnalysis }
  | { kind: 'column-summary'; c: number; line: HeatmapLineAnalysis }
  | { kind: 'overall'; summary: HeatmapSummary | null };

export function itemAt(d: DescribeContext, r: number, c: number): GridItem {
  const R = d.doc.rows.length;
  const C = d.doc.columns.length;
  if (r >= R && c >= C) return { kind: 'overall', summary: d.analysis.overall };
  if (c >= C) return { kind: 'row-summary', r, line: d.analysis.rows[r]! };
  if (r >= R) return { kind: 'column-summary', c, line: d.analysis.columns[c]! };
  return { kind: 'cell', r, c, cell: d.grid.cell(r, c) };
}

const levelText = (d: DescribeContext, level: number) => d.t.format.percent(level, 1);

/** Why a cell is hidden, and nothing else: a hidden cell has no value, n or interval to give away. */
const hiddenReason = (d: DescribeContext, by: 'threshold' | 'complementary') =>
  by === 'threshold' ? d.t.t('cell.suppressed.threshold', { minN: d.f.count(d.analysis.minN) }) : d.t.t('cell.suppressed.complementary');

interface Described {
  title: string;
  details: string[];
  /** Index of the detail that flags a hotspot (-1 when none). */
  emphasis: number;
}

const only = (title: string, detail: string): Described => ({ title, details: [detail], emphasis: -1 });

/** A shown cell or summary: value (a cell's 0 said to be a real zero), n, interval, the hotspot flag, less certain. */
function shown(d: DescribeContext, title: string, x: HeatmapSummary | HeatmapValueCell, hot?: HeatmapHotspot): Described {
  const { t, f, analysis } = d;
  const details = [f.withUnit(x.value)];
  if ('state' in x && x.value === 0) details.push(t.t('cell.zero'));
  details.push(t.t('cell.n', { n: f.count(x.n) }), x.interval ? t.t('cell.interval', { range: f.range(x.interval) }) : t.t('cell.noInterval'));
  let emphasis = -1;
  if (hot && analysis.overall) {
    emphasis = details.length;
    details.push(t.t('cell.hotspot', { overall: f.withUnit(analysis.overall.value), level: levelText(d, hot.level), limit: f.withUnit(hot.limit) }));
  }
  if (x.lowConfidence) details.push(t.t('cell.lowConfidence'));
  return { title, details, emphasis };
}

function summary(d: DescribeContext, title: string, s: HeatmapSummary | null, withheld: boolean): Described {
  if (withheld) return only(title, d.t.t('cell.withheld'));
  return s ? shown(d, title, s) : only(title, d.t.t('cell.noCells'));
}

/** Title and detail phrases of an item: the tooltip's lines and, joined, the keyboard announcement. */
export function describeItem(d: DescribeContext, item: GridItem): Described {
  const { t, doc } = d;
  switch (item.kind) {
    case 'overall':
      return summary(d, t.t('cell.overall'), item.summary, false);
    case 'row-summary':
      return summary(d, t.t('cell.rowSummary', { row: doc.rows[item.r]!.label }), item.line.summary, item.line.withheld);
    case 'column-summary':
      return summary(d, t.t('cell.columnSummary', { column: d.columnLabel(item.c) }), item.line.summary, item.line.withheld);
    case 'cell': {
      const title = t.t('cell.position', { row: doc.rows[item.r]!.label, column: d.columnLabel(item.c) });
      const cell = item.cell;
      if (cell.state === 'missing') return only(title, t.t('cell.missing'));
      // Nothing but the reason: a suppressed cell has no value, n or interval to give away.
      if (cell.state === 'suppressed') return only(title, hiddenReason(d, cell.suppressedBy));
      return shown(d, title, cell, d.grid.hotspot(item.r, item.c));
    }
  }
}

/** One sentence for screen readers: `Waiting area, Week 12: 55.0 %; n = 130; …`. */
export function announceText(d: DescribeContext, item: GridItem, selected: boolean): string {
  const { title, details } = describeItem(d, item);
  const all = selected ? [...details, d.t.t('cell.selected')] : details;
  return d.t.t('cell.sentence', { title, details: all.join(d.t.t('cell.separator')) });
}

/** The `item` of `hcx-select` and of alerts: the analysis figures, never a hidden value. */
export function selectItem(item: GridItem): unknown {
  switch (item.kind) {
    case 'cell':
      return item.cell;
    case 'row-summary':
    case 'column-summary':
      return item.line;
    case 'overall':
      return item.summary;
  }
}

// ---------------------------------------------------------------------------------------
// Table and CSV

// Shared by every row (a 50,000-cell table): one object each.
const empty = emptyCell('');
const dash = emptyCell();
/** The cells after the labels of a line with no figures to show: only its state. */
const stateOnly = (state: string, raw: string): TableCell[] => [dash, dash, dash, dash, { text: state, raw }, empty, empty, empty];

/** The cells after the labels of a shown cell or summary (summaries are never hotspots). */
function shownCells(d: DescribeContext, x: HeatmapSummary | HeatmapValueCell, hot?: HeatmapHotspot): TableCell[] {
  const { t, f } = d;
  const figure = (v: number): TableCell => ({ text: f.full(v), raw: v });
  return [
    figure(x.value),
    { text: f.count(x.n), raw: x.n },
    x.interval ? figure(x.interval[0]) : dash,
    x.interval ? figure(x.interval[1]) : dash,
    { text: t.t('state.value'), raw: 'value' },
    hot ? { text: levelText(d, hot.level), raw: hot.level } : empty,
    hot ? figure(hot.limit) : empty,
    { text: t.t(x.lowConfidence ? 'table.yes' : 'table.no'), raw: x.lowConfidence },
  ];
}

function summaryCells(d: DescribeContext, summary: HeatmapSummary | null, withheld: boolean): TableCell[] {
  if (withheld) return stateOnly(d.t.t('cell.withheld'), 'withheld');
  return summary ? shownCells(d, summary) : stateOnly(d.t.t('cell.noCells'), 'no-cells');
}

/**
 * One row per grid cell (rows in display order, columns in document order) with value, n,
 * 95 % interval, state, hotspot level and limit, and the less-certain flag; then each row's
 * summary, the column summaries and the hospital-wide value. Suppressed cells show their
 * state only: the analysis has no value for them, so none can reach the table or the CSV.
 */
export function heatmapTable(d: DescribeContext, order: readonly number[]): TableModel {
  const { t, f, doc, analysis } = d;
  const columns = [
    { label: t.t('table.row'), rowHeader: true },
    { label: t.t('table.column') },
    { label: f.measureName, numeric: true },
    { label: t.t('table.n'), numeric: true },
    { label: t.t('table.low'), numeric: true },
    { label: t.t('table.high'), numeric: true },
    { label: t.t('table.state') },
    { label: t.t('table.hotspot'), numeric: true },
    { label: t.t('table.limit'), numeric: true },
    { label: t.t('table.lowConfidence') },
  ];
  const rows: TableCell[][] = [];
  const overallLabel = t.t('axis.overall');
  const allRows = t.t('axis.allRows');
  for (const r of order) {
    const rowLabel = text(doc.rows[r]!.label);
    for (let c = 0; c < doc.columns.length; c++) {
      const cell = d.grid.cell(r, c);
      const head = [rowLabel, text(d.columnLabel(c))];
      if (cell.state === 'missing') rows.push([...head, ...stateOnly(t.t('cell.missing'), 'missing')]);
      else if (cell.state === 'suppressed') rows.push([...head, ...stateOnly(hiddenReason(d, cell.suppressedBy), `suppressed-${cell.suppressedBy}`)]);
      else rows.push([...head, ...shownCells(d, cell, d.grid.hotspot(r, c))]);
    }
    const line = analysis.rows[r]!;
    rows.push([rowLabel, text(overallLabel), ...summaryCells(d, line.summary, line.withheld)]);
  }
  doc.columns.forEach((_, c) => {
    const line = analysis.columns[c]!;
    rows.push([text(allRows), text(d.columnLabel(c)), ...summaryCells(d, line.summary, line.withheld)]);
  });
  rows.push([text(allRows), text(overallLabel), ...summaryCells(d, analysis.overall, false)]);
  return { columns, rows };
}

// ---------------------------------------------------------------------------------------
// Plain-language summary

/** Whether `value` is on the good side of (or at) the target. */
const meets = (d: DescribeContext, value: number, target: number) => (d.analysis.direction === 'increase' ? value >= target : value <= target);

export function summarizeHeatmap(d: DescribeContext): string {
  const { t, f, doc, analysis } = d;
  const overall = analysis.overall;
  if (!overall || analysis.counts.value === 0) {
    return joinSentences([t.t('summary.noValues'), hiddenSentences(d)]);
  }
  const sentences: string[] = [];
  sentences.push(
    t.t(`summary.overall.${analysis.measure}`, {
      value: f.full(overall.value),
      n: f.count(overall.n),
      rows: plural(t, 'summary.rows', doc.rows.length),
      columns: plural(t, 'summary.columns', doc.columns.length),
    }),
  );
  const better = analysis.direction === 'increase' ? 1 : -1;
  const summarized = analysis.rows.map((line, r) => ({ r, summary: line.summary })).filter((x): x is { r: number; summary: HeatmapSummary } => x.summary !== null);
  if (doc.target !== undefined && summarized.length > 0) {
    const met = summarized.filter((x) => meets(d, x.summary.value, doc.target!)).length;
    sentences.push(plural(t, 'summary.target', met, { met: f.count(met), total: f.count(summarized.length), target: f.withUnit(doc.target) }));
  }
  if (summarized.length > 2) {
    const weakest = [...summarized].sort((a, b) => better * (a.summary.value - b.summary.value) || a.r - b.r).slice(0, 2);
    const list = t.format.list(weakest.map((x) => t.t('summary.item', { row: doc.rows[x.r]!.label, value: f.full(x.summary.value) })));
    sentences.push(t.t('summary.weakest', { list }));
  }
  sentences.push(hotspotSentence(d));
  if (columnsArePeriods(doc)) sentences.push(...changeSentences(d, better));
  sentences.push(hiddenSentences(d));
  return joinSentences(sentences);
}

const PERIOD = /^\d{4}(?:-(?:W\d{1,2}|Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$/i;

/**
 * Whether the columns are periods (ISO ids such as `2024`, `2024-03`, `2024-03-04`,
 * `2024-W05`, `2024-Q1`, by id or by label): only then is a first-to-last change a change
 * over time worth a sentence; across departments it would mean nothing.
 */
export function columnsArePeriods(doc: SatisfactionHeatmapDocument): boolean {
  const cols = doc.columns;
  return cols.length > 1 && (cols.every((c) => PERIOD.test(c.id)) || cols.every((c) => PERIOD.test(c.label)));
}

function hotspotSentence(d: DescribeContext): string {
  const { t, f, doc, analysis } = d;
  const count = analysis.hotspots.length;
  if (count === 0) return t.t('summary.hotspots.none');
  const perRow = new Map<string, number>();
  for (const h of analysis.hotspots) perRow.set(h.row, (perRow.get(h.row) ?? 0) + 1);
  let top = analysis.hotspots[0]!.row;
  for (const [row, k] of perRow) if (k > perRow.get(top)!) top = row;
  const label = doc.rows.find((r) => r.id === top)?.label ?? top;
  if (count === 1) return t.t('summary.hotspots.one', { row: label });
  if (perRow.get(top) === count) return t.t('summary.hotspots.allIn', { count: f.count(count), row: label });
  return plural(t, 'summary.hotspots', count, { row: label, inRow: f.count(perRow.get(top)!) });
}

function changeSentences(d: DescribeContext, better: number): string[] {
  const { t, f, doc, analysis } = d;
  let up: { r: number; change: number } | null = null;
  let down: { r: number; change: number } | null = null;
  analysis.rows.forEach((line, r) => {
    const c = line.change;
    if (!c || c.change === 0) return;
    const gain = better * c.change;
    if (gain > 0 && (!up || gain > up.change)) up = { r, change: gain };
    if (gain < 0 && (!down || gain < down.change)) down = { r, change: gain };
  });
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  const sentence = (key: 'summary.improved' | 'summary.declined', r: number) => {
    const line = analysis.rows[r]!;
    const change = line.change!;
    const from = d.grid.cell(r, columnIndex.get(change.from)!);
    const to = d.grid.cell(r, columnIndex.get(change.to)!);
    if (from.state !== 'value' || to.state !== 'value') return '';
    return t.t(key, {
      row: doc.rows[r]!.label,
      from: f.full(from.value),
      to: f.full(to.value),
      fromColumn: d.columnLabel(columnIndex.get(change.from)!),
      toColumn: d.columnLabel(columnIndex.get(change.to)!),
    });
  };
  const out: string[] = [];
  const u = up as { r: number } | null;
  const w = down as { r: number } | null;
  if (u) out.push(sentence('summary.improved', u.r));
  if (w) out.push(sentence('summary.declined', w.r));
  return out;
}

function hiddenSentences(d: DescribeContext): string {
  const { t, analysis } = d;
  const parts: string[] = [];
  if (analysis.counts.suppressed > 0) parts.push(plural(t, 'summary.hidden', analysis.counts.suppressed));
  if (analysis.counts.missing > 0) parts.push(plural(t, 'summary.missing', analysis.counts.missing));
  return joinSentences(parts);
}

// ---------------------------------------------------------------------------------------
// Alerts

/**
 * The hotspots that alert: over periods, only those in each row's latest period with a
 * shown value (what needs attention now; a hotspot months ago is history, still listed in
 * `analysis.hotspots` and outlined in the grid); across departments every hotspot is current.
 * Key `row|column|level`, so a new period's hotspot, or a cell that gets worse, alerts again.
 * Keys are made now (the base compares them), messages when a listener reads them.
 */
export function hotspotAlerts(d: DescribeContext): AlertDetail[] {
  const { t, f, doc, analysis } = d;
  if (!analysis.overall || analysis.hotspots.length === 0) return [];
  const rowIndex = new Map(doc.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  const overall = f.withUnit(analysis.overall.value);
  const level = { 0.95: t.format.percent(0.95, 1), 0.998: t.format.percent(0.998, 1) };
  const compose = (h: HeatmapHotspot) =>
    t.t('alert.hotspot', {
      row: doc.rows[rowIndex.get(h.row)!]!.label,
      column: d.columnLabel(columnIndex.get(h.column)!),
      value: f.withUnit(h.value),
      hotspot: t.t('cell.hotspot', { overall, level: level[h.level], limit: f.withUnit(h.limit) }),
    });
  const latest = columnsArePeriods(doc) ? latestShownColumns(d.grid) : null;
  const current = latest
    ? analysis.hotspots.filter((h) => latest[rowIndex.get(h.row)!] === columnIndex.get(h.column))
    : analysis.hotspots;
  // The message is composed when first read (an own getter, so JSON.stringify and spreading
  // give it): most pages never read it.
  return current.map((item) => {
    let text: string | undefined;
    return {
      kind: 'hotspot' as const,
      key: `${item.row}|${item.column}|${item.level}`,
      item,
      get message() {
        return (text ??= compose(item));
      },
    };
  });
}

/** Per row, the last column whose cell has a shown value (−1 when none). */
function latestShownColumns(grid: GridModel): Int32Array {
  const latest = new Int32Array(grid.rows).fill(-1);
  for (let r = 0; r < grid.rows; r++) {
    for (let c = grid.columns - 1; c >= 0; c--) {
      if (grid.shown(r, c)) {
        latest[r] = c;
        break;
      }
    }
  }
  return latest;
}
