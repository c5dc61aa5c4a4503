/**
 * fast-check arbitraries for hostile contract documents. They need no knowledge of a kind:
 * they start from the kind's valid sample documents and break them the way hand-made JSON
 * exports and buggy services do — wrong types, missing fields, NaN and Infinity, negative
 * numbers, duplicated items (duplicate ids), unknown kinds and versions, `__proto__` keys,
 * markup in labels, deep nesting and long strings — so a new widget is fuzzed as soon as it
 * has a sample document.
 */
import fc from 'fast-check';
import { HOSTILE_STRINGS } from '../support/hostile.js';

type Json = unknown;
type Container = Record<string, unknown> | unknown[];

/** A string of about 1 MB (built once: every use shares it). */
export const ONE_MEGABYTE = 'x'.repeat(1 << 20);

/** `depth` levels of nested arrays (or objects): `[[[…]]]`. */
export function nested(depth: number, objects = false): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = objects ? { a: value } : [value];
  return value;
}

/** An object whose own key is `__proto__`, as `JSON.parse` makes it (not a prototype change). */
export function protoKeyed(value: unknown = { polluted: 'yes' }): Record<string, unknown> {
  return JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": {"prototype": {"polluted": "yes"}}}`) as Record<string, unknown>;
}

/** Values that are wrong almost anywhere in a document. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0,
    -1e308,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    null,
    undefined,
    true,
    false,
    '',
    ' ',
    '0',
    'NaN',
    '2024-13-45',
    '2024-02-30T25:61:00Z',
    [],
    {},
    [null],
    ONE_MEGABYTE,
    ...HOSTILE_STRINGS,
  ),
  fc.constant(null).map(() => protoKeyed()),
  fc.integer({ min: 2, max: 64 }).map((depth) => nested(depth, depth % 2 === 0)),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every place in a document a mutation can hit: containers and keys. */
function places(doc: Json): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), walk(v)));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push({ parent: value as Record<string, unknown>, key: k }), walk(v);
  };
  walk(doc);
  return out;
}

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'unknown-field'; at: number; name: string; value: unknown }
  | { op: 'proto-key'; at: number }
  | { op: 'kind'; value: unknown }
  | { op: 'version'; value: unknown }
  | { op: 'wrap'; at: number }
  | { op: 'label'; at: number; text: string };

const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unknown-field' as const), at, name: fc.constantFrom('vlaue', 'titel', 'points2', 'extra', 'toString', 'hasOwnProperty', 'constructor'), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('proto-key' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('kind' as const), value: fc.constantFrom<unknown>('control-chart', 'satisfaction-heatmap', 'brand-health', 'value-stream', 'dashboard', 'pie-chart', '', null, 7) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('version' as const), value: fc.constantFrom<unknown>(0, 2, '1', 1.5, null, -1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('label' as const), at, text: fc.constantFrom(...HOSTILE_STRINGS) }) },
);

/** Applies mutations to a deep copy of `doc` (the copy may contain NaN, undefined and shared objects). */
export function mutate(doc: Json, mutations: readonly Mutation[]): Json {
  const copy = structuredClone(doc) as Record<string, unknown>;
  for (const m of mutations) {
    if (m.op === 'kind' || m.op === 'version') {
      copy[m.op] = m.value;
      continue;
    }
    const all = places(copy);
    if (all.length === 0) continue;
    const { parent, key } = all[m.at % all.length];
    const get = () => (parent as Record<string | number, unknown>)[key];
    const set = (value: unknown) => ((parent as Record<string | number, unknown>)[key] = value);
    switch (m.op) {
      case 'replace':
        set(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
        else set([get(), get()]);
        break;
      case 'unknown-field': {
        const target = get();
        const obj = target && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : copy;
        Object.defineProperty(obj, m.name, { value: m.value, enumerable: true, configurable: true, writable: true });
        break;
      }
      case 'proto-key': {
        const target = get();
        const obj = target && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : copy;
        Object.defineProperty(obj, '__proto__', { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
        break;
      }
      case 'wrap':
        set(Array.isArray(get()) ? { items: get() } : [get()]);
        break;
      case 'label':
        if (typeof get() === 'string') set(m.text);
        break;
    }
  }
  return copy;
}

/** Hostile documents built from valid `samples`: a few mutations, or (rarely) anything at all. */
export function hostileDocument(samples: readonly Json[]): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([doc, ms]) => mutate(doc, ms)) },
    { weight: 1, arbitrary: fc.constantFrom(...samples) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true }) },
  );
}

/** A stable seed per widget tag, so runs reproduce and adding a widget changes no other seed. */
export function seedFor(tag: string): number {
  let hash = 2166136261;
  for (const ch of tag) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return hash | 0;
}
