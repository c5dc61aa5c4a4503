// Rollup plugin: a locale module (`…/messages/fi.ts`, `i18n/base-messages/fi.ts`) ships its
// strings as an array in the sorted order of their keys, without the keys. The keys are the
// English catalogue's, which the page already has: `Catalogue` zips them back
// (src/i18n/messages.ts). A zh-Hant chunk is about a quarter smaller in gzip; the type check
// (`Messages<K>`: exactly the English keys) is what makes the two sorted orders line up.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** Paths of locale modules: `[, widget folder, 'base', locale]`. rollup.config.mjs names chunks from it. */
export const LOCALE_MODULE = /(?:components\/([^/]+)\/messages|i18n\/(base)-messages)\/([\w-]+)\.ts$/;

/** The strings a locale module exports (evaluated: the module is data with type-only imports). */
export async function localeStrings(file) {
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm' });
  const { default: strings } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const entries = Object.entries(strings ?? {});
  if (!entries.length || entries.some(([, value]) => typeof value !== 'string')) {
    throw new Error(`${file}: a locale module must export an object of strings`);
  }
  return strings;
}

/** The values of `strings` in the sorted order of their keys (what the chunk carries). */
export const keylessValues = (strings) => Object.keys(strings).sort().map((key) => strings[key]);

export function keylessLocales() {
  return {
    name: 'keyless-locales',
    async load(id) {
      if (!LOCALE_MODULE.test(id)) return null;
      return `export default ${JSON.stringify(keylessValues(await localeStrings(id)))};`;
    },
  };
}
