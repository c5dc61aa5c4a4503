import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './probe-widget.js';
import type { ProbeWidget } from './probe-widget.js';
import { validDoc } from './fixtures.js';

/** Longer than `whenIdle`'s deadline (1 s), so a warm-up that was going to run has run. */
const pastIdleDeadline = () => new Promise((resolve) => setTimeout(resolve, 1200));

describe('HcxElement: Intl warm-up before the data', () => {
  it('warms up the formatters of its locale in idle time while it waits for data', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe lang="fi"></hcx-probe>`);
    await waitUntil(() => el.warmedUp.length > 0, 'no warm-up ran', { timeout: 3000 });
    expect(el.warmedUp).to.deep.equal(['fi']);
  });

  it('does not warm up when the data is drawn first', async () => {
    const el = document.createElement('hcx-probe') as ProbeWidget;
    el.data = validDoc();
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    await pastIdleDeadline();
    expect(el.warmedUp).to.deep.equal([]);
    el.remove();
  });

  it('cancels a pending warm-up when data arrives before the page is idle', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.data = validDoc();
    await el.updateComplete;
    await pastIdleDeadline();
    expect(el.warmedUp).to.deep.equal([]);
  });

  it('cancels a pending warm-up when the element leaves the page', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.remove();
    await pastIdleDeadline();
    expect(el.warmedUp).to.deep.equal([]);
  });
});
