import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/brand-health/hcx-brand-health.js';
import '../../../src/components/dashboard/hcx-dashboard.js';
import type { HcxDashboard } from '../../../src/components/dashboard/dashboard.js';
import type { HcxBrandHealth } from '../../../src/components/brand-health/brand-health.js';
import type { SelectDetail } from '../../../src/base/events.js';
import { announcement, example, noiseDoc, root, row, settle, text, tile } from './fixtures.js';

const focusedTile = (el: HcxBrandHealth) => Number(root(el).activeElement?.getAttribute('data-index'));
const focusedRow = (el: HcxBrandHealth) => root(el).activeElement?.getAttribute('data-key') ?? null;
const tooltip = (el: HcxBrandHealth) => root(el).querySelector<HTMLElement>('[part="tooltip"]');

async function press(el: HcxBrandHealth, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

describe('<hcx-brand-health>: keyboard, selection, tooltip and the dashboard', () => {
  it('tiles: one tab stop; arrows, Home and End move and announce the full sentence', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    expect(root(el).querySelectorAll('.tile[tabindex="0"]')).to.have.length(1);
    expect(root(el).querySelector('.tiles')!.getAttribute('role')).to.equal('listbox');
    tile(el, 0).focus();
    await press(el, 'ArrowRight');
    expect(focusedTile(el)).to.equal(1);
    expect(tile(el, 1).getAttribute('tabindex')).to.equal('0');
    expect(tile(el, 0).getAttribute('tabindex')).to.equal('-1');
    expect(announcement(el)).to.equal(
      'Return-visit rate: 30.8%, margin of error ±5.5 pp, 95% interval 25.5%–36.6%; n\u00a0=\u00a0263; -2.5 pp vs May 2024: within ±5.5 pp: likely noise; Target ≥ 30%: met.',
    );
    await press(el, 'End');
    expect(focusedTile(el)).to.equal(3);
    expect(announcement(el)).to.equal('Negative mentions: 12 events, 95% interval 6.2–21.0; -5 vs May 2024: within ±7.4: likely noise; Target ≤ 20: met.');
    await press(el, 'ArrowRight');
    expect(focusedTile(el), 'stays on the last tile').to.equal(3);
    await press(el, 'Home');
    expect(focusedTile(el)).to.equal(0);
    expect(announcement(el)).to.equal(
      'Net Promoter Score: 30, margin of error ±10.8, 95% interval 18.8–40.4; n\u00a0=\u00a0250; Promoters 58%, passives 14%, detractors 28%; -7 pts vs May 2024: within ±10.8: likely noise; Target ≥ 35: not met; Benchmark 32: level (within the margin).',
    );
    await press(el, 'ArrowLeft');
    expect(focusedTile(el)).to.equal(0);
  });

  it('tiles: Down and Up move by a row of tiles in a narrow grid', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health style="width: 560px" .data=${noiseDoc()}></hcx-brand-health>`);
    await settle(el);
    // 560 − 26 px of padding and border fits two 196 px tiles per row.
    expect(getComputedStyle(root(el).querySelector('.tiles')!).gridTemplateColumns.split(' ')).to.have.length(2);
    tile(el, 0).focus();
    await press(el, 'ArrowDown');
    expect(focusedTile(el)).to.equal(2);
    await press(el, 'ArrowDown');
    expect(focusedTile(el), 'no third row').to.equal(2);
    await press(el, 'ArrowUp');
    expect(focusedTile(el)).to.equal(0);
  });

  it('Enter on a tile fires hcx-select with the KPI and marks it selected; a click does too', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    tile(el, 0).focus();
    await press(el, 'ArrowRight', 'Enter');
    expect(events).to.have.length(1);
    expect(events[0]!.touchpoint).to.equal('return');
    expect(events[0]!.index).to.equal(1);
    expect(events[0]!.item).to.deep.include({ id: 'return', label: 'Return-visit rate', n: 263, significant: false, alert: false });
    expect(tile(el, 1).getAttribute('aria-selected')).to.equal('true');
    expect(tile(el, 1).classList.contains('selected')).to.equal(true);
    tile(el, 3).click();
    await el.updateComplete;
    expect(events.map((e) => e.touchpoint)).to.deep.equal(['return', 'mentions']);
    expect(tile(el, 1).getAttribute('aria-selected')).to.equal('false');
    expect(tile(el, 3).getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('tooltip on hover and focus: interval, n, previous value and the test', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    expect(tooltip(el)).to.equal(null);
    tile(el, 0).dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    const lines = [...tooltip(el)!.querySelectorAll('strong, span')].map((n) => text(n));
    expect(lines).to.deep.equal([
      'Net Promoter Score',
      '95% interval 18.8–40.4',
      'n\u00a0=\u00a0250',
      'Previous 37 (May 2024), 95% interval 25.0–47.9',
      'Test of the change: z = -0.87, p\u00a0=\u00a00.39',
      'Alert if it drops significantly by at least 5 pts',
    ]);
    // Placed under the tile, inside the plot.
    const tip = tooltip(el)!.getBoundingClientRect();
    expect(tip.top).to.be.at.least(tile(el, 0).getBoundingClientRect().bottom);
    root(el).querySelector('.tiles')!.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    row(el, 'a').focus();
    await el.updateComplete;
    expect(text(tooltip(el)!.querySelector('strong'))).to.equal('Care');
  });

  it('tree: Down/Up move, Right opens then enters, Left goes up, Escape goes back and closes; each move is announced', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    expect(root(el).querySelector('[role="tree"]')).to.not.equal(null);
    expect(root(el).querySelectorAll('.row[tabindex="0"]')).to.have.length(1);
    row(el, 'a').focus();
    await press(el, 'ArrowDown');
    expect(focusedRow(el)).to.equal('b');
    expect(announcement(el)).to.equal(
      'Environment: score 90.0 of 100, weight 25%; +10 vs May 2024, effect on the index +2.5 index pts; 2 sub-indicators; no data this period for Quiet at night.',
    );
    await press(el, 'ArrowRight');
    expect(row(el, 'b').getAttribute('aria-expanded')).to.equal('true');
    expect(focusedRow(el)).to.equal('b');
    expect(announcement(el)).to.match(/ expanded$/);
    expect(root(el).querySelectorAll('.row')).to.have.length(4);
    await press(el, 'ArrowRight');
    expect(focusedRow(el)).to.equal('b/b1');
    await press(el, 'ArrowDown');
    expect(focusedRow(el)).to.equal('b/b2');
    expect(announcement(el)).to.equal('Quiet at night, in Environment: score – of 100, weight 0%; no data this period; its absence moved the index +2.5 index pts.');
    await press(el, 'ArrowLeft');
    expect(focusedRow(el)).to.equal('b');
    expect(row(el, 'b').getAttribute('aria-expanded'), 'Left from a child keeps the parent open').to.equal('true');
    await press(el, 'ArrowDown', 'Escape');
    expect(focusedRow(el)).to.equal('b');
    expect(row(el, 'b').getAttribute('aria-expanded')).to.equal('false');
    expect(announcement(el)).to.match(/ collapsed$/);
    expect(root(el).querySelectorAll('.row')).to.have.length(2);
    await press(el, 'Home');
    expect(focusedRow(el)).to.equal('a');
    await press(el, 'End');
    expect(focusedRow(el)).to.equal('b');
    // Left on an open indicator closes it.
    await press(el, 'Enter', 'ArrowLeft');
    expect(row(el, 'b').getAttribute('aria-expanded')).to.equal('false');
  });

  it('tree: Enter opens an indicator and selects it; Enter on a sub-indicator selects it with its contribution', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    row(el, 'a').focus();
    await press(el, 'Enter');
    expect(row(el, 'a').getAttribute('aria-expanded')).to.equal('true');
    expect(events[0]!.touchpoint).to.equal('a');
    expect(events[0]!.item).to.deep.include({ level: 1, label: 'Care', score: 70, weight: 0.75, contribution: 3.75 });
    await press(el, 'ArrowDown', 'Enter');
    expect(events[1]!.touchpoint).to.equal('a1');
    expect(events[1]!.index).to.equal(0);
    expect(events[1]!.item).to.deep.include({ level: 2, parent: 'a', label: 'Doctor communication', score: 80, previousScore: 70, weight: 0.5, contribution: 3.75 });
    expect(row(el, 'a/a1').getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('highlights the touchpoint chosen elsewhere in the dashboard, by id or label, opening its indicator', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard><hcx-brand-health .data=${await example('brand-health.json')}></hcx-brand-health></hcx-dashboard>`);
    const el = dash.querySelector<HcxBrandHealth>('hcx-brand-health')!;
    await el.updateComplete;
    const selected = () => [...root(el).querySelectorAll('[aria-selected="true"]')].map((n) => n.getAttribute('data-key') ?? n.getAttribute('data-index'));
    expect(selected()).to.deep.equal([]);
    dash.selection = { touchpoint: 'RETURN-VISIT RATE', source: 'hcx-satisfaction-heatmap' };
    await waitUntil(() => selected().length > 0);
    expect(selected()).to.deep.equal(['2']);
    // A sub-indicator by id: its indicator opens so the highlight is visible.
    dash.selection = { touchpoint: 'waiting-time', source: 'hcx-value-stream-map' };
    await waitUntil(() => selected().includes('access-waiting/waiting-time'));
    expect(selected()).to.deep.equal(['access-waiting/waiting-time']);
    expect(row(el, 'access-waiting').getAttribute('aria-expanded')).to.equal('true');
    expect(row(el, 'access-waiting/waiting-time').classList.contains('selected')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
