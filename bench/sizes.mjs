// Size report and budgets. `dist/hcx-widgets.js` carries every widget, lit and d3, and only
// English strings: each other locale's strings are chunks in dist/locales/ that a page
// imports the first time it shows that locale. Each per-widget entry `dist/hcx-<name>.js`
// leaves lit and d3 external, so we bundle it here WITH lit and its d3 submodules (rollup +
// node-resolve + terser, the library's own minifier settings), keeping its locale chunks
// apart, to measure what a page that uses only that widget ships.
// Every file gets two rows: an English page (the file alone) and a page in the locale whose
// chunks are largest (the file plus those chunks, each gzipped on its own as a server sends
// it). Budgets hold for both, so the second row is the one that binds.
// gzip is zlib level 9; 1 KB = 1,000 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { gzipSize } from './build-pages.mjs';
import { sourceSizes } from './source-sizes.mjs';

const DIST = new URL('../dist/', import.meta.url);
export const BUDGETS = { bundle: 60_000, entry: 35_000 };

/** `control-chart.fi-Gc0wTnIP.js` → `fi` (rollup.config.mjs names locale chunks so). */
const localeOf = (fileName) => /(?:^|\/)locales\/[^./]+\.([\w-]+)-[\w-]{8}\.js$/.exec(fileName)?.[1] ?? null;

/** The locale whose chunks weigh most (gzip), as `{ locale, bytes, gzip }`; zeros without chunks. */
function largestLocale(chunks) {
  const byLocale = new Map();
  for (const { fileName, code } of chunks) {
    const locale = localeOf(fileName);
    if (!locale) continue;
    const sum = byLocale.get(locale) ?? { locale, bytes: 0, gzip: 0 };
    sum.bytes += code.length;
    sum.gzip += gzipSize(code);
    byLocale.set(locale, sum);
  }
  return [...byLocale.values()].sort((a, b) => b.gzip - a.gzip)[0] ?? { locale: null, bytes: 0, gzip: 0 };
}

/** `{ main, chunks }`: the entry with lit and d3 inside (English), and its locale chunks. */
async function bundleWithDependencies(file) {
  const build = await rollup({
    input: new URL(file, DIST).pathname,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  const { output } = await build.generate({
    format: 'es',
    chunkFileNames: (chunk) => (localeOf(chunk.facadeModuleId ?? '') ? `locales/${chunk.facadeModuleId.split('/').pop()}` : 'chunks/[name]-[hash].js'),
  });
  await build.close();
  const code = (chunk) => Buffer.from(chunk.code);
  const statics = output.filter((c) => c.type === 'chunk' && !localeOf(c.fileName));
  if (statics.length !== 1) throw new Error(`${file}: expected one chunk besides locale chunks, got ${statics.map((c) => c.fileName)}`);
  return { main: code(statics[0]), chunks: output.filter((c) => c.type === 'chunk' && localeOf(c.fileName)).map((c) => ({ fileName: c.fileName, code: code(c) })) };
}

/** Rows for one file: alone (English page), then with its largest locale's chunks. */
function rowsFor(file, what, main, chunks, budget, sources) {
  const english = { file, what: `${what}; English page`, bytes: main.length, gzip: gzipSize(main), budget, sources };
  const largest = largestLocale(chunks);
  if (!largest.locale) return [english];
  const localized = {
    file: `${file} + ${largest.locale} strings`,
    what: `${what}; a page in ${largest.locale} (the largest locale) also loads its ${chunks.filter((c) => localeOf(c.fileName) === largest.locale).length} locale chunks`,
    bytes: english.bytes + largest.bytes,
    gzip: english.gzip + largest.gzip,
    budget,
  };
  return [english, localized];
}

/** `[{ file, what, bytes, gzip, budget, over }]` for the drop-in bundle and every per-widget entry. */
export async function measureSizes() {
  const rows = [];
  const bundle = readFileSync(new URL('hcx-widgets.js', DIST));
  let sources = null;
  try {
    sources = sourceSizes(new URL('hcx-widgets.js', DIST));
  } catch {
    // No source map beside the bundle: the breakdown is a help, not a measurement.
  }
  // The drop-in bundle's locale chunks are the ones it imports by relative URL.
  const bundleChunks = [...new Set(bundle.toString().match(/\.\/locales\/[^"'`]+\.js/g) ?? [])].map((path) => ({
    fileName: path.slice(2),
    code: readFileSync(new URL(path, DIST)),
  }));
  rows.push(...rowsFor('dist/hcx-widgets.js', 'drop-in bundle, every widget, lit and d3', bundle, bundleChunks, BUDGETS.bundle, sources));
  const entries = readdirSync(DIST)
    .filter((f) => /^hcx-[a-z-]+\.js$/.test(f) && f !== 'hcx-widgets.js')
    .sort();
  // Side by side: each build waits on terser's worker threads much of the time.
  const builds = await Promise.all(entries.map(bundleWithDependencies));
  entries.forEach((file, i) => {
    rows.push(...rowsFor(`dist/${file}`, 'per-widget entry with lit and its d3 submodules', builds[i].main, builds[i].chunks, BUDGETS.entry));
  });
  return rows.map((r) => ({ ...r, over: r.gzip > r.budget }));
}
