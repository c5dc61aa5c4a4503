import { html, nothing, render, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AlertDetail, SelectDetail } from '../../base/events.js';
import { serializeSVG } from '../../base/export.js';
import { HcxElement, type ChartContext } from '../../base/hcx-element.js';
import { internalState } from '../../base/internal-state.js';
import type { TableModel } from '../../base/table-model.js';
import { satisfactionHeatmapSchema, type SatisfactionHeatmapDocument } from '../../contract/satisfaction-heatmap.js';
import { analyseHeatmap } from '../../heatmap/analyse.js';
import type { HeatmapAnalysis, HeatmapSummary } from '../../heatmap/types.js';
import { announceText, columnsArePeriods, describeItem, heatmapTable, hotspotAlerts, itemAt, selectItem, summarizeHeatmap, type DescribeContext, type GridItem } from './describe.js';
import { columnLabeler, figures, type Figures, type HeatmapTranslator } from './format.js';
import { HEATMAP_SORTS, gridModel, matchesSelection, rowOrder, type GridModel, type HeatmapSort } from './grid.js';
import { cellRect, computeLayout, hitTest, type HeatmapLayout } from './layout.js';
import { heatmapMessages, type HeatmapMessageKey } from './messages.js';
import { buildPalette, TOKEN_NAMES, type Palette, type PaletteTokens } from './palette.js';
import { heatmapRehearsal } from './rehearsal.js';
import { drawCanvasCells } from './render-cells-canvas.js';
import { hatchPattern, renderSvgCells } from './render-cells-svg.js';
import { renderFrame, renderSelection } from './render-frame.js';
import { renderHeatmapLegend } from './render-legend.js';
import { heatmapStyles } from './styles.js';

type Ctx = ChartContext<SatisfactionHeatmapDocument, HeatmapAnalysis, HeatmapMessageKey>;

/** Everything a render derives from the document, memoized so hover and focus re-render cheaply. */
interface View {
  ctx: Ctx;
  f: Figures;
  grid: GridModel;
  order: number[];
  /** position[docRow] = display row. */
  position: Int32Array;
  layout: HeatmapLayout;
  describe: DescribeContext;
  /** The SVG cell layer (null on the canvas path). */
  cells: TemplateResult | null;
  values: ((r: number, c: number) => string) | null;
}

/** Recomputes only when one of its keys changes identity. */
class Memo<T> {
  private keys: readonly unknown[] | null = null;
  private value!: T;
  get(keys: readonly unknown[], compute: () => T): T {
    if (!this.keys || keys.length !== this.keys.length || keys.some((k, i) => k !== this.keys![i])) {
      this.value = compute();
      this.keys = keys;
    }
    return this.value;
  }
}

/** Rows and columns an arrow or page key moves by (the summary row and column are reachable). */
const MOVES = new Map<string, readonly [rows: number, columns: number]>([
  ['ArrowRight', [0, 1]],
  ['ArrowLeft', [0, -1]],
  ['ArrowDown', [1, 0]],
  ['ArrowUp', [-1, 0]],
  ['PageDown', [5, 0]],
  ['PageUp', [-5, 0]],
]);

/**
 * Satisfaction heatmap: service touchpoints (rows) by period or department (columns), for
 * mean scores, top-box shares, NPS or complaint rates per 1,000 contacts.
 *
 * - Colour: sequential (the salient end marks the worse values) or, with a `target`,
 *   diverging around it; direction-aware (complaints: higher is worse). Colour-blind-safe
 *   defaults (Blues; blue–orange), Lab-interpolated between theme tokens.
 * - Three looks that are never confused: no data (hatched), hidden (grey with a lock: n below
 *   `minN`, or hidden to protect another hidden cell; its value never reaches the DOM,
 *   tooltip, table, CSV, SVG, `analysis` or announcements) and a real zero (on the scale).
 * - Less certain cells (n < 30 or a wide 95 % interval) are washed out and carry a corner
 *   mark; the tooltip gives n and the interval (Wilson, t, adjusted Wald, exact Poisson).
 * - Hotspots: cells beyond the 95 % (dashed) or 99.8 % (solid) funnel limit around the
 *   hospital-wide value, on the bad side; all listed in `analysis.hotspots` and outlined;
 *   alerted once each while current (over periods: in the row's latest shown period).
 * - Row and column summaries in neutral boxes or bars, off the colour scale.
 * - Grids above 2,500 cells draw the cells on a canvas under the SVG (labels, summaries,
 *   focus); keyboard, tooltips, table and `toSVG()` (built on demand) stay the same.
 *
 * Keyboard: one tab stop; arrow keys move from cell to cell (right of the last column is the
 * row's summary, below the last row the column summaries), Home/End to the first/last
 * column, Ctrl+Home/Ctrl+End to the first/last cell, PageUp/PageDown five rows; each move
 * announces row, column, value, n and interval; Enter or Space selects; Escape hides the tooltip.
 *
 * @summary Touchpoints × periods heatmap with suppression, uncertainty, funnel hotspots and summaries.
 * @fires hcx-select - A cell or summary was chosen by click, Enter or Space. Detail: `{ row, column, touchpoint: row, period: column, item }` (`item` is the cell's analysis; a hidden cell's has no value).
 * @fires hcx-alert - A new current hotspot (over periods, in its row's latest shown period; across departments, any). Detail: `{ key: 'row|column|level', kind: 'hotspot', message, item }`.
 * @fires hcx-data-load - A valid document is shown. Detail: `{ origin, document }`.
 * @fires hcx-data-error - Data could not be loaded or breaks the contract. Detail: `{ kind, status?, issues? }`.
 * @slot - Not rendered. A child `<script type="application/json">` holding the document loads it without JavaScript.
 * @csspart base - The figure box.
 * @csspart title - The title.
 * @csspart description - The subtitle.
 * @csspart toolbar - Table view and export buttons.
 * @csspart plot - The sort control and the heatmap.
 * @csspart legend - Colour scale and the special looks (no data, hidden, less certain, hotspots).
 * @csspart table - The data table: one row per cell, then the summaries.
 * @csspart tooltip - The tooltip of the cell under the pointer or keyboard focus.
 * @csspart empty - The empty state.
 * @csspart error - The error view listing contract problems.
 * @cssprop --hcx-color-seq-low - Sequential scale, best end (default ColorBrewer Blues, light).
 * @cssprop --hcx-color-seq-high - Sequential scale, worst end (dark blue).
 * @cssprop --hcx-color-div-bad - Diverging scale, worse than target (default orange #b35806).
 * @cssprop --hcx-color-div-mid - Diverging scale at the target.
 * @cssprop --hcx-color-div-good - Diverging scale, better than target (default blue #2166ac).
 * @cssprop --hcx-color-missing - Hatching of cells with no data.
 * @cssprop --hcx-color-suppressed - Hidden (suppressed) cells.
 * @cssprop --hcx-color-grid - Gaps between cells.
 * @cssprop --hcx-color-surface - Summary boxes.
 * @cssprop --hcx-color-text - Text, locks and hotspot outlines.
 * @cssprop --hcx-color-accent - The selected touchpoint.
 * @cssprop --hcx-color-focus - Focus ring of the cell under the keyboard.
 * @cssprop --hcx-font - Font shorthand of the widget.
 * @cssprop --hcx-font-size - Base font size (default 14px).
 */
export class HcxSatisfactionHeatmap extends HcxElement<'satisfaction-heatmap', HeatmapAnalysis, HeatmapMessageKey> {
  static override styles = [...HcxElement.styles, heatmapStyles];
  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    showValues: { type: Boolean, reflect: true, attribute: 'show-values' },
    ...internalState('focusAt', 'tip', 'picked'),
  };
  protected readonly kind = 'satisfaction-heatmap' as const;
  protected readonly schema = satisfactionHeatmapSchema;
  protected override readonly catalogue = heatmapMessages;

  /** Row order: `none` (as listed, default), `label` (by name), `worst` (worst summary first), `change` (biggest first-to-last change first). */
  sort: HeatmapSort = 'none';

  /** Print each cell's value in it (where it fits), in black or white for contrast. */
  showValues = false;

  /** Keyboard position (document indices; r = rows is the summary row, c = columns the summary column). */
  private focusAt = { r: 0, c: 0 };
  /** The item whose tooltip shows. */
  private tip: { r: number; c: number } | null = null;
  /** The item chosen here when the element is not inside a dashboard. */
  private picked: { r: number; c: number } | null = null;

  private current: View | null = null;
  /** Where the tooltip goes (set through CSSOM after render: a strict CSP blocks style attributes). */
  private tipPosition: Record<string, string> = {};
  private palette: Palette | null = null;
  private hasFocus = false;
  private readonly grids = new WeakMap<HeatmapAnalysis, GridModel>();
  private readonly orderMemo = new Memo<number[]>();
  private readonly labelMemo = new Memo<(c: number) => string>();
  private readonly layoutMemo = new Memo<HeatmapLayout>();
  private readonly cellsMemo = new Memo<TemplateResult | null>();
  private readonly canvasMemo = new Memo<boolean>();
  private readonly figuresMemo = new Memo<Figures>();
  private readonly viewMemo = new Memo<View>();

  /**
   * The shared formats (dates, plurals, lists: see `HcxElement.warmUpFormatters`), then the
   * fixed-digit cell and legend formats only the heatmap uses.
   */
  protected override warmUpFormatters(t: HeatmapTranslator): void {
    super.warmUpFormatters(t);
    const locale = t.locale;
    new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1.5);
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.5);
  }

  protected override rehearsalDocument(): SatisfactionHeatmapDocument {
    return heatmapRehearsal();
  }

  protected analyse(doc: SatisfactionHeatmapDocument): HeatmapAnalysis {
    return analyseHeatmap(doc);
  }

  private get sortKey(): HeatmapSort {
    return HEATMAP_SORTS.includes(this.sort) ? this.sort : 'none';
  }

  private viewOf(ctx: Ctx): View {
    const { doc, analysis, t } = ctx;
    let grid = this.grids.get(analysis);
    if (!grid) this.grids.set(analysis, (grid = gridModel(doc, analysis)));
    // Keyed by what they depend on, not by the analysis: an update with new values keeps its formatters and labels.
    const f = this.figuresMemo.get([t, analysis.unit, analysis.measure, doc.scale?.min, doc.scale?.max], () => figures(t, analysis.unit, analysis.measure, doc.scale));
    const order = this.orderMemo.get([analysis, this.sortKey, t.locale], () => rowOrder(doc, analysis, this.sortKey, t.locale));
    const columnLabel = this.labelMemo.get([doc.columns.map((c) => c.label).join('\n'), t.locale], () => {
      const label = columnLabeler(t, doc.columns.map((c) => c.label));
      const shown = doc.columns.map((c) => label(c.label));
      return (c: number) => shown[c]!;
    });
    const values = this.showValues ? (r: number, c: number) => {
      const cell = grid!.cell(r, c);
      return cell.state === 'value' ? f.cell(cell.value) : '';
    } : null;
    const layout = this.layoutMemo.get([ctx.width, order, columnLabel, this.showValues, analysis, t.locale], () => {
      const domain = analysis.colorDomain;
      const summaryText = (s: HeatmapSummary | null) => (s ? f.full(s.value) : '–');
      return computeLayout({
        width: ctx.width,
        rowLabels: order.map((r) => doc.rows[r]!.label),
        columnLabels: doc.columns.map((_, c) => columnLabel(c)),
        summaryTexts: [...analysis.rows.map((r) => summaryText(r.summary)), summaryText(analysis.overall)],
        summaryHeader: t.t('axis.overall'),
        summaryRowLabel: t.t('axis.allRows'),
        columnSummaryTexts: () => analysis.columns.map((c) => summaryText(c.summary)),
        cellValueSample: this.showValues && domain ? [f.cell(domain.min), f.cell(domain.max), f.cell((domain.min + domain.max) / 2)] : null,
        categorical: !columnsArePeriods(doc),
      });
    });
    const cells = this.cellsMemo.get([grid, order, layout, this.showValues, t.locale], () => (layout.canvas ? null : renderSvgCells(grid!, order, layout, values)));
    return this.viewMemo.get([ctx.doc, analysis, t, ctx.width, ctx.theme, ctx.selection, f, grid, order, layout, cells, columnLabel], () => {
      const position = new Int32Array(order.length);
      order.forEach((r, p) => (position[r] = p));
      const describe: DescribeContext = { t, f, doc, analysis, grid: grid!, columnLabel };
      return { ctx, f, grid: grid!, order, position, layout, describe, cells, values };
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const analysis = this.analysis;
    if (analysis && this.current && this.current.ctx.analysis !== analysis) {
      // New data: keep the keyboard position inside the grid, drop a tooltip that may point nowhere.
      const R = analysis.rows.length;
      const C = analysis.columns.length;
      this.focusAt = { r: Math.min(this.focusAt.r, R), c: Math.min(this.focusAt.c, C) };
      this.tip = null;
      if (this.picked && (this.picked.r > R || this.picked.c > C)) this.picked = null;
    }
  }

  protected renderChart(ctx: Ctx): unknown {
    const v = this.viewOf(ctx);
    this.current = v;
    const { t, doc } = ctx;
    const l = v.layout;
    const R = doc.rows.length;
    const C = doc.columns.length;
    const probes = html`<span class="probes" aria-hidden="true">${Object.keys(TOKEN_NAMES).map((k) => html`<i class=${k}></i>`)}</span>`;
    if (R === 0 || C === 0) {
      return html`<p class="no-cells">${t.t('grid.empty')}</p>
        <svg class="hcx-chart" width=${l.width} height="24" viewBox="0 0 ${l.width} 24" role="img" aria-label=${t.t('grid.empty')}><text x="0" y="16">${t.t('grid.empty')}</text></svg>${probes}`;
    }
    const focus = this.focusAt;
    const fp = focus.r >= R ? R : v.position[focus.r]!;
    const fc = Math.min(focus.c, C);
    const box = cellRect(l, fp, fc);
    const cw = Math.max(box.w, 6);
    const ch = Math.max(box.h, 6);
    const focusItem = itemAt(v.describe, focus.r, fc);
    const selected = this.selectedPosition(ctx, v);
    const isSelected = selected !== null && selected.r === focus.r && (selected.c === null || selected.c === fc);
    const label = announceText(v.describe, focusItem, isSelected);
    const gridLabel = t.t('grid.label', { title: doc.title, rows: t.format.number(R, 0), columns: t.format.number(C, 0) });
    return html`<div class="hm-tools">
        <label
          >${t.t('sort.label')}
          <select @change=${this.onSort}>
            ${HEATMAP_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sortKey}>${t.t(s === 'label' ? 'sort.byLabel' : `sort.${s}`)}</option>`)}
          </select></label
        >
      </div>
      <div class="stage" @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave} @click=${this.onClick}>
        ${l.canvas
          ? html`<canvas class="cells-canvas" aria-hidden="true"></canvas>`
          : nothing}
        <svg class="hcx-chart" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="group" aria-label=${gridLabel}>
          <defs>${hatchPattern()}</defs>
          ${renderFrame({ l, t, f: v.f, analysis: ctx.analysis, order: v.order, target: doc.target, columnLabel: v.describe.columnLabel })}
          ${v.cells ?? nothing}
          ${renderSelection(l, selected ? (selected.r >= R ? null : v.position[selected.r]!) : null, selected?.c ?? null)}
          ${svg`<g class="cursor" role="button" tabindex="0" aria-label=${label} aria-current=${isSelected ? 'true' : 'false'} transform="translate(${box.x + box.w / 2 - cw / 2} ${box.y + box.h / 2 - ch / 2})"
            @keydown=${this.onKey} @focus=${this.onFocus} @blur=${this.onBlur}>
            <rect class="cursor-hit" width=${cw} height=${ch}></rect>
            <rect class="ring-outer" x="-2.5" y="-2.5" width=${cw + 5} height=${ch + 5}></rect>
            <rect class="ring" x="-2.5" y="-2.5" width=${cw + 5} height=${ch + 5}></rect>
          </g>`}
        </svg>
        ${this.renderTip(v)}
      </div>
      ${probes}`;
  }

  private renderTip(v: View): unknown {
    const tip = this.tip;
    if (!tip) return nothing;
    const l = v.layout;
    const R = v.grid.rows;
    const p = tip.r >= R ? R : v.position[tip.r]!;
    const box = cellRect(l, p, tip.c);
    const { title, details, emphasis } = describeItem(v.describe, itemAt(v.describe, tip.r, tip.c));
    // Beside the cell, on the side with more room; above or below likewise.
    const pos: Record<string, string> = {};
    if (box.x + box.w / 2 < l.width / 2) pos.left = `${Math.round(box.x + box.w + 8)}px`;
    else pos.right = `${Math.round(l.width - box.x + 8)}px`;
    if (box.y + box.h / 2 < l.height / 2) pos.top = `${Math.round(box.y)}px`;
    else pos.bottom = `${Math.round(l.height - box.y - box.h)}px`;
    this.tipPosition = pos;
    return html`<div part="tooltip" class="tip" aria-hidden="true">
      <strong>${title}</strong>${details.map((d, i) => html`<span class=${i === emphasis ? 'tip-flag' : ''}>${d}</span>`)}
    </div>`;
  }

  protected override renderLegend(ctx: Ctx): unknown {
    const f = this.current?.f ?? figures(ctx.t, ctx.analysis.unit, ctx.analysis.measure, ctx.doc.scale);
    return renderHeatmapLegend(ctx.t, f, ctx.analysis, ctx.doc.target, ctx.doc.scale);
  }

  protected tableModel(ctx: Ctx): TableModel {
    const v = this.viewOf(ctx);
    return heatmapTable(v.describe, v.order);
  }

  protected summarize(ctx: Ctx): string {
    return summarizeHeatmap(this.viewOf(ctx).describe);
  }

  protected override alertsFor(ctx: Ctx): AlertDetail[] {
    return hotspotAlerts(this.viewOf(ctx).describe);
  }

  /** The touchpoint (and cell) to highlight: the dashboard's selection inside a dashboard, else the one picked here. */
  private selectedPosition(ctx: Ctx, v: View): { r: number; c: number | null } | null {
    const R = v.grid.rows;
    const C = v.grid.columns;
    if (!this.dashboard) {
      const p = this.picked;
      if (!p || p.r >= R) return null;
      return { r: p.r, c: p.c < C ? p.c : null };
    }
    const sel = ctx.selection;
    const r = ctx.doc.rows.findIndex((row) => matchesSelection(row, sel?.touchpoint));
    if (r < 0) return null;
    const c = ctx.doc.columns.findIndex((column) => matchesSelection(column, sel?.period));
    return { r, c: c >= 0 ? c : null };
  }

  protected override updated(): void {
    super.updated();
    this.paint();
  }

  /** Reads the theme's colours (once per render, from probe elements) and colours the cells, legend and canvas. */
  private paint(root: ParentNode = this.renderRoot): Palette | null {
    const v = this.current;
    const probes = this.renderRoot.querySelector('.probes');
    if (!v || !probes || !this.analysis) return null;
    const tokens = {} as PaletteTokens;
    for (const key of Object.keys(TOKEN_NAMES) as (keyof PaletteTokens)[]) {
      const probe = probes.querySelector(`.${key}`);
      tokens[key] = probe ? getComputedStyle(probe).color : '#808080';
    }
    const diverging = v.ctx.analysis.colorDomain?.type === 'diverging';
    const key = `${diverging ? 'd' : 's'}|${Object.values(tokens).join('|')}`;
    if (!this.palette || this.palette.key !== key) this.palette = buildPalette(tokens, diverging);
    const palette = this.palette;
    for (const el of root.querySelectorAll('[data-b]')) {
      const fill = palette.fills[Number(el.getAttribute('data-b'))] ?? '';
      if (el.getAttribute('fill') !== fill) el.setAttribute('fill', fill);
    }
    for (const el of root.querySelectorAll('[data-ink]')) {
      const ink = palette.inks[Number(el.getAttribute('data-ink'))] ?? '';
      if (el.getAttribute('fill') !== ink) el.setAttribute('fill', ink);
    }
    if (root === this.renderRoot) this.place();
    const canvas = root === this.renderRoot ? this.renderRoot.querySelector<HTMLCanvasElement>('canvas.cells-canvas') : null;
    if (canvas) {
      const dpr = window.devicePixelRatio || 1;
      // Redraw only when what the canvas shows changed (not on hover or focus moves).
      this.canvasMemo.get([canvas, v.grid, v.order, v.layout, palette, dpr, v.values !== null], () => {
        drawCanvasCells(canvas, { grid: v.grid, order: v.order, layout: v.layout, palette, values: v.values, fontFamily: getComputedStyle(probes).fontFamily || 'sans-serif' }, dpr);
        return true;
      });
    }
    return palette;
  }

  /**
   * Positions the canvas under the grid and the tooltip beside its cell through CSSOM
   * (`element.style`), which a strict Content-Security-Policy allows; a `style` attribute in
   * the template (or Lit's styleMap, whose first render writes one) would be blocked.
   */
  private place(): void {
    const l = this.current?.layout;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.cells-canvas');
    if (canvas && l) {
      const style = canvas.style;
      style.left = `${l.gx}px`;
      style.top = `${l.gy}px`;
      style.width = `${l.gridW}px`;
      style.height = `${l.gridH}px`;
    }
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (tip) {
      for (const side of ['left', 'right', 'top', 'bottom'] as const) tip.style[side] = this.tipPosition[side] ?? '';
    }
  }

  /**
   * The chart as a standalone SVG. On the canvas path the cells exist only as pixels, so the
   * export builds the SVG cell layer on demand into a copy of the chart, then discards it.
   */
  override toSVG(): string {
    const v = this.current;
    const live = this.renderRoot.querySelector<SVGSVGElement>('svg.hcx-chart');
    if (!v || !live || !v.layout.canvas) return super.toSVG();
    const stage = this.renderRoot.querySelector('.stage') ?? this.renderRoot;
    const holder = document.createElement('div');
    holder.className = 'export-holder';
    Object.assign(holder.style, { position: 'absolute', width: '0', height: '0', overflow: 'hidden' });
    const copy = live.cloneNode(true) as SVGSVGElement;
    holder.append(copy);
    stage.append(holder);
    try {
      const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      const frame = copy.querySelector('.frame');
      if (frame) frame.after(layer);
      else copy.append(layer);
      render(renderSvgCells(v.grid, v.order, v.layout, v.values), layer);
      this.paint(copy);
      const background = getComputedStyle(this.renderRoot.querySelector('.base') ?? this).backgroundColor || '#ffffff';
      return serializeSVG(copy, { title: v.ctx.doc.title, background });
    } finally {
      holder.remove();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Interaction

  private onSort = (e: Event) => {
    // The options are the valid sorts; `sortKey` checks again.
    this.sort = (e.target as HTMLSelectElement).value as HeatmapSort;
  };

  /** Display position under the pointer, as document indices. */
  private hit(e: MouseEvent): { r: number; c: number } | null {
    const v = this.current;
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg.hcx-chart');
    if (!v || !chart) return null;
    const rect = chart.getBoundingClientRect();
    if (!rect.width) return null;
    const scale = v.layout.width / rect.width;
    const at = hitTest(v.layout, (e.clientX - rect.left) * scale, (e.clientY - rect.top) * scale);
    if (!at) return null;
    return { r: at.p >= v.grid.rows ? v.grid.rows : v.order[at.p]!, c: at.c };
  }

  private onPointerMove = (e: PointerEvent) => {
    const at = this.hit(e);
    if (!at) {
      if (this.tip && !this.hasFocus) this.tip = null;
      return;
    }
    if (!this.tip || this.tip.r !== at.r || this.tip.c !== at.c) this.tip = at;
  };

  private onPointerLeave = () => {
    this.tip = this.hasFocus ? this.focusAt : null;
  };

  private onClick = (e: MouseEvent) => {
    const at = this.hit(e);
    if (!at) return;
    this.focusAt = at;
    this.tip = at;
    this.choose(at);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('g.cursor')?.focus({ preventScroll: true }));
  };

  private onFocus = () => {
    this.hasFocus = true;
    this.tip = this.focusAt;
  };

  private onBlur = () => {
    this.hasFocus = false;
    this.tip = null;
  };

  private choose(at: { r: number; c: number }): void {
    const v = this.current;
    if (!v) return;
    const item: GridItem = itemAt(v.describe, at.r, at.c);
    const doc = v.ctx.doc;
    this.picked = at;
    const detail: SelectDetail = { item: selectItem(item) };
    if (item.kind === 'cell' || item.kind === 'row-summary') {
      detail.row = doc.rows[item.r]!.id;
      detail.touchpoint = detail.row;
    }
    if (item.kind === 'cell' || item.kind === 'column-summary') {
      detail.column = doc.columns[item.c]!.id;
      detail.period = detail.column;
    }
    this.select(detail);
    this.announce(announceText(v.describe, item, true));
  }

  private onKey = (e: KeyboardEvent) => {
    const v = this.current;
    if (!v) return;
    const R = v.grid.rows;
    const C = v.grid.columns;
    let p = this.focusAt.r >= R ? R : v.position[this.focusAt.r]!;
    let c = Math.min(this.focusAt.c, C);
    const ctrl = e.ctrlKey || e.metaKey;
    const move = MOVES.get(e.key);
    if (move) {
      p = Math.max(0, Math.min(R, p + move[0]));
      c = Math.max(0, Math.min(C, c + move[1]));
    } else if (e.key === 'Home' || e.key === 'End') {
      const end = e.key === 'End';
      c = end ? C - 1 : 0;
      if (ctrl) p = end ? R - 1 : 0;
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose({ r: this.focusAt.r, c });
      return;
    } else {
      if (e.key === 'Escape') this.tip = null;
      return;
    }
    e.preventDefault();
    const at = { r: p >= R ? R : v.order[p]!, c };
    this.focusAt = at;
    this.tip = at;
    const selected = this.selectedPosition(v.ctx, v);
    const isSelected = selected !== null && selected.r === at.r && (selected.c === null || selected.c === at.c);
    this.announce(announceText(v.describe, itemAt(v.describe, at.r, at.c), isSelected));
  };
}
