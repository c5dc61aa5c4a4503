import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/control-chart/hcx-control-chart.js';
import type { HcxControlChart } from '../../../src/components/control-chart/control-chart.js';
import { expectFitsWidth, expectFontAtLeast, exportedText, itIsAccessibleInEveryState, parsedExport } from '../../support/shell-checks.js';
import { example, phasedDoc, plot, root, settle, smallDoc, texts } from './fixtures.js';

describe('<hcx-control-chart>: narrow column, locales, exports and every state', () => {
  it('at 400 px nothing overflows the host, the verdict wraps under the icons and text stays ≥ 11 px', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart style="width: 400px" .data=${await example('control-chart.json')}></hcx-control-chart>`);
    await settle(el);
    expectFitsWidth(el, 400);
    const base = root(el).querySelector<HTMLElement>('.base')!;
    const svg = plot(el);
    // Drawn 1:1 at the measured width, so font sizes are the sizes on screen.
    expect(svg.viewBox.baseVal.width).to.equal(Math.floor(base.clientWidth - 24));
    expect(svg.getScreenCTM()!.a).to.be.closeTo(1, 1e-6);
    const frame = svg.getBoundingClientRect();
    for (const node of root(el).querySelectorAll<SVGGraphicsElement>('svg.hcx-chart text')) {
      const box = node.getBoundingClientRect();
      if (!box.width) continue;
      expect(parseFloat(getComputedStyle(node).fontSize), node.textContent ?? '').to.be.at.least(11);
      expect(box.left, node.textContent ?? '').to.be.at.least(frame.left - 0.5);
      expect(box.right, node.textContent ?? '').to.be.at.most(frame.right + 0.5);
    }
    const lines = texts(el, 'text.verdict tspan');
    expect(lines.length, 'the verdict wraps').to.be.greaterThan(2);
    expectFontAtLeast(el, '.summary, [part="legend"] .key');
    await expect(el).to.be.accessible();
  });

  it('Finnish: strings, decimal comma and dates', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart lang="fi" .data=${phasedDoc()}></hcx-control-chart>`);
    expect(texts(el, 'text.verdict')[0]).to.equal(
      'Vaiheesta ”After redesign” alkaen keskiarvo laski: 50,1 → 40,3 min; 10/10 viikkoa aiempien valvontarajojen ulkopuolella: todellinen muutos, ei satunnaisvaihtelua. Sen jälkeen vain yleissyiden vaihtelua; tavoite 45 min saavutetaan joka kerta.',
    );
    expect(texts(el, 'text.edge-label.kind-centre')[0]).to.equal('Keskiarvo 40,3');
    expect(texts(el, '.notes li')[0]).to.equal('111.3.2024: PDSA 1');
    expect(el.toCSV().split('\r\n')[0]).to.equal('\uFEFFJakso,Arvo (min),Keskiviiva,Alaraja,Yläraja,Liukuva vaihteluväli,Signaali,Säännöt,Vaihe,Pois jätetty,Huomautus');
    // CSV numbers stay machine-readable (dot decimals) in every locale.
    expect(el.toCSV().split('\r\n')[1]).to.match(/^2024-01-01,50,50\.1,/);
  });

  it('Simplified Chinese: strings and units', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart lang="zh-CN" .data=${phasedDoc()}></hcx-control-chart>`);
    expect(texts(el, 'text.verdict')[0]).to.equal(
      '自“After redesign”以来，均值从 50.1 降至 40.3 分钟；10 周中有 10 个超出原控制限：这是真实的变化，而非随机波动。此后仅有普通原因变异；每次都能达到目标 45 分钟。',
    );
    expect(texts(el, 'text.edge-label.kind-ucl')[0]).to.match(/^上限 \d/);
    expect(texts(el, 'text.panel-title')).to.deep.equal(['移动极差']);
    expect(root(el).querySelector('g.icon.variation')!.getAttribute('aria-label')).to.equal('变异：普通原因');
    await expect(el).to.be.accessible();
  });

  it('Traditional Chinese has its own words', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart lang="zh-TW" .data=${smallDoc()}></hcx-control-chart>`);
    expect(texts(el, 'text.verdict')[0]).to.contain('僅有共同原因變異（平均值 11.9 分鐘）');
  });

  it('the verdict is said once: at the top of the chart, and in the summary only when the table replaces the chart', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart .data=${phasedDoc()}></hcx-control-chart>`);
    const verdict = texts(el, 'text.verdict')[0]!;
    expect(verdict).to.contain('Since “After redesign” the mean fell');
    const summary = () => root(el).querySelector('.summary')!.textContent!.trim();
    expect(summary()).to.not.contain('Since “After redesign”');
    expect(summary()).to.match(/^Before: mean 50\.1 min/);
    el.view = 'table';
    await el.updateComplete;
    expect(summary().startsWith(verdict), summary()).to.equal(true);
    expect(summary()).to.contain('Before: mean 50.1 min');
    el.view = 'chart';
    await el.updateComplete;
    expect(summary()).to.not.contain('Since “After redesign”');
  });

  it('at 360 px phase names wrap to two lines instead of being cut, and note labels are whole or left to the numbered list', async () => {
    const doc = phasedDoc();
    doc.annotations = [
      { x: doc.points[10]!.x, label: 'PDSA 1: pre-registration by phone' },
      { x: doc.points[13]!.x, label: 'PDSA 2' },
    ];
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart style="width: 360px" .data=${doc}></hcx-control-chart>`);
    await settle(el);
    const labels = [...root(el).querySelectorAll('text.phase-label')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal(['Before · trial limits', 'After redesign · trial limits']);
    const after = [...labels[1]!.querySelectorAll('tspan')];
    expect(after.length).to.equal(2);
    // Both lines inside the phase: left of the right edge of the plot.
    const chart = plot(el).getBoundingClientRect();
    for (const line of after) expect(line.getBoundingClientRect().right).to.be.at.most(chart.right);
    for (const text of texts(el, 'text.phase-label, text.note-text')) expect(text).to.not.contain('…');
    // The long note is not drawn cut: its badge only, the full text in the numbered list.
    expect(texts(el, 'text.note-number')).to.deep.equal(['1', '2']);
    expect(texts(el, 'text.note-text')).to.deep.equal(['PDSA 2']);
    expect(texts(el, '.notes li')[0]).to.equal('1Mar 11, 2024: PDSA 1: pre-registration by phone');
    await expect(el).to.be.accessible();
  });

  it('toSVG() returns a standalone SVG with the verdict, icons, limit labels and paths', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart .data=${phasedDoc()}></hcx-control-chart>`);
    const doc = parsedExport(el);
    const text = exportedText(doc);
    for (const label of ['Since “After redesign”', 'UCL', 'Mean 40.3', 'Target 45', 'Before · trial limits', 'Moving range', 'Variation', 'Assurance']) expect(text).to.contain(label);
    // Styles are inlined: the limit lines keep their dashes outside the shadow root.
    const dashed = [...doc.querySelectorAll('path')].filter((p) => (p.getAttribute('stroke-dasharray') ?? 'none') !== 'none');
    expect(dashed.length).to.be.greaterThan(2);
    expect(doc.querySelector('[tabindex]')).to.equal(null);
  });

  it('table view shows one row per point and is accessible', async () => {
    const el = await fixture<HcxControlChart>(html`<hcx-control-chart view="table" .data=${phasedDoc()}></hcx-control-chart>`);
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(20);
    expect(texts(el, 'tbody tr:nth-child(11) td').slice(-3)).to.deep.equal(['After redesign', '', 'PDSA 1']);
    await expect(el).to.be.accessible();
  });

  itIsAccessibleInEveryState<HcxControlChart>({
    tag: 'hcx-control-chart',
    invalid: { doc: { kind: 'control-chart', version: 1, chartType: 'p', points: [{ x: '2024-01-01', value: 'ten' }] }, paths: ['title', 'points[0].value'] },
    valid: smallDoc,
    lastGood: (el) => {
      expect(el.analysis!.phases[0]!.center).to.equal(11.875);
      expect(plot(el).querySelector('path.line')).to.not.equal(null);
    },
  });

  it('is accessible in dark and high-contrast themes, for every example', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      for (const file of ['control-chart.json', 'control-chart-logistics.json', 'control-chart-u.json', 'control-chart-xbar-s.json']) {
        const el = await fixture<HcxControlChart>(html`<hcx-control-chart theme=${theme} .data=${await example(file)}></hcx-control-chart>`);
        await expect(el).to.be.accessible();
      }
    }
  });
});
