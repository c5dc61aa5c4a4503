import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import { example, root, smallDoc, texts } from './fixtures.js';

const cellPaths = (el: HcxSatisfactionHeatmap) => [...root(el).querySelectorAll<SVGPathElement>('g.cells path.cell')];

describe('<hcx-satisfaction-heatmap>: rendering', () => {
  it('draws the three looks apart: hatched no-data, grey locked hidden cells, a real zero on the scale', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const a = el.analysis!;
    expect(a.cells.map((c) => (c.state === 'suppressed' ? c.suppressedBy : c.state))).to.deep.equal([
      'complementary', 'value', 'missing', 'complementary',
      'value', 'value', 'threshold', 'complementary',
      'complementary', 'value', 'complementary', 'value',
    ]);
    const missing = root(el).querySelector<SVGPathElement>('g.cells path.missing')!;
    expect(missing.getAttribute('fill')).to.equal('url(#hm-hatch)');
    expect(root(el).querySelector('pattern#hm-hatch line.hatch-line')).to.not.equal(null);
    // One rectangle per missing cell; one rectangle and one lock per hidden cell.
    expect(missing.getAttribute('d')!.match(/M/g)).to.have.length(1);
    const suppressed = root(el).querySelector<SVGPathElement>('g.cells path.suppressed')!;
    expect(suppressed.getAttribute('d')!.match(/M/g)).to.have.length(6);
    expect(getComputedStyle(suppressed).fill).to.equal('rgb(200, 206, 213)'); // --_suppressed
    expect(root(el).querySelector<SVGPathElement>('g.cells path.lock')!.getAttribute('d')!.match(/M/g)).to.have.length(6);
    // The zero is a value cell: coloured from the palette like any other.
    const zero = a.cells[5]!;
    expect(zero).to.include({ state: 'value', value: 0 });
    const fills = cellPaths(el).map((p) => p.getAttribute('fill'));
    expect(fills.every((f) => /^#[0-9a-f]{6}$/.test(f ?? ''))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('prints the summaries in neutral boxes, off the colour scale', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const a = el.analysis!;
    // Registration pools 90 + 85 + 88 of 300 = 87.67 %.
    expect(a.rows[0]!.summary!.value).to.be.closeTo((263 / 300) * 100, 1e-9);
    const values = texts(el, 'text.sum-value');
    expect(values[0]).to.equal('87.7%');
    expect(values).to.include(`${(Math.round(a.overall!.value * 10) / 10).toFixed(1)}%`);
    for (const box of root(el).querySelectorAll('rect.sum-cell')) expect(box.hasAttribute('data-b')).to.equal(false);
  });

  it('reads the main example: 12 touchpoints × 52 weeks with a target', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap>`);
    expect(el.state).to.equal('ready');
    expect(el.analysis!.cells).to.have.length(12 * 52);
    expect(texts(el, 'text.row-label').slice(0, 3)).to.deep.equal(['Appointment booking', 'Registration', 'Waiting area']);
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Waiting area');
    await expect(el).to.be.accessible();
  });

  it('copes with no columns, no cells and a grid where every cell is hidden', async () => {
    const noColumns = { ...smallDoc(), columns: [], cells: [] };
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${noColumns}></hcx-satisfaction-heatmap>`);
    expect(el.state).to.equal('ready');
    expect(root(el).querySelector('.no-cells')!.textContent).to.equal('There are no rows or no columns to show.');
    expect(root(el).querySelector('.summary')!.textContent).to.equal('No cell has a value that can be shown.');
    expect(el.toSVG()).to.contain('There are no rows or no columns to show.');
    await expect(el).to.be.accessible();

    el.data = { ...smallDoc(), cells: [] };
    await el.updateComplete;
    expect(root(el).querySelector('.summary')!.textContent).to.equal('No cell has a value that can be shown. 12 cells have no data.');
    expect(root(el).querySelector('g.cells path.missing')!.getAttribute('d')!.match(/M/g)).to.have.length(12);
    expect(root(el).querySelector('svg.ramp')).to.equal(null);

    el.data = { ...smallDoc(), cells: smallDoc().cells.map((c) => ({ ...c, n: 2, value: Math.min(c.value, 2) })) };
    await el.updateComplete;
    expect(el.analysis!.counts).to.deep.include({ value: 0, suppressed: 11, missing: 1 });
    expect(root(el).querySelector('.summary')!.textContent).to.equal('No cell has a value that can be shown. 11 cells are hidden to protect small groups. 1 cell has no data.');
    // Each line hides at least two cells with n adding up to ≥ 5, so its pooled summary may be
    // shown (the engine's line rule): registration pools 2 + 2 + 2 of n 6 = 100 %.
    expect(texts(el, 'text.sum-value')[0]).to.equal('100.0%');
    expect(root(el).querySelectorAll('g.cells path.cell')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
