import { fill } from '../i18n/messages.js';
import { issueMessages } from './issue-messages.js';
import { LIMITS } from './limits.js';

/**
 * A tiny schema language: one definition gives the runtime validator (every problem, with
 * its JSON path) and the published JSON Schema (written by `json-schema.ts`, which reads
 * these nodes, so widget bundles carry only the validator). TypeScript types are inferred from it
 * (`Infer<typeof schema>`), and each kind's documented interface is checked against the
 * inference at compile time, so types, validator and JSON Schema cannot drift apart.
 *
 * Why not a library: Ajv compiles validators into generated code (the Function constructor, blocked by a strict CSP);
 * the CSP-safe ones cost more bytes than this file and do not give localizable issue codes.
 */

/** A contract problem: where it is (JSON path like `points[3].value`) and what is wrong. */
export interface ContractIssue {
  /** JSON path from the document root: `points[3].value`; `""` is the document itself. */
  path: string;
  /** English sentence for developers and logs; widgets show a localized one from `code`. */
  message: string;
  /** Stable machine-readable code, the key of the localized message. */
  code: IssueCode;
  /** Values for the message placeholders. */
  params: Record<string, string | number>;
}

export type IssueCode =
  | 'type'
  | 'required'
  | 'enum'
  | 'const'
  | 'min'
  | 'max'
  | 'integer'
  | 'min-items'
  | 'max-items'
  | 'min-length'
  | 'max-length'
  | 'format'
  | 'unknown-kind'
  | 'unknown-version'
  | 'unknown-ref'
  | 'duplicate'
  | 'too-deep'
  | 'unknown-field'
  | 'rule';

export type JsonSchema = { [key: string]: unknown };

/** Collects issues while a value is walked. `warnings` never make a document invalid. */
export class IssueSink {
  readonly errors: ContractIssue[] = [];
  readonly warnings: ContractIssue[] = [];
  /** Issue lists are capped so a 10⁶-point garbage document stays fast to report. */
  static readonly MAX_ISSUES = 200;
  truncated = false;
  /** True once the document holds more array items than `LIMITS.items`; walking stops. */
  exhausted = false;
  private items = 0;

  constructor(private readonly maxItems: number = LIMITS.items) {}

  /**
   * Counts `count` more array items. Past the budget it records one error for the whole
   * document (naming the limit) and returns false, so the walk stops instead of freezing
   * the page on a document the per-list limits alone would let through.
   */
  spend(count: number): boolean {
    if (this.exhausted) return false;
    this.items += count;
    if (this.items <= this.maxItems) return true;
    this.exhausted = true;
    this.add('', 'max-items', { limit: this.maxItems, got: `more than ${this.maxItems}` });
    return false;
  }

  add(path: string, code: IssueCode, params: Record<string, string | number> = {}, message?: string): void {
    if (this.errors.length >= IssueSink.MAX_ISSUES) {
      this.truncated = true;
      return;
    }
    this.errors.push({ path, code, params, message: message ?? englishMessage(code, params) });
  }

  warn(path: string, code: IssueCode, params: Record<string, string | number> = {}): void {
    if (this.warnings.length < IssueSink.MAX_ISSUES) {
      this.warnings.push({ path, code, params, message: englishMessage(code, params) });
    }
  }

  /** `add` at `key` of `parent`; the path string is built only when the issue is kept. */
  addAt(parent: Place | null, key: PathKey, code: IssueCode, params: Record<string, string | number> = {}, message?: string): void {
    if (this.errors.length >= IssueSink.MAX_ISSUES) this.truncated = true;
    else this.add(pathOf(parent, key), code, params, message);
  }

  /** `warn` at `key` of `parent`, likewise lazily. */
  warnAt(parent: Place | null, key: PathKey, code: IssueCode, params: Record<string, string | number> = {}): void {
    if (this.warnings.length < IssueSink.MAX_ISSUES) this.warn(pathOf(parent, key), code, params);
  }
}

/** `ContractIssue.message`: the same English sentences the widgets' error view shows. */
function englishMessage(code: IssueCode, p: Record<string, string | number>): string {
  return code === 'rule' ? String(p.text ?? 'is not valid here') : fill(issueMessages[`issue.${code}`], p);
}

/** Short, safe description of a received value for messages: `"abc"`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const s = value.length > 40 ? `${value.slice(0, 37)}…` : value;
      return JSON.stringify(s);
    }
    case 'number': return Number.isNaN(value) ? 'NaN' : String(value);
    case 'boolean': return String(value);
    case 'object': return 'an object';
    default: return typeof value;
  }
}

/** Appends a key or index to a JSON path. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** A key inside a parent (`null`: the value is the parent's place itself, as at the root). */
export type PathKey = string | number | null;

/**
 * Where a container sits in the document: its parent's place and its key there. Checks pass
 * (parent place, key) down instead of path strings, so a valid 50,000-cell document builds
 * no path at all; `pathOf` spells one out only for a reported issue.
 */
export class Place {
  constructor(readonly parent: Place | null, readonly key: PathKey) {}
}

/** The JSON path of `key` in `parent` (`""` for the root), as `childPath` spells it. */
export function pathOf(parent: Place | null, key: PathKey): string {
  const base = parent === null ? '' : pathOf(parent.parent, parent.key);
  return key === null ? base : childPath(base, key);
}

const MAX_DEPTH = 32;
const hasOwn = Object.prototype.hasOwnProperty;

export abstract class Schema<T> {
  /** Phantom field carrying the inferred type; never set at run time. */
  declare readonly __type: T;
  description?: string;

  /**
   * Checks `value`, found at `key` of `parent` (both `null` for the document itself), and
   * records problems; `depth` guards against hostile nesting.
   */
  abstract check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void;
  /** A `description` for the JSON Schema (the built-in kinds keep theirs in `json-schema.ts`, out of widget bundles). */
  describe(text: string): this {
    this.description = text;
    return this;
  }

  optional(): Optional<T> {
    return new Optional(this);
  }

  nullable(): NullableSchema<T> {
    return new NullableSchema(this);
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Marks an object field as optional (may be absent; `undefined`). */
export class Optional<T> {
  constructor(readonly inner: Schema<T>) {}
}

export class NullableSchema<T> extends Schema<T | null> {
  // Not `inner`: that would make it structurally an `Optional` to the type inference.
  constructor(readonly nonNull: Schema<T>) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    if (value !== null) this.nonNull.check(value, parent, key, sink, depth);
  }
}

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  /** `date-time` and `date` are checked as ISO 8601. */
  format?: 'date-time' | 'date' | 'uri-reference';
}

/** Labels and ids longer than this are refused: no real label needs it, and 1 MB strings hang layout. */
export const DEFAULT_MAX_STRING = 2000;

export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class StringSchema extends Schema<string> {
  constructor(readonly opts: StringOptions) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink): void {
    if (typeof value !== 'string') {
      sink.addAt(parent, key, 'type', { expected: 'a string', got: describeValue(value) });
      return;
    }
    const { minLength, maxLength = DEFAULT_MAX_STRING, format } = this.opts;
    if (minLength !== undefined && value.length < minLength) sink.addAt(parent, key, 'min-length', { limit: minLength, got: value.length });
    if (value.length > maxLength) sink.addAt(parent, key, 'max-length', { limit: maxLength, got: value.length });
    else if (format === 'date-time' && !validDate(value, ISO_DATE_TIME)) {
      sink.addAt(parent, key, 'format', { format: 'an ISO 8601 date or date-time', got: describeValue(value) });
    } else if (format === 'date' && !validDate(value, ISO_DATE)) {
      sink.addAt(parent, key, 'format', { format: 'an ISO 8601 date (YYYY-MM-DD)', got: describeValue(value) });
    }
  }
}

function validDate(value: string, pattern: RegExp): boolean {
  return pattern.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
}

export interface NumberOptions {
  min?: number;
  max?: number;
  /** Strictly greater than. */
  exclusiveMin?: number;
  integer?: boolean;
}

export class NumberSchema extends Schema<number> {
  constructor(readonly opts: NumberOptions) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink): void {
    // JSON has no NaN or Infinity; a JS caller passing them gets a clear problem.
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      sink.addAt(parent, key, 'type', { expected: 'a number', got: describeValue(value) });
      return;
    }
    const { min, max, exclusiveMin, integer } = this.opts;
    if (integer && !Number.isInteger(value)) sink.addAt(parent, key, 'integer', { got: value });
    if (min !== undefined && value < min) sink.addAt(parent, key, 'min', { limit: min, got: value });
    if (exclusiveMin !== undefined && value <= exclusiveMin) sink.addAt(parent, key, 'min', { limit: `> ${exclusiveMin}`, got: value });
    if (max !== undefined && value > max) sink.addAt(parent, key, 'max', { limit: max, got: value });
  }
}

export class BooleanSchema extends Schema<boolean> {
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink): void {
    if (typeof value !== 'boolean') sink.addAt(parent, key, 'type', { expected: 'true or false', got: describeValue(value) });
  }
}

export class LiteralSchema<T extends string | number> extends Schema<T> {
  constructor(readonly value: T) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink): void {
    if (value !== this.value) sink.addAt(parent, key, 'const', { expected: JSON.stringify(this.value), got: describeValue(value) });
  }
}

export class EnumSchema<T extends string> extends Schema<T> {
  constructor(readonly options: readonly T[]) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink): void {
    if (typeof value !== 'string' || !(this.options as readonly string[]).includes(value)) {
      sink.addAt(parent, key, 'enum', { options: this.options.map((o) => JSON.stringify(o)).join(', '), got: describeValue(value) });
    }
  }
}

export interface ArrayOptions {
  minItems?: number;
  maxItems: number;
}

export class ArraySchema<T> extends Schema<T[]> {
  constructor(readonly item: Schema<T>, readonly opts: ArrayOptions) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    if (!Array.isArray(value)) {
      sink.addAt(parent, key, 'type', { expected: 'an array', got: describeValue(value) });
      return;
    }
    if (depth > MAX_DEPTH) {
      sink.addAt(parent, key, 'too-deep', { limit: MAX_DEPTH });
      return;
    }
    const { minItems, maxItems } = this.opts;
    if (minItems !== undefined && value.length < minItems) sink.addAt(parent, key, 'min-items', { limit: minItems, got: value.length });
    if (value.length > maxItems) {
      // Refuse before walking: checking 10⁶ items only to refuse them would freeze the page.
      sink.addAt(parent, key, 'max-items', { limit: maxItems, got: value.length });
      return;
    }
    if (!sink.spend(value.length)) return;
    const here = new Place(parent, key);
    for (let i = 0; i < value.length; i++) {
      if (sink.truncated || sink.exhausted) return;
      this.item.check(value[i], here, i, sink, depth + 1);
    }
  }
}

export type Shape = Record<string, Schema<unknown> | Optional<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type FieldType<F> = F extends Optional<infer T> ? T : F extends Schema<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: FieldType<S[K]> } & { [K in OptionalKeys<S>]?: FieldType<S[K]> }
>;

/** A cross-field check run after the fields themselves were checked (and only if they were valid). */
export type Refinement<T> = (value: T, path: string, sink: IssueSink) => void;

export class ObjectSchema<S extends Shape> extends Schema<InferShape<S>> {
  private refinements: Refinement<InferShape<S>>[] = [];
  /** The shape as parallel lists, read once: every checked object walks them. */
  private readonly keys: string[];
  private readonly fields: Schema<unknown>[];
  private readonly isOptional: boolean[];
  /**
   * The shape's keys on a null-prototype object: telling a known key from an unknown one is
   * then a property read, not two `hasOwn` calls per key (50,000 cells have 200,000 keys).
   */
  private readonly known: Record<string, true>;
  constructor(readonly shape: S) {
    super();
    this.keys = Object.keys(shape);
    this.known = Object.create(null) as Record<string, true>;
    for (const k of this.keys) this.known[k] = true;
    this.fields = this.keys.map((k) => {
      const field = shape[k]!;
      return field instanceof Optional ? field.inner : field;
    });
    this.isOptional = this.keys.map((k) => shape[k] instanceof Optional);
  }

  /** Adds a cross-field rule (ids that must exist, orders that must hold). */
  refine(rule: Refinement<InferShape<S>>): this {
    this.refinements.push(rule);
    return this;
  }

  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      sink.addAt(parent, key, 'type', { expected: 'an object', got: describeValue(value) });
      return;
    }
    if (depth > MAX_DEPTH) {
      sink.addAt(parent, key, 'too-deep', { limit: MAX_DEPTH });
      return;
    }
    const record = value as Record<string, unknown>;
    const before = sink.errors.length;
    const here = new Place(parent, key);
    const { keys, fields, isOptional } = this;
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i]!;
      // Present: own and not undefined (the cheap test first; absent optional fields are common).
      const field = record[name];
      if (field !== undefined && hasOwn.call(record, name)) fields[i]!.check(field, here, name, sink, depth + 1);
      else if (!isOptional[i]) sink.addAt(here, name, 'required');
    }
    // Unknown fields are allowed (v1 may grow optional fields) but never silently dropped:
    // they come back as warnings, so a typo like "vlaue" is reported. (for…in with an own
    // check visits exactly Object.keys, in its order, without an array per object.)
    const known = this.known;
    for (const name in record) {
      if (known[name] !== true && hasOwn.call(record, name)) sink.warnAt(here, name, 'unknown-field', { got: JSON.stringify(name) });
    }
    if (sink.errors.length === before && this.refinements.length > 0) {
      const path = pathOf(parent, key);
      for (const rule of this.refinements) rule(record as InferShape<S>, path, sink);
    }
  }

}

/** A map from ids to values, like the dashboard's `datasets`. */
export class RecordSchema<T> extends Schema<Record<string, T>> {
  constructor(readonly value: Schema<T>, readonly maxKeys: number) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      sink.addAt(parent, key, 'type', { expected: 'an object', got: describeValue(value) });
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > this.maxKeys) {
      sink.addAt(parent, key, 'max-items', { limit: this.maxKeys, got: keys.length });
      return;
    }
    if (!sink.spend(keys.length)) return;
    const here = new Place(parent, key);
    for (const name of keys) if (!sink.exhausted) this.value.check((value as Record<string, unknown>)[name], here, name, sink, depth + 1);
  }
}

/** Either of several schemas, chosen by a string field (`kind`, `type`) so errors stay precise. */
export class TaggedUnionSchema<T> extends Schema<T> {
  constructor(readonly tag: string, readonly variants: Record<string, Schema<T>>) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      sink.addAt(parent, key, 'type', { expected: 'an object', got: describeValue(value) });
      return;
    }
    const tagValue = (value as Record<string, unknown>)[this.tag];
    const options = Object.keys(this.variants);
    if (typeof tagValue !== 'string' || !hasOwn.call(this.variants, tagValue)) {
      sink.addAt(new Place(parent, key), this.tag, tagValue === undefined ? 'required' : 'enum', {
        options: options.map((o) => JSON.stringify(o)).join(', '),
        got: describeValue(tagValue),
      });
      return;
    }
    this.variants[tagValue]!.check(value, parent, key, sink, depth);
  }
}

/** A reference to a named definition in the published JSON Schema (`$defs`). */
export class RefSchema<T> extends Schema<T> {
  constructor(readonly name: string, readonly target: () => Schema<T>) {
    super();
  }
  check(value: unknown, parent: Place | null, key: PathKey, sink: IssueSink, depth: number): void {
    this.target().check(value, parent, key, sink, depth);
  }
}

export const s = {
  string: (opts: StringOptions = {}) => new StringSchema(opts),
  number: (opts: NumberOptions = {}) => new NumberSchema(opts),
  integer: (opts: Omit<NumberOptions, 'integer'> = {}) => new NumberSchema({ ...opts, integer: true }),
  boolean: () => new BooleanSchema(),
  literal: <T extends string | number>(value: T) => new LiteralSchema(value),
  enum: <const T extends string>(options: readonly T[]) => new EnumSchema<T>(options),
  array: <T>(item: Schema<T>, opts: ArrayOptions) => new ArraySchema(item, opts),
  object: <S extends Shape>(shape: S) => new ObjectSchema(shape),
  record: <T>(value: Schema<T>, maxKeys: number) => new RecordSchema(value, maxKeys),
  tagged: <T>(tag: string, variants: Record<string, Schema<T>>) => new TaggedUnionSchema<T>(tag, variants),
  ref: <T>(name: string, target: () => Schema<T>) => new RefSchema(name, target),
};

/** Validates a whole value against a schema; returns every error and warning. */
export function validateWith<T>(schema: Schema<T>, value: unknown): { errors: ContractIssue[]; warnings: ContractIssue[]; truncated: boolean } {
  const sink = new IssueSink();
  schema.check(value, null, null, sink, 0);
  return { errors: sink.errors, warnings: sink.warnings, truncated: sink.truncated };
}

/** Compile-time equality of two types: `const ok: Equal<A, B> = true` fails to compile when they differ. */
export type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
