import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { HcxElement, type ChartContext } from '../../base/hcx-element.js';
import { internalState } from '../../base/internal-state.js';
import type { AlertDetail } from '../../base/events.js';
import type { TableModel } from '../../base/table-model.js';
import { controlChartSchema, type ControlChartDocument } from '../../contract/control-chart.js';
import { analyseControlChart, pointTableOf, secondaryTableOf } from '../../spc/analyse.js';
import type { PointTable } from '../../spc/point-table.js';
import type { ControlChartAnalysis, SecondarySeries } from '../../spc/types.js';
import { alerts, announcePoint, describePoint, joinSentences, summary, tableModel, verdict, type Words } from './describe.js';
import { chartFormat } from './format.js';
import { controlChartMessages, type ControlChartMessageKey } from './messages.js';
import { controlChartRehearsal } from './rehearsal.js';
import { renderLegend } from './render-legend.js';
import { renderScene } from './render-scene.js';
import { buildScene, type Scene } from './scene.js';
import { styleProperties } from './position.js';
import { controlChartStyles } from './styles.js';

type Ctx = ChartContext<ControlChartDocument, ControlChartAnalysis, ControlChartMessageKey>;

/** Boolean attributes that can also be switched off: `moving-range="false"` (absent: the default). */
const toggle = {
  fromAttribute: (value: string | null): boolean | undefined => (value === null ? undefined : !/^(false|off|no|0)$/i.test(value.trim())),
  toAttribute: (value: boolean | undefined): string | null => (value === undefined ? null : value ? '' : 'false'),
};

/** The period unit is read from the first 60 spacings: no need to copy every `x`. */
const leadingXs = (doc: ControlChartDocument): string[] => doc.points.slice(0, 61).map((p) => p.x);

/** Points ringed for a dashboard selection at most (a month picked over daily data rings 31). */
const MAX_SELECTED = 100;

interface Model {
  analysis: ControlChartAnalysis;
  locale: string;
  words: Words;
  verdict: string;
  summary: string | null;
}

/**
 * Statistical process control chart: XmR (with its moving-range panel), run, p, p′, u, u′, c,
 * t, g and X̄-S (with its S panel). Draws the points, centre line, control limits (and 2-sigma
 * lines when asked), the target, phases with their labels (a new phase breaks the line; the
 * previous phase's limits continue dashed; trial limits on fewer than 13 points are dashed
 * and say so), annotations, special-cause points by colour and shape (improvement ●,
 * concern ■, neither ▲; excluded ⊗), the variation and assurance icons (Making Data Count
 * meanings, drawn here) and a plain-language verdict.
 *
 * Keyboard: one tab stop on the chart; ArrowLeft/ArrowRight move point to point, Home/End to
 * the first/last, PageUp/PageDown by ten, ArrowUp/ArrowDown to the previous/next special-cause
 * point; each move shows the tooltip and announces date, value, limits and the rules that
 * fired; Enter or Space selects; Escape hides the tooltip. The active point is one movable
 * mark, so 20,000 points stay a few hundred DOM nodes.
 *
 * @summary SPC control chart with Making Data Count variation and assurance icons.
 * @fires hcx-select - A point was chosen by click, Enter or Space. Detail: `{ period: x, index, item }` (`item` is the point's analysis).
 * @fires hcx-alert - Once per new special-cause concern run of the last phase (key `concern|<x of its first point>`) and when assurance turns to fail (key `assurance-fail`).
 * @fires hcx-data-load - A valid document is shown. Detail: `{ origin, document }`.
 * @fires hcx-data-error - Data could not be loaded or breaks the contract. Detail: `{ kind, status?, issues? }`.
 * @slot - Not rendered. A child `<script type="application/json">` holding the document loads it without JavaScript.
 * @csspart base - The figure box.
 * @csspart title - The title.
 * @csspart description - The subtitle.
 * @csspart toolbar - Table view and export buttons.
 * @csspart plot - The chart: icons, verdict, main panel and the moving-range or S panel.
 * @csspart legend - Keys for the lines and marks shown, and the numbered notes.
 * @csspart table - The data table: one row per point with the numbers of `analysis`.
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart empty - The empty state.
 * @csspart error - The error view listing contract problems.
 * @cssprop --hcx-color-improvement - Special cause improvement (points, icons).
 * @cssprop --hcx-color-concern - Special cause concern (points, icons).
 * @cssprop --hcx-color-neither - Special cause with no better direction.
 * @cssprop --hcx-color-common - The data line, ordinary points and common-cause icons.
 * @cssprop --hcx-color-target - The target line.
 * @cssprop --hcx-color-text - Text and the centre line.
 * @cssprop --hcx-color-muted - Control limits, axis labels.
 * @cssprop --hcx-color-focus - The active point's ring.
 * @cssprop --hcx-font - Font shorthand of the widget.
 * @cssprop --hcx-font-size - Base font size (default 14px).
 */
export class HcxControlChart extends HcxElement<'control-chart', ControlChartAnalysis, ControlChartMessageKey> {
  static override styles = [...HcxElement.styles, controlChartStyles];
  static override properties: PropertyDeclarations = {
    movingRange: { attribute: 'moving-range', converter: toggle },
    sPanel: { attribute: 's-panel', converter: toggle },
    sigmaLines: { attribute: 'sigma-lines', converter: toggle },
    projectLimits: { attribute: 'project-limits', converter: toggle },
    ...internalState('cursor', 'tip', 'picked'),
  };
  protected readonly kind = 'control-chart' as const;
  protected readonly schema = controlChartSchema;
  protected override readonly catalogue = controlChartMessages;

  /** The moving-range panel under an XmR chart: on by default; `moving-range="false"` hides it. */
  movingRange?: boolean;
  /** The S panel under an X̄-S chart: on by default; `s-panel="false"` hides it. */
  sPanel?: boolean;
  /** 2-sigma lines (and 1-sigma for Western Electric rules); default: the document's `sigmaLines`, else off. */
  sigmaLines?: boolean;
  /** The previous phase's limits continued dashed across each phase; default: the document's `projectLimits`, else on. */
  projectLimits?: boolean;

  /** Index of the point the keyboard and tooltip are on (one movable mark, not one element per point). */
  private cursor: number | null = null;
  /** Why the tooltip shows: hover or keyboard focus; `null` hides it. */
  private tip: 'hover' | 'focus' | null = null;
  /** The point chosen here when the element is not inside a dashboard. */
  private picked: number | null = null;

  private model: Model | null = null;
  private sceneMemo: { words: Words; width: number; key: string; scene: Scene } | null = null;

  /** Index of the point under keyboard focus or the pointer (`null` before any). */
  get activeIndex(): number | null {
    return this.cursor;
  }

  protected override rehearsalDocument(): ControlChartDocument {
    return controlChartRehearsal();
  }

  protected analyse(doc: ControlChartDocument): ControlChartAnalysis {
    return analyseControlChart(doc);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const n = this.analysis ? pointTableOf(this.analysis).count : 0;
    if (this.cursor !== null && this.cursor >= n) this.cursor = n ? n - 1 : null;
    if (this.picked !== null && this.picked >= n) this.picked = null;
  }

  /** Words and verdict of the shown analysis in the current locale, computed once. */
  private words(ctx: Ctx): Model {
    if (this.model?.analysis !== ctx.analysis || this.model.locale !== ctx.t.locale) {
      const words: Words = { t: ctx.t, f: chartFormat(ctx.t, ctx.analysis, ctx.doc.unit, leadingXs(ctx.doc)), doc: ctx.doc, analysis: ctx.analysis };
      this.model = { analysis: ctx.analysis, locale: ctx.t.locale, words, verdict: verdict(words), summary: null };
    }
    return this.model;
  }

  private options(ctx: Ctx): { sigma: boolean; project: boolean; secondary: SecondarySeries | null } {
    const a = ctx.analysis;
    return {
      sigma: this.sigmaLines ?? ctx.doc.sigmaLines ?? false,
      project: this.projectLimits ?? ctx.doc.projectLimits ?? true,
      secondary: a.movingRange && (this.movingRange ?? true) ? a.movingRange : a.sChart && (this.sPanel ?? true) ? a.sChart : null,
    };
  }

  private scene(ctx: Ctx): Scene {
    const m = this.words(ctx);
    const o = this.options(ctx);
    const key = `${o.sigma}|${o.project}|${o.secondary !== null}`;
    const memo = this.sceneMemo;
    if (memo && memo.words === m.words && memo.width === ctx.width && memo.key === key) return memo.scene;
    const captions = [ctx.t.t('icon.variation'), ...(ctx.analysis.assurance ? [ctx.t.t('icon.assurance')] : [])];
    const scene = buildScene({ ...m.words, width: ctx.width, verdict: m.verdict, captions, ...o });
    this.sceneMemo = { words: m.words, width: ctx.width, key, scene };
    return scene;
  }

  private secondaryValue(ctx: Ctx, index: number): number | null {
    const series = this.options(ctx).secondary;
    return series ? secondaryTableOf(series).value(index) : null;
  }

  protected renderChart(ctx: Ctx): TemplateResult {
    const { t, analysis, doc } = ctx;
    const m = this.words(ctx);
    const scene = this.scene(ctx);
    const { layout } = scene;
    const secondaryShown = this.options(ctx).secondary !== null;
    const variation = analysis.variation;
    const label = t.t('plot.label', { title: doc.title, type: t.t(`type.${analysis.chartType}` as ControlChartMessageKey), count: m.words.f.periods(pointTableOf(analysis).count) });
    return html`<svg
        class="hcx-chart"
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="group"
        tabindex="0"
        aria-label=${label}
        @keydown=${this.onKey}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${renderScene(scene, {
          variation,
          assurance: analysis.assurance,
          variationLabel: t.t(`variation.${variation ?? 'none'}` as ControlChartMessageKey),
          assuranceLabel: analysis.assurance ? t.t(`assurance.${analysis.assurance}` as ControlChartMessageKey) : '',
          variationCaption: t.t('icon.variation'),
          assuranceCaption: t.t('icon.assurance'),
          secondaryTitle: secondaryShown ? t.t(analysis.chartType === 'xbar-s' ? 'panel.s' : 'panel.mr') : '',
          showAssurance: analysis.assurance !== null,
        })}
        ${this.renderSelected(ctx, scene)} ${this.renderFocus(ctx, scene)}
      </svg>
      ${this.renderTooltip(ctx, scene)}`;
  }

  /** Indices of the points to ring: the dashboard's selection (period or touchpoint matching `x`), else the point picked here. */
  private selectedIndices(ctx: Ctx): number[] {
    if (!this.dashboard) return this.picked === null ? [] : [this.picked];
    const wanted = [ctx.selection?.period, ctx.selection?.touchpoint].filter((v): v is string => !!v).map((v) => v.trim().toLowerCase());
    if (!wanted.length) return [];
    const out: number[] = [];
    const points = pointTableOf(ctx.analysis);
    for (let i = 0; i < points.count && out.length < MAX_SELECTED; i++) {
      const x = points.x(i).toLowerCase();
      // An ISO month or year picks every period inside it.
      if (wanted.some((w) => x === w || (/^\d{4}(-\d{2})?$/.test(w) && x.startsWith(`${w}-`)))) out.push(i);
    }
    return out;
  }

  private pointY(scene: Scene, value: number | null): number | null {
    return value === null ? null : scene.layout.main.y(value);
  }

  private renderSelected(ctx: Ctx, scene: Scene): unknown {
    const indices = this.selectedIndices(ctx);
    if (!indices.length) return nothing;
    const { layout } = scene;
    return svg`<g class="selected">${indices.map((i) => {
      const y = this.pointY(scene, pointTableOf(ctx.analysis).value(i));
      return svg`<path class="selected-band" d="M${layout.x(i)},${layout.main.top}V${layout.secondary?.bottom ?? layout.main.bottom}"></path>${
        y === null ? nothing : svg`<circle class="selected-ring" cx=${layout.x(i)} cy=${y} r="8"></circle>`
      }`;
    })}</g>`;
  }

  private renderFocus(ctx: Ctx, scene: Scene): unknown {
    const i = this.cursor;
    if (i === null || this.tip === null) return nothing;
    const points = pointTableOf(ctx.analysis);
    if (i >= points.count) return nothing;
    const { layout } = scene;
    const x = layout.x(i);
    const y = this.pointY(scene, points.value(i));
    const s = this.secondaryValue(ctx, i);
    return svg`<g class="focus-mark">
      <path class="focus-guide" d="M${x},${layout.main.top}V${layout.secondary?.bottom ?? layout.main.bottom}"></path>
      ${y === null ? nothing : svg`<circle class="focus-ring" cx=${x} cy=${y} r="7"></circle>`}
      ${s === null || !layout.secondary ? nothing : svg`<circle class="focus-ring" cx=${x} cy=${layout.secondary.y(s)} r="5"></circle>`}
    </g>`;
  }

  private renderTooltip(ctx: Ctx, scene: Scene): unknown {
    const i = this.cursor;
    if (i === null || this.tip === null) return nothing;
    const p = pointTableOf(ctx.analysis).at(i);
    if (!p) return nothing;
    const { layout } = scene;
    const { title, lines } = describePoint(this.words(ctx).words, p, this.secondaryValue(ctx, i));
    const x = layout.x(i);
    const y = this.pointY(scene, p.value) ?? layout.main.top + 20;
    const flip = x > layout.width * 0.55;
    const below = y < layout.main.top + (layout.main.bottom - layout.main.top) * 0.45;
    const style = {
      left: `${flip ? x - 14 : x + 14}px`,
      top: `${below ? y + 12 : y - 12}px`,
      transform: `translate(${flip ? '-100%' : '0'}, ${below ? '0' : '-100%'})`,
    };
    return html`<div part="tooltip" class="tip" aria-hidden="true" ${styleProperties(style)}>
      <strong>${title}</strong>${lines.map((l) => html`<span>${l}</span>`)}
    </div>`;
  }

  protected override renderLegend(ctx: Ctx): unknown {
    const { words } = this.words(ctx);
    const type = ctx.analysis.chartType;
    return renderLegend({
      t: ctx.t,
      f: words.f,
      doc: ctx.doc,
      scene: this.scene(ctx),
      sigma: this.options(ctx).sigma,
      median: type === 'run' || type === 'g',
      limits: type !== 'run',
      westernElectric: ctx.analysis.settings.rules === 'western-electric',
    });
  }

  protected tableModel(ctx: Ctx): TableModel {
    return tableModel(this.words(ctx).words, this.options(ctx).sigma);
  }

  protected summarize(ctx: Ctx): string {
    const m = this.words(ctx);
    // The verdict is drawn once, at the top of the chart; the table view hides the chart, so there the summary leads with it.
    const details = (m.summary ??= summary(m.words));
    return this.view === 'table' ? joinSentences(m.verdict, details) : details;
  }

  protected override alertsFor(ctx: Ctx): AlertDetail[] {
    return alerts(this.words(ctx).words);
  }

  /** The point index from a pointer position, or `null` outside the panels. */
  private indexAt(e: MouseEvent): number | null {
    const ctx = this.chartContext();
    const svgEl = e.currentTarget as SVGSVGElement | null;
    const count = ctx ? pointTableOf(ctx.analysis).count : 0;
    if (!ctx || !svgEl || count === 0) return null;
    const { layout } = this.scene(ctx);
    const rect = svgEl.getBoundingClientRect();
    if (!rect.width) return null;
    const k = layout.width / rect.width;
    const px = (e.clientX - rect.left) * k;
    const py = (e.clientY - rect.top) * k;
    const bottom = layout.secondary?.bottom ?? layout.main.bottom;
    if (px < layout.left - 8 || px > layout.right + 8 || py < layout.main.top - 12 || py > bottom + 8) return null;
    return Math.max(0, Math.min(count - 1, Math.floor((px - layout.left) / layout.step)));
  }

  private onPointerMove = (e: PointerEvent) => {
    const i = this.indexAt(e);
    if (i === null) {
      if (this.tip === 'hover') this.tip = null;
      return;
    }
    if (i !== this.cursor || this.tip !== 'hover') {
      this.cursor = i;
      this.tip = 'hover';
    }
  };

  private onPointerLeave = () => {
    if (this.tip === 'hover') this.tip = this.matches(':focus-within') ? 'focus' : null;
  };

  private onClick = (e: MouseEvent) => {
    const i = this.indexAt(e);
    if (i === null) return;
    this.cursor = i;
    this.choose(i);
  };

  private onFocus = () => {
    const ctx = this.chartContext();
    const points = ctx && pointTableOf(ctx.analysis);
    if (!ctx || !points?.count) return;
    this.move(ctx, this.cursor ?? Math.max(0, points.latestWithValue()));
  };

  private onBlur = () => {
    if (this.tip === 'focus') this.tip = null;
  };

  private move(ctx: Ctx, index: number): void {
    const points = pointTableOf(ctx.analysis);
    const i = Math.max(0, Math.min(points.count - 1, index));
    this.cursor = i;
    this.tip = 'focus';
    this.announce(announcePoint(this.words(ctx).words, points.at(i)!, this.secondaryValue(ctx, i)));
  }

  private choose(index: number): void {
    const point = this.analysis ? pointTableOf(this.analysis).at(index) : undefined;
    if (!point) return;
    this.picked = index;
    this.select({ period: point.x, index, item: point });
  }

  /** The previous (`step` −1) or next (+1) special-cause point from `from`, else `from`. */
  private nextSpecial(points: PointTable, from: number, step: -1 | 1): number {
    for (let i = from + step; i >= 0 && i < points.count; i += step) if (points.special(i)) return i;
    return from;
  }

  private onKey = (e: KeyboardEvent) => {
    const ctx = this.chartContext();
    const points = ctx && pointTableOf(ctx.analysis);
    if (!ctx || !points?.count) return;
    const i = this.cursor ?? Math.max(0, points.latestWithValue());
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = i + 1;
        break;
      case 'ArrowLeft':
        next = i - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = points.count - 1;
        break;
      case 'PageDown':
        next = i + 10;
        break;
      case 'PageUp':
        next = i - 10;
        break;
      case 'ArrowDown':
        next = this.nextSpecial(points, i, 1);
        break;
      case 'ArrowUp':
        next = this.nextSpecial(points, i, -1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.choose(i);
        return;
      case 'Escape':
        this.tip = null;
        return;
      default:
        return;
    }
    e.preventDefault();
    this.move(ctx, next);
  };
}
