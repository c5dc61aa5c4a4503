// `npm run bench` (after `npm run build`): sizes and budgets, then every workload × library in
// headless Chromium, the memory test and a CPU profile of our slowest workload; writes
// bench/results/latest.{md,json,svg} and the README block. Exits 1 when a size budget is exceeded.
//   BENCH_RUNS=3 node bench/run.mjs --only W3 --only W1   quick look (writes results/quick.*)
//   --profile W3   profile that workload instead of our slowest one
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { buildPages, BUILD_DIR, removeBuildDir } from './build-pages.mjs';
import { writeWorkloadFiles } from './data-files.mjs';
import { checkGoals } from './goals.mjs';
import { LIBRARIES } from './libraries.mjs';
import { closePool, detectTags, launch } from './measure.mjs';
import { measureMatrix, measureMemory, measureProfile } from './passes.mjs';
import { writeResults } from './report.mjs';
import { serve } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { CHURN_WORKLOADS, TAGS, WORKLOADS } from './workloads.mjs';

function options(argv) {
  const only = [];
  let profile = null;
  argv.forEach((arg, i) => {
    if (arg === '--only') only.push(...argv[i + 1].split(','));
    else if (arg.startsWith('--only=')) only.push(...arg.slice(7).split(','));
    else if (arg === '--profile') profile = argv[i + 1].toUpperCase();
  });
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, got ${process.env.BENCH_RUNS}`);
  const unknown = [...only, ...(profile ? [profile] : [])].filter((id) => !WORKLOADS.some((w) => w.id === id.toUpperCase()));
  if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}; pick from ${WORKLOADS.map((w) => w.id).join(', ')}`);
  return { only: only.map((id) => id.toUpperCase()), runs, profile, quick: runs < 7 || only.length > 0 };
}

const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

async function main() {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const loadStart = os.loadavg();
  if (!existsSync(new URL('../dist/hcx-widgets.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` (or `npx rollup -c`) first, or use `npm run bench`.');
  const workloads = WORKLOADS.filter((w) => opts.only.length === 0 || opts.only.includes(w.id));
  const churnIds = CHURN_WORKLOADS.filter((id) => workloads.some((w) => w.id === id));

  console.log('Sizes and budgets …');
  const sizes = await measureSizes();
  console.log('Building pages and workloads …');
  const { validateDocument } = await import('../dist/contract.js');
  const { devError, ...pageBytes } = await buildPages();
  const workloadInfo = writeWorkloadFiles(new URL('data/', BUILD_DIR), workloads.map((w) => w.id), churnIds, validateDocument);

  const server = await serve(BUILD_DIR);
  const browser = await launch();
  try {
    const tags = await detectTags(browser, server.origin, LIBRARIES.find((l) => l.id === 'ours'));
    const built = (kind) => tags[TAGS[kind]] === true;
    console.log(`Widgets built: ${Object.entries(tags).map(([t, ok]) => `${t} ${ok ? 'yes' : 'not yet'}`).join(', ')}`);

    const cells = await measureMatrix(browser, server.origin, workloads, opts.runs, built, started);
    const memory = await measureMemory(browser, server.origin, churnIds, built);
    const profile = await measureProfile(browser, server.origin, workloads, cells, opts.profile, devError);

    const meta = {
      date: new Date().toISOString(),
      commit: git('rev-parse --short HEAD'),
      dirty: git('status --porcelain') !== '',
      chromium: `Chromium ${browser.version()}`,
      node: process.versions.node,
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      cores: os.cpus().length,
      loadStart,
      loadEnd: os.loadavg(),
      runs: opts.runs,
      only: opts.only,
      quick: opts.quick,
      durationSec: (Date.now() - started) / 1000,
      tags,
    };
    const results = {
      meta,
      libraries: LIBRARIES,
      workloads: workloads.map((w) => ({ ...w, ...workloadInfo[w.id], tag: TAGS[w.kind], built: built(w.kind) })),
      cells,
      pageBytes,
      sizes,
      memory,
      profile,
      goals: checkGoals(workloads, cells, memory),
    };
    const name = opts.quick ? 'quick' : 'latest';
    writeResults(results, name, !opts.quick);
    console.log(`\nWrote bench/results/${name}.md, .json and .svg${opts.quick ? '' : ' and the README block'}.`);
    for (const g of results.goals) {
      const value = g.ratio === null ? '–' : g.unit === 'bytes' ? `${(g.ratio / 1000).toFixed(1)} KB` : `${g.ratio.toFixed(2)}×`;
      console.log(`  ${g.id} ${g.workload}${g.against ? ` vs ${g.against}` : ''}: ${value} ${g.pass === null ? `(n/a${g.note ? `: ${g.note}` : ''})` : g.pass ? 'met' : 'MISSED'}`);
    }
  } finally {
    await closePool(browser);
    await browser.close();
    await server.close();
    removeBuildDir();
  }

  const over = sizes.filter((s) => s.over);
  for (const s of sizes) console.log(`  ${s.file}: ${(s.gzip / 1000).toFixed(1)} KB gzip (budget ${s.budget / 1000} KB)${s.over ? '  OVER BUDGET' : ''}`);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.map((s) => s.file).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
