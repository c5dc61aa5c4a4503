// Bundles each benchmark page into bench/.build/<page>.js with esbuild (one script per page,
// minified, production mode, as a user's bundler would ship it), writes its HTML shell, and
// measures the bytes each page loads (minified and gzip).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CHART_WIDTH } from './chart-size.mjs';

/** bench/.build/ keeps the latest CPU profile; each run builds into its own folder, so two runs never clash. */
export const BUILD_ROOT = new URL('./.build/', import.meta.url);
export const BUILD_DIR = new URL(`./run-${process.pid}/`, BUILD_ROOT);
const PAGES_DIR = new URL('./pages/', import.meta.url);

/**
 * Pages measured for speed (`floor` is no library: see bench/pages/floor.js), and `ours-dev`
 * (unminified, from src) for the CPU profile.
 */
const PAGES = ['ours', 'floor', 'd3', 'plot', 'echarts-svg', 'echarts-canvas', 'vega'];

const html = (page) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench: ${page}</title>
<style>
  /* A scrollbar from the start, so a tall chart never changes the width it was drawn at. */
  html { overflow-y: scroll; }
  body { margin: 8px; font: 14px system-ui, sans-serif; }
  #stage { width: ${CHART_WIDTH}px; }
</style>
</head>
<body>
<div id="stage"></div>
<script type="module" src="${page}.js"></script>
</body>
</html>
`;

/** Removes this run's folder. */
export const removeBuildDir = () => rmSync(BUILD_DIR, { recursive: true, force: true });

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Builds every page; returns `{ [page]: { bytes, gzip } }` of the script each page loads, and `devError` when the profiling page could not be built. */
export async function buildPages() {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(new URL('./data/', BUILD_DIR), { recursive: true });
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: new URL('..', import.meta.url).pathname,
  };
  const entry = (page) => new URL(`${page}.js`, PAGES_DIR).pathname;
  await build({
    ...common,
    entryPoints: Object.fromEntries(PAGES.map((p) => [p, entry(p)])),
    outdir: BUILD_DIR.pathname,
    minify: true,
  });
  // The profiling page compiles src/ itself: if a source does not compile right now (someone
  // is mid-edit), measure everything else and report the profile as unavailable.
  let devError = null;
  try {
    await build({ ...common, logLevel: 'silent', entryPoints: { 'ours-dev': entry('ours-dev') }, outdir: BUILD_DIR.pathname, tsconfig: 'tsconfig.json' });
  } catch (error) {
    devError = error.errors?.[0] ? `${error.errors[0].location?.file ?? ''}: ${error.errors[0].text}` : error.message;
  }
  const sizes = { devError };
  for (const page of devError ? PAGES : [...PAGES, 'ours-dev']) {
    writeFileSync(new URL(`${page}.html`, BUILD_DIR), html(page));
    const bytes = readFileSync(new URL(`${page}.js`, BUILD_DIR));
    sizes[page] = { bytes: bytes.length, gzip: gzipSize(bytes) };
  }
  return sizes;
}
