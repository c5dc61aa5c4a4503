import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/control-chart/hcx-control-chart.js';
import '../../../src/components/dashboard/hcx-dashboard.js';
import type { HcxControlChart } from '../../../src/components/control-chart/control-chart.js';
import type { HcxDashboard } from '../../../src/components/dashboard/dashboard.js';
import type { AlertDetail, SelectDetail } from '../../../src/base/events.js';
import type { ControlChartDocument } from '../../../src/contract/control-chart.js';
import { announcement, concernDoc, fmt, plot, root, smallDoc, week } from './fixtures.js';

const tooltip = (el: HcxControlChart) => root(el).querySelector<HTMLElement>('[part="tooltip"]');

describe('<hcx-control-chart>: keyboard, tooltip, selection and alerts', () => {
  it('one tab stop; arrows, Home, End and Page keys move a single focus mark and announce each point', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart .data=${smallDoc()}></hcx-control-chart>`);
    expect(root(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    expect(root(el).querySelectorAll('[tabindex]'), 'no element per point').to.have.length(1);
    plot(el).focus();
    await el.updateComplete;
    // Focus starts on the latest point.
    expect(el.activeIndex).to.equal(7);
    const a = el.analysis!;
    const limits = `limits ${fmt(a.points[7]!.lcl!, 1)} to ${fmt(a.points[7]!.ucl!, 1)} min (trial limits)`;
    expect(announcement(el)).to.equal(`Feb 19, 2024; 12 min; Mean ${fmt(11.875, 1)} min, ${limits}; Common cause variation; Moving range 1 min; point 8 of 8.`);
    expect(tooltip(el)!.textContent).to.contain('Feb 19, 2024');
    expect(root(el).querySelectorAll('g.focus-mark')).to.have.length(1);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(6);
    expect(announcement(el)).to.match(/^Feb 12, 2024; 11 min;/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(0);
    expect(announcement(el)).to.contain('point 1 of 8');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.activeIndex, 'stays at the first point').to.equal(0);
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(7);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(7);
    // The focus ring sits on the point: x of band 7, y of its value.
    const ring = root(el).querySelector('g.focus-mark circle.focus-ring')!;
    const line = plot(el).querySelector('path.line')!.getAttribute('d')!;
    const last = line.split('L').pop()!.split(',').map(Number);
    expect(Number(ring.getAttribute('cx'))).to.be.closeTo(last[0]!, 0.11);
    expect(Number(ring.getAttribute('cy'))).to.be.closeTo(last[1]!, 0.11);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Up and Down jump to the previous and next special-cause point, and the rules that fired are read out', async () => {
    const doc = concernDoc();
    doc.points.push({ x: week(9), value: 12 }, { x: week(10), value: 11 });
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart .data=${doc}></hcx-control-chart>`);
    plot(el).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(8);
    expect(announcement(el)).to.contain('Special cause concern: outside the control limits');
    expect(tooltip(el)!.textContent).to.contain('Special cause concern: outside the control limits');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.activeIndex, 'no later signal: stays').to.equal(8);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.activeIndex).to.equal(8);
  });

  it('Enter fires hcx-select with the period, index and the point’s analysis, and rings the point', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart .data=${smallDoc()}></hcx-control-chart>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    plot(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The chart reads the analysis' typed arrays: the point objects wait until someone asks.
    const made = (target: object) => Object.getOwnPropertyDescriptor(target, 'points')!.get === undefined;
    expect(made(el.analysis!), 'points made by drawing, moving and selecting').to.equal(false);
    expect(made(el.analysis!.movingRange!), 'moving ranges made by drawing, moving and selecting').to.equal(false);
    expect(events).to.have.length(1);
    expect(events[0]!.period).to.equal(week(6));
    expect(events[0]!.index).to.equal(6);
    expect(events[0]!.item).to.equal(el.analysis!.points[6]);
    expect(root(el).querySelectorAll('g.selected circle.selected-ring')).to.have.length(1);
  });

  it('the pointer shows the tooltip of the point under it; a click selects it', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart style="width: 800px" .data=${smallDoc()}></hcx-control-chart>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    const svg = plot(el);
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const line = svg.querySelector('path.line')!.getAttribute('d')!;
    const [x2, y2] = line.split('L')[2]!.split(',').map(Number) as [number, number];
    const at = { clientX: box.left + x2 * scale, clientY: box.top + y2 * scale, bubbles: true, composed: true };
    svg.dispatchEvent(new PointerEvent('pointermove', at));
    await el.updateComplete;
    expect(el.activeIndex).to.equal(2);
    expect(tooltip(el)!.querySelector('strong')!.textContent).to.equal('Jan 15, 2024');
    let detail: SelectDetail | null = null;
    el.addEventListener('hcx-select', (e) => (detail = e.detail));
    svg.dispatchEvent(new MouseEvent('click', at));
    expect(detail!.index).to.equal(2);
    svg.dispatchEvent(new PointerEvent('pointerleave', at));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('hcx-alert fires once per new special-cause concern and when assurance turns to fail', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart></hcx-control-chart>`);
    const alerts: AlertDetail[] = [];
    el.addEventListener('hcx-alert', (e) => alerts.push(e.detail));
    el.data = smallDoc();
    await el.updateComplete;
    expect(alerts, 'common cause: no alert').to.deep.equal([]);
    // A week of 30 minutes (lower is better): outside the upper limit, a concern.
    const concern = concernDoc();
    el.data = concern;
    await el.updateComplete;
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.key).to.equal(`concern|${week(8)}`);
    expect(alerts[0]!.kind).to.equal('special-cause-concern');
    expect(alerts[0]!.message).to.equal('Clinic waiting time: Special cause concern: Feb 26, 2024 is above the upper limit.');
    // The same data again, and one more ordinary week: the same concern, no second alert.
    el.data = structuredClone(concern);
    await el.updateComplete;
    const more: ControlChartDocument = structuredClone(concern);
    more.points.push({ x: week(9), value: 12 });
    el.data = more;
    await el.updateComplete;
    expect(alerts).to.have.length(1);
    // A target the process cannot meet: above the upper limit (27.9) when higher is better → assurance fail.
    // (Higher now being better, week 8 is an improvement: its concern is gone.)
    el.data = { ...structuredClone(more), improvement: 'increase', target: 40 };
    await el.updateComplete;
    expect(el.analysis!.assurance).to.equal('fail');
    expect(alerts.map((a) => a.key)).to.deep.equal([`concern|${week(8)}`, 'assurance-fail']);
    expect(alerts[1]!.message).to.equal('Clinic waiting time: target 40 min will not be met unless the process changes.');
    // Three ordinary weeks later the concern is history: no alert for it; a new one fires again.
    const later: ControlChartDocument = structuredClone(more);
    later.points.push({ x: week(10), value: 11 }, { x: week(11), value: 13 }, { x: week(12), value: 35 });
    el.data = later;
    await el.updateComplete;
    expect(alerts.map((a) => a.key)).to.deep.equal([`concern|${week(8)}`, 'assurance-fail', `concern|${week(12)}`]);
  });

  it('highlights the period chosen elsewhere in the dashboard (period or touchpoint, any case; an ISO month picks its weeks)', async () => {
    const doc = smallDoc();
    doc.points = doc.points.map((p, i) => ({ ...p, x: i < 4 ? p.x : `Week ${i + 1}` }));
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard><hcx-control-chart .data=${doc}></hcx-control-chart></hcx-dashboard>`);
    const el = dash.querySelector<HcxControlChart>('hcx-control-chart')!;
    await el.updateComplete;
    const ringed = () => root(el).querySelectorAll('g.selected circle.selected-ring').length;
    expect(ringed()).to.equal(0);
    dash.selection = { touchpoint: 'WEEK 6', source: 'hcx-satisfaction-heatmap' };
    await waitUntil(() => ringed() === 1);
    dash.selection = { period: '2024-01', source: 'hcx-satisfaction-heatmap' };
    await waitUntil(() => ringed() === 4);
    // Selecting here shares the period with the dashboard.
    plot(el).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dash.selection?.period === week(0));
    expect(dash.selection!.source).to.equal('hcx-control-chart');
    await waitUntil(() => ringed() === 1);
    await expect(el).to.be.accessible();
  });
});
