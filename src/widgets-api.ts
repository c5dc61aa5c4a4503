/**
 * What the drop-in bundle exports: every widget, the data contract's validators and the
 * base class. Importing this module registers all the custom elements (`hcx-control-chart`, …).
 */
export * from './contract/runtime.js';
export * from './base/index.js';
export { LOCALES, normalizeLocale, type Locale } from './i18n/locale.js';
export * from './elements.js';
// The pure analysis engines: the same numbers the widgets show, usable on a server or in tests.
export * from './spc/index.js';
export * from './stats/index.js';
export * from './heatmap/index.js';
export * from './brand/index.js';
export * from './vsm/index.js';
