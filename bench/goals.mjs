// The goals, checked on ratios of medians from the same run (the machine is shared
// and noisy, so only ratios measured side by side mean anything).

/** Memory growth over 100 updates that still counts as "no growth": under 1 KB per update. */
export const MEMORY_TOLERANCE = 100_000;

const CANVAS_PEERS = ['echarts-canvas', 'vega-canvas'];

/**
 * `[{ id, goal, workload, against, ratio, target, pass, note }]`. `ratio` is written so that
 * the goal reads "ratio ≥ target" (speed-ups) or "ratio ≤ target" (costs); `pass` is null
 * when a side was not measured.
 */
export function checkGoals(workloads, cells, memory) {
  const time = (w, lib) => cells[w]?.[lib]?.stats?.ms?.median ?? null;
  const missing = (w, lib) => cells[w]?.[lib]?.status ?? 'not measured';
  const goals = [];
  const add = (g) => goals.push(g);
  const speedup = (id, goal, w, against, target) => {
    const ours = time(w, 'ours');
    const peer = time(w, against);
    const ratio = ours && peer ? peer / ours : null;
    add({ id, goal, workload: w, against, ratio, op: '≥', target, pass: ratio === null ? null : ratio >= target, note: ratio === null ? `${ours ? against : 'ours'}: ${missing(w, ours ? against : 'ours')}` : '' });
  };

  for (const w of workloads) {
    if (!w.peers) {
      add({ id: 'G1', goal: '≥ 2× faster than ECharts SVG and Vega-Lite SVG', workload: w.id, against: null, ratio: null, op: '≥', target: 2, pass: null, note: 'no peer draws this chart: ours measured alone' });
      continue;
    }
    for (const peer of ['echarts-svg', 'vega-svg']) speedup('G1', '≥ 2× faster than ECharts SVG and Vega-Lite SVG', w.id, peer, 2);
  }

  for (const w of ['W1', 'W3', 'W4']) {
    const ours = time(w, 'ours');
    const d3 = time(w, 'd3');
    const ratio = ours && d3 ? ours / d3 : null;
    add({ id: 'G2', goal: 'within 1.25× of hand-written d3', workload: w, against: 'd3', ratio, op: '≤', target: 1.25, pass: ratio === null ? null : ratio <= 1.25, note: ratio === null ? `ours: ${missing(w, 'ours')}` : '' });
  }

  {
    const ours = time('W2', 'ours');
    const canvas = CANVAS_PEERS.map((lib) => ({ lib, ms: time('W2', lib) })).filter((c) => c.ms !== null);
    const fastest = canvas.sort((a, b) => a.ms - b.ms)[0];
    const ratio = ours && fastest ? fastest.ms / ours : null;
    add({ id: 'G3', goal: 'W2 faster than the fastest canvas peer', workload: 'W2', against: fastest?.lib ?? null, ratio, op: '>', target: 1, pass: ratio === null ? null : ratio > 1, note: ratio === null ? `ours: ${missing('W2', 'ours')}` : '' });
  }

  {
    const update = time('W5', 'ours');
    const first = time('W1', 'ours');
    const ratio = update && first ? update / first : null;
    add({ id: 'G4', goal: 'updates cheaper than first renders (W5 / W1)', workload: 'W5', against: 'W1 (ours)', ratio, op: '<', target: 1, pass: ratio === null ? null : ratio < 1, note: ratio === null ? `ours: ${missing('W5', 'ours')}` : '' });
  }

  for (const [w, m] of Object.entries(memory)) {
    const growth = m.result?.growth ?? null;
    add({ id: 'G5', goal: `no memory growth over ${m.result?.updates ?? 100} updates (JS heap after GC)`, workload: w, against: null, ratio: growth, op: '≤', target: MEMORY_TOLERANCE, pass: growth === null ? null : growth <= MEMORY_TOLERANCE, note: growth === null ? m.status : '', unit: 'bytes' });
  }
  return goals;
}
