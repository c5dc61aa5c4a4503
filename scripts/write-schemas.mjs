// Writes the published JSON Schemas (dist/schema/<kind>.schema.json) from the same
// definitions the runtime validator uses (built into dist/contract.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/contract.js';

mkdirSync('dist/schema', { recursive: true });
for (const [kind, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`dist/schema/${kind}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(jsonSchemas()).length} schemas to dist/schema/`);
