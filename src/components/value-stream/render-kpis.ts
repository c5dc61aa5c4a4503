import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ValueStreamAnalysis, ValueStreamStateAnalysis } from '../../vsm/types.js';
import type { Figures, VsmTranslator } from './format.js';

interface Tile {
  label: string;
  from: string;
  to: string | null;
  change: string | null;
  /** `good` / `bad` tints the change (its sign and words already say which way it went). */
  tone: '' | 'good' | 'bad';
}

const tone = (change: number | null, better: 'lower' | 'higher' | 'neither'): Tile['tone'] => {
  if (change === null || change === 0 || better === 'neither') return '';
  return (change < 0) === (better === 'lower') ? 'good' : 'bad';
};

/**
 * The headline figures as tiles (HTML, so they wrap and stay in view in a narrow column
 * while the map scrolls): for two compared states, before → after with the change.
 */
export function renderKpis(t: VsmTranslator, f: Figures, analysis: ValueStreamAnalysis): TemplateResult {
  const c = analysis.comparison && analysis.comparison.from !== analysis.comparison.to ? analysis.comparison : null;
  const find = (id: string) => analysis.states.find((s) => s.id === id)!;
  const a: ValueStreamStateAnalysis = c ? find(c.from) : analysis.states[0]!;
  const b: ValueStreamStateAnalysis | null = c ? find(c.to) : null;
  const change = (abs: string, rel: number | null) => (rel === null ? abs : t.t('value.share', { value: abs, share: f.signedPct(rel) }));
  const tiles: Tile[] = [
    {
      label: t.t('kpi.leadTime'),
      from: f.time(a.leadTime),
      to: b && f.time(b.leadTime),
      change: c && change(f.signedTime(c.leadTimeChange), c.leadTimeChangeRelative),
      tone: tone(c?.leadTimeChange ?? null, 'lower'),
    },
    {
      label: t.t('kpi.va'),
      from: f.timeShare(a.valueAddedTime, a.pce),
      to: b && f.timeShare(b.valueAddedTime, b.pce),
      change: c && change(f.signedTime(c.valueAddedTimeChange), c.valueAddedTimeChangeRelative),
      tone: '',
    },
    {
      label: t.t('kpi.nva'),
      from: f.timeShare(a.nonValueAddedTime, a.nvaShare),
      to: b && f.timeShare(b.nonValueAddedTime, b.nvaShare),
      change: c && change(f.signedTime(c.nonValueAddedTimeChange), c.nonValueAddedTimeChangeRelative),
      tone: tone(c?.nonValueAddedTimeChange ?? null, 'lower'),
    },
    {
      label: t.t('kpi.pce'),
      from: f.pct(a.pce),
      to: b && f.pct(b.pce),
      change: c && f.points(c.pceChange),
      tone: tone(c?.pceChange ?? null, 'higher'),
    },
    {
      label: t.t('kpi.rolledCA'),
      from: f.pct(a.rolledCA),
      to: b && f.pct(b.rolledCA),
      change: c && f.points(c.rolledCAChange),
      tone: tone(c?.rolledCAChange ?? null, 'higher'),
    },
    {
      label: t.t('kpi.rework'),
      from: f.time(a.expectedRework),
      to: b && f.time(b.expectedRework),
      change: c && f.signedTime(c.expectedReworkChange),
      tone: tone(c?.expectedReworkChange ?? null, 'lower'),
    },
  ];
  return html`<ul class="kpis" aria-label=${t.t('kpi.label')}>
    ${tiles.map(
      (tile) => html`<li class="kpi">
        <span class="kpi-label">${tile.label}</span>
        <span class="kpi-value"
          >${b ? html`<span class="sr-only">${a.label}: </span>` : nothing}<span class=${b ? 'before' : ''}>${tile.from}</span>${b
            ? html`<span aria-hidden="true"> → </span><span class="sr-only">, ${b.label}: </span><strong>${tile.to}</strong>`
            : nothing}</span
        >
        ${tile.change ? html`<span class="kpi-change ${tile.tone}">${tile.change}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

/** Legend: the encodings of the time bars and the map, each backed by a shape, not colour alone. */
export function renderVsmLegend(t: VsmTranslator): TemplateResult {
  const swatch = (content: unknown) => html`<svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">${content}</svg>`;
  return html`<span>${swatch(svg`<rect class="seg va" x="1" y="2" width="20" height="10"></rect>`)}${t.t('legend.va')}</span>
    <span>${swatch(svg`<rect class="seg nva" x="1" y="2" width="20" height="10"></rect>`)}${t.t('legend.nva')}</span>
    <span>${swatch(svg`<rect class="seg wait" x="1" y="2" width="20" height="10"></rect>`)}${t.t('legend.wait')}</span>
    <span>${swatch(svg`<line class="edge critical" x1="1" x2="21" y1="7" y2="7"></line>`)}${t.t('legend.critical')}</span>
    <span>${swatch(svg`<rect class="box branch-swatch" x="2" y="2" width="18" height="10"></rect>`)}${t.t('legend.branch')}</span>
    <span>${swatch(svg`<polygon class="burst" points="11,0 13,5 18,3 15,7 18,11 13,10 11,14 9,10 4,11 7,7 4,3 9,5"></polygon>`)}${t.t('legend.kaizen')}</span>
    <span>${t.t('legend.abbr')}</span>`;
}
