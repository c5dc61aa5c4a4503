import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import '../../../src/components/dashboard/hcx-dashboard.js';
import type { HcxDashboard } from '../../../src/components/dashboard/dashboard.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import type { SelectDetail } from '../../../src/base/events.js';
import { announcement, clickCell, cursor, example, hover, root, settle, smallDoc, texts, tooltip } from './fixtures.js';

const ctrl = async (key: string) => {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
};

/** Grid position of the keyboard cursor, from its accessible name's title. */
const label = (el: HcxSatisfactionHeatmap) => cursor(el).getAttribute('aria-label') ?? '';

describe('<hcx-satisfaction-heatmap>: keyboard, tooltip, selection and the dashboard', () => {
  it('has one tab stop; arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move and announce row, column, value and n', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const stops = [...root(el).querySelectorAll('[tabindex="0"]')].filter((n) => n.closest('[part="plot"]'));
    expect(stops).to.have.length(1);
    expect(stops[0]!.getAttribute('role')).to.equal('button');
    cursor(el).focus();
    await el.updateComplete;
    // Focus shows the tooltip of the cursor's cell; the name says it all.
    expect(label(el)).to.equal('Registration, Week 1: hidden to protect another hidden cell in this row or column.');
    expect(tooltip(el)!.textContent).to.contain('Registration, Week 1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // 85 of 100: Wilson 95 % interval 76.7 %–90.7 %.
    expect(announcement(el)).to.equal('Registration, Week 2: 85.0%; n = 100; 95 % interval 76.7%–90.7%.');
    expect(label(el)).to.equal(announcement(el));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announcement(el)).to.equal('Registration, Week 3: no data.');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(announcement(el)).to.equal('Waiting area, Week 3: hidden: fewer than 5 responses.');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    // 0 of 120: a real zero, Wilson interval 0 %–3.1 %. Hospital-wide θ = 652/953 = 68.42 %;
    // Binomial(120, θ) 99.8 % lower limit: r = 66, α = 0.63026, (66 − α)/120 = 54.47 %.
    expect(announcement(el)).to.equal('Waiting area, Week 2: 0.0%; a real zero; n = 120; 95 % interval 0.0%–3.1%; significantly worse than the hospital-wide 68.4% (beyond the 99.8% funnel limit of 54.5%).');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Waiting area, Week 4: hidden to protect/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Waiting area, all columns: 29\.2%; n = 253; 95 % interval/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Waiting area, Week 1: 50\.0%/);
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    // Five rows down from row 2 of 3 stops at the summary row.
    expect(announcement(el)).to.match(/^Week 1, all touchpoints: 73\.3%; n = 300;/);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Registration, Week 1/);
    await ctrl('End');
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Pharmacy, Week 4: 79\.0%/);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Hospital-wide: 68\.4%; n = 953;/);
    await ctrl('Home');
    await el.updateComplete;
    expect(label(el)).to.match(/^Registration, Week 1/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws, describes and selects without making analysis.cells; the selected cell is the object analysis.cells lists', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    // The renderers read the analysis' typed arrays: the cell objects wait until someone asks.
    const made = () => Object.getOwnPropertyDescriptor(el.analysis!, 'cells')!.get === undefined;
    expect(made(), 'cells made by the first render').to.equal(false);
    cursor(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(made(), 'cells made by moving and selecting').to.equal(false);
    const columns = el.data!.columns.length;
    expect(events[0]!.item).to.equal(el.analysis!.cells[1 * columns + 0]);
  });

  it('Enter fires hcx-select with row, column, touchpoint, period and the cell, and highlights it', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    cursor(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.include({ row: 'waiting', column: 'w1', touchpoint: 'waiting', period: 'w1' });
    expect(events[0]!.item).to.deep.include({ row: 'waiting', column: 'w1', state: 'value', value: 50, n: 100 });
    expect(cursor(el).getAttribute('aria-current')).to.equal('true');
    expect(announcement(el)).to.match(/; selected\.$/);
    expect(root(el).querySelector('rect.row-highlight')).to.not.equal(null);
    // A row summary selects the touchpoint only.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    expect(events).to.have.length(2);
    expect(events[1]).to.deep.include({ row: 'waiting', touchpoint: 'waiting' });
    expect(events[1]!.column).to.equal(undefined);
    expect(events[1]!.item).to.deep.include({ id: 'waiting', withheld: false });
  });

  it('hover shows the tooltip with value, n, interval and notes; a click selects and focuses the cell', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 700px" .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    await settle(el);
    hover(el, 2, 2);
    await el.updateComplete;
    const tip = tooltip(el)!;
    expect(tip.getAttribute('part')).to.equal('tooltip');
    expect([...tip.querySelectorAll('strong, span')].map((n) => n.textContent)).to.deep.equal(['Pharmacy, Week 3', 'hidden to protect another hidden cell in this row or column']);
    hover(el, 1, 1);
    await el.updateComplete;
    expect(tooltip(el)!.querySelector('.tip-flag')!.textContent).to.contain('significantly worse');
    root(el).querySelector('.stage')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    let detail: SelectDetail | null = null;
    el.addEventListener('hcx-select', (e) => (detail = e.detail));
    clickCell(el, 2, 0);
    await el.updateComplete;
    await el.updateComplete;
    expect(detail!).to.deep.include({ row: 'pharmacy', column: 'w1' });
    expect(root(el).activeElement).to.equal(cursor(el));
    expect(label(el)).to.match(/^Pharmacy, Week 1/);
  });

  it('highlights the touchpoint chosen elsewhere in the dashboard, by id or by label (any case)', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard><hcx-satisfaction-heatmap .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap></hcx-dashboard>`);
    const el = dash.querySelector<HcxSatisfactionHeatmap>('hcx-satisfaction-heatmap')!;
    await el.updateComplete;
    const highlighted = () => {
      const rect = root(el).querySelector('rect.row-highlight');
      if (!rect) return null;
      const layout = (el as unknown as { current: { layout: { gy: number; rowH: number } } }).current.layout;
      return Math.round((Number(rect.getAttribute('y')) - layout.gy) / layout.rowH);
    };
    expect(highlighted()).to.equal(null);
    dash.selection = { touchpoint: 'PHARMACY', source: 'hcx-value-stream-map' };
    await waitUntil(() => highlighted() !== null);
    expect(highlighted()).to.equal(7);
    dash.selection = { touchpoint: 'waiting', period: '2024-W12', source: 'hcx-control-chart' };
    await waitUntil(() => highlighted() === 2);
    expect(root(el).querySelector('rect.cell-highlight')).to.not.equal(null);
    // A selection made here goes to the dashboard.
    cursor(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dash.selection?.touchpoint === 'appointment');
    expect(dash.selection).to.deep.include({ touchpoint: 'appointment', period: '2024-W01', source: 'hcx-satisfaction-heatmap' });
    await expect(el).to.be.accessible();
  });

  it('sorts rows by name, worst summary first or biggest change, from the attribute or the control', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap sort="label" .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap>`);
    const rows = () => texts(el, 'text.row-label:not(.sum-label)');
    expect(rows().slice(0, 3)).to.deep.equal(['Appointment booking', 'Billing and payment', 'Blood tests']);
    el.sort = 'worst';
    await el.updateComplete;
    // Lowest pooled top-box share first: Waiting area 62.7 %, Pharmacy 66.8 %, Signage 68.9 %.
    expect(rows().slice(0, 3)).to.deep.equal(['Waiting area', 'Pharmacy', 'Signage and wayfinding']);
    expect(el.getAttribute('sort')).to.equal('worst');
    const select = root(el).querySelector<HTMLSelectElement>('.hm-tools select')!;
    expect(select.value).to.equal('worst');
    select.value = 'change';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('change');
    const changes = el.analysis!.rows.map((r) => r.change?.change ?? 0);
    const biggest = el.analysis!.rows[changes.map(Math.abs).indexOf(Math.max(...changes.map(Math.abs)))]!.id;
    expect(rows()[0]).to.equal(el.data!.rows.find((r) => r.id === biggest)!.label);
    select.value = 'none';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows().slice(0, 3)).to.deep.equal(['Appointment booking', 'Registration', 'Waiting area']);
    // Keyboard follows the order on screen.
    el.sort = 'worst';
    await el.updateComplete;
    cursor(el).focus();
    await ctrl('Home');
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.match(/^Waiting area, W1/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Pharmacy, W1/);
  });
});
