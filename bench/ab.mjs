// A/B of our first render between a commit and this working tree, interleaved in one browser.
// Single bench runs move ±15 % with the shared machine's load; this is how a change is judged.
//   npx rollup -c && node bench/ab.mjs W4 [--base HEAD] [--runs 20] [--cold]
// `--cold` creates the element and sets its data in the timed task (see bench/pages/ours-impl.js);
// both trees must have that page option.
// Checks out `--base` in a temporary git worktree, builds it (rollup only), builds both trees'
// bench pages, then alternates them run by run. Reports medians of the time to the second frame
// (and to the forced layout before it, which frame timing does not round up) and of the
// renderer's CPU time during it (Linux `/proc/<pid>/task/*/schedstat`): its main
// thread, and its other threads — V8's background compilers, raster and GC helpers, which on a
// 2-core machine compete with the main thread.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePool, launch, measureCell } from './measure.mjs';
import { WORKLOADS } from './workloads.mjs';

const here = new URL('..', import.meta.url).pathname;

function options(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const id = (argv.find((a) => /^w\d$/i.test(a)) ?? 'W4').toUpperCase();
  if (!WORKLOADS.some((w) => w.id === id)) throw new Error(`unknown workload ${id}`);
  return { id, base: value('--base', 'HEAD'), runs: Number(value('--runs', 15)), cold: argv.includes('--cold') };
}

/** A worktree of `ref` with this tree's node_modules, built; `remove()` deletes it. */
function baseTree(ref) {
  const parent = mkdtempSync(join(tmpdir(), 'hcx-ab-'));
  const dir = join(parent, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, ref], { cwd: here, stdio: 'inherit' });
  symlinkSync(join(here, 'node_modules'), join(dir, 'node_modules'));
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: here });
    rmSync(parent, { recursive: true, force: true });
  };
  console.log(`Building ${ref} …`);
  try {
    execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: dir, stdio: 'inherit' });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/** Builds a tree's bench pages and workload file and serves them (each tree with its own modules). */
async function serveTree(dir, id) {
  const pages = await import(join(dir, 'bench/build-pages.mjs'));
  const data = await import(join(dir, 'bench/data-files.mjs'));
  const server = await import(join(dir, 'bench/server.mjs'));
  const { validateDocument } = await import(join(dir, 'dist/contract.js'));
  await pages.buildPages();
  data.writeWorkloadFiles(new URL('data/', pages.BUILD_DIR), [id], [], validateDocument);
  const served = await server.serve(pages.BUILD_DIR);
  return { origin: served.origin, close: async () => (await served.close(), pages.removeBuildDir()) };
}

/** CPU nanoseconds of every renderer thread: `{ 'pid/tid': { main, ns } }`. */
function rendererCpu() {
  const out = {};
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('--type=renderer')) continue;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        out[`${pid}/${tid}`] = { main: tid === pid, ns: Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) };
      } catch {
        // the thread ended between the listing and the read
      }
    }
  }
  return out;
}

/** A `measureCell` probe: the renderer's CPU time during the timed part, main thread and other threads, in ms. */
function cpuProbe() {
  const before = rendererCpu();
  return () => {
    const cpu = { main: 0, other: 0 };
    for (const [key, t] of Object.entries(rendererCpu())) cpu[t.main ? 'main' : 'other'] += (t.ns - (before[key]?.ns ?? t.ns)) / 1e6;
    return cpu;
  };
}

async function measure(browser, origin, workload, cold) {
  const cell = await measureCell(browser, origin, { page: 'ours', query: cold ? '?cold' : '' }, workload, 120_000, false, cpuProbe);
  return { ms: cell.ms, layout: cell.layoutMs, ...cell.probed };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const { id, base, runs, cold } = options(process.argv.slice(2));
  const workload = WORKLOADS.find((w) => w.id === id);
  const tree = baseTree(base);
  const served = {};
  const browser = await launch();
  try {
    served[base] = await serveTree(tree.dir, id);
    served['this tree'] = await serveTree(here, id);
    const results = Object.fromEntries(Object.keys(served).map((k) => [k, []]));
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? Object.keys(served).reverse() : Object.keys(served);
      for (const k of order) results[k].push(await measure(browser, served[k].origin, workload, cold));
      process.stdout.write(`\r${run + 1}/${runs} runs`);
    }
    console.log(`\n${id}${cold ? ' (cold: element created with its data)' : ''}, ${runs} interleaved runs each; medians in ms:`);
    for (const [k, list] of Object.entries(results)) {
      const m = (key) => median(list.map((r) => r[key])).toFixed(1).padStart(7);
      console.log(`  ${k.padEnd(10)} time ${m('ms')} (to layout ${m('layout')})   renderer CPU: main thread ${m('main')}, other threads ${m('other')}`);
    }
  } finally {
    await closePool(browser);
    await browser.close();
    for (const s of Object.values(served)) await s.close();
    tree.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
