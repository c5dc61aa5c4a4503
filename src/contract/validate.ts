import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, CONTRACT_VERSION, type DocumentKind, type HcxDocument } from './documents.js';
import { IssueSink, describeValue, type ContractIssue } from './schema.js';

export interface ValidationResult<D> {
  /** The document, when it has no errors (warnings allowed). */
  document: D | null;
  errors: ContractIssue[];
  /** Non-blocking problems such as unknown fields: reported, never silently dropped. */
  warnings: ContractIssue[];
  /** True when more problems exist than were listed. */
  truncated: boolean;
}

/**
 * Validates any contract document: checks `kind` and `version` first (so an unknown one
 * gives one clear error instead of a page of field errors), then the kind's schema.
 * `expected` restricts the kinds accepted (a control chart refuses a heatmap document).
 */
export function validateDocument<K extends DocumentKind = DocumentKind>(
  value: unknown,
  expected?: readonly K[],
): ValidationResult<Extract<HcxDocument, { kind: K }>> {
  const sink = new IssueSink();
  const result = () => ({
    document: sink.errors.length === 0 ? (value as Extract<HcxDocument, { kind: K }>) : null,
    errors: sink.errors,
    warnings: sink.warnings,
    truncated: sink.truncated,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.add('', 'type', { expected: 'a JSON object (a contract document)', got: describeValue(value) });
    return result();
  }
  const { kind, version } = value as { kind?: unknown; version?: unknown };
  const accepted: readonly DocumentKind[] = expected ?? DOCUMENT_KINDS;
  if (typeof kind !== 'string' || !(accepted as readonly string[]).includes(kind)) {
    sink.add('kind', 'unknown-kind', { got: describeValue(kind), options: accepted.map((k) => JSON.stringify(k)).join(', ') });
  }
  if (version !== CONTRACT_VERSION) {
    sink.add('version', 'unknown-version', { got: describeValue(version), expected: CONTRACT_VERSION });
  }
  if (sink.errors.length > 0) return result();
  DOCUMENT_SCHEMAS[kind as DocumentKind].check(value, null, null, sink, 0);
  return result();
}
