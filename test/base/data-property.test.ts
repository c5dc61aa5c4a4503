import { expect, fixture, html } from '@open-wc/testing';
import './probe-widget.js';
import type { ProbeWidget } from './probe-widget.js';
import { nextEvent, shadow, validDoc } from './fixtures.js';

describe('HcxElement: data property, states and events', () => {
  it('starts empty and shows the empty state', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    expect(el.state).to.equal('empty');
    expect(el.analysis).to.equal(null);
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.contain('No data');
  });

  it('validates, analyses once, renders and fires hcx-data-load', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const loaded = nextEvent(el, 'hcx-data-load');
    el.data = validDoc();
    const event = await loaded;
    expect(event.detail).to.deep.include({ origin: 'data' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(el.errors).to.deep.equal([]);
    expect(el.analysis).to.deep.equal({ count: 3, mean: (50 + 52.5 + 48) / 3 });
    expect(el.analyseCalls).to.equal(1);
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Waiting time');
    expect(shadow(el).querySelector('[part="description"]')?.textContent).to.equal('Minutes');
    expect(shadow(el).querySelector('.summary')?.textContent).to.contain('3 values');
    expect(shadow(el).querySelector('.meta')?.textContent).to.contain('Queue system');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.analyseCalls, 'a re-render does not re-analyse').to.equal(1);
  });

  it('shows every contract problem with its path, localized, and fires hcx-data-error', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const failed = nextEvent<{ kind: string; issues: { path: string }[] }>(el, 'hcx-data-error');
    const bad = validDoc() as unknown as Record<string, unknown>;
    (bad.points as Record<string, unknown>[])[1].value = 'abc';
    delete bad.title;
    el.data = bad as never;
    const event = await failed;
    expect(event.detail.kind).to.equal('contract');
    expect(event.detail.issues.map((i) => i.path)).to.have.members(['title', 'points[1].value']);
    expect(el.state).to.equal('error');
    const view = shadow(el).querySelector('[part="error"]')!;
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.textContent).to.contain('points[1].value');
    expect(view.textContent).to.contain('expected a number, got "abc"');
    expect(view.textContent).to.contain('2 problems');
  });

  it('keeps the last good data on screen, marked stale, when an update is invalid', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.data = validDoc('Good');
    await el.updateComplete;
    const failed = nextEvent(el, 'hcx-data-error');
    el.data = { ...validDoc(), version: 2 } as never;
    await failed;
    expect(el.state).to.equal('stale');
    expect(el.errors[0]).to.include({ path: 'version', code: 'unknown-version' });
    expect(el.analysis?.count).to.equal(3);
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Good');
    expect(shadow(el).querySelector('.banner')?.textContent).to.contain('last good data');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('version');
    el.data = validDoc('Fixed');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.errors).to.deep.equal([]);
  });

  it('null shows the empty state again', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe .data=${validDoc()}></hcx-probe>`);
    expect(el.state).to.equal('ready');
    el.data = null;
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(el.analysis).to.equal(null);
  });

  it('refuses a document of another kind with one clear error', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.data = { kind: 'satisfaction-heatmap', version: 1, title: 'x' } as never;
    await el.updateComplete;
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]).to.include({ path: 'kind', code: 'unknown-kind' });
  });

  it('reports unknown fields as warnings, never silently', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const doc = validDoc() as unknown as Record<string, unknown>;
    doc.improvment = 'decrease';
    el.data = doc as never;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.warnings.map((w) => w.path)).to.deep.equal(['improvment']);
    expect(shadow(el).querySelector('.warnings')?.textContent).to.contain('improvment');
  });

  it('fires hcx-alert once per new alert key', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const seen: string[] = [];
    el.addEventListener('hcx-alert', (e) => seen.push(e.detail.key));
    const doc = validDoc();
    doc.points[0].note = 'alert';
    el.data = doc;
    await el.updateComplete;
    el.data = { ...doc, title: 'Refreshed' };
    await el.updateComplete;
    const doc2 = validDoc();
    doc2.points[0].note = 'alert';
    doc2.points[1].note = 'alert';
    el.data = doc2;
    await el.updateComplete;
    expect(seen).to.deep.equal(['2024-01-01', '2024-01-08']);
  });

  it('works when data is set before the element is connected', async () => {
    const el = document.createElement('hcx-probe') as ProbeWidget;
    el.data = validDoc('Early');
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Early');
    el.remove();
  });

  it('is accessible in ready, error and table states', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe .data=${validDoc()}></hcx-probe>`);
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(4);
    expect(shadow(el).querySelector('caption')?.textContent).to.contain('Waiting time');
    await expect(el).to.be.accessible();
    el.data = { kind: 'control-chart' } as never;
    el.view = 'chart';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
