import { expect } from '@open-wc/testing';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../src/contract/satisfaction-heatmap.js';
import { analyseHeatmap, suppress } from '../../src/heatmap/index.js';

function topBox(rows: number, columns: number, cells: HeatmapCell[], minN?: number): SatisfactionHeatmapDocument {
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Suppression',
    measure: 'top-box',
    ...(minN === undefined ? {} : { minN }),
    rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: `r${i}` })),
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `c${i}` })),
    cells,
  };
}

/** Deterministic PRNG (mulberry32) so a failing table can be reproduced from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('heatmap: complementary suppression', () => {
  it('one hidden cell in a row hides the smallest-n shown cell of that row', () => {
    // r0: n = 3 (threshold), 80, 40, 60; r1 repeats the columns with big n.
    // Row r0 → hide c2 (40). Columns c0 and c2 each have one hidden cell → hide r1c0 and r1c2;
    // row r1 then holds two hidden cells (100 + 100): stable.
    const cells: HeatmapCell[] = [
      { row: 'r0', column: 'c0', value: 1, n: 3 },
      { row: 'r0', column: 'c1', value: 50, n: 80 },
      { row: 'r0', column: 'c2', value: 20, n: 40 },
      { row: 'r0', column: 'c3', value: 30, n: 60 },
      { row: 'r1', column: 'c0', value: 50, n: 100 },
      { row: 'r1', column: 'c1', value: 50, n: 100 },
      { row: 'r1', column: 'c2', value: 50, n: 100 },
      { row: 'r1', column: 'c3', value: 50, n: 100 },
    ];
    const a = analyseHeatmap(topBox(2, 4, cells));
    const states = a.cells.map((c) => (c.state === 'suppressed' ? c.suppressedBy : c.state));
    expect(states).to.deep.equal([
      'threshold', 'value', 'complementary', 'value',
      'complementary', 'value', 'complementary', 'value',
    ]);
  });

  it('a line of one hidden cell is withheld instead of hiding shown cells', () => {
    // One row: column c2 holds only the hidden cell, so its "total" is the cell itself.
    // The column summary is withheld and the cell is left out of the row summary, which then
    // needs no complementary cell: 30/100 and 90/100 stay shown; row = 120/200 = 60 %.
    const a = analyseHeatmap(
      topBox(1, 3, [
        { row: 'r0', column: 'c0', value: 30, n: 100 },
        { row: 'r0', column: 'c1', value: 90, n: 100 },
        { row: 'r0', column: 'c2', value: 1, n: 2 },
      ]),
    );
    expect(a.cells.map((c) => c.state)).to.deep.equal(['value', 'value', 'suppressed']);
    expect(a.columns[2]).to.deep.equal({ id: 'c2', summary: null, withheld: true });
    expect(a.rows[0]!.summary!.value).to.equal(60);
    expect(a.rows[0]!.summary!.n).to.equal(200);
    expect(a.overall!.n).to.equal(200);
  });

  it('two hidden cells with fewer than minN together still need a third', () => {
    // n = 1 and 2 are hidden; their aggregate (n = 3 < 5) would be derivable from the total.
    const r = suppress({
      rows: 1,
      columns: 4,
      rowOf: Int32Array.from([0, 0, 0, 0]),
      columnOf: Int32Array.from([0, 1, 2, 3]),
      n: Float64Array.from([1, 2, 50, 40]),
      minN: 5,
    });
    // Columns are single cells: c0 and c1 get withheld first, leaving the row with no hidden
    // cell — nothing else is hidden.
    expect(Array.from(r.reason)).to.deep.equal([1, 1, 0, 0]);
    expect(Array.from(r.columnWithheld)).to.deep.equal([1, 1, 0, 0]);
    // With two rows the columns are real lines and the rule bites.
    const r2 = suppress({
      rows: 2,
      columns: 4,
      rowOf: Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]),
      columnOf: Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3]),
      n: Float64Array.from([1, 2, 50, 40, 60, 70, 80, 90]),
      minN: 5,
    });
    // Row 0: hidden {1, 2}, n = 3 < 5 → hide 40 (c3). Column c0: hidden {1} → hide 60;
    // c1: {2} → hide 70; c3: {40} → hide 90. Row 1: {60, 70, 90}: safe.
    expect(Array.from(r2.reason)).to.deep.equal([1, 1, 0, 2, 2, 2, 0, 2]);
    expect(Array.from(r2.columnWithheld)).to.deep.equal([0, 0, 0, 0]);
  });

  it('on random tables no shown total exposes a hidden cell or a small hidden group', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = prng(seed);
      const R = 1 + Math.floor(random() * 6);
      const C = 1 + Math.floor(random() * 8);
      const cells: HeatmapCell[] = [];
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
          if (random() < 0.15) continue; // missing
          const n = random() < 0.25 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 200);
          cells.push({ row: `r${r}`, column: `c${c}`, value: Math.floor(random() * (n + 1)), n });
        }
      }
      const a = analyseHeatmap(topBox(R, C, cells));
      const byKey = new Map(cells.map((c) => [`${c.row}/${c.column}`, c]));
      const lines = [
        ...a.rows.map((line, r) => ({ line, members: a.cells.filter((c) => c.row === `r${r}` && c.state !== 'missing') })),
        ...a.columns.map((line, c) => ({ line, members: a.cells.filter((x) => x.column === `c${c}` && x.state !== 'missing') })),
      ];
      const withheldRows = new Set(a.rows.filter((l) => l.withheld).map((l) => l.id));
      const withheldColumns = new Set(a.columns.filter((l) => l.withheld).map((l) => l.id));
      for (const { line, members } of lines) {
        if (!line.summary) continue;
        // Cells counted in this (not withheld) line's summary: those not in a withheld crossing line.
        const counted = members.filter((c) => !withheldRows.has(c.row) && !withheldColumns.has(c.column));
        const hidden = counted.filter((c) => c.state === 'suppressed');
        const hiddenN = hidden.reduce((sum, c) => sum + byKey.get(`${c.row}/${c.column}`)!.n, 0);
        const shownN = counted.filter((c) => c.state === 'value').reduce((sum, c) => sum + byKey.get(`${c.row}/${c.column}`)!.n, 0);
        const what = `seed ${seed}, line ${line.id}`;
        expect(hidden.length === 0 || (hidden.length >= 2 && hiddenN >= 5), what).to.equal(true);
        // What the summary reveals about hidden cells is exactly that aggregate.
        expect(line.summary.n - shownN, what).to.equal(hiddenN);
      }
      for (const c of a.cells) {
        const input = byKey.get(`${c.row}/${c.column}`);
        if (input && input.n < 5) expect(c.state, `seed ${seed}`).to.equal('suppressed');
      }
    }
  });
});
