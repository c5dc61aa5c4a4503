// Two builds:
//  1. dist/hcx-widgets.js — one minified ES module with every widget, lit and d3 inside, for
//     `<script type="module" src=…>` on any page without a bundler. Its non-English strings
//     are chunks in dist/locales/, imported (relative to the bundle's URL) on first use;
//  2. dist/index.js, dist/contract.js and dist/hcx-<name>.js — per-widget entry points for
//     bundler users, with lit, @lit/context and d3-* left external (their bundler dedupes).
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { keylessLocales, LOCALE_MODULE } from './scripts/keyless-locales.mjs';
import { trimTemplateIndent } from './scripts/trim-template-indent.mjs';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' });
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2, pure_getters: true },
    format: { comments: false },
  });

/** The tag files `src/components/<folder>/hcx-<tag>.ts` that exist (widgets land one by one). */
const widgetEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`src/components/${d.name}`).filter((f) => /^hcx-[a-z-]+\.ts$/.test(f)).map((f) => [f.slice(0, -3), `src/components/${d.name}/${f}`])),
);

/**
 * Locale modules (`…/messages/fi.ts`, `i18n/base-messages/fi.ts`) go to `locales/` named
 * after their catalogue (`control-chart.fi-…js`), their strings without keys (see
 * scripts/keyless-locales.mjs); shared code goes to `chunks/`.
 */
const chunkFileNames = (chunk) => {
  const match = LOCALE_MODULE.exec(chunk.facadeModuleId ?? '');
  return match ? `locales/${match[1] ?? match[2]}.${match[3]}-[hash].js` : 'chunks/[name]-[hash].js';
};

const external = (id) => /^(lit|@lit\/|d3-|internmap)/.test(id);
const onwarn = (warning, warn) => {
  // Lit's decorators compile to `this` at module level in some helpers: harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'src/hcx-widgets.ts',
    output: { dir: 'dist', entryFileNames: 'hcx-widgets.js', chunkFileNames, format: 'es', sourcemap: true },
    plugins: [keylessLocales(), nodeResolve({ exportConditions: ['production'] }), ts(), trimTemplateIndent(), minify()],
    onwarn,
  },
  {
    input: { index: 'src/index.ts', contract: 'src/contract/index.ts', ...widgetEntries },
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames },
    external,
    plugins: [keylessLocales(), nodeResolve(), ts(), trimTemplateIndent(), minify()],
    onwarn,
  },
];
