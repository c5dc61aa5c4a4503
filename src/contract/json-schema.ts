import { DOCUMENT_SCHEMAS, WIDGET_SCHEMAS, type DocumentKind } from './documents.js';
import type { JsonSchema } from './schema.js';

const BASE_ID = 'https://hcx-widgets.dev/schema/v1/';

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
      ...DOCUMENT_SCHEMAS[kind].toJSONSchema(),
    };
    if (kind === 'dashboard') {
      schema.$defs = Object.fromEntries(Object.entries(WIDGET_SCHEMAS).map(([k, s]) => [k, s.toJSONSchema()]));
    }
    out[kind] = schema;
  }
  return out;
}
