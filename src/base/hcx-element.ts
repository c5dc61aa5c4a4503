import { ContextEvent } from '@lit/context';
import { LitElement, html, nothing, render, type CSSResultArray, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { WidgetDocuments, WidgetKind } from '../contract/documents.js';
import type { ContractIssue, Schema } from '../contract/schema.js';
import { validateAgainst } from '../contract/validate-against.js';
import { baseMessages } from '../i18n/base-messages.js';
import { langOf, normalizeLocale, type Locale } from '../i18n/locale.js';
import { whenLoaded, type Catalogue } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { warmUpIntl } from '../i18n/warm-up.js';
import { dashboardContext, type DashboardContextValue, type DashboardSelection, type Theme } from './context.js';
import { acceptDatasetProperty } from './dataset-property.js';
import { hcxEvent, type AlertDetail, type DataErrorDetail, type DataLoadDetail, type SelectDetail } from './events.js';
import { download, fileNameFrom, serializeSVG, svgToPNG } from './export.js';
import { internalState } from './internal-state.js';
import { watchLang } from './lang-observer.js';
import { shellStyles } from './shell-styles.js';
import { renderErrorView, renderTable, renderToolbar, renderWarnings, type ExportFormat } from './shell-views.js';
import { SizeController } from './size-controller.js';
import { SrcLoader } from './src-loader.js';
import { tableToCSV, type TableModel } from './table-model.js';
import { tokens } from './tokens.js';
import { whenIdle } from './when-idle.js';

/** Table rows drawn at once (then more on request): enough for any real table, fast on an old PC. */
const TABLE_PAGE = 1000;

// As soon as the page is idle after the library loaded, the ICU data of the page's language:
// a widget created and given its data in the same task (as frameworks do) has no idle time of
// its own for `warmUpFormatters`.
if (typeof document !== 'undefined') whenIdle(() => warmUpIntl(normalizeLocale(document.documentElement.lang)));

/** Widget classes that have rehearsed on this page (see `HcxElement.rehearsalDocument`). */
const rehearsed = new WeakSet<object>();

export type WidgetState = 'empty' | 'loading' | 'ready' | 'error' | 'stale';
export type DataOrigin = DataLoadDetail['origin'];

/** Everything a widget needs to draw: the shown document, its analysis and the environment. */
export interface ChartContext<D, A, K extends string = string> {
  doc: D;
  analysis: A;
  /** Inner width in CSS pixels to draw at (the SVG `viewBox` width). */
  width: number;
  t: Translator<K>;
  theme: 'light' | 'dark' | 'high-contrast';
  selection: DashboardSelection | null;
}

interface Shown<D, A> {
  doc: D;
  analysis: A;
}

/**
 * Base class of every hcx widget: data loading (`data`, `src`, inline JSON, dashboard
 * dataset), validation against the contract, states, locale, theme, size, the accessible
 * figure shell (title, description, summary, toolbar, table), exports and events.
 * A widget supplies `analyse`, `renderChart`, `tableModel` and `summarize`.
 *
 * @fires hcx-data-load - A valid document is shown. Detail: `{ origin, document }`.
 * @fires hcx-data-error - Data could not be loaded or breaks the contract. Detail: `{ kind, status?, issues? }`.
 * @fires hcx-select - A point, cell or step was chosen by click or Enter.
 * @fires hcx-alert - A signal that needs attention appeared.
 * @csspart base - The figure box.
 * @csspart title - The title.
 * @csspart description - The subtitle.
 * @csspart toolbar - Table view and export buttons.
 * @csspart plot - The chart area.
 * @csspart legend - The legend.
 * @csspart table - The data table (table view).
 * @csspart tooltip - The tooltip.
 * @csspart empty - The empty state.
 * @csspart error - The error view listing contract problems.
 * @cssprop --hcx-font - Font shorthand of the widget.
 * @cssprop --hcx-font-size - Base font size (default 14px).
 * @cssprop --hcx-color-bg - Background.
 * @cssprop --hcx-color-surface - Raised surfaces (buttons, banners).
 * @cssprop --hcx-color-text - Text and data ink.
 * @cssprop --hcx-color-muted - Secondary text (axis labels, notes).
 * @cssprop --hcx-color-border - Borders and axes.
 * @cssprop --hcx-color-grid - Grid lines.
 * @cssprop --hcx-color-accent - Accent (selected buttons, main series).
 * @cssprop --hcx-color-focus - Focus outline.
 * @cssprop --hcx-color-improvement - Improvement signals (Making Data Count blue).
 * @cssprop --hcx-color-concern - Concern signals (Making Data Count orange).
 * @cssprop --hcx-color-neither - Signals with no better direction (purple).
 * @cssprop --hcx-color-target - Target lines.
 * @cssprop --hcx-radius - Corner radius of the box.
 */
export abstract class HcxElement<K extends WidgetKind, A, M extends string = string> extends LitElement {
  static override styles: CSSResultArray = [tokens, shellStyles];

  /**
   * The reactive properties, declared here rather than with decorators: each decorator
   * costs a helper call in every widget bundle.
   */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    datasetName: { attribute: 'dataset', reflect: true },
    theme: { reflect: true },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    view: { reflect: true },
    ...internalState('dashboard', '_state', '_errors', '_warnings', '_truncated', '_loadError', '_shown', 'tableRows', '_locale', '_systemDark', 'announcement', '_exportError'),
  };

  /** The contract document to show (a JS object, not a string). `null` shows the empty state. */
  get data(): WidgetDocuments[K] | null | undefined {
    return this._data;
  }
  set data(value: WidgetDocuments[K] | null | undefined) {
    const old = this._data;
    this._data = value;
    this.requestUpdate('data', old);
  }
  private _data: WidgetDocuments[K] | null | undefined = undefined;

  /** URL of a contract document to fetch. A failed refresh keeps the last good data, marked stale. */
  src?: string;

  /** Inside `<hcx-dashboard>`: the id of the dataset (in the dashboard document) to show. */
  datasetName?: string;

  /** `light` (default), `dark`, `high-contrast` or `auto` (follows the system); inside a dashboard, its theme. */
  theme?: Theme;

  /** Seconds between refreshes of `src` (0 or unset: no polling). */
  refreshInterval = 0;

  /** ARIA heading level of the title (default 2), to fit the page's outline. */
  headingLevel = 2;

  /** `chart` or `table`: which view is shown; the toolbar toggles it. */
  view: 'chart' | 'table' = 'chart';

  /** The enclosing `<hcx-dashboard>`'s shared state (document, locale, theme, selection). */
  protected dashboard?: DashboardContextValue;

  private _state: WidgetState = 'empty';
  private _errors: ContractIssue[] = [];
  private _warnings: ContractIssue[] = [];
  private _truncated = false;
  private _loadError: DataErrorDetail | null = null;
  private _shown: Shown<WidgetDocuments[K], A> | null = null;
  /** The rehearsal's drawing, kept (hidden) until the next frame has been drawn; see `rehearse`. */
  private rehearsalStage: HTMLElement | null = null;
  /** Rows the table view shows; a new document starts again at one page. */
  private tableRows = TABLE_PAGE;
  private _locale: Locale = 'en';
  private _systemDark = false;
  protected announcement = '';
  private _exportError = '';

  /** The document kind this widget reads (`control-chart`, …). */
  protected abstract readonly kind: K;
  /** The schema of that kind (each widget imports only its own, to keep its bundle small). */
  protected abstract readonly schema: Schema<WidgetDocuments[K]>;
  /** The widget's own strings, merged over the shell's. */
  protected readonly catalogue?: Catalogue<M>;

  /** Computes what the widget shows, once per new document. Pure: no DOM. */
  protected abstract analyse(doc: WidgetDocuments[K]): A;
  /** The chart itself (inside `part="plot"`). */
  protected abstract renderChart(ctx: ChartContext<WidgetDocuments[K], A, M>): unknown;

  /**
   * Creates the Intl formatters the widget's first render will need. The first formatters of
   * a page load the browser's ICU data (50–150 ms measured on a slow machine), paid by
   * whichever render formats first. A widget connected before its data (a fetch, a
   * dashboard) calls this in idle time, so drawing the data does not wait for ICU; the
   * formatter caches then hand the render these. Not called once data has been drawn.
   */
  protected warmUpFormatters(t: Translator<M>): void {
    warmUpIntl(t.locale);
  }
  private cancelWarmUp?: () => void;

  /**
   * A small valid document of this widget's kind, or `null`. While no data is shown, the first
   * widget of each class on a page draws it once, in idle time, on a hidden, inert stage in its
   * shadow root, kept through the next drawn frame: the browser compiles the validation,
   * analysis and drawing code, Lit prepares its templates and the styles and fonts get resolved
   * then, not when the real data arrives. Bench medians, first render, when it was added: brand
   * panel −38 %, value stream −24 %, 1,000-point control chart −8 %; keeping the stage for a
   * frame (fonts) took the control chart's a further −17 % and the brand panel's −30 %. Nothing
   * of it reaches the page: no state, event, announcement or alert, and it is gone before data
   * is drawn or exported.
   */
  protected rehearsalDocument(): unknown {
    return null;
  }

  /** Idle work before the first data: the formatters, then (in a later idle period) one rehearsal per widget class. */
  private scheduleWarmUp(): void {
    this.cancelWarmUp = whenIdle(() => {
      this.warmUpFormatters(this.translator);
      if (!rehearsed.has(this.constructor)) this.cancelWarmUp = whenIdle(() => this.rehearse());
    });
  }

  private rehearse(): void {
    if (this._shown || rehearsed.has(this.constructor)) return;
    rehearsed.add(this.constructor);
    const input = this.rehearsalDocument();
    if (input === null) return;
    const result = this.validate(input);
    if (!result.document) return;
    const doc = result.document as WidgetDocuments[K];
    // Laid out too, with the widget's own styles: the first style and text layout of its
    // marks cost about as much as compiling its code (a detached render gained nothing on W1).
    // The stage stays (hidden, inert) through the next drawn frame: only the frame's own
    // layout looks up the fonts of each size and weight (a synchronous layout did not), and
    // the first chart paid for those lookups (on W3 18 of them; W3 went from 112 to 93 ms).
    // The title, toolbar and source line are drawn for their fonts too (with the classes and
    // parts of `render`'s frame, without its ids: nothing may answer to `#title` but the real one).
    const stage = document.createElement('div');
    stage.className = 'rehearsal';
    stage.inert = true;
    try {
      const ctx = this.contextOf({ doc, analysis: this.analyse(doc) });
      const none = () => {};
      render(
        html`<div class="base ${ctx.theme}">
          <div class="header"><div class="titles"><div part="title">${doc.title}</div><p part="description">${doc.title}</p></div>${renderToolbar(this.translator, 'chart', none, none)}</div>
          <div part="plot">${this.renderChart(ctx)}</div><div part="legend">${this.renderLegend(ctx)}</div><p class="summary">${this.summarize(ctx)}</p>
          <p class="meta"><span>${doc.title}</span></p>
        </div>`,
        stage,
      );
      this.renderRoot.insertBefore(stage, this.renderRoot.firstChild);
      void stage.offsetHeight;
      this.rehearsalStage = stage;
      // The second callback runs after the first frame was drawn.
      requestAnimationFrame(() => requestAnimationFrame(() => this.endRehearsal()));
    } catch (error) {
      // Only a head start: a failure must not reach the page, but must not hide either.
      console.warn('[hcx-widgets] rehearsal failed', error);
      stage.remove();
    }
  }

  /** Removes the rehearsal's drawing: after its frame, and before anything real is drawn or exported. */
  private endRehearsal(): void {
    this.rehearsalStage?.remove();
    this.rehearsalStage = null;
  }

  /** The data table and CSV: the same numbers as `analysis`. */
  protected abstract tableModel(ctx: ChartContext<WidgetDocuments[K], A, M>): TableModel;
  /** A plain-language summary of what the chart shows, for everyone (shown under the chart). */
  protected abstract summarize(ctx: ChartContext<WidgetDocuments[K], A, M>): string;
  /** The legend (inside `part="legend"`); none by default. */
  protected renderLegend(_ctx: ChartContext<WidgetDocuments[K], A, M>): unknown {
    return nothing;
  }
  /** Signals that need attention in this analysis; each new key fires `hcx-alert` once. */
  protected alertsFor(_ctx: ChartContext<WidgetDocuments[K], A, M>): AlertDetail[] {
    return [];
  }

  protected readonly size = new SizeController(this);
  private readonly loader = new SrcLoader();
  private lastInput: { origin: DataOrigin; value: unknown } | null = null;
  private pendingEvents: CustomEvent[] = [];
  private alertKeys = new Set<string>();
  private unwatchLang?: () => void;
  private childObserver?: MutationObserver;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private darkQuery?: MediaQueryList;
  private loadToken = 0;

  /** `empty`, `loading`, `ready`, `error` or `stale` (showing last good data after a failure). */
  get state(): WidgetState {
    return this._state;
  }

  /** Contract problems of the latest input, with JSON paths (empty when valid). */
  get errors(): ContractIssue[] {
    return this._errors;
  }

  /** Non-blocking problems of the shown document, such as unknown fields. */
  get warnings(): ContractIssue[] {
    return this._warnings;
  }

  /** What the widget computed from the shown document (`null` when nothing is shown). */
  get analysis(): A | null {
    return this._shown?.analysis ?? null;
  }

  /** The locale in force: from `lang` on the element, an ancestor, the dashboard or the document. */
  get locale(): Locale {
    return this._locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dispatchEvent(new ContextEvent(dashboardContext, this, this.onDashboardContext, true));
    this.resolveLocale();
    this.unwatchLang = watchLang(this.ownerDocument, () => this.resolveLocale(), this);
    this.childObserver = new MutationObserver(() => this.readInputs());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.darkQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.darkQuery?.addEventListener('change', this.onSchemeChange);
    this._systemDark = this.darkQuery?.matches ?? false;
    // A reconnected element whose request was aborted on disconnect loads again.
    if (this.lastInput?.origin === 'src' || (this.src && !this._shown)) this.lastInput = null;
    this.readInputs();
    this.scheduleRefresh();
    if (!this._shown) this.scheduleWarmUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelWarmUp?.();
    this.endRehearsal();
    this.unsubscribeDashboard?.();
    this.unsubscribeDashboard = undefined;
    this.loader.abort();
    this.unwatchLang?.();
    this.childObserver?.disconnect();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** Fetches `src` again now. */
  refresh(): void {
    if (this.src && this._data === undefined) void this.fetchSrc(this.src);
  }

  /**
   * Receives the dashboard context. `@consume` (ContextConsumer) calls requestUpdate() on
   * every delivery, so each reconnect of a dashboard re-rendered every chart in it even
   * when nothing changed; here the value goes through the `dashboard` state, which updates
   * only when the value does. Stable identity: the provider dedupes subscriptions by it.
   */
  private onDashboardContext = (value: DashboardContextValue | undefined, unsubscribe?: () => void): void => {
    if (this.unsubscribeDashboard && this.unsubscribeDashboard !== unsubscribe) this.unsubscribeDashboard();
    this.unsubscribeDashboard = unsubscribe;
    this.dashboard = value;
  };
  private unsubscribeDashboard?: () => void;

  private onSchemeChange = (event: MediaQueryListEvent) => {
    this._systemDark = event.matches;
  };

  private resolveLocale(): void {
    const tag = langOf(this);
    const locale = tag ? normalizeLocale(tag) : (this.dashboard?.locale ?? 'en');
    if (locale !== this._locale) this._locale = locale;
  }

  /**
   * Loads the strings of the locale in force (widget and shell) before rendering, so
   * `await el.updateComplete` means "rendered in the right language", with no English
   * flash. Loops because the locale may change again while its strings load.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.resolveLocale();
    const loading = whenLoaded(this._locale, [baseMessages, this.catalogue]);
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.endRehearsal();
    if (changed.has('data') || changed.has('src') || changed.has('datasetName') || changed.has('dashboard')) this.readInputs();
    if (changed.has('refreshInterval') || changed.has('src')) this.scheduleRefresh();
  }

  /** Picks the input by precedence: `data` property, `src`, inline JSON, dashboard dataset. */
  private readInputs(): void {
    if (!this.isConnected && this._data === undefined) return;
    if (this._data !== undefined) return this.take('data', this._data);
    if (this.src) {
      if (this.lastInput?.origin !== 'src' || this.lastInput.value !== this.src) {
        this.lastInput = { origin: 'src', value: this.src };
        void this.fetchSrc(this.src);
      }
      return;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      if (this.lastInput?.origin === 'inline' && this.lastInput.value === text) return;
      this.lastInput = { origin: 'inline', value: text };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return this.fail({ kind: 'parse' });
      }
      return this.ingest('inline', parsed);
    }
    const dashboardDoc = this.dashboard?.document;
    if (this.datasetName && dashboardDoc) {
      const datasets = dashboardDoc.datasets as Record<string, unknown>;
      const found = Object.prototype.hasOwnProperty.call(datasets, this.datasetName);
      return this.take('dashboard', found ? datasets[this.datasetName] : { missingDataset: this.datasetName });
    }
    // No input any more (the data property cleared, src removed, the inline script taken
    // out): show the empty state, not a document nothing gives any more.
    this.lastInput = null;
    this.loader.abort();
    this.setEmpty();
  }

  private take(origin: DataOrigin, value: unknown): void {
    if (this.lastInput?.origin === origin && this.lastInput.value === value) return;
    this.lastInput = { origin, value };
    this.loader.abort();
    if (value === null) return this.setEmpty();
    if (origin === 'dashboard' && typeof value === 'object' && value && 'missingDataset' in value) {
      const issue: ContractIssue = {
        path: `datasets.${this.datasetName}`,
        code: 'unknown-ref',
        params: { got: JSON.stringify(this.datasetName), target: 'datasets' },
        message: `dataset ${JSON.stringify(this.datasetName)} is not in the dashboard document`,
      };
      return this.fail({ kind: 'contract', issues: [issue] }, [issue]);
    }
    this.ingest(origin, value);
  }

  private async fetchSrc(url: string): Promise<void> {
    const token = ++this.loadToken;
    this._state = 'loading';
    const outcome = await this.loader.load(url);
    if (outcome === null || token !== this.loadToken || this.src !== url || this._data !== undefined) return;
    if (outcome.ok) this.ingest('src', outcome.value);
    else this.fail(outcome.error);
  }

  private setEmpty(): void {
    this._shown = null;
    this._errors = [];
    this._warnings = [];
    this._loadError = null;
    this._state = 'empty';
  }

  /** Checks `value` against this widget's kind (no schema: every document is refused). */
  private validate(value: unknown): ReturnType<typeof validateAgainst> {
    return validateAgainst(value, this.schema ? { [this.kind]: this.schema } : {});
  }

  /** Validates and analyses new input; invalid input keeps the last good document on screen. */
  private ingest(origin: DataOrigin, value: unknown): void {
    // A subclass without `schema` (plain JS cannot be made to declare it) refuses every
    // document with a contract error instead of throwing into the page.
    if (!this.schema) console.error(`[hcx-widgets] <${this.localName}> has no schema for kind ${this.kind}`);
    const result = this.validate(value);
    if (!result.document) {
      this._truncated = result.truncated;
      return this.fail({ kind: 'contract', issues: result.errors }, result.errors);
    }
    let analysis: A;
    try {
      analysis = this.analyse(result.document as WidgetDocuments[K]);
    } catch (error) {
      // An analysis bug must never break the host page: report it like bad data.
      console.error('[hcx-widgets] analysis failed', error);
      const issue: ContractIssue = { path: '', code: 'rule', params: { text: String(error) }, message: String(error) };
      return this.fail({ kind: 'contract', issues: [issue] }, [issue]);
    }
    this.endRehearsal();
    this._shown = { doc: result.document as WidgetDocuments[K], analysis };
    this.tableRows = TABLE_PAGE;
    this._errors = [];
    this._warnings = result.warnings;
    this._truncated = false;
    this._loadError = null;
    this._state = 'ready';
    if (result.warnings.length > 0) {
      console.warn(`[hcx-widgets] <${this.localName}> ignored ${result.warnings.length} unknown field(s):`, result.warnings.map((w) => w.path));
    }
    this.pendingEvents.push(hcxEvent<DataLoadDetail>('hcx-data-load', { origin, document: result.document }));
  }

  private fail(error: DataErrorDetail, issues: ContractIssue[] = []): void {
    this._errors = issues;
    this._loadError = error;
    this._state = this._shown ? 'stale' : 'error';
    this.pendingEvents.push(hcxEvent<DataErrorDetail>('hcx-data-error', error));
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.isConnected && this.src && this.refreshInterval > 0) {
      this.refreshTimer = setInterval(() => this.refresh(), Math.max(5, this.refreshInterval) * 1000);
    }
  }

  protected override firstUpdated(): void {
    const base = this.renderRoot.querySelector('.base');
    if (base) this.size.observe(base);
  }

  protected override updated(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
    if (events.some((e) => e.type === 'hcx-data-load')) this.fireAlerts();
  }

  private fireAlerts(): void {
    const ctx = this.chartContext();
    if (!ctx) return;
    const alerts = this.alertsFor(ctx);
    const keys = new Set(alerts.map((a) => a.key));
    for (const alert of alerts) if (!this.alertKeys.has(alert.key)) this.dispatchEvent(hcxEvent<AlertDetail>('hcx-alert', alert));
    this.alertKeys = keys;
  }

  /** The translator for the current locale (widget catalogue over the shell's). */
  protected get translator(): Translator<M> {
    if (this._translator?.locale !== this._locale) this._translator = new Translator<M>(this._locale, this.catalogue);
    return this._translator;
  }
  private _translator?: Translator<M>;

  protected get effectiveTheme(): 'light' | 'dark' | 'high-contrast' {
    const theme = this.theme ?? this.dashboard?.theme ?? 'light';
    return theme === 'auto' ? (this._systemDark ? 'dark' : 'light') : theme;
  }

  /** The context handed to the widget's render methods; `null` when nothing is shown. */
  protected chartContext(): ChartContext<WidgetDocuments[K], A, M> | null {
    return this._shown ? this.contextOf(this._shown) : null;
  }

  private contextOf({ doc, analysis }: Shown<WidgetDocuments[K], A>): ChartContext<WidgetDocuments[K], A, M> {
    return {
      doc,
      analysis,
      width: this.size.drawWidth,
      t: this.translator,
      theme: this.effectiveTheme,
      selection: this.dashboard?.selection ?? null,
    };
  }

  /** Says `text` to screen readers through the polite live region. */
  protected announce(text: string): void {
    // Re-announce identical text by clearing first (screen readers ignore unchanged regions).
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** Fires `hcx-select` and shares the selection with the dashboard. */
  protected select(detail: SelectDetail): void {
    this.dispatchEvent(hcxEvent<SelectDetail>('hcx-select', detail));
    this.dashboard?.select({ touchpoint: detail.touchpoint ?? detail.row, period: detail.period ?? detail.column, source: this.localName });
  }

  override render(): TemplateResult {
    const t = this.translator;
    const ctx = this.chartContext();
    const doc = ctx?.doc;
    const theme = this.effectiveTheme;
    return html`<div part="base" class="base ${theme}" role="figure" aria-labelledby=${doc?.title ? 'title' : nothing} aria-label=${doc ? nothing : t.t(this._state === 'error' ? 'error.title' : this._state === 'loading' ? 'state.loading' : 'state.empty')} aria-describedby=${ctx ? 'summary' : nothing} aria-busy=${this._state === 'loading' ? 'true' : 'false'}>
      <div class="header">
        <div class="titles">
          ${doc?.title ? html`<div part="title" id="title" role="heading" aria-level=${this.headingLevel}>${doc.title}</div>` : nothing}
          ${doc?.subtitle ? html`<p part="description">${doc.subtitle}</p>` : nothing}
        </div>
        ${ctx ? renderToolbar(t, this.view, () => this.toggleView(), (format) => this.exportFile(format)) : nothing}
      </div>
      ${this._state === 'stale' ? html`<div class="banner" role="status">${t.t('state.stale')}</div>${renderErrorView(t, this._loadError, this._errors, this._truncated, true)}` : nothing}
      ${this._exportError ? html`<div class="banner" role="alert">${t.t('toolbar.exportFailed', { reason: this._exportError })}</div>` : nothing}
      ${this.renderBody(ctx)}
      ${doc ? this.renderMeta(doc) : nothing}
      ${this._warnings.length && ctx ? renderWarnings(t, this._warnings) : nothing}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderBody(ctx: ChartContext<WidgetDocuments[K], A, M> | null): unknown {
    const t = this.translator;
    if (!ctx) {
      if (this._state === 'loading') return html`<div class="loading" role="status">${t.t('state.loading')}</div>`;
      if (this._state === 'error') return renderErrorView(t, this._loadError, this._errors, this._truncated, false);
      return html`<div part="empty" role="status">${t.t('state.empty')}</div>`;
    }
    // The data came first: this render creates the formatters, a later warm-up would only cost time.
    this.cancelWarmUp?.();
    this.cancelWarmUp = undefined;
    const summary = this.summarize(ctx);
    const caption = t.t('table.caption', { title: ctx.doc.title });
    // The chart stays rendered (hidden) in table view so exports always have an SVG.
    const table = this.view === 'table';
    return html`<div part="plot" ?hidden=${table}>${this.renderChart(ctx)}</div>
      <div part="legend" ?hidden=${table}>${this.renderLegend(ctx)}</div>
      ${table ? html`<div part="table" tabindex="0" role="region" aria-label=${caption}>${renderTable(t, this.tableModel(ctx), caption, this.tableRows, () => (this.tableRows += TABLE_PAGE))}</div>` : nothing}
      <p class="summary" id="summary">${summary}</p>`;
  }

  private renderMeta(doc: WidgetDocuments[K]): unknown {
    const t = this.translator;
    if (!doc.source && !doc.generatedAt) return nothing;
    return html`<p class="meta">${doc.source ? html`<span>${t.t('meta.source', { source: doc.source })}</span>` : nothing}${doc.generatedAt
      ? html`<span>${t.t('meta.generated', { date: t.format.date(doc.generatedAt) })}</span>`
      : nothing}</p>`;
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  private async exportFile(format: ExportFormat): Promise<void> {
    const title = this._shown?.doc.title ?? 'chart';
    this._exportError = '';
    try {
      if (format === 'csv') download(this.toCSV(), fileNameFrom(title, 'csv'), 'text/csv;charset=utf-8');
      else if (format === 'svg') download(this.toSVG(), fileNameFrom(title, 'svg'), 'image/svg+xml');
      else download(await this.toPNG(), fileNameFrom(title, 'png'), 'image/png');
    } catch (error) {
      this._exportError = error instanceof Error ? error.message : String(error);
    }
  }

  /** The data table as CSV: UTF-8 with BOM (Excel), the same numbers as `analysis`; never suppressed values. */
  toCSV(): string {
    const ctx = this.chartContext();
    return ctx ? tableToCSV(this.tableModel(ctx)) : '';
  }

  /** The chart as a standalone SVG document (styles inlined); `''` when nothing is shown. */
  toSVG(): string {
    const svg = this._shown ? this.exportSource() : null;
    if (!svg) return '';
    const background = getComputedStyle(this.renderRoot.querySelector('.base') ?? this).backgroundColor || '#ffffff';
    return serializeSVG(svg, { title: this._shown?.doc.title ?? '', background });
  }

  /** The chart as a PNG image at twice its size. Needs `img-src blob:` under a strict CSP. */
  async toPNG(): Promise<Blob> {
    const svg = this.toSVG();
    if (!svg) throw new Error('nothing to export');
    return svgToPNG(svg, 2);
  }

  /** The SVG to export: the one with class `hcx-chart` (widgets with several SVGs mark the main one), else the first. */
  private exportSource(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.hcx-chart') ?? this.renderRoot.querySelector<SVGSVGElement>('[part="plot"] svg');
  }
}

// `dataset="…"` from React and Vue arrives as a property: let it set the attribute.
acceptDatasetProperty(HcxElement.prototype);
