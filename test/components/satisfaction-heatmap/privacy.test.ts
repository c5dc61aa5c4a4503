import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import type { SatisfactionHeatmapDocument } from '../../../src/contract/satisfaction-heatmap.js';
import type { SelectDetail } from '../../../src/base/events.js';
import { showWholeTable } from '../../support/widget.js';
import { announcement, bigPrivacyDoc, cursor, everything, hover, press, privacyDoc, root, settle, tooltip } from './fixtures.js';

/**
 * The hidden value 987.654 in any form: 987.654, 987,654 (fi), 987.7, 988 would need more;
 * the brief's check is the digits "987". On the small grid we search for "987" itself; on
 * the 3,000-cell grid thousands of interval bounds carry long decimals, where "987" turns up
 * by chance after a decimal separator (3.0987…), so there the digits must start a number.
 */
const SMALL = /987/;
const LARGE = /(?<![\d.,])987/;

/**
 * Walks the keyboard over every cell and summary, collecting each announcement and each
 * tooltip, and selects the hidden cell with Enter.
 */
async function visitEverything(el: HcxSatisfactionHeatmap, rows: number, columns: number, only?: Set<number>): Promise<{ said: string[]; tips: string[]; selected: SelectDetail[] }> {
  const said: string[] = [];
  const tips: string[] = [];
  const selected: SelectDetail[] = [];
  el.addEventListener('hcx-select', (e) => selected.push(e.detail));
  cursor(el).focus();
  press(el, 'Home', { ctrlKey: true });
  await el.updateComplete;
  for (let r = 0; r <= rows; r++) {
    if (only && !only.has(r)) {
      press(el, 'ArrowDown');
      continue;
    }
    for (let c = 0; c <= columns; c++) {
      await el.updateComplete;
      said.push(announcement(el), cursor(el).getAttribute('aria-label') ?? '');
      tips.push(tooltip(el)?.textContent ?? '');
      press(el, 'Enter');
      press(el, 'ArrowRight');
    }
    press(el, 'Home');
    press(el, 'ArrowDown');
  }
  await el.updateComplete;
  return { said, tips, selected };
}

async function expectNoSecret(el: HcxSatisfactionHeatmap, doc: SatisfactionHeatmapDocument, SECRET: RegExp, only?: Set<number>): Promise<void> {
  const secret = doc.cells.find((x) => x.value === 987.654)!;
  const cell = el.analysis!.cells.find((c) => c.row === secret.row && c.column === secret.column)!;
  expect(cell, 'the secret cell is hidden, with nothing but its reason').to.deep.equal({ row: secret.row, column: secret.column, state: 'suppressed', suppressedBy: 'threshold' });

  // analysis, the exports and the rendered tree
  expect(JSON.stringify(el.analysis), 'analysis').to.not.match(SECRET);
  expect(el.toCSV(), 'CSV').to.not.match(SECRET);
  const svg = el.toSVG();
  expect(svg.length).to.be.greaterThan(1000);
  expect(svg, 'toSVG()').to.not.match(SECRET);
  expect(everything(root(el)), 'shadow DOM text and attributes').to.not.match(SECRET);

  // hover over every cell: the tooltip
  const R = doc.rows.length;
  const C = doc.columns.length;
  const hovered: string[] = [];
  for (let p = 0; p <= R; p++) {
    if (only && !only.has(p)) continue;
    for (let c = 0; c <= C; c++) {
      hover(el, p, c);
      await el.updateComplete;
      hovered.push(tooltip(el)?.textContent ?? '');
    }
  }
  expect(hovered.filter(Boolean).length, 'tooltips appeared').to.be.greaterThan((only ? only.size : R + 1) * C * 0.9);
  expect(hovered.join('\n'), 'tooltips on hover').to.not.match(SECRET);

  // keyboard over every cell: announcements, the focused cell's name, tooltips, hcx-select
  const { said, tips, selected } = await visitEverything(el, R, C, only);
  expect(said.join('\n'), 'announcements').to.not.match(SECRET);
  expect(said.some((s) => /hidden: fewer than 5 responses/.test(s)), 'the hidden cell was announced, as hidden').to.equal(true);
  expect(tips.join('\n'), 'tooltips on focus').to.not.match(SECRET);
  expect(selected.length).to.equal((only ? only.size : R + 1) * (C + 1));
  expect(JSON.stringify(selected), 'hcx-select details').to.not.match(SECRET);

  // table view
  el.view = 'table';
  await el.updateComplete;
  await showWholeTable(el);
  const table = root(el).querySelector('[part="table"]')!;
  expect(table.querySelectorAll('tbody tr').length).to.equal(R * C + R + C + 1);
  expect(everything(table), 'table').to.not.match(SECRET);
  expect(everything(root(el)), 'shadow DOM in table view').to.not.match(SECRET);
}

describe('<hcx-satisfaction-heatmap>: a hidden value never leaves the analysis', function () {
  this.timeout(60_000);

  it('SVG path: 987.654 (n = 3) is absent from DOM, tooltips, table, CSV, SVG, analysis, announcements and events', async () => {
    const doc = privacyDoc();
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap show-values .data=${doc}></hcx-satisfaction-heatmap>`);
    await settle(el);
    expect(root(el).querySelector('canvas')).to.equal(null);
    // Values are printed in cells (show-values) and the other cells are there: the check can fail.
    expect(root(el).querySelectorAll('g.values text').length).to.be.greaterThan(10);
    expect(everything(root(el))).to.contain('3.5');
    await expectNoSecret(el, doc, SMALL);
  });

  it('canvas path (3,000 cells): the same, with the SVG export built on demand', async () => {
    const doc = bigPrivacyDoc();
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 1200px" show-values .data=${doc}></hcx-satisfaction-heatmap>`);
    await settle(el);
    expect(root(el).querySelector('canvas.cells-canvas')).to.not.equal(null);
    // Rows in document order here (no sort): the secret's row, its neighbours and the column summaries.
    await expectNoSecret(el, doc, LARGE, new Set([6, 7, 8, doc.rows.length]));
  });
});
