import { html, nothing, svg, type TemplateResult } from 'lit';
import type { BrandIndexAnalysis } from '../../brand/types.js';
import { contribution, plural, reliabilityBadge, indexChange, periodLabel, pointsChange, score, weight, type BhTranslator } from './format.js';
import { hint } from './render-tiles.js';
import { renormalizedChildren, topMovers, type TreeRow } from './tree.js';

export interface TreeHandlers {
  key(e: KeyboardEvent): void;
  click(key: string): void;
  enter(key: string, target: Element): void;
  leave(): void;
}

export interface IndexOptions {
  t: BhTranslator;
  index: BrandIndexAnalysis;
  previousPeriod: string | null;
  rows: TreeRow[];
  expanded: ReadonlySet<string>;
  focus: string;
  /** ARIA level of the index block's heading (one below the widget title). */
  headingLevel: number;
  isSelected(row: TreeRow): boolean;
  on: TreeHandlers;
}

const arrow = (change: number | null) => (change === null || Math.abs(change) < 0.05 ? '' : change > 0 ? '▲' : '▼');

/** The rows shown: every indicator, and the children of the expanded ones. */
export function visibleRows(rows: TreeRow[], expanded: ReadonlySet<string>): TreeRow[] {
  return rows.filter((r) => r.level === 1 || expanded.has(rows.find((p) => p.level === 1 && p.indicator === r.indicator)!.key));
}

/**
 * The index block: the composite score with its change and what moved it (the largest
 * contributions), a note when weights were renormalized, and the indicator tree as weighted
 * bars. Bars, not a treemap: scores compare along one aligned 0–100 scale (position reads
 * far more precisely than the area and colour a treemap would use), long labels fit, and
 * the rows keep their order and legibility in a 400 px column. Weight is shown as a number
 * and as the bar's thickness.
 */
export function renderIndex(o: IndexOptions): TemplateResult {
  const { t, index } = o;
  const period = periodLabel(t, o.previousPeriod);
  const movers = topMovers(o.rows);
  // At least one index point across half the bar, so a month of tiny moves draws tiny bars.
  const maxEffect = Math.max(1, ...o.rows.map((r) => Math.abs(r.contribution ?? 0)));
  const missing = renormalizedChildren(o.rows).map((r) => r.label);
  const shown = visibleRows(o.rows, o.expanded);
  return html`<section class="index" aria-labelledby="index-title">
    <div class="index-card">
      <div class="index-title" id="index-title" role="heading" aria-level=${o.headingLevel}>${t.t('index.title')}</div>
      ${index.score === null
        ? html`<p class="note">${t.t('index.none')}</p>`
        : html`<div class="index-value"><span class="big">${score(t, index.score)}</span> <span class="of">${t.t('index.of100')}</span></div>
            ${index.change === null
              ? nothing
              : html`<div class="index-change"><span class="arrow" aria-hidden="true">${arrow(index.change)}</span> ${t.t('kpi.vs', { change: indexChange(t, index.change), period })}</div>`}
            ${renderScoreBar('index-bar', index.score, index.previousScore, 10)}`}
      ${index.change === null
        ? nothing
        : html`<div class="movers-title" id="movers-title">${t.t('index.movers')}</div>
            <ol class="movers" aria-labelledby="movers-title">
              ${movers.map(
                (m) => html`<li>
                  <span class="mover-label">${m.label}${m.score === null ? html` <span class="muted">(${t.t('tree.noData')})</span>` : nothing}</span>
                  ${renderEffectBar(m.contribution, maxEffect)}
                  <span class="mover-value">${contribution(t, m.contribution)}</span>
                </li>`,
              )}
            </ol>`}
      ${index.missing.length ? html`<p class="note">${plural(t, 'index.missingTop', index.missing.length)}</p>` : nothing}
      ${missing.length ? html`<p class="note">${plural(t, 'index.renormalized', missing.length, { list: t.format.list(missing) })}</p>` : nothing}
    </div>
    <div class="tree-wrap">
      <div class="tree-head row-grid" aria-hidden="true">
        <span></span><span>${t.t('tree.head.indicator')}</span><span>${t.t('tree.head.score')}</span><span class="num">${t.t('table.change')}</span><span class="num">${t.t('tree.head.effect')}</span>
      </div>
      <div class="tree" role="tree" aria-label=${t.t('tree.label')} @keydown=${o.on.key} @mouseleave=${o.on.leave} @focusout=${o.on.leave}>
        ${shown.map((r) => renderRow(o, r, maxEffect))}
      </div>
    </div>
  </section>`;
}

function renderRow(o: IndexOptions, r: TreeRow, maxEffect: number): TemplateResult {
  const { t } = o;
  const open = r.level === 1 && o.expanded.has(r.key);
  const selected = o.isSelected(r);
  const siblings = o.rows.filter((x) => x.level === r.level && (r.level === 1 || x.indicator === r.indicator));
  const maxWeight = Math.max(1e-9, ...siblings.map((x) => x.givenWeight));
  const absent = r.score === null;
  const badges: TemplateResult[] = [];
  if (r.level === 1 && r.missing.length && !absent) badges.push(html`<span class="badge missing">${plural(t, 'tree.missingBadge', r.missing.length)}</span>`);
  const reliability = reliabilityBadge(t, r.reliability);
  if (reliability) badges.push(html`<span class="badge ${r.reliability}">${reliability}</span>`);
  return html`<div
    class="row row-grid level-${r.level} ${absent ? 'absent' : ''} ${selected ? 'selected' : ''}"
    role="treeitem"
    data-key=${r.key}
    aria-level=${r.level}
    aria-setsize=${siblings.length}
    aria-posinset=${siblings.indexOf(r) + 1}
    aria-expanded=${r.level === 1 && r.childCount ? (open ? 'true' : 'false') : nothing}
    aria-selected=${selected ? 'true' : 'false'}
    tabindex=${r.key === o.focus ? 0 : -1}
    @click=${() => o.on.click(r.key)}
    @mouseenter=${(e: MouseEvent) => o.on.enter(r.key, e.currentTarget as Element)}
    @focus=${(e: FocusEvent) => o.on.enter(r.key, e.currentTarget as Element)}
  >
    <span class="toggle" aria-hidden="true">${r.level === 1 && r.childCount ? (open ? '▾' : '▸') : ''}</span>
    <span class="row-label"><span class="name">${r.label}</span> ${absent ? nothing : html`${hint(t.t('a11y.weightLabel'))}<span class="weight">${weight(t, r.weight)}</span>`}${badges.map((b) => html` ${b}`)}</span>
    <span class="row-bar">
      ${absent
        ? html`<span class="no-data">${t.t('tree.noData')}</span>`
        : renderScoreBar('score-bar', r.score!, r.previousScore, 6 + 10 * (r.givenWeight / maxWeight))}
      ${absent ? nothing : html`${hint(t.t('a11y.scoreLabel'))}<span class="row-score">${score(t, r.score)}</span>${hint(t.t('a11y.of100'))}`}
    </span>
    <span class="row-change num">${r.change === null ? nothing : hint(t.t('a11y.changeLabel', { period: periodLabel(t, o.previousPeriod) }))}<span class="arrow" aria-hidden="true">${arrow(r.change)}</span>${pointsChange(t, r.change)}</span>
    <span class="row-effect num">
      ${renderEffectBar(r.contribution, maxEffect)}
      ${r.contribution === null ? nothing : hint(t.t(absent ? 'a11y.absenceLabel' : 'a11y.effectLabel'))}<span class="effect-value">${r.contribution === null ? '–' : t.format.signed(r.contribution, 2)}</span>${r.contribution === null ? nothing : hint(t.t('a11y.indexPoints'))}
    </span>
    ${tail(o, r)}
  </div>`;
}

/** What the row's columns do not show: its children and what is missing, or why an absent one moved the index. */
function tail(o: IndexOptions, r: TreeRow): unknown {
  const { t } = o;
  if (r.level === 1) {
    const parts = [plural(t, 'a11y.children', r.childCount)];
    if (r.missing.length && r.score !== null) parts.push(t.t('a11y.missingChildren', { list: t.format.list(r.missing) }));
    return hint(parts.join('; '));
  }
  const parts: string[] = [];
  if (r.reliability === 'caution' || r.reliability === 'insufficient') parts.push(t.t('value.n', { n: t.format.number(r.n!, 0) }));
  return parts.length ? hint(parts.join('; ')) : nothing;
}

/** A 0–100 bar: track, score, and a tick at the previous score. Thickness carries the weight. */
function renderScoreBar(cls: string, value: number, previous: number | null, thickness: number): TemplateResult {
  const h = 18;
  const y = (h - thickness) / 2;
  return html`<svg class=${cls} viewBox="0 0 100 ${h}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="track" x="0" y=${y} width="100" height=${thickness}></rect>
    <rect class="fill" x="0" y=${y} width=${Math.max(0, Math.min(100, value))} height=${thickness}></rect>
    ${previous === null ? nothing : svg`<line class="prev" x1=${previous} x2=${previous} y1="0" y2=${h}></line>`}`}
  </svg>`;
}

/** A diverging bar around zero for a contribution; position shows the sign, not colour alone. */
function renderEffectBar(value: number | null, max: number): TemplateResult | typeof nothing {
  if (value === null) return nothing;
  const w = (Math.abs(value) / max) * 50;
  const x = value < 0 ? 50 - w : 50;
  return html`<svg class="effect-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<line class="zero" x1="50" x2="50" y1="0" y2="10"></line><rect class=${value < 0 ? 'bad' : 'good'} x=${x} y="2" width=${w} height="6"></rect>`}
  </svg>`;
}
