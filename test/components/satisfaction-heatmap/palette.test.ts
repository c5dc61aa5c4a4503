import { expect, fixture, html } from '@open-wc/testing';
import { hcl, lab, rgb } from 'd3-color';
import '../../../src/components/satisfaction-heatmap/hcx-satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';
import { BUCKETS, UNCERTAIN, contrast, inkOn, type Palette } from '../../../src/components/satisfaction-heatmap/palette.js';
import type { SatisfactionHeatmapDocument } from '../../../src/contract/satisfaction-heatmap.js';
import { example, root, settle, smallDoc } from './fixtures.js';

const paletteOf = (el: HcxSatisfactionHeatmap) => (el as unknown as { palette: Palette }).palette;

/**
 * Colour-vision deficiency simulation, Machado, Oliveira & Fernandes (2009), severity 1.0,
 * applied to linear sRGB.
 */
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => 255 * (Math.min(1, Math.max(0, c)) <= 0.0031308 ? 12.92 * Math.max(0, c) : 1.055 * Math.min(1, c) ** (1 / 2.4) - 0.055);
function simulate(color: string, m: number[][]): string {
  const c = rgb(color);
  const v = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
  const o = m.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!);
  return rgb(toGamma(o[0]!), toGamma(o[1]!), toGamma(o[2]!)).formatHex();
}
const deltaE = (a: string, b: string) => {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};

const sequentialDoc = (): SatisfactionHeatmapDocument => ({ ...smallDoc(), target: undefined });

describe('<hcx-satisfaction-heatmap>: colour', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`${theme}: diverging ends stay ≥ 60 ΔE*ab apart under protanopia, deuteranopia and tritanopia; the sequential ramp is monotone in lightness`, async () => {
      const diverging = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap theme=${theme} .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
      const d = paletteOf(diverging);
      expect(d.diverging).to.equal(true);
      for (const [name, m] of Object.entries(CVD)) {
        const distance = deltaE(simulate(d.tokens.divBad, m), simulate(d.tokens.divGood, m));
        expect(distance, `${theme} ${name}: worse vs better`).to.be.at.least(60);
      }
      // Both halves move away from the target colour step by step.
      const fromMid = d.fills.slice(0, BUCKETS).map((f) => deltaE(f, d.tokens.divMid));
      for (let b = 1; b < BUCKETS / 2; b++) expect(fromMid[b]!, `bucket ${b}`).to.be.below(fromMid[b - 1]! + 1e-9);
      for (let b = BUCKETS / 2 + 1; b < BUCKETS; b++) expect(fromMid[b]!, `bucket ${b}`).to.be.above(fromMid[b - 1]! - 1e-9);

      const sequential = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap theme=${theme} .data=${sequentialDoc()}></hcx-satisfaction-heatmap>`);
      const s = paletteOf(sequential);
      expect(s.diverging).to.equal(false);
      const light = s.fills.slice(0, BUCKETS).map((f) => lab(f).l);
      const rising = light[BUCKETS - 1]! > light[0]!;
      for (let b = 1; b < BUCKETS; b++) expect(rising ? light[b]! > light[b - 1]! : light[b]! < light[b - 1]!, `${theme} lightness step ${b}`).to.equal(true);
      for (const [name, m] of Object.entries(CVD)) {
        expect(deltaE(simulate(s.fills[0]!, m), simulate(s.fills[BUCKETS - 1]!, m)), `${theme} ${name}: sequential ends`).to.be.at.least(60);
      }
    });
  }

  it('default diverging palette is blue–orange (worse orange, better blue); sequential is blue, darker for worse', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    const p = paletteOf(el);
    expect(rgb(p.tokens.divBad).formatHex()).to.equal('#b35806');
    expect(rgb(p.tokens.divGood).formatHex()).to.equal('#2166ac');
    expect(hcl(p.fills[0]!).h).to.be.within(30, 80); // orange
    expect(hcl(p.fills[BUCKETS - 1]!).h).to.be.within(230, 290); // blue
    const seq = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${sequentialDoc()}></hcx-satisfaction-heatmap>`);
    const s = paletteOf(seq);
    expect(lab(s.fills[0]!).l).to.be.below(lab(s.fills[BUCKETS - 1]!).l - 60);
    expect(hcl(s.fills[BUCKETS / 2]!).h).to.be.within(230, 290);
    expect(hcl(s.fills[BUCKETS / 2]!).c, 'mid-ramp stays a clear blue').to.be.above(30);
  });

  it('a page overrides the palette with --hcx-color-* tokens, read again on a theme change', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="--hcx-color-div-bad: #762a83; --hcx-color-div-good: #1b7837" .data=${smallDoc()}></hcx-satisfaction-heatmap>`);
    expect(rgb(paletteOf(el).tokens.divBad).formatHex()).to.equal('#762a83');
    expect(rgb(paletteOf(el).fills[0]!).formatHex()).to.not.equal(rgb(paletteOf(el).fills[BUCKETS - 1]!).formatHex());
    const before = paletteOf(el).tokens.divMid;
    el.theme = 'dark';
    await el.updateComplete;
    expect(paletteOf(el).tokens.divMid).to.not.equal(before);
    expect(rgb(paletteOf(el).tokens.divBad).formatHex(), 'the page override holds in dark too').to.equal('#762a83');
    const cell = root(el).querySelector('path.cell')!;
    expect(cell.getAttribute('fill')).to.equal(paletteOf(el).fills[Number(cell.getAttribute('data-b'))]);
  });

  it('direction: for complaint rates the highest rate gets the worst colour; for scores the lowest', async () => {
    const complaints = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${await example('satisfaction-heatmap-complaints.json')}></hcx-satisfaction-heatmap>`);
    const a = complaints.analysis!;
    const values = a.cells.filter((c) => c.state === 'value') as { row: string; column: string; value: number }[];
    const top = values.reduce((m, c) => (c.value > m.value ? c : m));
    const low = values.reduce((m, c) => (c.value < m.value ? c : m));
    const code = (el: HcxSatisfactionHeatmap, c: { row: string; column: string }) => {
      const grid = (el as unknown as { current: { grid: { codes: Uint8Array; columns: number } } }).current.grid;
      const doc = el.data!;
      return grid.codes[doc.rows.findIndex((r) => r.id === c.row) * grid.columns + doc.columns.findIndex((k) => k.id === c.column)]! % UNCERTAIN;
    };
    expect(code(complaints, top)).to.be.below(code(complaints, low));
    expect(code(complaints, top)).to.be.below(BUCKETS / 2);
    const scores = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${await example('satisfaction-heatmap-nps.json')}></hcx-satisfaction-heatmap>`);
    const v = scores.analysis!.cells.filter((c) => c.state === 'value') as { row: string; column: string; value: number }[];
    expect(code(scores, v.reduce((m, c) => (c.value < m.value ? c : m)))).to.equal(0);
    expect(code(scores, v.reduce((m, c) => (c.value > m.value ? c : m)))).to.equal(BUCKETS - 1);
  });

  it('less certain cells are washed out (same step, a third of the chroma) and carry a corner mark', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap style="width: 1200px" .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap>`);
    await settle(el);
    const p = paletteOf(el);
    for (let b = 0; b < BUCKETS; b += 9) {
      const sure = hcl(p.fills[b]!);
      const unsure = hcl(p.fills[UNCERTAIN + b]!);
      if (sure.c > 10) expect(unsure.c, `step ${b}`).to.be.below(sure.c * 0.45);
      expect(unsure.l).to.be.closeTo(sure.l, 4);
    }
    const uncertainCells = el.analysis!.cells.filter((c) => c.state === 'value' && c.lowConfidence).length;
    const markers = [...root(el).querySelectorAll('g.cells path.marker')].reduce((sum, m) => sum + (m.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    expect(uncertainCells).to.be.greaterThan(20);
    expect(markers).to.equal(uncertainCells);
  });

  it('printed values are black or white, whichever contrasts ≥ 4.5:1 with their cell, in every theme', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap theme=${theme} show-values .data=${await example('satisfaction-heatmap-complaints.json')}></hcx-satisfaction-heatmap>`);
      const p = paletteOf(el);
      const groups = [...root(el).querySelectorAll('g.values')];
      expect(groups.length).to.be.greaterThan(3);
      for (const g of groups) {
        const code = Number(g.getAttribute('data-ink'));
        const ink = g.getAttribute('fill')!;
        expect(['#000000', '#ffffff']).to.include(ink);
        expect(contrast(ink, p.fills[code]!), `${theme} code ${code}`).to.be.at.least(4.5);
        expect(getComputedStyle(g.querySelector('text')!).fill).to.equal(ink === '#000000' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
      }
      expect(texts(el).length).to.equal(el.analysis!.counts.value);
    }
    // The rule itself: the better of black and white never falls below 4.5:1.
    for (let v = 0; v <= 255; v += 5) expect(contrast(inkOn(rgb(v, 255 - v, (v * 7) % 256).formatHex()), rgb(v, 255 - v, (v * 7) % 256).formatHex())).to.be.at.least(4.5);
  });

  it('the legend shows the scale from worse to better, the target, and every special look', async () => {
    const el = await fixture<HcxSatisfactionHeatmap>(html`<hcx-satisfaction-heatmap .data=${await example('satisfaction-heatmap.json')}></hcx-satisfaction-heatmap>`);
    const legend = root(el).querySelector('[part="legend"]')!;
    expect([...legend.querySelectorAll('.ramp-end')].map((n) => n.textContent)).to.deep.equal(['worse', 'better']);
    const ticks = [...legend.querySelectorAll('svg.ramp text')].map((n) => n.textContent);
    // The domain centred on 80 % reaches past 100 %: the ramp shows the part values can take.
    expect(ticks).to.deep.equal(['47.6%', '80.0%', '100.0%']);
    expect(legend.querySelector('svg.ramp')!.getAttribute('aria-label')).to.equal('Top-box share colour scale: 47.6% (worse) to 100.0% (better), centred on the target 80.0%');
    expect(legend.querySelectorAll('svg.ramp rect[fill]').length).to.equal(BUCKETS);
    const items = [...legend.querySelectorAll('.legend-item')].map((n) => n.textContent!.trim());
    expect(items).to.deep.equal([
      'No data',
      'Hidden: fewer than 5 responses, or hidden to protect another hidden cell',
      'Less certain: fewer than 30 responses or a wide 95 % interval',
      'Significantly worse than hospital-wide (beyond the 99.8 % funnel limit)',
      'Significantly worse (beyond the 95 % limit)',
      '0 is a real zero and is coloured on the scale',
      'Grey summaries pool all cells and are not coloured',
    ]);
    expect(legend.querySelector('pattern#hm-hatch-legend')).to.not.equal(null);
  });
});

function texts(el: HcxSatisfactionHeatmap): string[] {
  return [...root(el).querySelectorAll('g.values text')].map((t) => t.textContent ?? '');
}
