import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/brand-health/hcx-brand-health.js';
import type { HcxBrandHealth } from '../../../src/components/brand-health/brand-health.js';
import type { AlertDetail } from '../../../src/base/events.js';
import { NOISE_DROP, SIGNIFICANT_DROP, SIGNIFICANT_SMALL, example, npsOnly, root, text, texts } from './fixtures.js';

/** A fresh element that records every hcx-alert, then gets `doc`. */
async function watch(doc: unknown): Promise<{ el: HcxBrandHealth; alerts: AlertDetail[] }> {
  const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health></hcx-brand-health>`);
  const alerts: AlertDetail[] = [];
  el.addEventListener('hcx-alert', (e) => alerts.push(e.detail));
  el.data = doc as never;
  await el.updateComplete;
  await el.updateComplete;
  return { el, alerts };
}

const strip = (el: HcxBrandHealth) => root(el).querySelector<HTMLElement>('.alerts')!;

describe('<hcx-brand-health>: alerts fire exactly when they should', () => {
  it('a significant drop of at least minDrop fires one hcx-alert and shows the strip', async () => {
    const { el, alerts } = await watch(npsOnly(...SIGNIFICANT_DROP));
    expect(el.analysis!.kpis[0]!).to.include({ change: -20, significant: true, alert: true });
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.key).to.equal('kpi-drop:nps:2024-06');
    expect(alerts[0]!.kind).to.equal('kpi-drop');
    expect(alerts[0]!.message).to.equal('Net Promoter Score fell 20 pts (30 → 10): a significant drop (p\u00a0<\u00a00.001), at least the alert threshold of 5 pts.');
    expect(alerts[0]!.item).to.deep.include({ id: 'nps', label: 'Net Promoter Score', alert: true, change: -20 });
    // The strip is a polite status region at the top of the plot (no shouting at page load).
    expect(strip(el).getAttribute('role')).to.equal('status');
    expect(strip(el).classList.contains('on')).to.equal(true);
    expect(texts(el, '.alert-line')).to.deep.equal([`⚠ Alert: ${alerts[0]!.message}`]);
    expect(root(el).querySelector('[part="plot"]')!.firstElementChild!.firstElementChild).to.equal(strip(el));
    await expect(el).to.be.accessible();
  });

  it('a non-significant drop (−7 pts within ±10.8) fires none', async () => {
    const { el, alerts } = await watch(npsOnly(...NOISE_DROP));
    expect(el.analysis!.kpis[0]!).to.include({ change: -7, significant: false, alert: false });
    expect(alerts).to.have.length(0);
    expect(strip(el).classList.contains('on')).to.equal(false);
    expect(text(strip(el))).to.equal('');
  });

  it('a significant drop smaller than minDrop fires none', async () => {
    const { el, alerts } = await watch(npsOnly(...SIGNIFICANT_SMALL));
    const k = el.analysis!.kpis[0]!;
    expect(k.change!).to.be.closeTo(-4.975, 1e-9);
    expect(k.significant).to.equal(true);
    expect(k.alert).to.equal(false);
    expect(alerts).to.have.length(0);
    expect(text(root(el).querySelector('.tile-verdict'))).to.match(/^significant \(p\u00a0=\u00a00\.00\d\)$/);
    // …but the document's own minDrop (4.9) makes it alert.
    const lower = await watch(npsOnly(...SIGNIFICANT_SMALL, { minDrop: 4.9 }));
    expect(lower.alerts).to.have.length(1);
  });

  it('the same data set again fires no second alert; a new period does', async () => {
    const doc = npsOnly(...SIGNIFICANT_DROP);
    const { el, alerts } = await watch(doc);
    expect(alerts).to.have.length(1);
    // The same object, then an equal copy (a refresh that brings the same data).
    el.data = doc;
    await el.updateComplete;
    el.data = structuredClone(doc);
    await el.updateComplete;
    await el.updateComplete;
    expect(alerts).to.have.length(1);
    expect(strip(el).classList.contains('on')).to.equal(true);
    // Next month, another significant drop: a new alert.
    el.data = { ...structuredClone(doc), period: '2024-07', previousPeriod: '2024-06' };
    await el.updateComplete;
    await el.updateComplete;
    expect(alerts.map((a) => a.key)).to.deep.equal(['kpi-drop:nps:2024-06', 'kpi-drop:nps:2024-07']);
  });

  it('a KPI whose better direction is down alerts on a significant rise', async () => {
    const doc = {
      kind: 'brand-health',
      version: 1,
      title: 'Mentions',
      period: '2024-06',
      previousPeriod: '2024-05',
      // 60 vs 30 events: exact conditional binomial p = P(|X − 45| ≥ 15 | X ~ Bin(90, ½)) ≈ 0.002.
      kpis: [{ id: 'mentions', label: 'Negative mentions', type: 'count', direction: 'decrease', current: { value: 60 }, previous: { value: 30 } }],
    };
    const { el, alerts } = await watch(doc);
    expect(el.analysis!.kpis[0]!).to.include({ change: 30, significant: true, alert: true });
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.message).to.match(/^Negative mentions rose 30 \(30 → 60\): a significant worsening \(p\u00a0=\u00a00\.00\d\), at least the alert threshold of 5\.$/);
  });

  it('the main example alerts on its NPS drop only, loaded from src', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health></hcx-brand-health>`);
    const alerts: AlertDetail[] = [];
    el.addEventListener('hcx-alert', (e) => alerts.push(e.detail));
    el.src = '/api/test/example?file=brand-health.json';
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.analysis!.alerts).to.deep.equal(['nps']);
    expect(alerts.map((a) => a.key)).to.deep.equal(['kpi-drop:nps:2024-06']);
    // The 6-point drop of complaints resolved on time is larger than minDrop but not significant: no alert.
    const doc = await example('brand-health.json');
    const complaints = el.analysis!.kpis.find((k) => k.id === 'complaints-on-time')!;
    expect(complaints.change!).to.be.lessThan(-5);
    expect(complaints.significant).to.equal(false);
    expect(doc.kpis).to.have.length(5);
  });
});
