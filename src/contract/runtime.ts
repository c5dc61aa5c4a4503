// The contract as widgets use it: schemas, validators, limits. JSON Schema generation is
// apart (`json-schema.ts`): only tools and the published `dist/schema/*.json` need it.
export * from './schema.js';
export * from './envelope.js';
export * from './limits.js';
export * from './control-chart.js';
export * from './satisfaction-heatmap.js';
export * from './brand-health.js';
export * from './value-stream.js';
export * from './documents.js';
export * from './validate.js';
