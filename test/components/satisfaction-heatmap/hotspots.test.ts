import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import type { AlertDetail } from '../../../src/base/events.js';
import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../../src/contract/satisfaction-heatmap.js';
import { funnelDoc, root, settle } from './fixtures.js';

/** Rectangles of an SVG path written as `M x y h w v h h -w z` (the cell layer's form). */
function rects(d: string | null | undefined): { x: number; y: number; w: number; h: number }[] {
  return [...(d ?? '').matchAll(/M([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)h[\d.-]+z/g)].map((m) => ({ x: +m[1]!, y: +m[2]!, w: +m[3]!, h: +m[4]! }));
}

/**
 * Mean-score funnel, hand-checked: six cells of n = 100, sd = 1, so the pooled within-cell
 * sd is 1 and θ = (4.1 + 4.2 + 4.0 + 3.65 + 3.75 + 4.3) / 6 = 24 / 6 = 4.0. Normal limits
 * θ + z·σ/√n: 95 % lower 4.0 − 1.959964/10 = 3.8040036; 99.8 % lower 4.0 − 3.090232/10 =
 * 3.6909768. So 3.65 is beyond 99.8 %, 3.75 beyond 95 % only.
 */
function meanDoc(): SatisfactionHeatmapDocument {
  const values = [4.1, 4.2, 4.0, 3.65, 3.75, 4.3];
  const cells: HeatmapCell[] = values.map((value, i) => ({ row: i < 3 ? 'a' : 'b', column: `c${i % 3}`, value, n: 100, sd: 1 }));
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Mean funnel',
    measure: 'mean-score',
    scale: { min: 1, max: 5 },
    rows: [
      { id: 'a', label: 'Registration' },
      { id: 'b', label: 'Pharmacy' },
    ],
    columns: [0, 1, 2].map((i) => ({ id: `c${i}`, label: `Q${i + 1}` })),
    cells,
  };
}

describe('<hcx-satisfaction-heatmap>: hotspots', () => {
  it('top-box: match the hand-computed binomial funnel (θ = 0.8, n = 100) and are outlined', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 800px" .data=${funnelDoc()}></hcx-satisfaction-heatmap>`);
    await settle(el);
    const a = el.analysis!;
    expect(a.overall!.value).to.be.closeTo(80, 1e-9);
    expect(a.hotspots.map((h) => [h.row, h.column, h.value, h.level])).to.deep.equal([
      ['pharmacy', 'w1', 66, 0.998],
      ['pharmacy', 'w3', 70, 0.95],
    ]);
    // Limits from the comment in fixtures.ts: (67 − 0.676585)/100 and (72 − 0.647609)/100.
    expect(a.hotspots[0]!.limit).to.be.closeTo(66.32341, 1e-4);
    expect(a.hotspots[1]!.limit).to.be.closeTo(71.35239, 1e-4);
    // One solid outline (99.8 %) and one dashed (95 %), on the pharmacy row (display row 1), columns 0 and 2.
    const layout = (el as unknown as { current: { layout: { cellW: number; rowH: number } } }).current.layout;
    const alarm = rects(root(el).querySelector('path.hot.alarm')?.getAttribute('d'));
    const warning = rects(root(el).querySelector('path.hot.warning')?.getAttribute('d'));
    expect(alarm).to.have.length(1);
    expect(warning).to.have.length(1);
    expect(Math.floor(alarm[0]!.x / layout.cellW)).to.equal(0);
    expect(Math.floor(alarm[0]!.y / layout.rowH)).to.equal(1);
    expect(Math.floor(warning[0]!.x / layout.cellW)).to.equal(2);
    expect(Math.floor(warning[0]!.y / layout.rowH)).to.equal(1);
    expect(getComputedStyle(root(el).querySelector('path.hot.warning')!).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(root(el).querySelector('path.hot.alarm')!).strokeDasharray).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('mean-score: match the hand-computed normal funnel (θ = 4.0, σ = 1, n = 100)', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${meanDoc()}></hcx-satisfaction-heatmap>`);
    const a = el.analysis!;
    expect(a.overall!.value).to.be.closeTo(4, 1e-12);
    expect(a.hotspots.map((h) => [h.row, h.column, h.value, h.level])).to.deep.equal([
      ['b', 'c0', 3.65, 0.998],
      ['b', 'c1', 3.75, 0.95],
    ]);
    expect(a.hotspots[0]!.limit).to.be.closeTo(3.6909768, 1e-6);
    expect(a.hotspots[1]!.limit).to.be.closeTo(3.8040036, 1e-6);
  });

  it('complaint rates: hotspots are above the upper limit (higher is worse)', async () => {
    // 10 cells of 10,000 contacts; 9 have 10 complaints, one 30: θ = 120/100,000 = 1.2 per 1,000,
    // Poisson mean 12; 30 is far above the 99.8 % limit (P(X ≥ 30 | 12) ≈ 1e-5), 10 is below θ.
    const cells: HeatmapCell[] = Array.from({ length: 10 }, (_, i) => ({ row: i < 5 ? 'a' : 'b', column: `d${i % 5}`, value: i === 7 ? 30 : 10, n: 10_000 }));
    const doc: SatisfactionHeatmapDocument = {
      kind: 'satisfaction-heatmap',
      version: 1,
      title: 'Complaints',
      measure: 'complaint-rate',
      rows: [
        { id: 'a', label: 'Billing' },
        { id: 'b', label: 'Waiting' },
      ],
      columns: [0, 1, 2, 3, 4].map((i) => ({ id: `d${i}`, label: `Dept ${i}` })),
      cells,
    };
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${doc}></hcx-satisfaction-heatmap>`);
    expect(el.analysis!.hotspots.map((h) => [h.row, h.column, h.value, h.level])).to.deep.equal([['b', 'd2', 3, 0.998]]);
    expect(el.analysis!.hotspots[0]!.limit).to.be.greaterThan(1.2);
  });

  it('hcx-alert fires once per new hotspot (key row|column|level), never again for the same data', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap></hcx-satisfaction-heatmap>`);
    const alerts: AlertDetail[] = [];
    el.addEventListener('hcx-alert', (e) => alerts.push(e.detail));
    el.data = funnelDoc();
    await el.updateComplete;
    expect(alerts.map((a) => a.key)).to.deep.equal(['pharmacy|w1|0.998', 'pharmacy|w3|0.95']);
    expect(alerts.every((a) => a.kind === 'hotspot')).to.equal(true);
    expect(alerts[0]!.message).to.equal(
      'Pharmacy, Week 1: 66.0% is significantly worse than the hospital-wide 80.0% (beyond the 99.8% funnel limit of 66.3%).',
    );
    expect(alerts[0]!.item).to.deep.include({ row: 'pharmacy', column: 'w1', value: 66, level: 0.998 });
    expect(JSON.parse(JSON.stringify(alerts[1]))).to.deep.include({ key: 'pharmacy|w3|0.95', kind: 'hotspot' });
    expect(JSON.parse(JSON.stringify(alerts[1])).message).to.contain('Week 3: 70.0%');

    // The same figures again (a new object, e.g. a refresh): nothing new.
    el.data = funnelDoc();
    await el.updateComplete;
    expect(alerts).to.have.length(2);

    // Week 3 gets worse (beyond 99.8 % now) and week 4 becomes a hotspot: two new keys fire.
    const worse = funnelDoc();
    worse.cells.find((c) => c.row === 'pharmacy' && c.column === 'w3')!.value = 60;
    worse.cells.find((c) => c.row === 'registration' && c.column === 'w4')!.value = 64;
    worse.cells.find((c) => c.row === 'registration' && c.column === 'w1')!.value = 100;
    worse.cells.find((c) => c.row === 'registration' && c.column === 'w2')!.value = 100;
    el.data = worse;
    await el.updateComplete;
    const fresh = alerts.slice(2).map((a) => a.key);
    expect(el.analysis!.hotspots.map((h) => `${h.row}|${h.column}|${h.level}`)).to.have.members(['pharmacy|w1|0.998', 'pharmacy|w3|0.998', 'registration|w4|0.998']);
    expect(fresh).to.have.members(['pharmacy|w3|0.998', 'registration|w4|0.998']);
  });

  it('over periods, hcx-alert fires only for hotspots in each row\'s latest shown period; analysis lists them all', async () => {
    // The funnel document with ISO week columns: its two hotspots (weeks 1 and 3) are history.
    const weekly = (): SatisfactionHeatmapDocument => {
      const doc = funnelDoc();
      const week = (id: string) => `2024-W0${id.slice(1)}`;
      doc.columns = doc.columns.map((c) => ({ id: week(c.id), label: c.label }));
      doc.cells = doc.cells.map((c) => ({ ...c, column: week(c.column) }));
      return doc;
    };
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap></hcx-satisfaction-heatmap>`);
    const alerts: AlertDetail[] = [];
    el.addEventListener('hcx-alert', (e) => alerts.push(e.detail));
    el.data = weekly();
    await el.updateComplete;
    expect(el.analysis!.hotspots.map((h) => `${h.row}|${h.column}|${h.level}`)).to.deep.equal(['pharmacy|2024-W01|0.998', 'pharmacy|2024-W03|0.95']);
    expect(alerts).to.deep.equal([]);

    // Pharmacy's latest week turns bad: that hotspot alerts, the old ones still do not.
    const latestBad = weekly();
    latestBad.cells.find((c) => c.row === 'pharmacy' && c.column === '2024-W04')!.value = 60;
    el.data = latestBad;
    await el.updateComplete;
    expect(el.analysis!.hotspots.map((h) => h.column)).to.include.members(['2024-W01', '2024-W04']);
    expect(alerts.map((a) => a.key)).to.deep.equal(['pharmacy|2024-W04|0.998']);
    expect(alerts[0]!.message).to.contain('Pharmacy, Week 4: 60.0%');

    // No week-4 figure for pharmacy: its latest shown period is week 3, whose hotspot is current.
    const noWeek4 = weekly();
    noWeek4.cells = noWeek4.cells.filter((c) => !(c.row === 'pharmacy' && c.column === '2024-W04'));
    el.data = noWeek4;
    await el.updateComplete;
    const week3 = el.analysis!.hotspots.find((h) => h.row === 'pharmacy' && h.column === '2024-W03')!;
    expect(week3).to.not.equal(undefined);
    expect(alerts.slice(1).map((a) => a.key)).to.deep.equal([`pharmacy|2024-W03|${week3.level}`]);
  });
});
