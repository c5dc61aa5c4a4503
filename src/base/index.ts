export { HcxElement, type ChartContext, type WidgetState, type DataOrigin } from './hcx-element.js';
export { dashboardContext, type DashboardContextValue, type DashboardSelection, type Theme } from './context.js';
export type { AlertDetail, DataErrorDetail, DataLoadDetail, SelectDetail } from './events.js';
export { tableToCSV, type TableModel, type TableCell, type TableColumn } from './table-model.js';
