/**
 * hcx-widgets: every widget, the data contract and the base class. Importing this module
 * registers all the custom elements (`hcx-control-chart`, …).
 */
export * from './widgets-api.js';
// JSON Schema generation, for tools; the drop-in bundle leaves it out (the schemas are published as dist/schema/*.json).
export { jsonSchemas, toJSONSchema } from './contract/json-schema.js';
