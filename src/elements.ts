// Registers every shipped element. Each widget's own `hcx-<name>.ts` defines only its tag,
// so bundler users can import just the widgets they use.
export * from './components/dashboard/hcx-dashboard.js';
export * from './components/control-chart/hcx-control-chart.js';
export * from './components/value-stream/hcx-value-stream-map.js';
export * from './components/brand-health/hcx-brand-health.js';
export * from './components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
