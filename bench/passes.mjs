// The three measuring passes of a run, each in the one browser: the interleaved matrix of
// workloads × libraries, the memory test of our widgets, and a CPU profile of one workload.
import { writeFileSync } from 'node:fs';
import { BUILD_DIR, BUILD_ROOT } from './build-pages.mjs';
import { LIBRARIES } from './libraries.mjs';
import { measureCell, measureChurn, profileCell } from './measure.mjs';
import { summarizeProfile } from './profile.mjs';
import { summarizeRuns } from './stats.mjs';
import { WORKLOADS } from './workloads.mjs';

const CELL_TIMEOUT = 120_000;
/** Runs of each cell that also read the heap after GC (the time is read in every run). */
const HEAP_RUNS = 3;
const MEMORY_UPDATES = 100;

const fmt = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
const ours = LIBRARIES.find((l) => l.id === 'ours');

/**
 * `{ [workload]: { [library]: { status, runs, errors, stats? } } }`. Interleaved: every run
 * visits every workload and library once, the library order rotating from run to run.
 * `built(kind)` says whether our widget for a document kind is registered.
 */
export async function measureMatrix(browser, origin, workloads, runs, built, started) {
  const cells = {};
  for (const w of workloads) {
    cells[w.id] = {};
    for (const lib of LIBRARIES) {
      let status = 'ok';
      if (lib.ours && !built(w.kind)) status = 'not built yet';
      else if ((lib.cold || lib.floor) && w.update) status = 'not measured (an update)';
      // The floor draws the charts the peers draw (heatmap, control chart), first renders only.
      else if (lib.floor && !w.peers) status = 'no floor for this chart';
      else if (!lib.ours && !w.peers) status = 'no peer equivalent';
      cells[w.id][lib.id] = { status, runs: [], errors: [] };
    }
  }
  for (let run = 0; run < runs; run++) {
    if (run > 0) console.log(`… ${Math.round((Date.now() - started) / 1000)} s so far`);
    for (const w of workloads) {
      const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]);
      for (const lib of order) {
        const cell = cells[w.id][lib.id];
        if (cell.status !== 'ok') continue;
        if (cell.runs.length === 0 && cell.errors.length >= 2) continue; // it never works: stop retrying
        const tag = `[${run + 1}/${runs}] ${w.id} ${lib.id.padEnd(14)}`;
        try {
          const result = await measureCell(browser, origin, lib, w, CELL_TIMEOUT, cell.runs.length < HEAP_RUNS);
          cell.runs.push(result);
          console.log(`${tag} ${fmt(result.ms).padStart(6)} ms  (layout ${fmt(result.layoutMs)} ms, ${result.nodes} nodes)`);
        } catch (error) {
          cell.errors.push(error.message);
          console.log(`${tag} failed: ${error.message}`);
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
  return cells;
}

/** `{ [workload]: { status, result } }`: heap growth over 100 updates of each of `ids` (ours). */
export async function measureMemory(browser, origin, ids, built) {
  const memory = {};
  for (const id of ids) {
    const w = WORKLOADS.find((x) => x.id === id);
    if (!built(w.kind)) {
      memory[id] = { status: 'not built yet', result: null };
      continue;
    }
    console.log(`Memory: ${MEMORY_UPDATES} updates of ${id} …`);
    try {
      memory[id] = { status: 'ok', result: await measureChurn(browser, origin, ours, id, MEMORY_UPDATES, 10 * CELL_TIMEOUT) };
    } catch (error) {
      memory[id] = { status: `failed: ${error.message}`, result: null };
    }
  }
  return memory;
}

/** Profiles `chosen` (a workload id) or else our slowest measured workload; null when none was measured. */
export async function measureProfile(browser, origin, workloads, cells, chosen, devError) {
  const target = workloads
    .filter((w) => cells[w.id].ours.status === 'ok' && (!chosen || w.id === chosen))
    .sort((a, b) => cells[b.id].ours.stats.ms.median - cells[a.id].ours.stats.ms.median)[0];
  if (!target) return null;
  if (devError) return { workload: target.id, error: `the unminified page did not build from src/ (${devError})` };
  console.log(`CPU profile of ${target.id} (ours, unminified) …`);
  try {
    const { timing, profile } = await profileCell(browser, origin, target, CELL_TIMEOUT);
    const file = new URL(`${target.id}.cpuprofile`, BUILD_ROOT);
    writeFileSync(file, JSON.stringify(profile));
    return {
      workload: target.id,
      chosen: Boolean(chosen),
      timing,
      summary: summarizeProfile(profile, new URL('ours-dev.js', BUILD_DIR)),
      file: `bench/.build/${target.id}.cpuprofile`,
    };
  } catch (error) {
    return { workload: target.id, error: error.message };
  }
}
