import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './probe-widget.js';
import type { ProbeWidget } from './probe-widget.js';
import { nextEvent, shadow, validDoc } from './fixtures.js';

const echo = (doc: unknown, delay = 0) => `/api/test/echo?delay=${delay}&body=${encodeURIComponent(JSON.stringify(doc))}`;

describe('HcxElement: src loading against the test server', () => {
  it('loads a 200 JSON document: loading, then ready, with hcx-data-load', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const loaded = nextEvent<{ origin: string }>(el, 'hcx-data-load');
    el.src = echo(validDoc('From server'), 150);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelector('.loading')?.textContent).to.contain('Loading');
    expect((await loaded).detail.origin).to.equal('src');
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('From server');
  });

  it('serves the example files and validates them', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe src="/api/test/example?file=control-chart.json"></hcx-probe>`);
    await waitUntil(() => el.state === 'ready', 'example loads');
    expect(el.analysis!.count).to.be.greaterThan(20);
  });

  for (const [name, url, kind, status] of [
    ['404', '/api/test/status?code=404', 'http', 404],
    ['500', '/api/test/status?code=500', 'http', 500],
    ['HTML instead of JSON', '/api/test/html', 'parse', 200],
    ['truncated JSON', '/api/test/truncated', 'parse', 200],
  ] as const) {
    it(`${name}: error state with hcx-data-error { kind: ${kind} }`, async () => {
      const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
      const failed = nextEvent<{ kind: string; status?: number }>(el, 'hcx-data-error');
      el.src = url;
      const event = await failed;
      expect(event.detail.kind).to.equal(kind);
      if (kind === 'http') expect(event.detail.status).to.equal(status);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.match(kind === 'http' ? new RegExp(String(status)) : /valid JSON/);
    });
  }

  it('a failed refresh keeps the last good data, marked stale', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.src = echo(validDoc('Good'));
    await waitUntil(() => el.state === 'ready');
    el.src = '/api/test/status?code=500';
    await waitUntil(() => el.state === 'stale', 'stale after a failed refresh');
    expect(el.analysis!.count).to.equal(3);
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Good');
    expect(shadow(el).querySelector('.banner')?.textContent).to.contain('last good data');
  });

  it('ignores a slow response once src has changed (the first request is aborted)', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    const titles: string[] = [];
    el.addEventListener('hcx-data-load', () => titles.push(el.analysis ? shadow(el).querySelector('[part="title"]')?.textContent ?? '' : ''));
    el.src = echo(validDoc('Slow'), 800);
    await el.updateComplete;
    el.src = echo(validDoc('Fast'));
    await waitUntil(() => el.state === 'ready');
    await new Promise((r) => setTimeout(r, 1000));
    expect(titles).to.deep.equal(['Fast']);
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Fast');
  });

  it('the data property wins over src', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe src=${echo(validDoc('Remote'), 300)}></hcx-probe>`);
    el.data = validDoc('Local');
    await new Promise((r) => setTimeout(r, 500));
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Local');
  });

  it('refresh() fetches again', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    let loads = 0;
    el.addEventListener('hcx-data-load', () => loads++);
    el.src = echo(validDoc());
    await waitUntil(() => loads === 1);
    el.refresh();
    await waitUntil(() => loads === 2, 'second load');
  });
});

describe('HcxElement: inline JSON', () => {
  it('reads a child <script type="application/json"> without any JS', async () => {
    const json = JSON.stringify(validDoc('Inline'));
    const el = await fixture<ProbeWidget>(html`<hcx-probe><script type="application/json">${json}</script></hcx-probe>`);
    await waitUntil(() => el.state === 'ready');
    expect(shadow(el).querySelector('[part="title"]')?.textContent).to.equal('Inline');
  });

  it('reports broken inline JSON as a parse error', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe><script type="application/json">{"kind": </script></hcx-probe>`);
    await waitUntil(() => el.state === 'error');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('valid JSON');
  });

  it('follows changes to the inline script', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe><script type="application/json">${JSON.stringify(validDoc('One'))}</script></hcx-probe>`);
    await waitUntil(() => el.state === 'ready');
    el.querySelector('script')!.textContent = JSON.stringify(validDoc('Two'));
    await waitUntil(() => shadow(el).querySelector('[part="title"]')?.textContent === 'Two', 'title follows the script');
  });
});
