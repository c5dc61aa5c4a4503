import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { styleProps } from '../../base/style-props.js';
import type { NpsCounts } from '../../contract/brand-health.js';
import type { KpiView } from './describe.js';
import { periodLabel, reliabilityBadge, type BhTranslator } from './format.js';
import { sparkGeometry, type SparkGeometry } from './sparkline.js';

export const SPARK_HEIGHT = 40;

export interface TileHandlers {
  key(e: KeyboardEvent): void;
  click(index: number): void;
  enter(index: number, target: Element): void;
  leave(): void;
}

export interface TilesOptions {
  t: BhTranslator;
  views: KpiView[];
  columns: number;
  /** One column with the sparkline beside the figures (a narrow column). */
  compact: boolean;
  sparkWidth: number;
  label: string;
  focus: number;
  isSelected(v: KpiView): boolean;
  on: TileHandlers;
}

/** `alert`, `not-met` or `met` tints the tile's top edge; an insufficient sample gets none. */
export function tileStatus(v: KpiView): '' | 'alert' | 'met' | 'not-met' {
  if (v.a.alert) return 'alert';
  if (v.a.reliability === 'insufficient') return '';
  return v.a.status ?? '';
}

/**
 * Words for screen readers between the visible parts, in parentheses: the accessible name
 * is the tile's text, and parenthesised additions keep the visible text a contiguous part of
 * it (WCAG 2.5.3 label in name, as axe checks it).
 */
export const hint = (text: string) => html`<span class="sr-only"> (${text}) </span>`;

const arrow = (change: number | null) => (change === null || change === 0 ? '' : change > 0 ? '▲' : '▼');

/**
 * The KPI tiles: HTML in a CSS grid (they wrap and stay legible at any width), each with
 * value ± margin, n and reliability, the change with its verdict in words, a sparkline with
 * the interval band and target, the NPS mix, and target and benchmark. One tab stop (a
 * listbox with roving focus). A tile's accessible name is its visible text in reading order
 * with a few words for screen readers in between (see `hint`); moving to it announces the
 * full sentence.
 */
export function renderTiles(o: TilesOptions): TemplateResult {
  const { t, views } = o;
  return html`<div
    class="tiles"
    style=${styleProps({ '--cols': o.columns })}
    role="listbox"
    aria-label=${o.label}
    aria-orientation="horizontal"
    @keydown=${o.on.key}
    @mouseleave=${o.on.leave}
    @focusout=${o.on.leave}
  >
    ${views.map((v) => {
      const k = v.a;
      const status = tileStatus(v);
      const selected = o.isSelected(v);
      const badge = reliabilityBadge(t, k.reliability);
      return html`<div
        class="tile ${status} ${selected ? 'selected' : ''} ${o.compact ? 'compact' : ''}"
        role="option"
        id=${`kpi-${v.index}`}
        data-index=${v.index}
        tabindex=${v.index === o.focus ? 0 : -1}
        aria-selected=${selected ? 'true' : 'false'}
        @click=${() => o.on.click(v.index)}
        @mouseenter=${(e: MouseEvent) => o.on.enter(v.index, e.currentTarget as Element)}
        @focus=${(e: FocusEvent) => o.on.enter(v.index, e.currentTarget as Element)}
      >
        <div class="tile-head">
          <span class="tile-label">${v.kpi.label}</span>
          ${k.alert ? html`<span class="badge alert"><span aria-hidden="true">⚠ </span>${t.t('badge.alert')}</span>` : nothing}
          ${badge ? html`<span class="badge ${k.reliability}">${badge}</span>` : nothing}
        </div>
        <div class="tile-main">
          <div class="tile-value">
            <span class="value">${v.f.value(k.value)}</span>
            ${k.type === 'count' ? nothing : html`${hint(t.t('a11y.marginLabel'))}<span class="margin">${v.f.margin()}</span>`}
          </div>
          <div class="tile-n">
            ${k.type === 'count'
              ? html`${t.t('kpi.events')} · ${t.t('value.ci', { range: v.f.interval(k.interval) })}`
              : t.t('value.n', { n: k.n === null ? '–' : t.format.number(k.n, 0) })}
          </div>
          ${v.changeText ? html`<div class="tile-change ${v.tone}"><span class="arrow" aria-hidden="true">${arrow(k.change)}</span> ${v.changeText}</div>` : nothing}
          <div class="tile-verdict ${v.verdict}">${v.verdictText}</div>
        </div>
        ${renderSpark(t, v, o.sparkWidth)}
        ${v.kpi.type === 'nps' ? renderMix(t, v.kpi.current) : nothing}
        ${v.targetText || v.benchmarkText
          ? html`<div class="tile-goals">
              ${v.targetText
                ? html`<span class="target ${status === 'alert' ? (k.status ?? '') : status}"
                    ><span class="mark" aria-hidden="true">${k.status === 'met' && status ? '✓ ' : k.status === 'not-met' && status ? '✗ ' : ''}</span>${v.targetText}</span
                  >`
                : nothing}
              ${v.benchmarkText ? html`<span class="benchmark">${v.benchmarkText}</span>` : nothing}
            </div>`
          : nothing}
        ${k.type === 'count' || !k.interval ? nothing : hint(t.t('a11y.interval', { range: v.f.interval(k.interval) }))}
        ${k.alert ? hint(t.t('a11y.alert', { minDrop: v.f.amount(k.minDrop) })) : nothing}
      </div>`;
    })}
  </div>`;
}

function renderSpark(t: BhTranslator, v: KpiView, width: number): unknown {
  const points = v.a.history;
  if (!points.length) return nothing;
  const g = sparkGeometry(points, v.a.target, width, SPARK_HEIGHT);
  const first = points[0]!.x;
  const last = points[points.length - 1]!.x;
  return html`<div class="spark-box"><svg class="spark" width=${width} height=${SPARK_HEIGHT} viewBox="0 0 ${width} ${SPARK_HEIGHT}" aria-hidden="true" focusable="false">
      ${svg`<line class="spark-base" x1="0" x2=${width} y1=${g.baseline} y2=${g.baseline}></line>`}${sparkMarks(g, v.a.alert, 3.5)}
    </svg>
    ${points.length > 1
      ? html`<div class="spark-axis">${hint(t.t('a11y.trend'))}<span>${periodLabel(t, first)}</span><span>${periodLabel(t, last)}</span></div>`
      : nothing}</div>`;
}

/** A sparkline's band, target line, line and current dot (the tile and the export draw the same marks). */
export function sparkMarks(g: SparkGeometry, alert: boolean, dotRadius: number): SVGTemplateResult {
  return svg`${g.band ? svg`<path class="spark-band" d=${g.band}></path>` : nothing}
    ${g.target === null ? nothing : svg`<line class="spark-target" x1="0" x2=${g.width} y1=${g.target} y2=${g.target}></line>`}
    <path class="spark-line" d=${g.line}></path>
    ${g.last ? svg`<circle class="spark-dot ${alert ? 'alert' : ''}" cx=${g.last.x} cy=${g.last.y} r=${dotRadius}></circle>` : nothing}`;
}

/** The NPS mix as three rects across a 100 × 10 box (stretched by the caller's viewBox). */
export function mixRects(c: NpsCounts): SVGTemplateResult[] {
  const total = c.promoters + c.passives + c.detractors;
  let x = 0;
  return MIX.map((key) => {
    const width = (100 * c[key]) / total;
    const r = svg`<rect class="mix-${key}" x=${x} y="0" width=${width} height="10"></rect>`;
    x += width;
    return r;
  });
}

const MIX = ['promoters', 'passives', 'detractors'] as const;

/** Promoters, passives and detractors as one 100 % bar, with their shares in words beneath. */
function renderMix(t: BhTranslator, c: NpsCounts): unknown {
  const total = c.promoters + c.passives + c.detractors;
  if (!(total > 0)) return nothing;
  return html`<svg class="mix" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${mixRects(c)}</svg>
    <div class="mix-labels">
      ${MIX.map((key) => html`<span><span class="swatch mix-${key}" aria-hidden="true"></span>${t.t(`nps.${key}`)} ${t.format.percent(c[key] / total, 0)}</span>`)}
    </div>`;
}
