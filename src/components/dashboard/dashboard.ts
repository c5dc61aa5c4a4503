import { provide } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { DashboardDocument } from '../../contract/documents.js';
import type { ContractIssue } from '../../contract/schema.js';
import { validateDocument } from '../../contract/validate.js';
import { langOf, normalizeLocale, type Locale } from '../../i18n/locale.js';
import { baseMessages } from '../../i18n/base-messages.js';
import { Translator } from '../../i18n/translator.js';
import { dashboardContext, type DashboardContextValue, type DashboardSelection, type Theme } from '../../base/context.js';
import { hcxEvent, type DataErrorDetail, type DataLoadDetail } from '../../base/events.js';
import { internalState } from '../../base/internal-state.js';
import { watchLang } from '../../base/lang-observer.js';
import { renderErrorView } from '../../base/shell-views.js';
import { SrcLoader } from '../../base/src-loader.js';
import { tokens } from '../../base/tokens.js';

/**
 * Loads a dashboard document and lays out the widgets inside it in a responsive grid. Each
 * widget with a `dataset` attribute shows that dataset; all share locale, theme and a
 * selection (a touchpoint chosen in one widget is highlighted in the others).
 *
 * @summary Provider and responsive layout for hcx widgets.
 * @slot - The widgets (`<hcx-control-chart dataset="waiting">` …). Add `wide` to span the full row.
 * @fires hcx-data-load - The dashboard document is valid and shared with the widgets.
 * @fires hcx-data-error - The dashboard document could not be loaded or breaks the contract.
 * @fires hcx-select - Re-fired by widgets inside; the dashboard keeps the latest as `selection`.
 * @csspart base - The layout box.
 * @csspart title - The dashboard title.
 * @csspart description - The subtitle.
 * @csspart error - The error view.
 * @cssprop --hcx-dashboard-column - Minimum column width (default 352px).
 * @cssprop --hcx-dashboard-gap - Gap between widgets (default 16px).
 */
export class HcxDashboard extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .base {
        font: var(--_font);
        color: var(--_text);
      }
      header {
        margin-bottom: var(--hcx-dashboard-gap, 16px);
      }
      [part='title'] {
        margin: 0;
        font-size: 1.375em;
        font-weight: 650;
      }
      [part='description'] {
        margin: 4px 0 0;
        color: var(--_muted);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hcx-dashboard-column, 352px)), 1fr));
        gap: var(--hcx-dashboard-gap, 16px);
        align-items: start;
      }
      ::slotted([wide]) {
        grid-column: 1 / -1;
      }
      ::slotted(script) {
        display: none;
      }
      [part='error'] {
        border: 1px solid var(--_danger);
        border-inline-start-width: 4px;
        border-radius: 6px;
        padding: 9.6px 12.8px;
        margin-bottom: 16px;
        background: var(--_surface);
      }
      [part='error'] h3 {
        margin: 0 0 4px;
        font-size: 1em;
      }
      code {
        font-family: var(--_font-mono);
      }
    `,
  ];

  /** The reactive properties, declared here rather than with decorators (smaller bundles); internal state is `attribute: false`, as in HcxElement. */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    theme: { reflect: true },
    hideTitle: { type: Boolean, attribute: 'hide-title' },
    ...internalState('_document', '_errors', '_loadError', '_locale', '_selection'),
  };

  /** The dashboard document (`kind: "dashboard"`). */
  data?: DashboardDocument | null;
  /** URL of a dashboard document. */
  src?: string;
  /** Theme for every widget inside that does not set its own. */
  theme?: Theme;
  /** Whether to show the dashboard's title and subtitle above the grid. */
  hideTitle = false;

  private _document: DashboardDocument | null = null;
  private _errors: ContractIssue[] = [];
  private _loadError: DataErrorDetail | null = null;
  private _locale: Locale = 'en';
  private _selection: DashboardSelection | null = null;

  @provide({ context: dashboardContext })
  protected context: DashboardContextValue = this.makeContext();

  private readonly loader = new SrcLoader();
  private unwatchLang?: () => void;
  private inlineText: string | null = null;

  /** The dashboard document in force (last valid one). */
  get document(): DashboardDocument | null {
    return this._document;
  }
  /** Contract problems of the latest dashboard document. */
  get errors(): ContractIssue[] {
    return this._errors;
  }
  /** The shared selection: the touchpoint and period chosen last in any widget. */
  get selection(): DashboardSelection | null {
    return this._selection;
  }
  set selection(value: DashboardSelection | null) {
    this._selection = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._locale = normalizeLocale(langOf(this));
    this.unwatchLang = watchLang(this.ownerDocument, () => (this._locale = normalizeLocale(langOf(this))));
    this.readInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.abort();
    this.unwatchLang?.();
  }

  private makeContext(): DashboardContextValue {
    return {
      document: this._document,
      locale: this._locale,
      theme: this.theme ?? null,
      selection: this._selection,
      select: (selection) => (this._selection = selection),
    };
  }

  /** Loads the shell strings of the locale before rendering (as every widget does). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = baseMessages.load(this._locale);
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && this.data !== undefined) this.ingest(this.data, 'data');
    else if (changed.has('src') && this.src && this.data === undefined) void this.fetchSrc(this.src);
    if (['_document', '_locale', 'theme', '_selection'].some((k) => changed.has(k))) this.context = this.makeContext();
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script || this.data !== undefined || this.src) return;
    const text = script.textContent ?? '';
    if (text === this.inlineText) return;
    this.inlineText = text;
    try {
      this.ingest(JSON.parse(text), 'inline');
    } catch {
      this.fail({ kind: 'parse' }, []);
    }
  }

  private async fetchSrc(url: string): Promise<void> {
    const outcome = await this.loader.load(url);
    if (!outcome || this.src !== url) return;
    if (outcome.ok) this.ingest(outcome.value, 'src');
    else this.fail(outcome.error, []);
  }

  private ingest(value: unknown, origin: DataLoadDetail['origin']): void {
    if (value === null) {
      this._document = null;
      this._errors = [];
      return;
    }
    const result = validateDocument(value, ['dashboard']);
    if (!result.document) return this.fail({ kind: 'contract', issues: result.errors }, result.errors);
    this._document = result.document;
    this._errors = [];
    this._loadError = null;
    this.updateComplete.then(() => this.dispatchEvent(hcxEvent<DataLoadDetail>('hcx-data-load', { origin, document: result.document })));
  }

  private fail(error: DataErrorDetail, issues: ContractIssue[]): void {
    this._errors = issues;
    this._loadError = error;
    this.updateComplete.then(() => this.dispatchEvent(hcxEvent<DataErrorDetail>('hcx-data-error', error)));
  }

  override render() {
    const t = new Translator(this._locale);
    const doc = this._document;
    const failed = this._loadError !== null;
    return html`<div part="base" class="base ${this.theme === 'dark' || this.theme === 'high-contrast' ? this.theme : ''}">
      ${doc && !this.hideTitle
        ? html`<header>
            <h2 part="title">${doc.title}</h2>
            ${doc.subtitle ? html`<p part="description">${doc.subtitle}</p>` : nothing}
          </header>`
        : nothing}
      ${failed ? renderErrorView(t, this._loadError, this._errors, false, false, 'error.dashboardTitle') : nothing}
      <div class="grid"><slot @slotchange=${() => this.readInline()}></slot></div>
    </div>`;
  }
}
