import { CONTRACT_VERSION } from './envelope.js';
import { IssueSink, describeValue, type ContractIssue, type Schema } from './schema.js';

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
 * Validates a contract document against the schemas of the kinds accepted, by `kind`:
 * checks `kind` and `version` first (so an unknown one gives one clear error instead of a
 * page of field errors), then the kind's schema. Apart from `validateDocument` so that a
 * widget's own bundle carries only its kind's schema, not every kind's.
 */
export function validateAgainst<D>(value: unknown, schemas: Readonly<Record<string, Schema<D>>>): ValidationResult<D> {
  const sink = new IssueSink();
  const result = () => ({
    document: sink.errors.length === 0 ? (value as D) : null,
    errors: sink.errors,
    warnings: sink.warnings,
    truncated: sink.truncated,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.add('', 'type', { expected: 'a JSON object (a contract document)', got: describeValue(value) });
    return result();
  }
  const { kind, version } = value as { kind?: unknown; version?: unknown };
  const accepted = Object.keys(schemas);
  if (typeof kind !== 'string' || !accepted.includes(kind)) {
    sink.add('kind', 'unknown-kind', { got: describeValue(kind), options: accepted.map((k) => JSON.stringify(k)).join(', ') });
  }
  if (version !== CONTRACT_VERSION) {
    sink.add('version', 'unknown-version', { got: describeValue(version), expected: CONTRACT_VERSION });
  }
  if (sink.errors.length > 0) return result();
  schemas[kind as string]!.check(value, null, null, sink, 0);
  return result();
}
