// Writes the results: bench/results/<name>.json (everything measured), <name>.md (the tables),
// <name>.svg (a chart of the medians with their ranges) and, for full runs, the README block
// between <!-- bench:start --> and <!-- bench:end -->.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chartSVG } from './chart.mjs';
import { MEMORY_TOLERANCE } from './goals.mjs';
import { NOT_APPLICABLE } from './libraries.mjs';

const RESULTS = new URL('./results/', import.meta.url);
const README = new URL('../README.md', import.meta.url);

const ms = (v) => (v === null || v === undefined ? '–' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));
const kb = (bytes) => (bytes / 1000).toFixed(1);
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : (bytes / 1e6).toFixed(1));
const int = (v) => (v === null || v === undefined ? '–' : Math.round(v).toLocaleString('en-US'));
const ratio = (g) => (g.ratio === null ? '–' : g.unit === 'bytes' ? `${g.ratio >= 0 ? '+' : ''}${kb(g.ratio)} KB` : `${g.ratio.toFixed(2)}×`);
const verdict = (pass) => (pass === null ? 'n/a' : pass ? 'met' : '**missed**');

function cellText(cell) {
  if (cell.status !== 'ok') return null;
  const t = cell.stats.ms;
  return `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`;
}

function headerLines(meta) {
  return [
    `Measured ${meta.date} on commit \`${meta.commit}\`${meta.dirty ? ' (the working tree had uncommitted changes: other engineers were working in it)' : ''}.`,
    `${meta.chromium}, Node ${meta.node}, ${meta.cpu} × ${meta.cores}; ${meta.runs} runs per cell (fresh page each, libraries interleaved), total ${Math.round(meta.durationSec)} s.`,
    `Load average (1/5/15 min) at start ${meta.loadStart.map((l) => l.toFixed(2)).join(' / ')}, at end ${meta.loadEnd.map((l) => l.toFixed(2)).join(' / ')}: the machine is shared (other engineers' builds and tests ran at the same time), so compare ratios within this run, not absolute times across runs.`,
  ];
}

function resultsTable(results) {
  const { workloads, libraries, cells, pageBytes } = results;
  const lines = [
    '| Workload | Library | Time to 2nd frame, ms: median (min–max) | Scripting + layout, ms | JS heap after GC, MB (Δ for the chart) | DOM nodes | Page script, KB min / gzip |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const w of workloads) {
    for (const lib of libraries) {
      const cell = cells[w.id][lib.id];
      const name = lib.id === 'ours' ? `**${lib.label}**` : lib.label;
      const bytes = pageBytes[lib.page];
      const size = `${kb(bytes.bytes)} / ${kb(bytes.gzip)}`;
      if (NOT_APPLICABLE.has(cell.status)) continue;
      if (cell.status !== 'ok') {
        lines.push(`| ${w.id} ${w.label} | ${name} | ${cell.status}${cell.errors?.length ? `: ${cell.errors[0]}` : ''} | | | | ${lib.ours ? size : ''} |`);
        continue;
      }
      const s = cell.stats;
      lines.push(`| ${w.id} ${w.label} | ${name} | ${cellText(cell)} | ${ms(s.layoutMs.median)} | ${mb(s.heap.median)} (${mb(s.heapDelta.median)}) | ${int(s.nodes.median)} | ${size} |`);
    }
  }
  return lines;
}

function goalsTable(goals, libraries) {
  const label = (id) => libraries.find((l) => l.id === id)?.label ?? id ?? '';
  const lines = ['| Goal | Workload | Against | Measured | Target | Result |', '|---|---|---|---:|---:|---|'];
  for (const g of goals) {
    const target = g.unit === 'bytes' ? `≤ ${kb(g.target)} KB` : `${g.op} ${g.target}×`;
    lines.push(`| ${g.id}: ${g.goal} | ${g.workload} | ${label(g.against)} | ${ratio(g)} | ${target} | ${verdict(g.pass)}${g.note ? ` (${g.note})` : ''} |`);
  }
  return lines;
}

function sizesTable(sizes) {
  const lines = ['| File | What | KB minified | KB gzip | Budget (gzip) | Result |', '|---|---|---:|---:|---:|---|'];
  for (const s of sizes) lines.push(`| \`${s.file}\` | ${s.what} | ${kb(s.bytes)} | ${kb(s.gzip)} | ${kb(s.budget)} | ${s.over ? `**over budget** by ${kb(s.gzip - s.budget)} KB` : 'within'} |`);
  lines.push('', 'Non-English strings are chunks in `dist/locales/` that a page loads only for its locale: each file has a row for an English page and one for a page in its largest locale (file plus locale chunks, each gzipped on its own).');
  const sources = sizes.find((s) => s.sources)?.sources;
  if (sources) {
    lines.push('', 'What fills `dist/hcx-widgets.js` (minified bytes per source folder, from its source map):', '', '| Source | KB minified | Share |', '|---|---:|---:|');
    for (const s of sources) lines.push(`| ${s.group} | ${kb(s.bytes)} | ${(100 * s.share).toFixed(1)} % |`);
  }
  return lines;
}

function memoryTable(memory) {
  const signed = (bytes) => (bytes === null ? '–' : `${bytes >= 0 ? '+' : ''}${kb(bytes)} KB`);
  const lines = [
    '| Workload | Updates | JS heap before → after (MB) | Growth | Growth over the next 100 | DOM (Blink) heap growth, then next | DOM nodes before → after | Result |',
    '|---|---:|---|---:|---:|---:|---|---|',
  ];
  for (const [w, m] of Object.entries(memory)) {
    const r = m.result;
    if (!r) {
      lines.push(`| ${w} | – | ${m.status} | | | | | n/a |`);
      continue;
    }
    lines.push(
      `| ${w} | ${r.updates} | ${mb(r.heapBefore)} → ${mb(r.heapAfter)} | ${signed(r.growth)} | ${signed(r.nextGrowth)} | ${signed(r.embedderGrowth)}, ${signed(r.nextEmbedderGrowth)} | ${int(r.nodesBefore)} → ${int(r.nodesAfter)} | ${r.growth <= MEMORY_TOLERANCE ? 'no growth' : '**grows**'} |`,
    );
  }
  return lines;
}

function profileLines(profile) {
  if (!profile) return ['No profile: none of our widgets is built yet.'];
  if (profile.error) return [`Profiling ${profile.workload} failed: ${profile.error}`];
  const lines = [
    `${profile.chosen ? 'Workload' : 'Our slowest workload,'} ${profile.workload}${profile.chosen ? ' (picked with --profile)' : ''}, profiled once on the unminified page built from \`src/\` (CDP \`Profiler\`, 100 µs sampling; this run took ${ms(profile.timing.ms)} ms to the 2nd frame, ${ms(profile.timing.layoutMs)} ms scripting + layout; ${ms(profile.summary.totalMs)} ms sampled, idle excluded). "(program)" is the browser's own work outside JavaScript (style, layout, paint, parsing).`,
    '',
    '| Function (self time) | Module | ms | Share |',
    '|---|---|---:|---:|',
    ...profile.summary.functions.map((f) => `| \`${f.name}\` | ${f.module} | ${ms(f.selfMs)} | ${(100 * f.share).toFixed(1)} % |`),
    '',
    '| Module (self time) | ms | Share |',
    '|---|---:|---:|',
    ...profile.summary.modules.map((m) => `| ${m.module} | ${ms(m.selfMs)} | ${(100 * m.share).toFixed(1)} % |`),
  ];
  return lines;
}

function notes(results) {
  const built = results.workloads.filter((w) => results.cells[w.id].ours.status === 'not built yet').map((w) => w.id);
  return [
    '- **Time** runs from setting the data (ours: `el.data = doc`; ECharts: `setOption`; Vega-Lite: `vegaEmbed`, or `view.data().runAsync()` for W5; Plot: `Plot.plot`; d3: the data join) to the second `requestAnimationFrame` after the DOM is complete, so it includes style, layout and the first paint. Frames tick at 60 Hz, so every time carries up to ~17–33 ms of frame wait; *Scripting + layout* is the same run stopped right after a forced synchronous layout, without the frame wait.',
    '- **Peers** get the same numbers as our documents, in their usual input form (tidy records; ECharts arrays), converted before timing starts. Ours also validates the document against the contract and computes its analysis (limits and rules, intervals, summaries) inside the timed part. ECharts is imported on demand from `echarts/core` (its handbook’s smallest bundle) with animation off; Vega-Lite uses vega-embed with `actions: false`. The d3 chart has no legend, tooltip, keyboard access or data table; ours has all of them.',
    '- **Before the data** every page creates its chart container and waits a few frames (ours: the element is on the page, empty, as when its data is still being fetched). Our widgets use that idle time as they would on a real page: they create their Intl formatters and rehearse once on a small built-in document, off-screen (`HcxElement.rehearsalDocument`), so the browser has compiled their code before the data arrives. No workload data is seen before timing starts.',
    '- **hcx-widgets, created with its data** is the same page with `?cold`: the element is created and given its data in the timed task, as a framework does once its data is there, so it has no idle time of its own before the data (no rehearsal); the library has only loaded the Intl formats of the page language in the idle time after it loaded. Not measured for W5 (an update). The goals use the other column.',
    '- **Floor: plain JS on canvas, no checks** (`bench/pages/floor.js`) is not a library: it is the least work that draws the same chart in this browser, on one canvas, reading our documents with no validation, no Intl, no accessible text, no table, tooltip or keyboard (the control chart: XmR limits and four rules in one pass, one point per pixel column). It shows what the machine itself allows for a first render; no goal uses it. First renders of W1–W4 (W5 is an update; no floor for W6, W7).',
    '- **W6 and W7 have no peer equivalent** (no peer draws a value-stream map or a brand-health panel): ours is measured alone.',
    `- **JS heap** is V8's used heap after a forced full garbage collection (CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`), with the whole library loaded, median of the first 3 runs of each cell (a full GC of a 50,000-node page takes seconds; the heap varies little between runs); Δ is the growth from just before the data was set. **DOM nodes** count every node under the chart's container, inside shadow roots too; canvas charts have few.`,
    '- **Page script** is the one esbuild bundle each page loads (minified, gzip level 9; 1 KB = 1,000 bytes), including ~1 KB of the shared measuring harness. Ours loads the drop-in `dist/hcx-widgets.js` (every widget); esbuild inlines its locale chunks into that one script, so it carries every locale\'s strings. Per-widget and per-locale sizes are in the size table.',
    built.length ? `- **Not built yet:** ${built.join(', ')} (their tags were not registered by \`dist/hcx-widgets.js\` when this ran).` : '- Every workload had its widget built.',
  ];
}

/** The full results document (bench/results/<name>.md). */
export function markdown(results) {
  return [
    '# Benchmark results',
    '',
    ...headerLines(results.meta),
    '',
    '![Median time to the second frame per workload and library](latest.svg)',
    '',
    '## Times, memory, DOM and bytes',
    '',
    ...resultsTable(results),
    '',
    ...notes(results),
    '',
    '## Goals (ratios of medians from this run)',
    '',
    ...goalsTable(results.goals, results.libraries),
    '',
    '## Memory across updates (ours)',
    '',
    `Each test renders the workload, makes ${Object.values(results.memory).find((m) => m.result)?.result.warmup ?? 'some'} warm-up updates (V8 optimizes hot code and fills caches once), then alternates two documents ${results.memory.W1?.result?.updates ?? 100} times, each update awaited to its second frame; the heap is read after two forced GCs before and after, and once more after another 100 updates to tell a one-time step from a climb. "No growth" means the first 100 updates grew the JS heap by at most ${kb(MEMORY_TOLERANCE)} KB (1 KB per update; one leaked W1 document would be about 1 MB per update). The DOM heap is Blink's (Oilpan) heap, where DOM nodes live.`,
    '',
    ...memoryTable(results.memory),
    '',
    '## Sizes and budgets',
    '',
    ...sizesTable(results.sizes),
    '',
    '## Where our time goes',
    '',
    ...profileLines(results.profile),
    '',
  ].join('\n');
}

/** The README block: how to run, the median matrix, the goals and sizes in short. */
export function readmeBlock(results) {
  const { workloads, libraries, cells } = results;
  const head = `| | ${libraries.map((l) => (l.id === 'ours' ? `**${l.label}**` : l.label)).join(' | ')} |`;
  const rows = workloads.map((w) => {
    const values = libraries.map((l) => {
      const cell = cells[w.id][l.id];
      if (cell.status === 'ok') return l.id === 'ours' ? `**${ms(cell.stats.ms.median)}**` : ms(cell.stats.ms.median);
      return NOT_APPLICABLE.has(cell.status) ? '–' : cell.status;
    });
    return `| ${w.id} ${w.label} | ${values.join(' | ')} |`;
  });
  const minutes = Math.max(1, Math.round(results.meta.durationSec / 60));
  return [
    'Run it with `npm run bench` (builds the library, then measures in headless Chromium; about',
    `${minutes} minute${minutes === 1 ? '' : 's'} on a 2-core machine). For a quick look: \`BENCH_RUNS=3 node bench/run.mjs --only W3\``,
    '(quick runs write `bench/results/quick.*` and leave this block alone). The run exits with code 1',
    'when a size budget is exceeded.',
    '',
    '![Median time to the second frame per workload and library](bench/results/latest.svg)',
    '',
    `Median time in ms from setting the data to the second animation frame, ${results.meta.runs} runs per cell, ${results.meta.date.slice(0, 10)}`,
    `(load average ${results.meta.loadStart[0].toFixed(1)} at start on a shared machine: compare ratios, not absolute times):`,
    '',
    head,
    `|---|${libraries.map(() => '---:').join('|')}|`,
    ...rows,
    '',
    'Goals, on ratios of medians from this run:',
    '',
    ...goalsTable(results.goals.filter((g) => g.id !== 'G1' || g.against !== null), libraries),
    '',
    `Sizes (gzip): ${results.sizes.map((s) => `\`${s.file.replace('dist/', '')}\` ${kb(s.gzip)} KB${s.over ? ` (over the ${kb(s.budget)} KB budget)` : ''}`).join(', ')}.`,
    '',
    'Heap, DOM nodes, bundle bytes, the memory test and a CPU profile: [bench/results/latest.md](bench/results/latest.md).',
  ].join('\n');
}

/** Writes `<name>.json/.md/.svg`; `updateReadme` rewrites the README block (full runs only). */
export function writeResults(results, name, updateReadme) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(new URL(`${name}.json`, RESULTS), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL(`${name}.md`, RESULTS), markdown(results).replaceAll('](latest.svg)', `](${name}.svg)`));
  writeFileSync(new URL(`${name}.svg`, RESULTS), chartSVG(results));
  if (!updateReadme) return;
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf('<!-- bench:start -->');
  const end = readme.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
  const block = `<!-- bench:start -->\n${readmeBlock(results)}\n`;
  writeFileSync(README, readme.slice(0, start) + block + readme.slice(end));
}
