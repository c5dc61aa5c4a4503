import { expect } from '@open-wc/testing';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../src/contract/satisfaction-heatmap.js';
import { analyseHeatmap, cellTableOf } from '../../src/heatmap/analyse.js';

function doc(rows: number, columns: number, cells: HeatmapCell[]): SatisfactionHeatmapDocument {
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Test',
    measure: 'top-box',
    rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: `Row ${i}` })),
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` })),
    cells,
  };
}

/** 3 × 4: shown cells (one a real zero), one hidden by the threshold, three hidden to protect it, gaps. */
const small = () =>
  doc(3, 4, [
    { row: 'r0', column: 'c0', value: 2, n: 3 },
    { row: 'r0', column: 'c1', value: 5, n: 10 },
    { row: 'r0', column: 'c2', value: 40, n: 50 },
    { row: 'r1', column: 'c0', value: 6, n: 12 },
    { row: 'r1', column: 'c1', value: 7, n: 14 },
    { row: 'r1', column: 'c2', value: 0, n: 40 },
    { row: 'r2', column: 'c3', value: 10, n: 20 },
  ]);

describe('heatmap: analysis.cells is made from the cell table when first read', () => {
  it('keeps its place among the keys, is made once and then is a plain property', () => {
    const a = analyseHeatmap(small());
    expect(Object.keys(a)).to.deep.equal(['measure', 'unit', 'direction', 'minN', 'cells', 'missingListed', 'rows', 'columns', 'overall', 'hotspots', 'colorDomain', 'counts']);
    expect(Object.getOwnPropertyDescriptor(a, 'cells')!.get, 'not made before it is read').to.be.a('function');
    const cells = a.cells;
    expect(a.cells).to.equal(cells);
    expect(Object.getOwnPropertyDescriptor(a, 'cells')).to.deep.include({ value: cells, writable: true, enumerable: true });
    expect(JSON.parse(JSON.stringify(a)).cells).to.deep.equal(cells);
    // A page may freeze what it reads; the list is still there.
    const frozen = Object.freeze(analyseHeatmap(small()));
    expect(frozen.cells).to.have.length(12);
    expect(frozen.cells).to.equal(frozen.cells);
  });

  it('lists every cell of the grid with the numbers the analysis computed, and no number of a hidden cell', () => {
    const a = analyseHeatmap(small());
    expect(a.cells.map((c) => `${c.row}/${c.column}:${c.state}`)).to.deep.equal([
      'r0/c0:suppressed', 'r0/c1:suppressed', 'r0/c2:value', 'r0/c3:missing',
      'r1/c0:suppressed', 'r1/c1:suppressed', 'r1/c2:value', 'r1/c3:missing',
      'r2/c0:missing', 'r2/c1:missing', 'r2/c2:missing', 'r2/c3:value',
    ]);
    expect(a.cells[0]).to.deep.equal({ row: 'r0', column: 'c0', state: 'suppressed', suppressedBy: 'threshold' });
    for (const k of [1, 4, 5]) expect(a.cells[k]!).to.deep.include({ state: 'suppressed', suppressedBy: 'complementary' });
    // 40 of 50 = 80 %; Wilson 95 %: 66.96 %–88.76 %, half-width 10.9 points > 10: low confidence.
    const shown = a.cells[2]!;
    expect(shown).to.have.keys(['row', 'column', 'state', 'value', 'n', 'interval', 'lowConfidence']);
    expect(shown).to.deep.include({ state: 'value', value: 80, n: 50, lowConfidence: true });
    if (shown.state !== 'value') throw new Error('shown');
    expect(shown.interval![0]).to.be.closeTo(66.96, 0.01);
    expect(shown.interval![1]).to.be.closeTo(88.76, 0.01);
    // A real zero is a value; 40 responses and a half-width of 4.4 points: confident.
    expect(a.cells[6]).to.deep.include({ state: 'value', value: 0, n: 40, lowConfidence: false });
    expect(a.cells[11]).to.deep.include({ state: 'value', value: 50, n: 20, lowConfidence: true });
  });

  for (const [name, rows, columns] of [
    ['a listed grid', 3, 4],
    ['a grid too big to list', 2000, 1000],
  ] as const) {
    it(`hands out one object per cell, whether a cell or the list is asked first (${name})`, () => {
      const a = analyseHeatmap(doc(rows, columns, small().cells));
      const table = cellTableOf(a)!;
      const early = table.at(2); // r0/c2, before the list exists
      const gap = table.at(3); // r0/c3, missing
      expect(early).to.deep.include({ row: 'r0', column: 'c2', state: 'value', value: 80 });
      expect(gap).to.deep.equal({ row: 'r0', column: 'c3', state: 'missing' });
      expect(a.cells.find((c) => c.row === 'r0' && c.column === 'c2')).to.equal(early);
      if (a.missingListed) expect(a.cells[3]).to.equal(gap);
      else expect(a.cells.map((c) => `${c.row}/${c.column}`)).to.deep.equal(['r0/c0', 'r0/c1', 'r0/c2', 'r1/c0', 'r1/c1', 'r1/c2', 'r2/c3']);
      // After the list: the list's objects.
      const later = table.at(2 * columns + 3); // r2/c3, first asked after the list
      expect(a.cells.find((c) => c.row === 'r2' && c.column === 'c3')).to.equal(later);
      expect(table.at(2)).to.equal(early);
    });
  }
});
