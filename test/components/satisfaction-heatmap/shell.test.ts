import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import { expectFitsWidth, expectFontAtLeast, expectInsideHost, exportedText, itIsAccessibleInEveryState, parsedExport } from '../../support/shell-checks.js';
import { showWholeTable } from '../../support/widget.js';
import { announcement, bigPrivacyDoc, cursor, example, hover, press, root, settle, smallDoc, texts, tooltip } from './fixtures.js';

describe('<hcx-satisfaction-heatmap>: locales, exports, narrow width and every state', () => {
  it('English summary: plain sentences with the hospital-wide value, target, weak spots, hotspots and hidden cells', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    // θ = 652/953 = 68.4 %; registration 263/300 = 87.7 % is the only row at or above 80 %.
    expect(root(el).querySelector('.summary')!.textContent).to.equal(
      'Hospital-wide, 68.4% of answers were top-box (n = 953) across 3 touchpoints and 4 columns. 1 of 3 touchpoints meets the target of 80.0%. ' +
        'Weakest: Waiting area (29.2%) and Pharmacy (78.8%). 2 cells are significantly worse than the hospital-wide value, all in Waiting area. ' +
        '6 cells are hidden to protect small groups. 1 cell has no data.',
    );
  });

  it('Finnish: strings and number formats (decimal comma, space before %)', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap lang="fi" .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    expect(root(el).querySelector('.summary')!.textContent).to.equal(
      'Koko sairaalassa 68,4\u00a0% vastauksista oli parasta vaihtoehtoa (n = 953); mukana 3 kohtaamispistettä ja 4 saraketta. 1/3 kohtaamispisteestä saavuttaa tavoitteen 80,0\u00a0%. ' +
        'Heikoimmat: Waiting area (29,2\u00a0%) ja Pharmacy (78,8\u00a0%). 2 solua on merkitsevästi koko sairaalaa heikompia, kaikki kohteessa Waiting area. ' +
        '6 solua on piilotettu pienten ryhmien suojaamiseksi. 1 solulta puuttuvat tiedot.',
    );
    cursor(el).focus();
    press(el, 'ArrowRight');
    await el.updateComplete;
    expect(announcement(el)).to.equal('Registration, Week 2: 85,0\u00a0%; n = 100; 95 %:n luottamusväli 76,7\u00a0%–90,7\u00a0%.');
    expect(texts(el, 'text.sum-value')[0]).to.equal('87,7\u00a0%');
    expect(texts(el, 'text.sum-head')).to.deep.equal(['Kaikki']);
    expect(root(el).querySelector('.hm-tools label')!.textContent).to.contain('Rivien järjestys');
    el.view = 'table';
    await el.updateComplete;
    expect(texts(el, 'thead th').slice(0, 4)).to.deep.equal(['Kohtaamispiste', 'Jakso tai yksikkö', 'Parhaan vaihtoehdon osuus', 'n']);
    expect(texts(el, 'tbody tr:nth-child(2) td').slice(0, 4)).to.deep.equal(['Week 2', '85,0\u00a0%', '100', '76,7\u00a0%']);
  });

  it('Simplified Chinese: strings, units and the legend', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap lang="zh-CN" .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    expect(root(el).querySelector('.summary')!.textContent).to.equal(
      '全院有 68.4% 的回答为最高档（n = 953），涵盖 3 个触点、4 列。3 个触点中有 1 个达到目标 80.0%。最弱：Waiting area（29.2%）和Pharmacy（78.8%）。' +
        '有 2 个单元格显著差于全院水平，全部位于“Waiting area”。为保护小样本群体，有 6 个单元格被隐藏。有 1 个单元格无数据。',
    );
    expect(texts(el, '[part="legend"] .legend-item')).to.include.members(['无数据', '0 是真实的零值，按色阶着色']);
    expect(texts(el, '.ramp-end')).to.deep.equal(['较差', '较好']);
    expect(root(el).querySelector('.hm-tools label')!.textContent).to.contain('行排序');
    cursor(el).focus();
    press(el, 'ArrowDown');
    press(el, 'ArrowRight');
    press(el, 'ArrowRight');
    await el.updateComplete;
    expect(announcement(el)).to.equal('Waiting area，Week 3：已隐藏：回复少于 5 条。');
    await expect(el).to.be.accessible();
  });

  it('Traditional Chinese uses its own words (列 for rows, 欄 for columns)', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap lang="zh-TW" .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    expect(root(el).querySelector('.summary')!.textContent).to.contain('涵蓋 3 個觸點、4 欄');
    expect(root(el).querySelector('.hm-tools label')!.textContent).to.contain('列排序');
  });

  it('CSV: one row per cell, then row, column and hospital-wide summaries; raw numbers; hidden cells carry only their state', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const csv = el.toCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Touchpoint,Period or department,Top-box share,n,"95 % interval, low","95 % interval, high",State,Hotspot level,Funnel limit,Less certain');
    expect(lines[1]).to.equal('Registration,Week 1,,,,,suppressed-complementary,,,');
    const [lo, hi] = el.analysis!.cells[1]!.state === 'value' ? (el.analysis!.cells[1] as { interval: [number, number] }).interval : [0, 0];
    expect(lines[2]).to.equal(`Registration,Week 2,85,100,${lo},${hi},value,,,false`);
    expect(lines[3]).to.equal('Registration,Week 3,,,,,missing,,,');
    expect(lines[5]).to.equal(`Registration,Overall,${(263 / 300) * 100},300,${el.analysis!.rows[0]!.summary!.interval![0]},${el.analysis!.rows[0]!.summary!.interval![1]},value,,,false`);
    // Waiting w2: a real zero and a 99.8 % hotspot with its limit.
    const zero = lines.find((l) => l.startsWith('Waiting area,Week 2,'))!;
    expect(zero.split(',').slice(2, 4)).to.deep.equal(['0', '120']);
    expect(zero.split(',').slice(6, 8)).to.deep.equal(['value', '0.998']);
    expect(lines.find((l) => l.startsWith('Waiting area,Week 3,'))).to.equal('Waiting area,Week 3,,,,,suppressed-threshold,,,');
    expect(lines.filter((l) => l.startsWith('All touchpoints,'))).to.have.length(5);
    expect(lines.at(-2)).to.match(/^All touchpoints,Overall,68\.41/);
    expect(lines).to.have.length(1 + 12 + 3 + 4 + 1 + 1);
  });

  it('toSVG(): a standalone SVG with labels, hatching, coloured cells and locks; complete on the canvas path too', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const doc = parsedExport(el);
    const text = exportedText(doc);
    for (const label of ['Registration', 'Waiting area', 'Pharmacy', 'Week 1', 'Overall', '87.7%']) expect(text).to.contain(label);
    expect(doc.querySelector('pattern#hm-hatch')).to.not.equal(null);
    expect(doc.querySelectorAll('path[data-b]').length).to.be.greaterThan(3);
    // Fills are inlined as computed colours (the export carries no stylesheet).
    expect([...doc.querySelectorAll('path[data-b]')].every((p) => /^rgb\(\d+, \d+, \d+\)$/.test(p.getAttribute('fill') ?? ''))).to.equal(true);
    expect(doc.querySelector('[class]')).to.equal(null);

    const big = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 900px" .data=${bigPrivacyDoc()}></hcx-satisfaction-heatmap>`);
    await settle(big);
    expect(root(big).querySelector('canvas.cells-canvas')).to.not.equal(null);
    expect(root(big).querySelector('svg.hcx-chart g.cells')).to.equal(null);
    const bigOut = parsedExport(big);
    const cellPaths = [...bigOut.querySelectorAll('path[data-b]')];
    expect(cellPaths.length).to.be.greaterThan(3);
    // Every drawn cell is in the export: one rectangle per shown, hidden or missing cell.
    const rects = (sel: string) => [...bigOut.querySelectorAll(sel)].reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    const counts = big.analysis!.counts;
    expect(rects('path[data-b]')).to.equal(counts.value);
    const hatched = [...bigOut.querySelectorAll('g > path')].filter((p) => /hm-hatch/.test(p.getAttribute('fill') ?? ''));
    expect(hatched.reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0)).to.equal(counts.missing);
    expect(rects('path[data-b]') + counts.missing + counts.suppressed).to.equal(60 * 50);
    expect(cellPaths.every((p) => /^rgb\(\d+, \d+, \d+\)$/.test(p.getAttribute('fill') ?? ''))).to.equal(true);
    expect(root(big).querySelector('.export-holder'), 'the on-demand copy is gone').to.equal(null);
  });

  it('canvas path: cells are painted, and keyboard, tooltip and table work the same', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 900px" .data=${bigPrivacyDoc()}></hcx-satisfaction-heatmap>`);
    await settle(el);
    const canvas = root(el).querySelector<HTMLCanvasElement>('canvas.cells-canvas')!;
    const layout = (el as unknown as { current: { layout: { gridW: number; gridH: number; gx: number; gy: number } } }).current.layout;
    expect(canvas.width).to.equal(Math.round(layout.gridW * devicePixelRatio));
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] === 255) opaque++;
    expect(opaque / (canvas.width * canvas.height)).to.be.greaterThan(0.95);
    // The canvas sits exactly under the grid of the SVG.
    const svgBox = root(el).querySelector('svg.hcx-chart')!.getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    expect(canvasBox.left - svgBox.left).to.be.closeTo(layout.gx, 0.5);
    expect(canvasBox.top - svgBox.top).to.be.closeTo(layout.gy, 0.5);
    hover(el, 7, 11);
    await el.updateComplete;
    expect(tooltip(el)!.textContent).to.contain('Touchpoint 8, Day 12');
    cursor(el).focus();
    press(el, 'ArrowDown');
    press(el, 'ArrowRight');
    await el.updateComplete;
    expect(announcement(el)).to.match(/^Touchpoint 2, Day 2: /);
    el.view = 'table';
    await el.updateComplete;
    // One row per cell, then the row and column summaries and the total: 3,111 rows, shown
    // a thousand at a time.
    const tableRows = () => root(el).querySelectorAll('[part="table"] tbody tr').length;
    expect(tableRows()).to.equal(1000);
    await showWholeTable(el);
    expect(tableRows()).to.equal(60 * 50 + 60 + 50 + 1);
  });

  it('at 400 px nothing overflows the host and text stays ≥ 11 px', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap show-values .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap>`);
    el.style.width = '400px';
    await settle(el);
    expectFitsWidth(el, 400);
    expectInsideHost(el, '.sr-only, .probes, defs', { left: true });
    const svg = root(el).querySelector<SVGSVGElement>('svg.hcx-chart')!;
    expect(svg.getScreenCTM()!.a, 'drawn 1:1').to.be.closeTo(1, 1e-6);
    expectFontAtLeast(el, 'svg text, [part="legend"] span, .summary, .hm-tools select, .hm-tools label');
    await expect(el).to.be.accessible();
  });

  itIsAccessibleInEveryState<HcxSatisfactionHeatmap>({
    tag: 'hcx-satisfaction-heatmap',
    invalid: { doc: { ...smallDoc(), cells: [{ row: 'nowhere', column: 'w1', value: 'x', n: 3 }] }, paths: ['cells[0].value'] },
    valid: smallDoc,
    lastGood: (el) => {
      expect(root(el).querySelectorAll('g.cells path.cell').length).to.be.greaterThan(0);
    },
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is accessible in the ${theme} theme, in chart and table view, on both drawing paths`, async function () {
      this.timeout(120_000);
      for (const file of ['satisfaction-heatmap.json', 'satisfaction-heatmap-complaints.json']) {
        const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap theme=${theme} show-values .data=${await example(file)}></hcx-satisfaction-heatmap>`);
        await expect(el).to.be.accessible();
        if (file !== 'satisfaction-heatmap.json') continue;
        el.view = 'table';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      const big = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap theme=${theme} .data=${bigPrivacyDoc()}></hcx-satisfaction-heatmap>`);
      await expect(big).to.be.accessible();
    });
  }
});
