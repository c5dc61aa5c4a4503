import { createContext } from '@lit/context';
import type { DashboardDocument } from '../contract/documents.js';
import type { Locale } from '../i18n/locale.js';

/** `high-contrast` is a black-and-yellow theme for low vision; `auto` follows the system. */
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';

/**
 * What `<hcx-dashboard>` shares with the widgets inside it. A selection names a touchpoint
 * (heatmap row id, value-stream step id) and/or a period, so a cell chosen in one widget
 * highlights the same touchpoint in another.
 */
export interface DashboardSelection {
  /** Touchpoint id (heatmap row, value-stream step, KPI). */
  touchpoint?: string;
  /** Period or column (`x` of a point, heatmap column id). */
  period?: string;
  /** Tag name of the widget that made the selection. */
  source?: string;
}

export interface DashboardContextValue {
  document: DashboardDocument | null;
  locale: Locale | null;
  theme: Theme | null;
  selection: DashboardSelection | null;
  select(selection: DashboardSelection | null): void;
}

export const dashboardContext = createContext<DashboardContextValue | undefined>(Symbol.for('hcx-dashboard'));
