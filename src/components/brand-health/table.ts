import { emptyCell as empty, textCell as text, type TableCell, type TableColumn, type TableModel } from '../../base/table-model.js';
import type { BrandHealthAnalysis } from '../../brand/types.js';
import type { KpiView } from './describe.js';
import { contribution, formatP, pointsChange, score, weight, type BhTranslator } from './format.js';
import type { BrandHealthMessageKey } from './messages.js';
import type { TreeRow } from './tree.js';

/** Columns in order, with their header key; numeric ones are right-aligned. */
const COLUMNS = [
  ['item', 'table.item'],
  ['level', 'table.level'],
  ['parent', 'table.parent'],
  ['value', 'table.value', true],
  ['lower', 'table.lower', true],
  ['upper', 'table.upper', true],
  ['margin', 'table.margin', true],
  ['n', 'table.n', true],
  ['previous', 'table.previous', true],
  ['change', 'table.change', true],
  ['changeUnit', 'table.changeUnit'],
  ['z', 'table.z', true],
  ['p', 'table.p', true],
  ['significant', 'table.significant'],
  ['alert', 'badge.alert'],
  ['reliability', 'table.reliability'],
  ['target', 'table.target', true],
  ['benchmark', 'table.benchmark', true],
  ['status', 'table.status'],
  ['weight', 'table.weight', true],
  ['contribution', 'table.contribution', true],
] as const satisfies readonly (readonly [string, BrandHealthMessageKey, boolean?])[];

type Column = (typeof COLUMNS)[number][0];
type Row = Partial<Record<Column, TableCell>>;

/** Shown as `shown`, exported as the exact number (or empty when there is none). */
const num = (value: number | null | undefined, shown: () => string): TableCell =>
  value === null || value === undefined ? empty() : { text: shown(), raw: value };

/**
 * The data table and CSV: one row per KPI (value, 95 % interval and margin, n, previous,
 * change with its unit, z, p, significance, alert, reliability, target, benchmark, status),
 * the index, then each indicator followed by its sub-indicators (score, previous, change,
 * renormalized weight, contribution). Exported numbers are exactly those of `analysis`
 * (proportions as fractions, NPS in points, changes in their change unit).
 */
export function brandTable(t: BhTranslator, analysis: BrandHealthAnalysis, views: KpiView[], rows: TreeRow[]): TableModel {
  const columns: TableColumn[] = COLUMNS.map(([key, label, numeric]) => ({
    label: t.t(label),
    ...(numeric ? { numeric: true } : {}),
    ...(key === 'item' ? { rowHeader: true } : {}),
  }));
  const yesNo = (b: boolean): TableCell => ({ text: t.t(b ? 'table.yes' : 'table.no'), raw: b });
  /** A machine code (`caution`) exported as is, shown in words. */
  const code = (value: string | null, shown: () => string): TableCell => (value === null ? empty() : { text: shown(), raw: value });
  const reliability = (r: TreeRow['reliability']): TableCell => (r === null ? empty() : code(r, () => t.t(`rel.${r}`)));
  const out: Row[] = [];
  for (const v of views) {
    const k = v.a;
    out.push({
      item: text(v.kpi.label),
      level: text(t.t('level.kpi')),
      value: num(k.value, () => v.f.value(k.value)),
      lower: num(k.interval?.[0], () => v.f.value(k.interval![0])),
      upper: num(k.interval?.[1], () => v.f.value(k.interval![1])),
      margin: num(k.marginOfError, () => v.f.margin()),
      n: num(k.n, () => t.format.number(k.n!, 0)),
      previous: num(k.previous, () => v.f.value(k.previous)),
      change: num(k.change, () => v.f.change(k.change)),
      changeUnit: k.change === null ? empty() : code(k.changeUnit, () => t.t(`unit.${k.changeUnit}`)),
      z: num(k.z, () => t.format.fixed(k.z!, 2)),
      p: num(k.pValue, () => formatP(t, k.pValue!)),
      significant: yesNo(k.significant),
      alert: yesNo(k.alert),
      reliability: reliability(k.reliability),
      target: num(k.target, () => v.f.value(k.target)),
      benchmark: num(v.kpi.benchmark, () => v.f.value(v.kpi.benchmark!)),
      status: code(k.status, () => t.t(k.status === 'met' ? 'status.met' : 'status.notMet')),
    });
  }
  if (rows.length) {
    const index = analysis.index;
    out.push({
      item: text(t.t('index.title')),
      level: text(t.t('level.index')),
      value: num(index.score, () => score(t, index.score)),
      previous: num(index.previousScore, () => score(t, index.previousScore)),
      change: num(index.change, () => pointsChange(t, index.change)),
      changeUnit: index.change === null ? empty() : code('index-points', () => t.t('unit.index-points')),
    });
    for (const r of rows) {
      out.push({
        item: text(r.label),
        level: text(t.t(r.level === 1 ? 'level.indicator' : 'level.sub')),
        parent: r.parentLabel === null ? empty() : text(r.parentLabel),
        value: num(r.score, () => score(t, r.score)),
        n: num(r.n, () => t.format.number(r.n!, 0)),
        previous: num(r.previousScore, () => score(t, r.previousScore)),
        change: num(r.change, () => pointsChange(t, r.change)),
        changeUnit: r.change === null ? empty() : code('score-points', () => t.t('unit.score-points')),
        reliability: reliability(r.reliability),
        weight: { text: weight(t, r.weight), raw: r.weight },
        contribution: num(r.contribution, () => contribution(t, r.contribution)),
      });
    }
  }
  return { columns, rows: out.map((row) => COLUMNS.map(([key]) => row[key] ?? empty())) };
}
