import { issueMessages } from '../contract/issue-messages.js';
import { defineMessages } from './messages.js';

const en = {
  'state.loading': 'Loading data…',
  'state.empty': 'No data to show yet.',
  'state.stale': 'Showing the last good data: the latest update failed.',
  'error.title': 'This chart cannot be shown',
  'error.dashboardTitle': 'This dashboard cannot be shown',
  'error.contract.one': 'The data has 1 problem:',
  'error.contract.other': 'The data has {count} problems:',
  'error.truncated': 'Only the first {count} problems are listed.',
  'error.network': 'The data could not be loaded: the server did not answer.',
  'error.http': 'The data could not be loaded: the server answered {status}.',
  'error.parse': 'The data could not be read: the server did not send valid JSON.',
  'error.help': 'Check the data against the hcx-widgets data contract.',
  'warnings.one': '1 field was not recognised and is ignored:',
  'warnings.other': '{count} fields were not recognised and are ignored:',
  'path.document': '(document)',
  'toolbar.label': 'Chart tools',
  'toolbar.table': 'Table',
  'toolbar.tableView': 'Show the data as a table',
  'toolbar.chartView': 'Show the chart',
  'toolbar.download': 'Download {format}',
  'toolbar.exportFailed': 'Export failed: {reason}',
  'meta.source': 'Source: {source}',
  'meta.generated': 'Data as of {date}',
  'table.caption': 'Data of “{title}”',
  'table.partial': 'Rows 1–{shown} of {total} are shown; the CSV download has every row.',
  'table.more.one': 'Show {count} more row',
  'table.more.other': 'Show {count} more rows',
  ...issueMessages,
};

export type BaseMessageKey = keyof typeof en;

/**
 * Strings of the widget shell (states, toolbar, errors, contract problems). Widgets add
 * their own catalogues; `{name}` placeholders receive values already formatted by Intl.
 */
export const baseMessages = defineMessages<BaseMessageKey>(en, {
  'zh-Hans': () => import('./base-messages/zh-Hans.js'),
  'zh-Hant': () => import('./base-messages/zh-Hant.js'),
  fi: () => import('./base-messages/fi.js'),
});
