import { html, nothing, type TemplateResult } from 'lit';
import type { ContractIssue } from '../contract/schema.js';
import type { Translator } from '../i18n/translator.js';
import type { DataErrorDetail } from './events.js';
import type { TableModel } from './table-model.js';

/** The shell's pieces as templates: toolbar, error view, warnings and data table. */

export type ExportFormat = 'csv' | 'svg' | 'png';
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'svg', 'png'];

/** The toolbar: table/chart toggle, then one download button per format (named as is in every locale). */
export function renderToolbar(t: Translator, view: 'chart' | 'table', toggle: () => void, exportAs: (format: ExportFormat) => void): TemplateResult {
  const table = view === 'table';
  return html`<div part="toolbar" role="toolbar" aria-label=${t.t('toolbar.label')}>
    <button type="button" aria-pressed=${table ? 'true' : 'false'} title=${t.t(table ? 'toolbar.chartView' : 'toolbar.tableView')} @click=${toggle}>
      ${t.t('toolbar.table')}
    </button>
    ${EXPORT_FORMATS.map((format) => {
      const name = format.toUpperCase();
      const label = t.t('toolbar.download', { format: name });
      return html`<button type="button" title=${label} aria-label=${label} @click=${() => exportAs(format)}>${name}</button>`;
    })}
  </div>`;
}

/** One contract problem in the viewer's language: `points[3].value: expected a number, got "abc"`. */
export function localizeIssue(t: Translator, issue: ContractIssue): { path: string; message: string } {
  const key = `issue.${issue.code}` as Parameters<Translator['t']>[0];
  const message = issue.code === 'rule' ? issue.message : t.t(key, issue.params);
  return { path: issue.path || t.t('path.document'), message };
}

function loadErrorText(t: Translator, error: DataErrorDetail): string {
  switch (error.kind) {
    case 'network':
      return t.t('error.network');
    case 'http':
      return t.t('error.http', { status: error.status ?? '?' });
    case 'parse':
      return t.t('error.parse');
    case 'contract':
      return '';
  }
}

/** The error view: what went wrong, and for contract problems every path with its message. */
export function renderErrorView(t: Translator, error: DataErrorDetail | null, issues: ContractIssue[], truncated: boolean, compact: boolean, titleKey: 'error.title' | 'error.dashboardTitle' = 'error.title'): TemplateResult {
  const loadText = error ? loadErrorText(t, error) : '';
  return html`<div part="error" role="alert">
    ${compact ? nothing : html`<h3>${t.t(titleKey)}</h3>`}
    ${loadText ? html`<p>${loadText}</p>` : nothing}
    ${issues.length
      ? html`<p>${t.plural('error.contract', issues.length)}</p>
          <ul>
            ${issues.map((issue) => {
              const { path, message } = localizeIssue(t, issue);
              return html`<li><code>${path}</code>: ${message}</li>`;
            })}
          </ul>
          ${truncated ? html`<p>${t.t('error.truncated', { count: issues.length })}</p>` : nothing}
          ${compact ? nothing : html`<p>${t.t('error.help')}</p>`}`
      : nothing}
  </div>`;
}

export function renderWarnings(t: Translator, warnings: ContractIssue[]): TemplateResult {
  return html`<details class="warnings">
    <summary>${t.plural('warnings', warnings.length)}</summary>
    <ul>
      ${warnings.map((w) => html`<li><code>${w.path}</code></li>`)}
    </ul>
  </details>`;
}

/**
 * The data table, its first `limit` rows: twenty thousand rows of DOM would freeze an old
 * PC for seconds, so longer tables grow on request (`more`); the CSV always has every row.
 */
export function renderTable(t: Translator, model: TableModel, caption: string, limit: number, more: () => void): TemplateResult {
  const rows = model.rows.length > limit ? model.rows.slice(0, limit) : model.rows;
  const hidden = model.rows.length - rows.length;
  return html`${renderRows(model, rows, caption)}${hidden > 0
    ? html`<p class="table-more">
        ${t.t('table.partial', { shown: t.format.number(rows.length, 0), total: t.format.number(model.rows.length, 0) })}
        <button type="button" @click=${more}>${t.plural('table.more', Math.min(hidden, limit))}</button>
      </p>`
    : nothing}`;
}

function renderRows(model: TableModel, rows: TableModel['rows'], caption: string): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${model.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          ${row.map((cell, i) => {
            const column = model.columns[i];
            return column?.rowHeader
              ? html`<th scope="row">${cell.text}</th>`
              : html`<td class=${column?.numeric ? 'num' : ''}>${cell.text}</td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
