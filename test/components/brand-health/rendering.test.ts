import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/brand-health/hcx-brand-health.js';
import type { HcxBrandHealth } from '../../../src/components/brand-health/brand-health.js';
import { SIGNIFICANT_DROP, example, noiseDoc, npsOnly, root, row, spoken, text, texts, tile } from './fixtures.js';

/** Intl in the test itself: the DOM must show analysis numbers formatted like this (en). */
const fixed = (v: number, d: number) => new Intl.NumberFormat('en', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
const upTo = (v: number, d: number) => new Intl.NumberFormat('en', { maximumFractionDigits: d }).format(v);
const pct1 = (v: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
const pctFixed1 = (v: number) => new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

describe('<hcx-brand-health>: tiles show the analysis numbers', () => {
  it('analysis exposes per KPI value, interval, change, z, p, significance, alert and reliability', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const k = el.analysis!.kpis[0]!;
    // Hand-computed in fixtures.ts / test/brand/kpi.test.ts.
    expect(k.value).to.equal(30);
    expect(k.change).to.equal(-7);
    expect(k.n).to.equal(250);
    expect(k.marginOfError!).to.be.closeTo(10.7976, 1e-4);
    expect(k.interval![0]).to.be.closeTo(18.8467, 1e-4);
    expect(k.interval![1]).to.be.closeTo(40.4419, 1e-4);
    expect(k.z!).to.be.closeTo(-0.86522, 1e-5);
    expect(k.pValue!).to.be.closeTo(0.386918, 1e-6);
    expect(k.significant).to.equal(false);
    expect(k.alert).to.equal(false);
    expect(k.reliability).to.equal('ok');
    expect(el.analysis!.kpis.map((x) => x.reliability)).to.deep.equal(['ok', 'ok', 'caution', 'ok']);
  });

  it('NPS tile: value, ±margin, n, change in points and the verdict in words ("−7 pts, within ±10.8: likely noise")', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const t = tile(el, 0);
    const k = el.analysis!.kpis[0]!;
    expect(text(t.querySelector('.tile-label'))).to.equal('Net Promoter Score');
    expect(text(t.querySelector('.value'))).to.equal(upTo(k.value!, 1));
    expect(text(t.querySelector('.value'))).to.equal('30');
    expect(text(t.querySelector('.margin'))).to.equal(`±${fixed(k.marginOfError!, 1)}`);
    expect(text(t.querySelector('.margin'))).to.equal('±10.8');
    expect(text(t.querySelector('.tile-n'))).to.equal('n\u00a0=\u00a0250');
    expect(text(t.querySelector('.tile-change'))).to.equal('▼ -7 pts vs May 2024');
    expect(text(t.querySelector('.tile-verdict'))).to.equal('within ±10.8: likely noise');
    // Not significant: no good/bad colour on the change.
    expect(t.querySelector('.tile-change')!.classList.contains('bad')).to.equal(false);
    // Mix: 145/250, 35/250, 70/250 with labels, not colour alone.
    expect(texts(el, '.tile[data-index="0"] .mix-labels > span')).to.deep.equal(['Promoters 58%', 'Passives 14%', 'Detractors 28%']);
    expect(t.querySelectorAll('svg.mix rect')).to.have.length(3);
    // Target 35 not met; benchmark 32 lies inside 18.8–40.4.
    expect(texts(el, '.tile[data-index="0"] .tile-goals > span')).to.deep.equal(['✗ Target ≥ 35: not met', 'Benchmark 32: level (within the margin)']);
    expect(t.classList.contains('not-met')).to.equal(true);
    // What a screen reader gets: the visible text with a few words in between (label in name).
    expect(spoken(t)).to.equal(
      'Net Promoter Score 30 (margin of error) ±10.8 n\u00a0=\u00a0250 -7 pts vs May 2024 within ±10.8: likely noise (trend, first and last period:) May 2024 Jun 2024 Promoters 58% Passives 14% Detractors 28% Target ≥ 35: not met Benchmark 32: level (within the margin) (95% interval 18.8–40.4)',
    );
  });

  it('proportion, mean and count tiles: percentages, pp, two-decimal means, whole events', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const [, p, m, c] = el.analysis!.kpis;
    // Proportion 81/263 (Wilson 0.2553–0.3662, Newcombe 1998): percent, margin and change in pp.
    expect(text(tile(el, 1).querySelector('.value'))).to.equal(pct1(p!.value!));
    expect(text(tile(el, 1).querySelector('.value'))).to.equal('30.8%');
    expect(text(tile(el, 1).querySelector('.margin'))).to.equal(`±${fixed(p!.marginOfError! * 100, 1)} pp`);
    expect(text(tile(el, 1).querySelector('.margin'))).to.equal('±5.5 pp');
    expect(text(tile(el, 1).querySelector('.tile-change'))).to.equal(`▼ ${upTo(p!.change!, 1)} pp vs May 2024`);
    expect(text(tile(el, 1).querySelector('.tile-verdict'))).to.equal('within ±5.5 pp: likely noise');
    expect(spoken(tile(el, 1))).to.contain(`95% interval ${pctFixed1(p!.interval![0])}–${pctFixed1(p!.interval![1])}`);
    expect(texts(el, '.tile[data-index="1"] .tile-goals > span')).to.deep.equal(['✓ Target ≥ 30%: met']);
    expect(tile(el, 1).classList.contains('met')).to.equal(true);
    // Mean 8.4 (sd 1.5, n 80): t interval, two decimals, n < 100 → use with caution.
    expect(text(tile(el, 2).querySelector('.value'))).to.equal('8.4');
    expect(text(tile(el, 2).querySelector('.margin'))).to.equal(`±${fixed(m!.marginOfError!, 2)}`);
    expect(text(tile(el, 2).querySelector('.margin'))).to.equal('±0.33');
    expect(text(tile(el, 2).querySelector('.tile-change'))).to.equal('▼ -0.1 vs May 2024');
    expect(text(tile(el, 2).querySelector('.badge'))).to.equal('Use with caution');
    // Count 12 vs 17: exact Poisson interval, no ±, no n.
    expect(text(tile(el, 3).querySelector('.value'))).to.equal('12');
    expect(tile(el, 3).querySelector('.margin')).to.equal(null);
    expect(text(tile(el, 3).querySelector('.tile-n'))).to.equal(`events in the period · 95% CI ${fixed(c!.interval![0], 1)}–${fixed(c!.interval![1], 1)}`);
    expect(text(tile(el, 3).querySelector('.tile-n'))).to.equal('events in the period · 95% CI 6.2–21.0');
    expect(text(tile(el, 3).querySelector('.tile-change'))).to.equal('▼ -5 vs May 2024');
    expect(text(tile(el, 3).querySelector('.tile-verdict'))).to.equal('within ±7.4: likely noise');
    expect(texts(el, '.tile[data-index="3"] .tile-goals > span')).to.deep.equal(['✓ Target ≤ 20: met']);
  });

  it('a significant drop says so with its p-value, in the bad colour, and draws the interval band', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${npsOnly(...SIGNIFICANT_DROP)}></hcx-brand-health>`);
    const t = tile(el, 0);
    expect(text(t.querySelector('.tile-change'))).to.equal('▼ -20 pts vs May 2024');
    expect(t.querySelector('.tile-change')!.classList.contains('bad')).to.equal(true);
    expect(text(t.querySelector('.tile-verdict'))).to.equal('significant (p\u00a0<\u00a00.001)');
    expect(text(t.querySelector('.badge.alert'))).to.equal('⚠ Alert');
    expect(t.classList.contains('alert')).to.equal(true);
    // Sparkline of previous and current: band, line and the current point (in the alert colour).
    expect(t.querySelector('svg.spark path.spark-band')!.getAttribute('d')).to.match(/^M/);
    expect(t.querySelector('svg.spark path.spark-line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
    expect(t.querySelector('svg.spark circle.spark-dot.alert')).to.not.equal(null);
  });

  it('a change larger than the value’s margin but not significant quotes the p-value instead of "within"', async () => {
    // 60/25/15 vs 70/20/10, n = 100: −15 pts, margin ±14.3, p = 0.131 (test/brand/kpi.test.ts).
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${npsOnly({ promoters: 60, passives: 25, detractors: 15 }, { promoters: 70, passives: 20, detractors: 10 })}></hcx-brand-health>`);
    expect(text(tile(el, 0).querySelector('.margin'))).to.equal('±14.3');
    expect(text(tile(el, 0).querySelector('.tile-verdict'))).to.equal('not significant (p\u00a0=\u00a00.13): likely noise');
  });

  it('sparklines follow the 12-month history with the target line', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${await example('brand-health.json')}></hcx-brand-health>`);
    const k = el.analysis!.kpis[0]!;
    expect(k.history).to.have.length(13); // 12 months given, then the current month
    const line = tile(el, 0).querySelector('path.spark-line')!.getAttribute('d')!;
    expect(line.split(/[ML]/).filter(Boolean)).to.have.length(13);
    expect(tile(el, 0).querySelector('line.spark-target')).to.not.equal(null);
    expect(texts(el, '.tile[data-index="0"] .spark-axis > span:not(.sr-only)')).to.deep.equal(['Jun 2023', 'Jun 2024']);
  });

  it('reliability: insufficient samples get a label and no status colour; caution keeps its colour', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${await example('brand-health-small.json')}></hcx-brand-health>`);
    const a = el.analysis!.kpis;
    expect(a.map((k) => [k.n, k.reliability])).to.deep.equal([
      [24, 'insufficient'],
      [27, 'insufficient'],
      [62, 'caution'],
      [6, 'insufficient'],
    ]);
    for (const i of [0, 1, 3]) {
      const t = tile(el, i);
      expect(text(t.querySelector('.badge.insufficient'))).to.equal('Insufficient sample');
      expect(['met', 'not-met', 'alert'].some((c) => t.classList.contains(c)), `tile ${i} has no status colour`).to.equal(false);
      expect(t.querySelector('.tile-goals .mark')!.textContent).to.equal('');
      expect(text(t.querySelector('.target'))).to.match(/: not assessed: sample too small$/);
    }
    expect(text(tile(el, 2).querySelector('.badge.caution'))).to.equal('Use with caution');
    expect(tile(el, 2).classList.contains('met')).to.equal(true);
    // The first indicator without any score is reported, and its children show "no data".
    expect(el.analysis!.index.missing).to.deep.equal(['environment']);
    expect(texts(el, '.index-card .note')).to.include('1 indicator has no data at all this period; its weight was shared among the others.');
  });
});

describe('<hcx-brand-health>: index and indicator tree', () => {
  it('index score, change and what moved it (weight × change, the engine’s contributions)', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    const index = el.analysis!.index;
    expect(index.score).to.equal(75);
    expect(index.previousScore).to.equal(68.75);
    expect(index.change).to.equal(6.25);
    expect(text(root(el).querySelector('.index-value'))).to.equal('75.0 of 100');
    expect(text(root(el).querySelector('.index-change'))).to.equal('▲ +6.3 index pts vs May 2024');
    // Movers: a1 3.75, b2 2.5 (absent now, so its weight went to b1 and the index moved); a2 and b1 did not move it.
    expect(texts(el, '.movers li')).to.deep.equal(['Doctor communication +3.75 index pts', 'Quiet at night (no data this period) +2.5 index pts']);
    expect(texts(el, '.index-card .note')).to.deep.equal(['Weights renormalized: Quiet at night has no data this period, so its weight went to its siblings.']);
  });

  it('first-level rows as weighted bars: renormalized weight, score, change, contribution; the missing child is flagged', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    expect(root(el).querySelectorAll('.row')).to.have.length(2);
    const a = row(el, 'a');
    expect(text(a.querySelector('.row-label'))).to.equal('Care 75%');
    expect(text(a.querySelector('.row-score'))).to.equal('70.0');
    expect(text(a.querySelector('.row-change'))).to.equal('▲+5');
    expect(text(a.querySelector('.effect-value'))).to.equal('+3.75');
    // The bar is 70 of 100 long with the previous score's tick at 65.
    expect(a.querySelector('rect.fill')!.getAttribute('width')).to.equal('70');
    expect(a.querySelector('line.prev')!.getAttribute('x1')).to.equal('65');
    const b = row(el, 'b');
    expect(text(b.querySelector('.row-label'))).to.equal('Environment 25% 1 missing');
    expect(text(b.querySelector('.effect-value'))).to.equal('+2.5');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    // Weight carried by the thickness too: Care (3) is thicker than Environment (1).
    const h = (r: HTMLElement) => Number(r.querySelector('rect.fill')!.getAttribute('height'));
    expect(h(a)).to.be.greaterThan(h(b));
    expect(spoken(b)).to.equal(
      'Environment (weight) 25% 1 missing (score) 90.0 (of 100) (change vs May 2024) +10 (effect on the index) +2.5 (index points) (2 sub-indicators; no data this period for Quiet at night)',
    );
  });

  it('children: weights renormalized within the indicator, and the absent one explains its effect', async () => {
    const el = await fixture<HcxBrandHealth>(html`<hcx-brand-health .data=${noiseDoc()}></hcx-brand-health>`);
    row(el, 'b').click();
    await el.updateComplete;
    expect(row(el, 'b').getAttribute('aria-expanded')).to.equal('true');
    expect(text(row(el, 'b/b1').querySelector('.row-label'))).to.equal('Cleanliness 100%');
    const b2 = row(el, 'b/b2');
    expect(b2.classList.contains('absent')).to.equal(true);
    expect(text(b2.querySelector('.row-label'))).to.equal('Quiet at night');
    expect(text(b2.querySelector('.no-data'))).to.equal('no data this period');
    expect(text(b2.querySelector('.effect-value'))).to.equal('+2.5');
    expect(spoken(b2)).to.equal('Quiet at night no data this period – (effect of its absence on the index) +2.5 (index points)');
    expect(b2.getAttribute('aria-level')).to.equal('2');
    expect(b2.getAttribute('aria-posinset')).to.equal('2');
    expect(b2.getAttribute('aria-setsize')).to.equal('2');
    // a2 has n = 60: use with caution.
    row(el, 'a').click();
    await el.updateComplete;
    expect(text(row(el, 'a/a2').querySelector('.badge.caution'))).to.equal('Use with caution');
  });
});
