import { html, nothing, render, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { styleProps } from '../../base/style-props.js';
import { HcxElement, type ChartContext } from '../../base/hcx-element.js';
import { internalState } from '../../base/internal-state.js';
import type { AlertDetail } from '../../base/events.js';
import type { TableModel } from '../../base/table-model.js';
import { analyseBrandHealth } from '../../brand/analyse.js';
import type { BrandHealthAnalysis } from '../../brand/types.js';
import { brandHealthSchema, type BrandHealthDocument } from '../../contract/brand-health.js';
import { alertDetails, alertMessage, kpiView, type KpiView } from './describe.js';
import { formatP, periodLabel, type BhTranslator } from './format.js';
import { COMPACT_MIN, COMPACT_SPARK, WIDE, balancedColumns, sparkWidth } from './layout.js';
import { brandHealthMessages, type BrandHealthMessageKey } from './messages.js';
import { brandRehearsal } from './rehearsal.js';
import { renderExport } from './render-export.js';
import { renderIndex, visibleRows } from './render-index.js';
import { renderTiles } from './render-tiles.js';
import { brandHealthStyles } from './styles.js';
import { summarize } from './summary.js';
import { brandTable } from './table.js';
import { treeRows, type TreeRow } from './tree.js';

type Ctx = ChartContext<BrandHealthDocument, BrandHealthAnalysis, BrandHealthMessageKey>;

interface Tip {
  left: number;
  top: number;
  title: string;
  lines: string[];
}

interface Model {
  analysis: BrandHealthAnalysis;
  locale: string;
  views: KpiView[];
  rows: TreeRow[];
}

const TIP_WIDTH = 288;

/**
 * Brand health in one panel: Net Promoter Score, satisfaction, return-visit rate, negative
 * mentions and complaint resolution as tiles — each with its value ± 95 % margin of error,
 * n and reliability, the change vs the previous period in points with a verdict in words
 * ("−7 pts, within ±10.8: likely noise"), a sparkline with its interval band, target and
 * benchmark — and the weighted two-level indicator tree with the composite index and the
 * contribution of each sub-indicator to its change.
 *
 * Alerts: a KPI alerts when its change for the worse is at least `minDrop` points AND
 * significant at `alert.confidence` (the engine's `alert` flag). Each alert fires
 * `hcx-alert` once per KPI and period and is listed in a strip at the top. The strip is a
 * polite live region (`role="status"`), not `role="alert"`: the alert is already on screen
 * and in the summary when the page loads, and an assertive announcement at load would
 * interrupt whatever the screen reader is reading; when an update (a `src` refresh) brings
 * a new alert, the existing region announces it politely. Pages that want to shout listen
 * to `hcx-alert`.
 *
 * Keyboard: two tab stops, one per composite — the KPI tiles (a listbox: arrows move,
 * Down/Up by a row of tiles, Home/End, Enter or Space selects) and the indicator tree
 * (Up/Down move, Right or Enter opens an indicator and Right again enters it, Left goes to
 * the parent or closes, Escape goes back to the parent and closes it, Enter or Space
 * selects). Every move announces the item.
 *
 * Export: the live panel is HTML, so `toSVG()` / `toPNG()` build a dedicated SVG of the
 * panel on demand (tiles as boxes with text and sparklines, the index and every indicator
 * bar, the summary), marked `hcx-chart`.
 *
 * @summary Brand-health panel: KPI tiles with margins of error and honest change tests, alerts, and the weighted indicator index.
 * @fires hcx-alert - A KPI dropped significantly by at least `minDrop` points. Detail: `{ key, kind: 'kpi-drop', message, item }` (`item` is the KPI's analysis plus its `label`); fires once per KPI and period.
 * @fires hcx-select - A KPI tile or an indicator was chosen by click, Enter or Space. Detail: `{ touchpoint: id, index, item }`.
 * @fires hcx-data-load - A valid document is shown. Detail: `{ origin, document }`.
 * @fires hcx-data-error - Data could not be loaded or breaks the contract. Detail: `{ kind, status?, issues? }`.
 * @slot - Not rendered. A child `<script type="application/json">` holding the document loads it without JavaScript.
 * @csspart base - The figure box.
 * @csspart title - The title.
 * @csspart description - The subtitle.
 * @csspart toolbar - Table view and export buttons.
 * @csspart plot - The alert strip, the KPI tiles and the index block.
 * @csspart legend - What ±, the band, the dashed line, significance, alerts and reliability mean.
 * @csspart table - The data table: one row per KPI, the index, each indicator and sub-indicator.
 * @csspart tooltip - Interval, previous value and test of the hovered or focused item.
 * @csspart empty - The empty state.
 * @csspart error - The error view listing contract problems.
 * @cssprop --hcx-color-danger - Alerts: the strip, the alert badge and tile edge.
 * @cssprop --hcx-color-improvement - Significant changes for the better; promoters; positive contributions.
 * @cssprop --hcx-color-concern - Significant changes for the worse; detractors; targets not met; negative contributions.
 * @cssprop --hcx-color-success - Targets met (tile edge and ✓).
 * @cssprop --hcx-color-warning - "Use with caution" badges.
 * @cssprop --hcx-color-accent - Interval bands, score bars and the selection ring.
 * @cssprop --hcx-color-target - The target line in sparklines.
 * @cssprop --hcx-color-missing - Passives in the NPS bar.
 * @cssprop --hcx-color-text - Text, sparklines and previous-score ticks.
 * @cssprop --hcx-color-muted - Margins, sample sizes and notes.
 * @cssprop --hcx-font - Font shorthand of the widget.
 * @cssprop --hcx-font-size - Base font size (default 14px).
 */
export class HcxBrandHealth extends HcxElement<'brand-health', BrandHealthAnalysis, BrandHealthMessageKey> {
  static override styles = [...HcxElement.styles, brandHealthStyles];
  static override properties: PropertyDeclarations = {
    ...internalState('focusTile', 'focusRow', 'expanded', 'picked', 'tip'),
  };
  protected readonly kind = 'brand-health' as const;
  protected readonly schema = brandHealthSchema;
  protected override readonly catalogue = brandHealthMessages;

  /** The tile holding the roving tab stop. */
  private focusTile = 0;
  /** The tree row holding the roving tab stop (its key). */
  private focusRow = '';
  /** Keys of the open first-level indicators. */
  private expanded: ReadonlySet<string> = new Set();
  /** The touchpoint chosen here when the element is not inside a dashboard. */
  private picked: string | null = null;
  private tip: Tip | null = null;

  private model?: Model;
  private columns = 1;

  protected override rehearsalDocument(): BrandHealthDocument {
    return brandRehearsal();
  }

  protected analyse(doc: BrandHealthDocument): BrandHealthAnalysis {
    return analyseBrandHealth(doc);
  }

  /** Views and tree rows, formatted once per analysis and locale (not in every render). */
  private modelOf(ctx: Ctx): Model {
    const m = this.model;
    if (m && m.analysis === ctx.analysis && m.locale === ctx.t.locale) return m;
    const views = ctx.doc.kpis.map((_, i) => kpiView(ctx.t, ctx.doc, ctx.analysis, i));
    const rows = treeRows(ctx.t, ctx.doc, ctx.analysis);
    this.model = { analysis: ctx.analysis, locale: ctx.t.locale, views, rows };
    return this.model;
  }

  /** The touchpoint to highlight: the dashboard's selection inside a dashboard, else the one picked here. */
  private selectedTouchpoint(ctx: Ctx): string | null {
    const tp = this.dashboard ? ctx.selection?.touchpoint : this.picked;
    return tp ? tp.trim().toLowerCase() : null;
  }

  private isTouchpoint(tp: string | null, id: string, label: string): boolean {
    return tp !== null && (id.toLowerCase() === tp || label.trim().toLowerCase() === tp);
  }

  /** Open indicators, plus the parent of a selected sub-indicator so the selection is visible. */
  private openSet(rows: TreeRow[], tp: string | null): Set<string> {
    const open = new Set(this.expanded);
    for (const r of rows) if (r.level === 2 && this.isTouchpoint(tp, r.id, r.label)) open.add(rows.find((p) => p.level === 1 && p.indicator === r.indicator)!.key);
    return open;
  }

  private focusKey(shown: TreeRow[], rows: TreeRow[]): string {
    if (shown.some((r) => r.key === this.focusRow)) return this.focusRow;
    const row = rows.find((r) => r.key === this.focusRow);
    const parent = row && rows.find((p) => p.level === 1 && p.indicator === row.indicator);
    return parent?.key ?? shown[0]?.key ?? '';
  }

  protected renderChart(ctx: Ctx): TemplateResult {
    const { t } = ctx;
    const { views, rows } = this.modelOf(ctx);
    const cols = balancedColumns(ctx.width, views.length);
    this.columns = cols;
    const compact = cols === 1 && ctx.width >= COMPACT_MIN;
    const tp = this.selectedTouchpoint(ctx);
    const open = this.openSet(rows, tp);
    const shown = visibleRows(rows, open);
    const alerts = views.filter((v) => v.a.alert);
    const period = periodLabel(t, ctx.analysis.period);
    return html`<div class="panel ${ctx.width >= WIDE ? 'wide' : 'narrow'}">
      <div class="alerts ${alerts.length ? 'on' : ''}" role="status" aria-label=${t.t('alerts.label')}>
        ${alerts.map(
          (v) => html`<p class="alert-line"><span class="alert-icon" aria-hidden="true">⚠ </span><strong>${t.t('alert.lead')}</strong>${/：$/.test(t.t('alert.lead')) ? '' : ' '}${alertMessage(t, v)}</p>`,
        )}
      </div>
      ${views.length
        ? renderTiles({
            t,
            views,
            columns: cols,
            compact,
            sparkWidth: compact ? COMPACT_SPARK : sparkWidth(ctx.width, cols),
            label: t.t('kpis.label', { period, previous: periodLabel(t, ctx.analysis.previousPeriod) }),
            focus: Math.min(this.focusTile, views.length - 1),
            isSelected: (v) => this.isTouchpoint(tp, v.kpi.id, v.kpi.label),
            on: {
              key: (e) => this.onTileKey(e, ctx),
              click: (i) => {
                void this.moveTile(ctx, i, false);
                this.chooseTile(ctx, i);
              },
              enter: (i, target) => this.showTip(target, this.tileTip(t, views[i]!)),
              leave: () => (this.tip = null),
            },
          })
        : nothing}
      ${rows.length
        ? renderIndex({
            t,
            index: ctx.analysis.index,
            previousPeriod: ctx.analysis.previousPeriod,
            rows,
            expanded: open,
            focus: this.focusKey(shown, rows),
            headingLevel: Math.min(6, this.headingLevel + 1),
            isSelected: (r) => this.isTouchpoint(tp, r.id, r.label),
            on: {
              key: (e) => this.onTreeKey(e, ctx),
              click: (key) => this.onRowClick(ctx, key),
              enter: (key, target) => this.showTip(target, this.rowTip(rows.find((r) => r.key === key)!)),
              leave: () => (this.tip = null),
            },
          })
        : nothing}
      ${this.tip
        ? html`<div part="tooltip" aria-hidden="true" style=${styleProps({ left: `${this.tip.left}px`, top: `${this.tip.top}px` })}>
            <strong>${this.tip.title}</strong>${this.tip.lines.map((l) => html`<span>${l}</span>`)}
          </div>`
        : nothing}
    </div>`;
  }

  protected override renderLegend(ctx: Ctx): unknown {
    const { t } = ctx;
    const minDrop = ctx.doc.alert?.minDrop ?? 5;
    const swatch = (content: unknown) => html`<svg class="legend-swatch" viewBox="0 0 22 12" aria-hidden="true" focusable="false">${content}</svg>`;
    return html`<span class="legend-item">${swatch(svg`<rect class="spark-band" x="0" y="2" width="22" height="8"></rect><line class="spark-line" x1="0" x2="22" y1="6" y2="6"></line>`)}${t.t('legend.margin')}</span>
      <span class="legend-item">${swatch(svg`<line class="spark-target" x1="0" x2="22" y1="6" y2="6"></line>`)}${t.t('legend.target')}</span>
      <span class="legend-item">${t.t('legend.significance', { confidence: t.format.percent(ctx.analysis.confidence, 1) })}</span>
      <span class="legend-item">${t.t('a11y.alert', { minDrop: t.t('value.pts', { value: t.format.number(minDrop, 1) }) })}</span>
      <span class="legend-item">${t.t('legend.reliability')}</span>
      ${ctx.analysis.index.indicators.length
        ? html`<span class="legend-item">${swatch(svg`<rect class="track" x="0" y="3" width="22" height="6"></rect><rect class="fill" x="0" y="3" width="15" height="6"></rect><line class="prev" x1="18" x2="18" y1="0" y2="12"></line>`)}${t.t('legend.bars')}</span>`
        : nothing}`;
  }

  protected tableModel(ctx: Ctx): TableModel {
    const { views, rows } = this.modelOf(ctx);
    return brandTable(ctx.t, ctx.analysis, views, rows);
  }

  protected summarize(ctx: Ctx): string {
    const { views, rows } = this.modelOf(ctx);
    return summarize(ctx.t, ctx.analysis, views, rows);
  }

  protected override alertsFor(ctx: Ctx): AlertDetail[] {
    return alertDetails(ctx.t, this.modelOf(ctx).views, ctx.analysis.period);
  }

  /** The panel as a standalone SVG (built on demand: the live panel is HTML); `''` when nothing is shown. */
  override toSVG(): string {
    const ctx = this.chartContext();
    const base = this.renderRoot.querySelector('.base');
    if (!ctx || !base) return '';
    const { views, rows } = this.modelOf(ctx);
    const stage = document.createElement('div');
    stage.className = 'export-stage';
    stage.setAttribute('aria-hidden', 'true');
    base.append(stage);
    try {
      const summary = summarize(ctx.t, ctx.analysis, views, rows);
      render(renderExport({ t: ctx.t, doc: ctx.doc, analysis: ctx.analysis, views, rows, summary, width: ctx.width }).template, stage);
      return super.toSVG();
    } finally {
      stage.remove();
    }
  }

  // Tooltip.

  private showTip(target: Element, content: { title: string; lines: string[] }): void {
    const plot = this.renderRoot.querySelector('[part="plot"]');
    if (!plot) return;
    const p = plot.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - p.left, p.width - TIP_WIDTH));
    this.tip = { left, top: r.bottom - p.top + 4, ...content };
  }

  private tileTip(t: BhTranslator, v: KpiView): { title: string; lines: string[] } {
    const k = v.a;
    const lines = [t.t('a11y.interval', { range: v.f.interval(k.interval) })];
    if (k.n !== null) lines.push(t.t('value.n', { n: t.format.number(k.n, 0) }));
    if (k.previous !== null) {
      lines.push(t.t('tip.previous', { value: v.f.value(k.previous), period: periodLabel(t, this.model?.analysis.previousPeriod), range: v.f.interval(k.previousInterval) }));
    }
    if (k.z !== null && k.pValue !== null) lines.push(t.t('tip.test', { z: t.format.fixed(k.z, 2), p: formatP(t, k.pValue) }));
    lines.push(t.t(k.direction === 'increase' ? 'tip.threshold' : 'tip.thresholdRise', { minDrop: v.f.amount(k.minDrop) }));
    return { title: v.kpi.label, lines };
  }

  private rowTip(r: TreeRow): { title: string; lines: string[] } {
    return { title: r.label, lines: [r.description] };
  }

  // KPI tiles: selection and keyboard.

  private chooseTile(ctx: Ctx, index: number): void {
    const v = this.modelOf(ctx).views[index]!;
    this.picked = v.kpi.id;
    this.select({ touchpoint: v.kpi.id, index, item: { ...v.a, label: v.kpi.label } });
  }

  private async moveTile(ctx: Ctx, index: number, announce = true): Promise<void> {
    this.focusTile = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#kpi-${index}`)?.focus();
    if (announce) this.announce(this.modelOf(ctx).views[index]!.description);
  }

  private onTileKey(e: KeyboardEvent, ctx: Ctx): void {
    const n = ctx.analysis.kpis.length;
    const i = Math.min(this.focusTile, n - 1);
    const c = this.columns;
    if (e.key === 'Enter' || e.key === ' ') this.chooseTile(ctx, i);
    else {
      // Down and Up move by a row of tiles and stay put at the first and last row.
      const next = ({ ArrowRight: Math.min(n - 1, i + 1), ArrowLeft: Math.max(0, i - 1), ArrowDown: i + c < n ? i + c : i, ArrowUp: i >= c ? i - c : i, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
      if (next === undefined) return;
      void this.moveTile(ctx, next);
    }
    e.preventDefault();
  }

  // Indicator tree: expand, select and keyboard.

  private setOpen(key: string, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  private chooseRow(ctx: Ctx, r: TreeRow): void {
    const a = ctx.analysis.index.indicators[r.indicator]!;
    const item = r.level === 1 ? { level: 1, label: r.label, ...a } : { level: 2, label: r.label, parent: a.id, ...a.children[r.child!]! };
    this.picked = r.id;
    this.select({ touchpoint: r.id, index: r.level === 1 ? r.indicator : r.child!, item });
  }

  private async moveRow(ctx: Ctx, key: string, suffix = ''): Promise<void> {
    this.focusRow = key;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.row[data-key="${CSS.escape(key)}"]`)?.focus();
    const r = this.modelOf(ctx).rows.find((x) => x.key === key);
    if (r) this.announce(suffix ? `${r.description} ${suffix}` : r.description);
  }

  /** Opens or closes an indicator, focuses it and announces it with its new state. */
  private openRow(ctx: Ctx, key: string, open: boolean): void {
    this.setOpen(key, open);
    void this.moveRow(ctx, key, ctx.t.t(open ? 'a11y.expanded' : 'a11y.collapsed'));
  }

  private onRowClick(ctx: Ctx, key: string): void {
    const r = this.modelOf(ctx).rows.find((x) => x.key === key)!;
    if (r.level === 1 && r.childCount) this.setOpen(key, !this.expanded.has(key));
    void this.moveRow(ctx, key);
    this.chooseRow(ctx, r);
  }

  private onTreeKey(e: KeyboardEvent, ctx: Ctx): void {
    const { rows } = this.modelOf(ctx);
    const open = this.openSet(rows, this.selectedTouchpoint(ctx));
    const shown = visibleRows(rows, open);
    const key = this.focusKey(shown, rows);
    const at = shown.findIndex((r) => r.key === key);
    const r = shown[at];
    if (!r) return;
    const parent = rows.find((p) => p.level === 1 && p.indicator === r.indicator)!;
    const isOpen = r.level === 1 && open.has(r.key);
    const moves: Record<string, TreeRow | undefined> = { ArrowDown: shown[at + 1], ArrowUp: shown[at - 1], Home: shown[0], End: shown[shown.length - 1] };
    const opens = r.level === 1 && r.childCount > 0;
    switch (e.key) {
      case 'ArrowRight':
        if (opens) {
          if (isOpen) void this.moveRow(ctx, shown[at + 1]!.key);
          else this.openRow(ctx, r.key, true);
        }
        break;
      case 'ArrowLeft':
        if (r.level === 2) void this.moveRow(ctx, parent.key);
        else if (isOpen) this.openRow(ctx, r.key, false);
        break;
      case 'Escape':
        if (r.level === 1 && !isOpen) return;
        this.openRow(ctx, parent.key, false);
        break;
      case 'Enter':
      case ' ':
        if (opens) this.openRow(ctx, r.key, !isOpen);
        this.chooseRow(ctx, r);
        break;
      default:
        if (!(e.key in moves)) return;
        if (moves[e.key]) void this.moveRow(ctx, moves[e.key]!.key);
    }
    e.preventDefault();
  }
}
