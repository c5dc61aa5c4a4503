// The published JSON Schemas (dist/schema) and the runtime validator come from one source;
// this checks with a real JSON Schema validator (Ajv, draft 2020-12) that they agree:
// every example passes both, and randomly broken documents are refused by both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateDocument } from '../../dist/contract.js';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri-reference', true);
const schemas = Object.fromEntries(
  readdirSync(new URL('dist/schema/', root)).map((f) => [f.replace('.schema.json', ''), ajv.compile(read(`dist/schema/${f}`))]),
);
const examples = readdirSync(new URL('examples/', root))
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, read(`examples/${f}`)]);

test('there is a schema for every document kind', () => {
  assert.deepEqual(Object.keys(schemas).sort(), ['brand-health', 'control-chart', 'dashboard', 'satisfaction-heatmap', 'value-stream']);
});

for (const [file, doc] of examples) {
  test(`example ${file} passes the runtime validator and the JSON Schema`, () => {
    const ours = validateDocument(doc);
    assert.deepEqual(ours.errors, [], JSON.stringify(ours.errors));
    const check = schemas[doc.kind];
    assert.ok(check, `a schema for ${doc.kind}`);
    assert.equal(check(doc), true, JSON.stringify(check.errors));
  });
}

/** Breaks one field deep inside a document: wrong type, removed, out-of-range number. */
function mutate(doc, choice, replacement) {
  const copy = structuredClone(doc);
  const slots = [];
  (function walk(node) {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        slots.push([node, key]);
        walk(node[key]);
      }
    }
  })(copy);
  const [parent, key] = slots[choice % slots.length];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent[key] = null;
    else delete parent[key];
  } else parent[key] = replacement;
  return copy;
}

test('runtime validator and JSON Schema agree on randomly broken documents', () => {
  const docs = examples.map(([, d]) => d);
  let checked = 0;
  fc.assert(
    fc.property(
      fc.nat({ max: docs.length - 1 }),
      fc.nat(),
      fc.oneof(fc.constant(undefined), fc.string({ maxLength: 5 }), fc.integer({ min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({})),
      (which, choice, replacement) => {
        const broken = mutate(docs[which], choice, replacement);
        const schemaValid = schemas[docs[which].kind](broken);
        const runtime = validateDocument(broken);
        const runtimeValid = runtime.errors.length === 0;
        checked++;
        // Field-level problems (never raised by cross-field rules) must be refused by the schema too.
        const fieldLevel = runtime.errors.filter((e) => ['type', 'enum', 'const', 'integer', 'max-length', 'format'].includes(e.code));
        if (fieldLevel.length > 0) assert.equal(schemaValid, false, `runtime refuses ${fieldLevel[0].path} (${fieldLevel[0].message}) but the schema accepts`);
        // The runtime validator also checks cross-field rules the JSON Schema cannot express,
        // so it may refuse more — but anything the schema refuses, it must refuse too.
        if (!schemaValid) assert.equal(runtimeValid, false, `schema refuses but runtime accepts: ${JSON.stringify(broken).slice(0, 300)}`);
      },
    ),
    { numRuns: 2000, seed: 20261123 },
  );
  assert.equal(checked, 2000);
});
