import type { BrandHealthAnalysis } from '../../brand/types.js';
import type { KpiView } from './describe.js';
import { contribution, plural, periodLabel, score, type BhTranslator } from './format.js';
import { renormalizedChildren, topMovers, type TreeRow } from './tree.js';

/**
 * The plain-language summary an executive reads first: what needs attention (alerts), what
 * really changed, what is only noise, the index and what moved it, and what to read with
 * care (missing data, small samples).
 */
export function summarize(t: BhTranslator, analysis: BrandHealthAnalysis, views: KpiView[], rows: TreeRow[]): string {
  const out: string[] = [];
  const item = (v: KpiView) => t.t('summary.item', { label: v.kpi.label, change: v.f.change(v.a.change) });
  const alerts = views.filter((v) => v.a.alert);
  for (const v of alerts) {
    out.push(
      t.t(v.a.direction === 'increase' ? 'summary.alert' : 'summary.alertRise', {
        label: v.kpi.label,
        change: v.f.amount(v.a.change ?? 0),
        from: v.f.value(v.a.previous),
        to: v.f.value(v.a.value),
      }),
    );
  }
  if (!alerts.length && views.length) out.push(t.t('summary.noAlert'));
  const changed = views.filter((v) => v.a.change !== null && v.a.change !== 0);
  const better = changed.filter((v) => v.verdict === 'significant' && isBetter(v));
  const worse = changed.filter((v) => v.verdict === 'significant' && !isBetter(v) && !v.a.alert);
  const noise = changed.filter((v) => v.verdict === 'within' || v.verdict === 'noise');
  if (better.length) out.push(t.t('summary.better', { list: t.format.list(better.map(item)) }));
  if (worse.length) out.push(t.t('summary.worse', { list: t.format.list(worse.map(item)) }));
  if (noise.length) out.push(t.t('summary.noise', { list: t.format.list(noise.map(item)) }));

  const index = analysis.index;
  if (index.score !== null) {
    const period = periodLabel(t, analysis.previousPeriod);
    const change = index.change === null ? null : t.t('value.indexPts', { value: t.format.signed(index.change, 1) });
    const mover = topMovers(rows, 1)[0];
    if (change && mover) {
      out.push(t.t('summary.index', { score: score(t, index.score), change, period, mover: mover.label, effect: contribution(t, mover.contribution) }));
    } else if (change) out.push(t.t('summary.indexFlat', { score: score(t, index.score), change, period }));
    else out.push(t.t('summary.indexOnly', { score: score(t, index.score) }));
  }
  // The same sentences as the index card's notes.
  const missingChildren = renormalizedChildren(rows).map((r) => r.label);
  if (index.missing.length) out.push(plural(t, 'index.missingTop', index.missing.length));
  if (missingChildren.length) out.push(plural(t, 'index.renormalized', missingChildren.length, { list: t.format.list(missingChildren) }));
  const small = views.filter((v) => v.a.reliability !== 'ok' && v.a.n !== null);
  if (small.length) {
    out.push(t.t('summary.small', { list: t.format.list(small.map((v) => `${v.kpi.label} (${t.t('value.n', { n: t.format.number(v.a.n!, 0) })})`)) }));
  }
  return joinSentences(out);
}

const isBetter = (v: KpiView) => (v.a.change! > 0) === (v.a.direction === 'increase');

/** Chinese sentences follow each other without a space; others with one. */
export function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, s) => (!text ? s : /[。！？]$/.test(text) ? text + s : `${text} ${s}`), '');
}
