// Entry of the self-contained drop-in bundle `dist/hcx-widgets.js`: the package's API
// without JSON Schema generation (pages validate; the schemas are published as dist/schema/*.json).
export * from './widgets-api.js';
