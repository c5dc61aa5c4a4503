import { expect } from '@open-wc/testing';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../src/contract/satisfaction-heatmap.js';
import { analyseHeatmap, type HeatmapCellAnalysis, type HeatmapValueCell } from '../../src/heatmap/index.js';
import { binomialFunnelLimit } from '../../src/stats/index.js';
import { expectClose, expectInterval } from '../stats/close.js';

function doc(
  measure: SatisfactionHeatmapDocument['measure'],
  rows: string[],
  columns: string[],
  cells: HeatmapCell[],
  extra: Partial<SatisfactionHeatmapDocument> = {},
): SatisfactionHeatmapDocument {
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Test',
    measure,
    rows: rows.map((id) => ({ id, label: id })),
    columns: columns.map((id) => ({ id, label: id })),
    cells,
    ...extra,
  };
}

function cellAt(cells: HeatmapCellAnalysis[], row: string, column: string): HeatmapCellAnalysis {
  const found = cells.find((c) => c.row === row && c.column === column);
  expect(found, `${row}/${column}`).to.exist;
  return found!;
}

function valueAt(cells: HeatmapCellAnalysis[], row: string, column: string): HeatmapValueCell {
  const c = cellAt(cells, row, column);
  expect(c.state).to.equal('value');
  return c as HeatmapValueCell;
}

describe('heatmap: cell states and shown units', () => {
  it('keeps missing, suppressed and real zero apart; suppressed cells carry no numbers', () => {
    const a = analyseHeatmap(
      doc('top-box', ['r1', 'r2', 'r3'], ['c1', 'c2', 'c3'], [
        { row: 'r1', column: 'c1', value: 0, n: 100 },
        { row: 'r1', column: 'c2', value: 3, n: 4 },
        { row: 'r1', column: 'c3', value: 20, n: 50 },
        { row: 'r2', column: 'c1', value: 30, n: 60 },
        { row: 'r2', column: 'c3', value: 25, n: 50 },
        { row: 'r3', column: 'c1', value: 40, n: 80 },
        { row: 'r3', column: 'c2', value: 50, n: 70 },
        { row: 'r3', column: 'c3', value: 45, n: 90 },
      ]),
    );
    // Hand trace (rows, then columns, then re-queued lines; smallest shown n first):
    // r1 has r1c2 (n 4) alone → hide r1c3 (50); c2 has r1c2 alone → hide r3c2 (70);
    // c3 has r1c3 alone → hide r2c3 (50, before r3c3 at 90); r3 has r3c2 alone → hide r3c1 (80);
    // r2 has r2c3 alone → hide r2c1 (60); c1 then has r3c1 + r2c1: every line is safe.
    expect(a.cells).to.have.lengthOf(9);
    expect(a.missingListed).to.equal(true);
    const zero = valueAt(a.cells, 'r1', 'c1');
    expect(zero.value).to.equal(0);
    expect(zero.n).to.equal(100);
    expect(valueAt(a.cells, 'r3', 'c3').value).to.equal(50);
    const hidden = cellAt(a.cells, 'r1', 'c2');
    expect(hidden).to.deep.equal({ row: 'r1', column: 'c2', state: 'suppressed', suppressedBy: 'threshold' });
    for (const [r, c] of [['r1', 'c3'], ['r3', 'c2'], ['r2', 'c3'], ['r3', 'c1'], ['r2', 'c1']] as const) {
      expect(cellAt(a.cells, r, c), `${r}/${c}`).to.deep.equal({ row: r, column: c, state: 'suppressed', suppressedBy: 'complementary' });
    }
    expect(cellAt(a.cells, 'r2', 'c2')).to.deep.equal({ row: 'r2', column: 'c2', state: 'missing' });
    // Row-major order over the full grid.
    expect(a.cells.map((c) => `${c.row}/${c.column}`)).to.deep.equal([
      'r1/c1', 'r1/c2', 'r1/c3', 'r2/c1', 'r2/c2', 'r2/c3', 'r3/c1', 'r3/c2', 'r3/c3',
    ]);
    expect(JSON.stringify(hidden)).to.not.match(/"(value|n|interval)"/);
    expect(a.counts).to.deep.equal({ value: 2, suppressed: 6, threshold: 1, complementary: 5, missing: 1 });
  });

  it('top-box is a percent with a Wilson interval (Newcombe 1998: 81/263 → 25.53–36.62 %)', () => {
    const a = analyseHeatmap(doc('top-box', ['r'], ['c'], [{ row: 'r', column: 'c', value: 81, n: 263 }]));
    const c = valueAt(a.cells, 'r', 'c');
    expectClose(c.value, (100 * 81) / 263, 1e-12);
    expectInterval(c.interval, 25.53, 36.62, 0.005);
    expect(a.unit).to.equal('percent');
    expect(a.direction).to.equal('increase');
  });

  it('complaint-rate is per 1,000 contacts with an exact Poisson interval; lower is better', () => {
    // 0 complaints in 1,000 contacts: [0, −ln(0.025)] events → [0, 3.688879] per 1,000.
    // 12 in 4,000: 3 per 1,000.
    const a = analyseHeatmap(
      doc('complaint-rate', ['r'], ['c1', 'c2'], [
        { row: 'r', column: 'c1', value: 0, n: 1000 },
        { row: 'r', column: 'c2', value: 12, n: 4000 },
      ]),
    );
    const zero = valueAt(a.cells, 'r', 'c1');
    expect(zero.value).to.equal(0);
    expect(zero.interval![0]).to.equal(0);
    expectClose(zero.interval![1], -Math.log(0.025), 1e-10);
    expectClose(valueAt(a.cells, 'r', 'c2').value, 3, 1e-12);
    expect(a.unit).to.equal('per-1000');
    expect(a.direction).to.equal('decrease');
  });

  it('mean-score uses the cell sd, else the half-range bound', () => {
    // qt(0.975, 9) = 2.262157; with sd 0.9: 3.2 ± 2.262157 · 0.9/√10 = 3.2 ± 0.643821;
    // without sd on a 1–5 scale, sd ≤ (5 − 1)/2 = 2: 3.2 ± 2.262157 · 2/√10 = 3.2 ± 1.430714.
    const a = analyseHeatmap(
      doc(
        'mean-score',
        ['r'],
        ['c1', 'c2'],
        [
          { row: 'r', column: 'c1', value: 3.2, n: 10, sd: 0.9 },
          { row: 'r', column: 'c2', value: 3.2, n: 10 },
        ],
        { scale: { min: 1, max: 5 } },
      ),
    );
    expectInterval(valueAt(a.cells, 'r', 'c1').interval, 3.2 - 0.6438212, 3.2 + 0.6438212, 1e-7);
    expectInterval(valueAt(a.cells, 'r', 'c2').interval, 3.2 - 1.4307138, 3.2 + 1.4307138, 1e-7);
  });

  it('NPS uses adjusted Wald with promoters/detractors, else the conservative bound', () => {
    // 60/25/15 of 100 → [29.34311, 58.03553] (hand-computed in test/stats/intervals.test.ts);
    // NPS 45 without counts → 45 ± 1.959964 · 100 · √((1 − 0.45²)/100) = 45 ± 17.50304.
    const a = analyseHeatmap(
      doc('nps', ['r'], ['c1', 'c2'], [
        { row: 'r', column: 'c1', value: 45, n: 100, promoters: 60, detractors: 15 },
        { row: 'r', column: 'c2', value: 45, n: 100 },
      ]),
    );
    expectInterval(valueAt(a.cells, 'r', 'c1').interval, 29.343111, 58.035530, 1e-6);
    expectInterval(valueAt(a.cells, 'r', 'c2').interval, 45 - 17.50304, 45 + 17.50304, 1e-5);
  });

  it('flags low confidence by n < 30 or a wide interval', () => {
    const a = analyseHeatmap(
      doc('top-box', ['r'], ['small', 'wide', 'fine'], [
        { row: 'r', column: 'small', value: 20, n: 25 },
        // 45/60: Wilson half-width ≈ 11 points > 10
        { row: 'r', column: 'wide', value: 30, n: 60 },
        { row: 'r', column: 'fine', value: 300, n: 400 },
      ]),
    );
    expect(valueAt(a.cells, 'r', 'small').lowConfidence).to.equal(true);
    const wide = valueAt(a.cells, 'r', 'wide');
    expect((wide.interval![1] - wide.interval![0]) / 2).to.be.greaterThan(10);
    expect(wide.lowConfidence).to.equal(true);
    expect(valueAt(a.cells, 'r', 'fine').lowConfidence).to.equal(false);
  });
});

describe('heatmap: summaries, change and colour domain', () => {
  it('pools rows and columns n-weighted, suppressed cells included once protected', () => {
    const a = analyseHeatmap(
      doc('top-box', ['r1', 'r2'], ['c1', 'c2', 'c3'], [
        { row: 'r1', column: 'c1', value: 10, n: 40 },
        { row: 'r1', column: 'c2', value: 3, n: 4 },
        { row: 'r1', column: 'c3', value: 20, n: 50 },
        { row: 'r2', column: 'c1', value: 30, n: 60 },
        { row: 'r2', column: 'c2', value: 9, n: 10 },
        { row: 'r2', column: 'c3', value: 25, n: 50 },
      ]),
    );
    // Row r1: c2 (n 4) is hidden; the smallest shown n in r1 is c1 (40) → complementary.
    // Column c2: r1c2 hidden alone → smallest shown in c2 is r2c2 (10) → complementary.
    // Column c1 now has r1c1 alone → r2c1 (60) hidden; row r2 then has r2c1 and r2c2: safe.
    expect(cellAt(a.cells, 'r1', 'c1')).to.include({ state: 'suppressed', suppressedBy: 'complementary' });
    expect(cellAt(a.cells, 'r2', 'c2')).to.include({ state: 'suppressed', suppressedBy: 'complementary' });
    expect(cellAt(a.cells, 'r2', 'c1')).to.include({ state: 'suppressed', suppressedBy: 'complementary' });
    // Row r1 pooled over all three cells: (10 + 3 + 20)/(40 + 4 + 50) = 33/94 = 35.106383 %
    expectClose(a.rows[0]!.summary!.value, (100 * 33) / 94, 1e-12);
    expect(a.rows[0]!.summary!.n).to.equal(94);
    expect(a.rows[0]!.summary!.cells).to.equal(3);
    // Column c3: (20 + 25)/(50 + 50) = 45 %
    expectClose(a.columns[2]!.summary!.value, 45, 1e-12);
    // Overall: 97/214
    expectClose(a.overall!.value, (100 * 97) / 214, 1e-12);
  });

  it('gives each row its first-to-last change over shown values', () => {
    const a = analyseHeatmap(
      doc('mean-score', ['r1', 'r2'], ['jan', 'feb', 'mar', 'apr'], [
        { row: 'r1', column: 'feb', value: 3.5, n: 50 },
        { row: 'r1', column: 'jan', value: 4.0, n: 50 },
        { row: 'r1', column: 'apr', value: 3.25, n: 50 },
        { row: 'r2', column: 'mar', value: 4.1, n: 50 },
      ]),
    );
    expect(a.rows[0]!.change).to.deep.equal({ from: 'jan', to: 'apr', change: -0.75 });
    expect(a.rows[1]!.change).to.equal(null);
  });

  it('colour domain: min/max of shown values, or symmetric around the target', () => {
    const cells: HeatmapCell[] = [
      { row: 'r', column: 'a', value: 30, n: 100 },
      { row: 'r', column: 'b', value: 90, n: 100 },
      { row: 'r', column: 'c', value: 1, n: 2 },
    ];
    expect(analyseHeatmap(doc('top-box', ['r'], ['a', 'b', 'c'], cells)).colorDomain).to.deep.equal({
      type: 'sequential',
      min: 30,
      max: 90,
    });
    expect(analyseHeatmap(doc('top-box', ['r'], ['a', 'b', 'c'], cells, { target: 80 })).colorDomain).to.deep.equal({
      type: 'diverging',
      min: 30,
      mid: 80,
      max: 130,
    });
    expect(analyseHeatmap(doc('top-box', ['r'], ['a'], [])).colorDomain).to.equal(null);
  });
});

describe('heatmap: hotspots', () => {
  it('NPS: normal funnel around the hospital-wide NPS (hand-computed limit)', () => {
    // Nine cells at NPS 40 and one at 0, n = 100 each: θ = 360/10 = 36.
    // Conservative σ = 100·√(1 − 0.36²) = 93.29523; 99.8 % lower limit at n = 100:
    // 36 − 3.090232 · 93.29523/10 = 36 − 28.83039 = 7.169607 → NPS 0 is an alarm.
    const columns = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const a = analyseHeatmap(
      doc(
        'nps',
        ['r'],
        columns,
        columns.map((column, i) => ({ row: 'r', column, value: i === 3 ? 0 : 40, n: 100 })),
      ),
    );
    expect(a.hotspots).to.have.lengthOf(1);
    const h = a.hotspots[0]!;
    expect(h).to.include({ row: 'r', column: 'c3', value: 0, level: 0.998 });
    expectClose(h.limit, 7.169606526141802, 1e-9);
  });

  it('top-box: binomial funnel (Spiegelhalter) around the pooled proportion', () => {
    // Nine cells 160/200 and one 30/60: θ = (9·160 + 30)/(9·200 + 60) = 1470/1860 = 0.790323.
    const columns = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const cells = columns.map((column, i) =>
      i === 0 ? { row: 'r', column, value: 30, n: 60 } : { row: 'r', column, value: 160, n: 200 },
    );
    const a = analyseHeatmap(doc('top-box', ['r'], columns, cells));
    expect(a.hotspots).to.have.lengthOf(1);
    const h = a.hotspots[0]!;
    expect(h.column).to.equal('c0');
    expect(h.level).to.equal(0.998);
    expectClose(h.limit, 100 * binomialFunnelLimit(1470 / 1860, 60, 0.001), 1e-12);
    expect(h.value).to.be.below(h.limit);
  });

  it('complaint-rate: cells above the Poisson upper limit; below-average cells never', () => {
    // 9 units with 10 complaints per 5,000 contacts (2 ‰) and one with 30 per 5,000 (6 ‰):
    // θ = 120/50,000; expected 12 at n = 5,000: P(X ≤ 30 | 12) > 0.999 → alarm.
    const columns = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const cells = columns.map((column, i) => ({ row: 'r', column, value: i === 9 ? 30 : 10, n: 5000 }));
    const a = analyseHeatmap(doc('complaint-rate', ['r'], columns, cells));
    expect(a.hotspots.map((h) => [h.column, h.level])).to.deep.equal([['c9', 0.998]]);
    expect(a.hotspots[0]!.value).to.be.above(a.hotspots[0]!.limit);
  });

  it('mean-score: normal funnel with the pooled within-cell sd', () => {
    // Cells mean 4.0 (sd 0.8, n 100) ×9 and 3.5 (sd 0.8, n 100): θ = 3.95, σ = 0.8;
    // 99.8 % lower limit = 3.95 − 3.090232 · 0.08 = 3.702781 → 3.5 is an alarm.
    const columns = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const cells = columns.map((column, i) => ({ row: 'r', column, value: i === 5 ? 3.5 : 4, n: 100, sd: 0.8 }));
    const a = analyseHeatmap(doc('mean-score', ['r'], columns, cells, { scale: { min: 1, max: 5 } }));
    expect(a.hotspots).to.have.lengthOf(1);
    expectClose(a.hotspots[0]!.limit, 3.95 - 3.090232306167813 * 0.08, 1e-12);
  });
});

describe('heatmap: robustness', () => {
  it('ignores unknown ids and repeated pairs; big sparse grids list only present cells', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `r${i}`);
    const columns = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const a = analyseHeatmap(
      doc('top-box', rows, columns, [
        { row: 'r5', column: 'c7', value: 10, n: 20 },
        { row: 'r5', column: 'c7', value: 1, n: 20 },
        { row: 'nope', column: 'c7', value: 1, n: 20 },
        { row: 'r1', column: 'c9', value: 5, n: 20 },
      ]),
    );
    expect(a.missingListed).to.equal(false);
    expect(a.cells.map((c) => `${c.row}/${c.column}`)).to.deep.equal(['r1/c9', 'r5/c7']);
    // r5/c7 keeps the first of the pair: 10/20 = 50 %.
    expect(valueAt(a.cells, 'r5', 'c7').value).to.equal(50);
    expect(a.counts.missing).to.equal(2000 * 1000 - 2);
  });
});
