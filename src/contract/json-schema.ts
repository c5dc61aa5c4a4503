import { DOCUMENT_SCHEMAS, WIDGET_SCHEMAS, type DocumentKind } from './documents.js';
import {
  ArraySchema,
  BooleanSchema,
  DEFAULT_MAX_STRING,
  EnumSchema,
  ISO_DATE,
  ISO_DATE_TIME,
  LiteralSchema,
  NullableSchema,
  NumberSchema,
  ObjectSchema,
  Optional,
  RecordSchema,
  RefSchema,
  StringSchema,
  TaggedUnionSchema,
  type JsonSchema,
  type Schema,
  type Shape,
} from './schema.js';

const BASE_ID = 'https://hcx-widgets.dev/schema/v1/';

/**
 * The JSON Schema (draft 2020-12) of one schema node. It lives here, apart from the
 * validator classes, so widgets (which only validate) do not ship it.
 */
export function toJSONSchema(node: Schema<unknown>): JsonSchema {
  const s = bodyOf(node);
  return node.description ? { description: node.description, ...s } : s;
}

function bodyOf(node: Schema<unknown>): JsonSchema {
  if (node instanceof NullableSchema) return { anyOf: [toJSONSchema(node.nonNull), { type: 'null' }] };
  if (node instanceof StringSchema) {
    const { minLength, maxLength = DEFAULT_MAX_STRING, format } = node.opts;
    const s: JsonSchema = { type: 'string', maxLength };
    if (minLength !== undefined) s.minLength = minLength;
    if (format === 'date') s.pattern = ISO_DATE.source;
    if (format === 'date-time') s.pattern = ISO_DATE_TIME.source;
    if (format === 'uri-reference') s.format = 'uri-reference';
    return s;
  }
  if (node instanceof NumberSchema) {
    const { min, max, exclusiveMin, integer } = node.opts;
    const s: JsonSchema = { type: integer ? 'integer' : 'number' };
    if (min !== undefined) s.minimum = min;
    if (max !== undefined) s.maximum = max;
    if (exclusiveMin !== undefined) s.exclusiveMinimum = exclusiveMin;
    return s;
  }
  if (node instanceof BooleanSchema) return { type: 'boolean' };
  if (node instanceof LiteralSchema) return { const: node.value };
  if (node instanceof EnumSchema) return { type: 'string', enum: [...node.options] };
  if (node instanceof ArraySchema) {
    const s: JsonSchema = { type: 'array', items: toJSONSchema(node.item), maxItems: node.opts.maxItems };
    if (node.opts.minItems !== undefined) s.minItems = node.opts.minItems;
    return s;
  }
  if (node instanceof ObjectSchema) {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(node.shape as Shape)) {
      if (field instanceof Optional) properties[key] = toJSONSchema(field.inner);
      else {
        properties[key] = toJSONSchema(field);
        required.push(key);
      }
    }
    return { type: 'object', properties, required };
  }
  if (node instanceof RecordSchema) return { type: 'object', additionalProperties: toJSONSchema(node.value), maxProperties: node.maxKeys };
  if (node instanceof TaggedUnionSchema) {
    return {
      type: 'object',
      required: [node.tag],
      properties: { [node.tag]: { enum: Object.keys(node.variants) } },
      allOf: Object.entries(node.variants).map(([tag, s]) => ({
        if: { properties: { [node.tag]: { const: tag } } },
        then: toJSONSchema(s as Schema<unknown>),
      })),
    };
  }
  if (node instanceof RefSchema) return { $ref: `#/$defs/${node.name}` };
  throw new Error(`no JSON Schema for ${node.constructor.name}`);
}

/**
 * The published JSON Schemas (draft 2020-12), one per document kind, built from the same
 * definitions the runtime validator uses. Cross-field rules (ids that must exist) are
 * runtime-only: JSON Schema cannot express them.
 */
export function jsonSchemas(): Record<DocumentKind, JsonSchema> {
  const out = {} as Record<DocumentKind, JsonSchema>;
  for (const kind of Object.keys(DOCUMENT_SCHEMAS) as DocumentKind[]) {
    const schema: JsonSchema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE_ID}${kind}.schema.json`,
      title: `hcx-widgets ${kind} document (contract v1)`,
      ...toJSONSchema(DOCUMENT_SCHEMAS[kind] as Schema<unknown>),
    };
    if (kind === 'dashboard') {
      schema.$defs = Object.fromEntries(Object.entries(WIDGET_SCHEMAS).map(([k, s]) => [k, toJSONSchema(s as Schema<unknown>)]));
    }
    out[kind] = schema;
  }
  return out;
}
