import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/dashboard/hcx-dashboard.js';
import '../base/probe-widget.js';
import type { HcxDashboard } from '../../src/components/dashboard/dashboard.js';
import type { ProbeWidget } from '../base/probe-widget.js';
import { shadow, validDoc } from '../base/fixtures.js';

const dashboardDoc = () => ({
  kind: 'dashboard' as const,
  version: 1 as const,
  title: 'Outpatient dashboard',
  datasets: { waiting: validDoc('Waiting'), other: validDoc('Other') },
});

describe('<hcx-dashboard>', () => {
  it('shares datasets with the widgets inside by their dataset attribute', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard .data=${dashboardDoc()}>
      <hcx-probe dataset="waiting"></hcx-probe><hcx-probe dataset="other"></hcx-probe>
    </hcx-dashboard>`);
    const [a, b] = dash.querySelectorAll<ProbeWidget>('hcx-probe');
    await waitUntil(() => a.state === 'ready' && b.state === 'ready');
    expect(shadow(a).querySelector('[part="title"]')?.textContent).to.equal('Waiting');
    expect(shadow(b).querySelector('[part="title"]')?.textContent).to.equal('Other');
    expect(shadow(dash).querySelector('[part="title"]')?.textContent).to.equal('Outpatient dashboard');
    await expect(dash).to.be.accessible();
  });

  it('a missing dataset is a clear error on that widget', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard .data=${dashboardDoc()}><hcx-probe dataset="nope"></hcx-probe></hcx-dashboard>`);
    const el = dash.querySelector<ProbeWidget>('hcx-probe')!;
    await waitUntil(() => el.state === 'error');
    expect(el.errors[0].path).to.equal('datasets.nope');
  });

  it('an invalid dashboard document shows one error with paths', async () => {
    const doc = dashboardDoc() as unknown as { datasets: Record<string, Record<string, unknown>> };
    doc.datasets.waiting.points = 'none';
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard .data=${doc as never}><hcx-probe dataset="waiting"></hcx-probe></hcx-dashboard>`);
    await dash.updateComplete;
    expect(dash.errors.map((e) => e.path)).to.deep.equal(['datasets.waiting.points']);
    expect(shadow(dash).querySelectorAll('[part="error"]')).to.have.length(1);
    expect(shadow(dash).querySelector('[part="error"] li')?.textContent).to.contain('datasets.waiting.points');
  });

  it('provides theme and a shared selection', async () => {
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard theme="dark" .data=${dashboardDoc()}><hcx-probe dataset="waiting"></hcx-probe></hcx-dashboard>`);
    const el = dash.querySelector<ProbeWidget>('hcx-probe')!;
    await waitUntil(() => el.state === 'ready');
    expect(shadow(el).querySelector('.base')?.classList.contains('dark')).to.equal(true);
    dash.selection = { touchpoint: 'registration', source: 'test' };
    await dash.updateComplete;
    await el.updateComplete;
    expect((el as unknown as { dashboard: { selection: unknown } }).dashboard.selection).to.deep.equal({ touchpoint: 'registration', source: 'test' });
  });

  it('loads its document from src', async () => {
    const url = `/api/test/echo?body=${encodeURIComponent(JSON.stringify(dashboardDoc()))}`;
    const dash = await fixture<HcxDashboard>(html`<hcx-dashboard src=${url}><hcx-probe dataset="waiting"></hcx-probe></hcx-dashboard>`);
    const el = dash.querySelector<ProbeWidget>('hcx-probe')!;
    await waitUntil(() => el.state === 'ready', 'widget gets the dataset from the fetched dashboard');
  });
});
