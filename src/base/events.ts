import type { ContractIssue } from '../contract/schema.js';

/** `hcx-data-error` detail: why the data could not be shown. */
export interface DataErrorDetail {
  kind: 'network' | 'http' | 'parse' | 'contract';
  /** HTTP status (http, parse). */
  status?: number;
  /** Contract problems with their JSON paths (contract). */
  issues?: ContractIssue[];
}

/** `hcx-data-load` detail: a valid document is now shown. */
export interface DataLoadDetail {
  origin: 'data' | 'src' | 'inline' | 'dashboard';
  /** The document shown (the contract object). */
  document: unknown;
}

/** `hcx-select` detail: a point, cell or step chosen by click or keyboard. */
export interface SelectDetail {
  /** Touchpoint id, step id or KPI id, when the item has one. */
  touchpoint?: string;
  /** Period (`x`) or column id, when the item has one. */
  period?: string;
  /** Heatmap row id. */
  row?: string;
  /** Heatmap column id. */
  column?: string;
  /** Index of the point or step in the analysis. */
  index?: number;
  /** The item's figures, as in `analysis`. */
  item: unknown;
}

/** `hcx-alert` detail: a signal that needs attention. */
export interface AlertDetail {
  /** Stable key: the same signal never fires twice for the same data. */
  key: string;
  kind: 'special-cause-concern' | 'assurance-fail' | 'kpi-drop' | 'hotspot';
  /** Localized one-line explanation. */
  message: string;
  item?: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'hcx-data-load': CustomEvent<DataLoadDetail>;
    'hcx-data-error': CustomEvent<DataErrorDetail>;
    'hcx-select': CustomEvent<SelectDetail>;
    'hcx-alert': CustomEvent<AlertDetail>;
  }
}

/** Every hcx event bubbles and crosses shadow roots, so a page listens in one place. */
export function hcxEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
