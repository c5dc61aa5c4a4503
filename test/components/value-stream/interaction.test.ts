import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/value-stream/hcx-value-stream-map.js';
import '../../../src/components/dashboard/hcx-dashboard.js';
import type { HcxDashboard } from '../../../src/components/dashboard/dashboard.js';
import type { HcxValueStreamMap } from '../../../src/components/value-stream/value-stream-map.js';
import type { SelectDetail } from '../../../src/base/events.js';
import { announcement, example, root, sequentialDoc, stepGroup } from './fixtures.js';

const focused = (el: HcxValueStreamMap) => {
  const active = root(el).activeElement;
  return active ? [Number(active.getAttribute('data-state')), Number(active.getAttribute('data-index'))] : null;
};

describe('<hcx-value-stream-map>: keyboard, selection and the dashboard', () => {
  it('has one tab stop; arrows, Home and End move along the flow and announce every figure', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    expect(root(el).querySelectorAll('g.step[tabindex="0"]')).to.have.length(1);
    stepGroup(el, 0, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 1]);
    expect(stepGroup(el, 0, 1).getAttribute('tabindex')).to.equal('0');
    expect(stepGroup(el, 0, 0).getAttribute('tabindex')).to.equal('-1');
    expect(announcement(el)).to.equal(
      'Registration and insurance check, step 2 of 8 in Current state; role Registration clerk; wait 10 min, process 6 min, value-added 2 min, non-value-added 14 min, %C&A 80%; expected rework 1.5 min; on the critical path; kaizen: Pre-register online the day before; merged into “Self check-in and registration kiosk” in Future state.',
    );
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 7]);
    expect(announcement(el)).to.contain('Billing and payment, step 8 of 8');
    // Past the last step the flow continues into the next state.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([1, 0]);
    expect(announcement(el)).to.contain('Self check-in and registration kiosk, step 1 of 5 in Future state');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 7]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 0]);
    // Down jumps to the same step in the next state (the consultation: current 4th, future 4th by id).
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 3]);
    expect(announcement(el)).to.contain('Consultation, step 4 of 8');
    expect(announcement(el)).to.contain('bottleneck: the most non-value-added time; the longest wait');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([1, 3]);
    expect(announcement(el)).to.contain('Consultation with results at hand');
    // Merged steps lead to the step that took them over.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([1, 0]);
  });

  it('Enter fires hcx-select with the step id, index and figures, and highlights the step', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    const events: SelectDetail[] = [];
    el.addEventListener('hcx-select', (e) => events.push(e.detail));
    stepGroup(el, 0, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.touchpoint).to.equal('b');
    expect(events[0]!.index).to.equal(1);
    expect(events[0]!.item).to.deep.include({ state: 'now', id: 'b', waitBefore: 20, processTime: 15, valueAdded: 10, nonValueAdded: 25, expectedRework: 3.75 });
    expect(stepGroup(el, 0, 1).getAttribute('aria-current')).to.equal('true');
    expect(stepGroup(el, 0, 1).classList.contains('selected')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a click selects the step under the pointer', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    let detail: SelectDetail | null = null;
    el.addEventListener('hcx-select', (e) => (detail = e.detail));
    stepGroup(el, 0, 2).querySelector('rect.hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(detail!.touchpoint).to.equal('c');
    expect(focused(el)).to.deep.equal([0, 2]);
  });

  it('highlights the touchpoint chosen elsewhere in the dashboard, by id or by label (any case)', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard><hcx-value-stream-map .data=${await example('value-stream.json')}></hcx-value-stream-map></hcx-dashboard>`);
    const el = dash.querySelector<HcxValueStreamMap>('hcx-value-stream-map')!;
    await el.updateComplete;
    const selected = () => [...root(el).querySelectorAll('g.step[aria-current="true"]')].map((g) => `${g.getAttribute('data-state')}:${g.getAttribute('data-index')}`);
    expect(selected()).to.deep.equal([]);
    dash.selection = { touchpoint: 'BLOOD TEST', source: 'hcx-satisfaction-heatmap' };
    await waitUntil(() => selected().length > 0);
    // Label match: the current state's "Blood test" (the future one is labelled differently but has the same id… not asked for here).
    expect(selected()).to.deep.equal(['0:4']);
    dash.selection = { touchpoint: 'triage', source: 'hcx-satisfaction-heatmap' };
    await waitUntil(() => selected().length === 2);
    expect(selected()).to.deep.equal(['0:2', '1:1']);
    expect(root(el).querySelector('g.step.selected .ring')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
