// `npm run bench` (after `npm run build`): sizes and budgets, then every workload × library in
// headless Chromium, the memory test and a CPU profile of our slowest workload; writes
// bench/results/latest.{md,json,svg} and the README block. Exits 1 when a size budget is exceeded.
//   BENCH_RUNS=3 node bench/run.mjs --only W3 --only W1   quick look (writes results/quick.*)
//   --profile W3   profile that workload instead of our slowest one
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { buildPages, BUILD_DIR } from './build-pages.mjs';
import { writeWorkloadFiles } from './data-files.mjs';
import { checkGoals } from './goals.mjs';
import { LIBRARIES } from './libraries.mjs';
import { closePool, detectTags, launch, measureCell, measureChurn, profileCell } from './measure.mjs';
import { summarizeProfile } from './profile.mjs';
import { writeResults } from './report.mjs';
import { serve } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { summarizeRuns } from './stats.mjs';
import { CHURN_WORKLOADS, TAGS, WORKLOADS } from './workloads.mjs';

const CELL_TIMEOUT = 120_000;
const MEMORY_UPDATES = 100;
/** Runs of each cell that also read the heap after GC (the time is read in every run). */
const HEAP_RUNS = 3;

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
const fmt = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));

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
  const pageBytes = await buildPages();
  const workloadInfo = writeWorkloadFiles(new URL('data/', BUILD_DIR), workloads.map((w) => w.id), churnIds, validateDocument);

  const server = await serve(BUILD_DIR);
  const browser = await launch();
  const ours = LIBRARIES.find((l) => l.id === 'ours');
  try {
    const tags = await detectTags(browser, server.origin, ours);
    const built = (kind) => tags[TAGS[kind]] === true;
    console.log(`Widgets built: ${Object.entries(tags).map(([t, ok]) => `${t} ${ok ? 'yes' : 'not yet'}`).join(', ')}`);

    const cells = {};
    for (const w of workloads) {
      cells[w.id] = {};
      for (const lib of LIBRARIES) {
        let status = 'ok';
        if (lib.id === 'ours' && !built(w.kind)) status = 'not built yet';
        else if (lib.id !== 'ours' && !w.peers) status = 'no peer equivalent';
        cells[w.id][lib.id] = { status, runs: [], errors: [] };
      }
    }

    // Interleaved: every run visits every workload and library once, the library order rotating.
    for (let run = 0; run < opts.runs; run++) {
      if (run > 0) console.log(`… ${Math.round((Date.now() - started) / 1000)} s so far`);
      for (const w of workloads) {
        const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]);
        for (const lib of order) {
          const cell = cells[w.id][lib.id];
          if (cell.status !== 'ok') continue;
          if (cell.runs.length === 0 && cell.errors.length >= 2) continue; // it never works: stop retrying
          try {
            const result = await measureCell(browser, server.origin, lib, w, CELL_TIMEOUT, cell.runs.length < HEAP_RUNS);
            cell.runs.push(result);
            console.log(`[${run + 1}/${opts.runs}] ${w.id} ${lib.id.padEnd(14)} ${fmt(result.ms).padStart(6)} ms  (layout ${fmt(result.layoutMs)} ms, ${result.nodes} nodes)`);
          } catch (error) {
            cell.errors.push(error.message);
            console.log(`[${run + 1}/${opts.runs}] ${w.id} ${lib.id.padEnd(14)} failed: ${error.message}`);
          }
        }
      }
    }
    for (const w of workloads) {
      for (const cell of Object.values(cells[w.id])) {
        if (cell.status !== 'ok') continue;
        if (cell.runs.length === 0) cell.status = 'failed';
        else cell.stats = summarizeRuns(cell.runs);
      }
    }

    const memory = {};
    for (const id of churnIds) {
      const w = WORKLOADS.find((x) => x.id === id);
      if (!built(w.kind)) {
        memory[id] = { status: 'not built yet', result: null };
        continue;
      }
      console.log(`Memory: ${MEMORY_UPDATES} updates of ${id} …`);
      try {
        memory[id] = { status: 'ok', result: await measureChurn(browser, server.origin, ours, id, MEMORY_UPDATES, 10 * CELL_TIMEOUT) };
      } catch (error) {
        memory[id] = { status: `failed: ${error.message}`, result: null };
      }
    }

    let profile = null;
    const slowest = workloads
      .filter((w) => cells[w.id].ours.status === 'ok' && (!opts.profile || w.id === opts.profile))
      .sort((a, b) => cells[b.id].ours.stats.ms.median - cells[a.id].ours.stats.ms.median)[0];
    if (slowest) {
      console.log(`CPU profile of ${slowest.id} (ours, unminified) …`);
      try {
        const { timing, profile: raw } = await profileCell(browser, server.origin, slowest, CELL_TIMEOUT);
        writeFileSync(new URL(`${slowest.id}.cpuprofile`, BUILD_DIR), JSON.stringify(raw));
        profile = { workload: slowest.id, chosen: Boolean(opts.profile), timing, summary: summarizeProfile(raw, new URL('ours-dev.js', BUILD_DIR)), file: `bench/.build/${slowest.id}.cpuprofile` };
      } catch (error) {
        profile = { workload: slowest.id, error: error.message };
      }
    }

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
