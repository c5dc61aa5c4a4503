import { expect } from '@open-wc/testing';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../src/contract/satisfaction-heatmap.js';
import { analyseHeatmap } from '../../src/heatmap/index.js';

/** 50 touchpoints × 1,000 columns = 50,000 cells (the W2 benchmark size), about 3 % below minN. */
function bigDocument(measure: SatisfactionHeatmapDocument['measure']): SatisfactionHeatmapDocument {
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const rows = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, label: `Touchpoint ${i}` }));
  const columns = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, label: `Day ${i}` }));
  const cells: HeatmapCell[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const n = random() < 0.03 ? 1 + Math.floor(random() * 4) : 20 + Math.floor(random() * 500);
      let value: number;
      if (measure === 'complaint-rate') value = Math.floor(random() * 0.01 * n * 2);
      else if (measure === 'top-box') value = Math.floor(n * (0.6 + 0.3 * random()));
      else if (measure === 'nps') value = Math.round(-20 + 70 * random());
      else value = 3 + 2 * random();
      cells.push({ row: row.id, column: column.id, value, n, ...(measure === 'mean-score' ? { sd: 0.9 } : {}) });
    }
  }
  return { kind: 'satisfaction-heatmap', version: 1, title: 'Benchmark', measure, scale: { min: 1, max: 5 }, rows, columns, cells };
}

/**
 * Best and median of up to `maxRuns` timed runs (at least 5, within `budgetMs`) after two warm-ups. The assertion uses the best run:
 * test machines are shared (other suites run in parallel on two cores), and the minimum is
 * the standard estimate of the code's own cost, free of scheduler noise.
 */
function timings(run: () => void, maxRuns = 40, budgetMs = 5000): { best: number; median: number; runs: number } {
  run(); // warm-up: JIT and caches
  run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { best: samples[0]!, median: samples[Math.floor(samples.length / 2)]!, runs: samples.length };
}

const MEASURES = ['top-box', 'complaint-rate', 'nps', 'mean-score'] as const;

describe('heatmap: performance', function () {
  this.timeout(60_000);
  const docs = new Map<string, SatisfactionHeatmapDocument>();

  before(() => {
    // Build every document and warm the shared code paths (JIT) before any timing.
    for (const measure of MEASURES) {
      docs.set(measure, bigDocument(measure));
      analyseHeatmap(docs.get(measure)!);
    }
  });

  for (const measure of MEASURES) {
    it(`analyses 50,000 ${measure} cells in under 50 ms (best of up to 40 runs)`, () => {
      const doc = docs.get(measure)!;
      let cells = 0;
      const { best, median, runs } = timings(() => {
        cells = analyseHeatmap(doc).cells.length;
      });
      expect(cells).to.equal(50_000);
      expect(best, `best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms of ${runs}`).to.be.below(50);
    });
  }
});
