export * from './runtime.js';
export { jsonSchemas, toJSONSchema } from './json-schema.js';
