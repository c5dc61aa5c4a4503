// Registers every shipped element. Each widget's own `hcx-<name>.ts` defines only its tag,
// so bundler users can import just the widgets they use.
export * from './components/dashboard/hcx-dashboard.js';
export * from './components/value-stream/hcx-value-stream-map.js';
