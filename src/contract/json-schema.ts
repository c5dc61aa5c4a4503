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
 * The `description`s of the published schemas, by place: the document kind, then the
 * property names down to the field (arrays see through to their items); `*` is any kind.
 * They live here, not on the schema nodes, because widget bundles never show them.
 */
const DESCRIPTIONS: Record<string, string> = {
  '*.title': 'Title shown above the chart; its accessible name.',
  '*.source': 'Where the data comes from.',
  '*.generatedAt': 'ISO 8601 time the data was produced.',
  'control-chart': 'A statistical process control chart (XmR, run, p, p′, u, u′, c, t, g, X̄-S).',
  'control-chart.shiftLength': 'Points on one side of the centre line that make a shift (mdc, nhsr); default 7.',
  'control-chart.trendLength': 'Consecutive rising or falling points that make a trend (mdc, nhsr); default 7.',
  'control-chart.screenMovingRanges': 'Leave moving ranges above 3.267 × their average out of sigma; default on for nhsr and anhoej, off for mdc and western-electric.',
  'control-chart.sigmaLines': 'Display: draw the 2-sigma lines (and 1-sigma for western-electric); default off.',
  'control-chart.projectLimits': "Display: continue each phase's centre and limits, dashed, across the next phase; default on.",
  'control-chart.points.value': 'Measurement, count or numerator; null is a missing period.',
  'control-chart.points.n': 'Denominator (p, pprime) or exposure (u, uprime).',
  'control-chart.points.values': 'Raw subgroup measurements (xbar-s).',
  'satisfaction-heatmap': 'Patient-satisfaction heatmap: touchpoints (rows) by period or department (columns).',
  'brand-health': 'Brand health: headline KPIs with intervals and the weighted indicator tree.',
  'value-stream': 'Value-stream map of a patient journey, with one or more states (current, future).',
  'value-stream.states.steps.replaces': 'Ids of steps in other states that this step takes over (two or more: merged).',
  dashboard: 'A dashboard: several widget documents, each picked by a widget’s `dataset` attribute.',
};

const used = new Set<string>();
function descriptionAt(place: string): string | undefined {
  const key = place in DESCRIPTIONS ? place : place.replace(/^[^.]+(?=\.[^.]+$)/, '*');
  if (!(key in DESCRIPTIONS)) return undefined;
  used.add(key);
  return DESCRIPTIONS[key];
}

/**
 * The JSON Schema (draft 2020-12) of one schema node. It lives here, apart from the
 * validator classes, so widgets (which only validate) do not ship it. `place` names where
 * the node sits (see `DESCRIPTIONS`): a document kind for a whole document.
 */
export function toJSONSchema(node: Schema<unknown>, place = ''): JsonSchema {
  const s = bodyOf(node, place);
  const description = node.description ?? descriptionAt(place);
  return description ? { description, ...s } : s;
}

function bodyOf(node: Schema<unknown>, place: string): JsonSchema {
  // Wrappers and containers hand their place on to what they hold, less its description.
  const inner = (child: Schema<unknown>) => toJSONSchema(child, `${place}#`);
  if (node instanceof NullableSchema) return { anyOf: [inner(node.nonNull), { type: 'null' }] };
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
    const s: JsonSchema = { type: 'array', items: inner(node.item), maxItems: node.opts.maxItems };
    if (node.opts.minItems !== undefined) s.minItems = node.opts.minItems;
    return s;
  }
  if (node instanceof ObjectSchema) {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const at = place.replace(/#+$/, '');
    for (const [key, field] of Object.entries(node.shape as Shape)) {
      if (field instanceof Optional) properties[key] = toJSONSchema(field.inner, `${at}.${key}`);
      else {
        properties[key] = toJSONSchema(field, `${at}.${key}`);
        required.push(key);
      }
    }
    return { type: 'object', properties, required };
  }
  if (node instanceof RecordSchema) return { type: 'object', additionalProperties: inner(node.value), maxProperties: node.maxKeys };
  if (node instanceof TaggedUnionSchema) {
    return {
      type: 'object',
      required: [node.tag],
      properties: { [node.tag]: { enum: Object.keys(node.variants) } },
      allOf: Object.entries(node.variants).map(([tag, s]) => ({
        if: { properties: { [node.tag]: { const: tag } } },
        then: inner(s as Schema<unknown>),
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
      ...toJSONSchema(DOCUMENT_SCHEMAS[kind] as Schema<unknown>, kind),
    };
    if (kind === 'dashboard') {
      schema.$defs = Object.fromEntries(Object.entries(WIDGET_SCHEMAS).map(([k, s]) => [k, toJSONSchema(s as Schema<unknown>, k)]));
    }
    out[kind] = schema;
  }
  // A renamed field would silently lose its description: refuse (this runs in the build).
  const stale = Object.keys(DESCRIPTIONS).filter((key) => !used.has(key));
  if (stale.length) throw new Error(`descriptions for places no schema has: ${stale.join(', ')}`);
  return out;
}
