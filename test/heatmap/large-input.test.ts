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

const MEASURES = ['top-box', 'complaint-rate', 'nps', 'mean-score'] as const;

// Speed is measured by `npm run bench` (never by timed tests); this checks that the
// benchmark-sized input (W2) is analysed completely and consistently.
describe('heatmap: 50,000 cells (benchmark size)', function () {
  this.timeout(60_000);
  for (const measure of MEASURES) {
    it(`analyses every one of 50,000 ${measure} cells, with finite values and consistent counts`, () => {
      const analysis = analyseHeatmap(bigDocument(measure));
      expect(analysis.cells).to.have.length(50_000);
      const { value, suppressed, missing } = analysis.counts;
      expect(value + suppressed + missing).to.equal(50_000);
      expect(suppressed).to.be.greaterThan(0);
      const notFinite = analysis.cells.filter((c) => c.state === 'value' && !Number.isFinite(c.value));
      expect(notFinite, 'cells with a non-finite value').to.deep.equal([]);
      expect(analysis.rows.every((r) => r.summary === null || Number.isFinite(r.summary.value))).to.equal(true);
    });
  }
});
