// Each built locale chunk (dist/locales/, after `npm run build`) carries its strings without
// keys, as scripts/keyless-locales.mjs writes them. This checks every chunk against its source
// module and its English catalogue: the same strings, in the sorted order of the same keys,
// which is how the page zips them back (localeTable in src/i18n/messages.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { keylessValues, localeStrings } from '../../scripts/keyless-locales.mjs';

const root = new URL('../../', import.meta.url);
const chunks = readdirSync(new URL('dist/locales/', root)).filter((f) => f.endsWith('.js'));

/** The English strings of a catalogue (`base` or a widget folder), from its source module. */
async function englishOf(catalogue) {
  const entry = catalogue === 'base' ? 'src/i18n/base-messages.ts' : `src/components/${catalogue}/messages.ts`;
  const { outputFiles } = await build({ entryPoints: [new URL(entry, root).pathname], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const found = Object.values(module).find((value) => value && typeof value === 'object' && 'en' in value && 'load' in value);
  assert.ok(found, `${entry} exports a catalogue`);
  return found.en;
}

test('every locale chunk holds its strings without keys, in the sorted order of the English keys', async () => {
  // 5 catalogues (base and four widgets) × 3 loaded locales.
  assert.ok(chunks.length >= 15, `dist/locales/ has ${chunks.length} chunks: run npm run build first`);
  for (const file of chunks) {
    const [, catalogue, locale] = /^([\w-]+?)\.(zh-Hans|zh-Hant|fi)-[\w-]{8}\.js$/.exec(file) ?? [];
    assert.ok(catalogue, `${file}: a catalogue.locale-hash.js name`);
    const source = catalogue === 'base' ? `src/i18n/base-messages/${locale}.ts` : `src/components/${catalogue}/messages/${locale}.ts`;
    const strings = await localeStrings(new URL(source, root).pathname);
    const english = await englishOf(catalogue);
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(english).sort(), `${source} has exactly the English keys`);
    const { default: shipped } = await import(new URL(`dist/locales/${file}`, root));
    assert.deepEqual(shipped, keylessValues(strings), `${file} holds ${source}'s strings in sorted-key order`);
  }
});
