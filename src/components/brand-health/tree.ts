import type { BrandHealthAnalysis, Reliability } from '../../brand/types.js';
import type { BrandHealthDocument } from '../../contract/brand-health.js';
import { sentence } from './describe.js';
import { contribution, plural, periodLabel, pointsChange, reliabilityBadge, score, weight, type BhTranslator } from './format.js';

/** One row of the indicator tree: a first-level indicator or one of its sub-indicators. */
export interface TreeRow {
  /** `clinical-care` or `clinical-care/doctor-communication`: unique in the tree. */
  key: string;
  level: 1 | 2;
  indicator: number;
  /** Index among the indicator's children (level 2). */
  child: number | null;
  id: string;
  label: string;
  parentLabel: string | null;
  score: number | null;
  previousScore: number | null;
  change: number | null;
  /** Renormalized weight: among the indicators (level 1) or among the siblings (level 2). */
  weight: number;
  /** Weight as given in the document, for the bar thickness. */
  givenWeight: number;
  contribution: number | null;
  n: number | null;
  reliability: Reliability | null;
  /** Level 1: the children; level 2: 0. */
  childCount: number;
  /** Level 1: labels of children without a current score; level 2: itself when missing. */
  missing: string[];
  description: string;
}

/** Every row of the tree, each indicator followed by its children, with its accessible description. */
export function treeRows(t: BhTranslator, doc: BrandHealthDocument, analysis: BrandHealthAnalysis): TreeRow[] {
  const rows: TreeRow[] = [];
  const previous = periodLabel(t, analysis.previousPeriod);
  const indicators = doc.indicators ?? [];
  analysis.index.indicators.forEach((ind, i) => {
    const source = indicators[i]!;
    const missing = ind.missing.map((id) => source.children.find((c) => c.id === id)?.label ?? id);
    const parts = [t.t('a11y.indicator', { label: source.label, score: score(t, ind.score), weight: weight(t, ind.weight) })];
    if (ind.change !== null || ind.contribution !== null) {
      parts.push(t.t('a11y.indicatorChange', { change: pointsChange(t, ind.change), period: previous, effect: contribution(t, ind.contribution) }));
    }
    parts.push(plural(t, 'a11y.children', source.children.length));
    if (missing.length) parts.push(t.t('a11y.missingChildren', { list: t.format.list(missing) }));
    rows.push({
      key: ind.id,
      level: 1,
      indicator: i,
      child: null,
      id: ind.id,
      label: source.label,
      parentLabel: null,
      score: ind.score,
      previousScore: ind.previousScore,
      change: ind.change,
      weight: ind.weight,
      givenWeight: source.weight,
      contribution: ind.contribution,
      n: null,
      reliability: null,
      childCount: source.children.length,
      missing,
      description: sentence(parts),
    });
    ind.children.forEach((c, j) => {
      const sub = source.children[j]!;
      const absent = c.score === null;
      const cParts = [t.t('a11y.child', { label: sub.label, parent: source.label, score: score(t, c.score), weight: weight(t, c.weight) })];
      if (absent) cParts.push(t.t('a11y.absence', { value: contribution(t, c.contribution) }));
      else if (c.change !== null || c.contribution !== null) {
        cParts.push(t.t('a11y.indicatorChange', { change: pointsChange(t, c.change), period: previous, effect: contribution(t, c.contribution) }));
      }
      if (c.n !== null) cParts.push(t.t('value.n', { n: t.format.number(c.n, 0) }));
      const badge = reliabilityBadge(t, c.reliability);
      if (badge) cParts.push(badge);
      rows.push({
        key: `${ind.id}/${c.id}`,
        level: 2,
        indicator: i,
        child: j,
        id: c.id,
        label: sub.label,
        parentLabel: source.label,
        score: c.score,
        previousScore: c.previousScore,
        change: c.change,
        weight: c.weight,
        givenWeight: sub.weight,
        contribution: c.contribution,
        n: c.n,
        reliability: c.reliability,
        childCount: 0,
        missing: absent ? [sub.label] : [],
        description: sentence(cParts),
      });
    });
  });
  return rows;
}

/** The sub-indicators that moved the index most (largest |contribution|), at most `limit`. */
export function topMovers(rows: TreeRow[], limit = 3): TreeRow[] {
  return rows
    .filter((r) => r.level === 2 && r.contribution !== null && Math.abs(r.contribution) >= 0.005)
    .sort((a, b) => Math.abs(b.contribution!) - Math.abs(a.contribution!))
    .slice(0, limit);
}

/**
 * Sub-indicators without a current score whose indicator still has one: their weight went to
 * their siblings. (Children of an indicator with no data at all are reported with it.)
 */
export function renormalizedChildren(rows: TreeRow[]): TreeRow[] {
  const scored = new Set(rows.filter((r) => r.level === 1 && r.score !== null).map((r) => r.indicator));
  return rows.filter((r) => r.level === 2 && r.score === null && scored.has(r.indicator));
}
