import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/value-stream/hcx-value-stream-map.js';
import type { HcxValueStreamMap } from '../../../src/components/value-stream/value-stream-map.js';
import { expectFitsWidth, expectFontAtLeast, expectInsideHost, exportedText, itIsAccessibleInEveryState, parsedExport } from '../../support/shell-checks.js';
import { example, parallelDoc, root, sequentialDoc, settle, texts } from './fixtures.js';

describe('<hcx-value-stream-map>: narrow column, locales, exports and every state', () => {
  it('at 400 px nothing overflows the host, the map scrolls inside the plot and text stays ≥ 11 px', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    el.style.width = '400px';
    await settle(el);
    expectFitsWidth(el, 400);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(scroller.scrollWidth, 'the map keeps its size and scrolls').to.be.greaterThan(scroller.clientWidth);
    // Everything outside the scroller (title, toolbar, key figures, legend, summary) lies within the host.
    expectInsideHost(el, '.scroller, .sr-only');
    // The key figures stay in view: all six tiles within the visible width.
    expect(root(el).querySelectorAll('.kpi')).to.have.length(6);
    // The SVG is drawn 1:1 (never scaled down), so its font sizes are the sizes on screen.
    const svg = root(el).querySelector<SVGSVGElement>('svg.hcx-chart')!;
    expect(svg.getScreenCTM()!.a).to.be.closeTo(1, 1e-6);
    expectFontAtLeast(el, 'svg text, .kpi span, .summary, [part="legend"] span');
    // The totals wrap to the visible width (they are readable without scrolling).
    const totals = [...root(el).querySelectorAll<SVGTextElement>('text.totals')];
    for (const line of totals) expect(line.getBBox().x + line.getBBox().width).to.be.at.most(scroller.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('fills a wide column without scrolling', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map style="width: 1280px" .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    await settle(el);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
  });

  it('Finnish: strings and number formats', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map lang="fi" .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    const summary = root(el).querySelector('.summary')!.textContent!;
    // fi: decimal comma, U+2212 minus, a no-break space before %.
    expect(summary).to.equal(
      'Läpimenoaika lyheni: 120 min → 45 min (\u221262,5\u00a0%); arvoa tuottavan ajan osuus kasvoi: 35\u00a0% → 66,7\u00a0%. Pisin odotus (Future state): 5 min ennen vaihetta ”Consultation with results at hand”.',
    );
    expect(texts(el, '.kpi-label')[0]).to.equal('Läpimenoaika');
    expect(texts(el, 'text.totals')[0]).to.contain('Läpimenoaika 120 min');
    expect(texts(el, '.data-text')).to.include('Työ 15 min');
    expect(root(el).querySelector('.kpi-change')!.textContent).to.equal('\u221275 min (\u221262,5\u00a0%)');
  });

  it('Simplified Chinese: strings and units', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map lang="zh-CN" .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    expect(root(el).querySelector('.summary')!.textContent).to.equal(
      '前置时间从 120 分钟 缩短至 45 分钟（-62.5%）；增值时间占比从 35% 提高到 66.7%。Future state中最长等待：“Consultation with results at hand”之前 5 分钟。',
    );
    expect(texts(el, '.kpi-label')).to.deep.equal(['前置时间', '增值时间', '非增值时间', '流程周期效率', '累计 %C&A', '预期返工时间']);
    expect(texts(el, '.badge.concern')).to.include('瓶颈');
    await expect(el).to.be.accessible();
  });

  it('Traditional Chinese has its own words', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map lang="zh-TW" .data=${sequentialDoc()}></hcx-value-stream-map>`);
    expect(root(el).querySelector('.summary')!.textContent).to.contain('前置時間 55 分鐘');
  });

  it('CSV: one row per step per state, totals and change rows, raw numbers', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    const lines = el.toCSV().split('\r\n');
    expect(lines[0]).to.equal(
      '\uFEFFState,Step,Role,Wait (min),Process (min),Value-added (min),Non-value-added (min),Wait + process (min),Value-added share,%C&A,Expected rework (min),On critical path',
    );
    expect(lines[1]).to.equal('Now,Check-in,Reception,0,10,5,5,10,0.5,1,0,yes');
    // b: NVA 20 + 15 − 10 = 25; share 10/35; rework 15 × 20/80 = 3.75.
    expect(lines[2]).to.equal(`Now,Consultation,Physician,20,15,10,25,35,${10 / 35},0.8,3.75,yes`);
    expect(lines[4]).to.equal(`Now,Total on the critical path,,25,30,20,35,55,${20 / 55},0.8,3.75,`);
    expect(lines).to.have.length(6); // header, 3 steps, total, trailing empty
    const compared = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    const rows = compared.toCSV().split('\r\n');
    // 8 + 5 steps, two totals, the change row.
    expect(rows.filter(Boolean)).to.have.length(1 + 8 + 1 + 5 + 1 + 1);
    const change = rows.find((r) => r.startsWith('Change'))!;
    // Waits 14 − 70, process 31 − 50, VA −12, NVA −63, lead −75.
    expect(change.split(',').slice(0, 8)).to.deep.equal(['Change: Current state → Future state', 'Total on the critical path', '', '-56', '-19', '-12', '-63', '-75']);
  });

  it('table view shows the same rows, and is accessible', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map view="table" .data=${parallelDoc()}></hcx-value-stream-map>`);
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(5);
    expect(texts(el, 'tbody tr:nth-child(3) td').slice(-2)).to.deep.equal(['0', 'no']); // imaging: off the path
    await expect(el).to.be.accessible();
  });

  it('toSVG() returns a standalone SVG with the step labels', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${parallelDoc()}></hcx-value-stream-map>`);
    const doc = parsedExport(el);
    const text = exportedText(doc);
    for (const label of ['Triage', 'Laboratory', 'Imaging', 'Doctor']) expect(text).to.contain(label);
    expect(doc.querySelector('pattern#vsm-hatch')).to.not.equal(null);
  });

  itIsAccessibleInEveryState<HcxValueStreamMap>({
    tag: 'hcx-value-stream-map',
    invalid: {
      doc: { kind: 'value-stream', version: 1, title: 'Broken', states: [{ id: 's', label: 'S', steps: [{ id: 'a', label: 'A', waitBefore: -1, processTime: 'abc', valueAdded: 0 }] }] },
      paths: ['states[0].steps[0].waitBefore', 'states[0].steps[0].processTime'],
    },
    valid: sequentialDoc,
    lastGood: (el) => {
      expect(el.analysis!.states[0]!.leadTime).to.equal(55);
      expect(root(el).querySelectorAll('g.step')).to.have.length(3);
    },
  });

  it('is accessible in dark and high-contrast themes, both layouts', async () => {
    for (const theme of ['dark', 'high-contrast'] as const) {
      for (const layout of ['flow', 'lanes'] as const) {
        const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map theme=${theme} layout=${layout} .data=${await example('value-stream-ed.json')}></hcx-value-stream-map>`);
        await expect(el).to.be.accessible();
      }
    }
  });
});
