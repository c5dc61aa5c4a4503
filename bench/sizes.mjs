// Size report and budgets. `dist/hcx-widgets.js` is already self-contained; each per-widget
// entry `dist/hcx-<name>.js` leaves lit and d3 external, so we bundle it here WITH lit and its
// d3 submodules (rollup + node-resolve + terser, the library's own minifier settings) to
// measure what a page that uses only that widget ships. gzip is zlib level 9; 1 KB = 1,000 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { gzipSize } from './build-pages.mjs';
import { sourceSizes } from './source-sizes.mjs';

const DIST = new URL('../dist/', import.meta.url);
export const BUDGETS = { bundle: 60_000, entry: 35_000 };

async function bundleWithDependencies(file) {
  const build = await rollup({
    input: new URL(file, DIST).pathname,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return Buffer.from(output[0].code);
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
  rows.push({ file: 'dist/hcx-widgets.js', what: 'drop-in bundle, every widget, lit and d3', bytes: bundle.length, gzip: gzipSize(bundle), budget: BUDGETS.bundle, sources });
  const entries = readdirSync(DIST)
    .filter((f) => /^hcx-[a-z-]+\.js$/.test(f) && f !== 'hcx-widgets.js')
    .sort();
  // Side by side: each build waits on terser's worker threads much of the time.
  const codes = await Promise.all(entries.map(bundleWithDependencies));
  entries.forEach((file, i) => {
    rows.push({ file: `dist/${file}`, what: 'per-widget entry with lit and its d3 submodules', bytes: codes[i].length, gzip: gzipSize(codes[i]), budget: BUDGETS.entry });
  });
  return rows.map((r) => ({ ...r, over: r.gzip > r.budget }));
}
