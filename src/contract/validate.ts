import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, type DocumentKind, type HcxDocument } from './documents.js';
import type { Schema } from './schema.js';
import { validateAgainst, type ValidationResult } from './validate-against.js';

export type { ValidationResult } from './validate-against.js';

/**
 * Validates any contract document: checks `kind` and `version` first (so an unknown one
 * gives one clear error instead of a page of field errors), then the kind's schema.
 * `expected` restricts the kinds accepted (a control chart refuses a heatmap document).
 */
export function validateDocument<K extends DocumentKind = DocumentKind>(
  value: unknown,
  expected?: readonly K[],
): ValidationResult<Extract<HcxDocument, { kind: K }>> {
  const kinds: readonly DocumentKind[] = expected ?? DOCUMENT_KINDS;
  const schemas = Object.fromEntries(kinds.map((kind) => [kind, DOCUMENT_SCHEMAS[kind]])) as Record<string, Schema<Extract<HcxDocument, { kind: K }>>>;
  return validateAgainst(value, schemas);
}
