// Summary statistics of one cell's runs: the median and the range, never a mean (one slow
// run on a shared machine would move a mean).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `{ median, min, max, n }` of the finite numbers in `values` (null when there are none). */
export function summarize(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/** Per-metric summaries of a cell's runs (`runs` are the objects `measureCell` returns). */
export function summarizeRuns(runs) {
  const pick = (key) => summarize(runs.map((r) => r[key]));
  return {
    ms: pick('ms'),
    domMs: pick('domMs'),
    layoutMs: pick('layoutMs'),
    heap: pick('heap'),
    heapDelta: pick('heapDelta'),
    embedderHeap: pick('embedderHeap'),
    nodes: pick('nodes'),
    elements: pick('elements'),
  };
}
