import { html, nothing, svg, type TemplateResult } from 'lit';
import type { HeatmapAnalysis } from '../../heatmap/types.js';
import type { Figures, HeatmapTranslator } from './format.js';
import { lockGlyph, markerPath } from './cell-shapes.js';
import { BUCKETS, UNCERTAIN, bucketOf } from './palette.js';
import { hatchPattern } from './render-cells-svg.js';

const RAMP_W = 176;
/** A legend entry: a 20 × 14 swatch (when given) and its text. */
const item = (label: string, content?: unknown) =>
  html`<span class="legend-item">${content ? html`<svg class="swatch" width="20" height="14" viewBox="0 0 20 14" aria-hidden="true">${content}</svg>` : nothing}${label}</span>`;
/** The swatch's cell-sized box. */
const box = (cls: string, fill?: string | number) => svg`<rect class=${cls} data-b=${fill ?? nothing} x="1" y="1" width="18" height="12"></rect>`;
/** A plain box with a hotspot outline of `level` (halo under the outline, as on the cells). */
const hotOutline = (level: string) =>
  svg`${box('sw-plain')}<rect class="hot-halo ${level}" x="2.25" y="2.25" width="15.5" height="9.5"></rect><rect class="hot ${level}" x="2.25" y="2.25" width="15.5" height="9.5"></rect>`;

/**
 * The legend: the colour ramp with its ends (worse, better), the target at the middle of a
 * diverging ramp, and one swatch per special look (no data, hidden, less certain, hotspot
 * outlines), each a shape as well as a colour. Ramp colours come from the palette like the
 * cells (`data-b`).
 */
export function renderHeatmapLegend(t: HeatmapTranslator, f: Figures, analysis: HeatmapAnalysis, target: number | undefined, scale?: { min: number; max: number }): TemplateResult {
  const domain = analysis.colorDomain;
  const increase = analysis.direction === 'increase';
  let ramp: unknown = nothing;
  if (domain) {
    // The ramp spans the part of the domain values can take (a domain centred on a target
    // of 80 % reaches past 100 %), ascending left to right; colours as the cells get them.
    const [lo, hi] = shownRange(analysis, scale);
    const step = RAMP_W / BUCKETS;
    const rects = Array.from({ length: BUCKETS }, (_, i) => {
      const code = bucketOf(lo + ((i + 0.5) / BUCKETS) * (hi - lo), domain, analysis.direction);
      return svg`<rect data-b=${code} x=${(i * step).toFixed(2)} y="0" width=${(step + 0.3).toFixed(2)} height="12"></rect>`;
    });
    const mid = domain.type === 'diverging' && hi > lo ? domain.mid : null;
    const midX = mid !== null ? Math.round(((mid - lo) / (hi - lo)) * RAMP_W * 10) / 10 : 0;
    const midAnchor = midX < 30 ? 'start' : midX > RAMP_W - 30 ? 'end' : 'middle';
    ramp = html`<span class="legend-ramp">
      <span class="ramp-title">${f.measureName}</span>
      <span class="ramp-row">
        <span class="ramp-end">${t.t(increase ? 'legend.worse' : 'legend.better')}</span>
        <svg class="ramp" width=${RAMP_W} height="28" viewBox="0 0 ${RAMP_W} 28" role="img" aria-label=${rampLabel(t, f, analysis, lo, hi, target)}>
          ${rects}
          <text class="ramp-tick" x="0" y="25" text-anchor="start">${f.full(lo)}</text>
          ${mid !== null
            ? svg`<line class="ramp-mid" x1=${midX} x2=${midX} y1="-2" y2="14"></line><text class="ramp-tick" x=${midX} y="25" text-anchor=${midAnchor}>${f.full(mid)}</text>`
            : nothing}
          <text class="ramp-tick" x=${RAMP_W} y="25" text-anchor="end">${f.full(hi)}</text>
        </svg>
        <span class="ramp-end">${t.t(increase ? 'legend.better' : 'legend.worse')}</span>
      </span>
    </span>`;
  }
  const lock = lockGlyph(4, 0, 12, 14);
  return html`${ramp}
    ${item(t.t('legend.missing'), svg`<defs>${hatchPattern('hm-hatch-legend')}</defs><rect class="sw-missing" fill="url(#hm-hatch-legend)" x="1" y="1" width="18" height="12"></rect>`)}
    ${item(t.t('legend.suppressed', { minN: f.count(analysis.minN) }), svg`${box('suppressed')}<path class="lock" d=${lock.body}></path><path class="shackle" stroke-width=${lock.stroke} d=${lock.shackle}></path>`)}
    ${item(t.t('legend.lowConfidence'), svg`${box('', UNCERTAIN + 12)}<path class="marker" data-ink=${UNCERTAIN + 12} d=${markerPath(1, 1, 18, 12)}></path>`)}
    ${item(t.t('legend.alarm'), hotOutline('alarm'))}
    ${item(t.t('legend.warning'), hotOutline('warning'))}
    ${item(t.t('legend.zero'))}
    ${item(t.t('legend.summaries'), box('sum-cell'))}`;
}

/** Values the measure can take, within the colour domain. */
function shownRange(analysis: HeatmapAnalysis, scale: { min: number; max: number } | undefined): [number, number] {
  const d = analysis.colorDomain!;
  const [fmin, fmax] =
    analysis.unit === 'percent' ? [0, 100] : analysis.unit === 'nps-points' ? [-100, 100] : analysis.unit === 'per-1000' ? [0, Infinity] : scale ? [scale.min, scale.max] : [-Infinity, Infinity];
  return [Math.max(d.min, fmin), Math.min(d.max, fmax)];
}

function rampLabel(t: HeatmapTranslator, f: Figures, analysis: HeatmapAnalysis, lo: number, hi: number, target: number | undefined): string {
  const increase = analysis.direction === 'increase';
  const params = {
    measure: f.measureName,
    low: f.full(lo),
    lowWord: t.t(increase ? 'legend.worse' : 'legend.better'),
    high: f.full(hi),
    highWord: t.t(increase ? 'legend.better' : 'legend.worse'),
  };
  const ramp = t.t('legend.ramp', params);
  return target !== undefined ? t.t('legend.rampTarget', { ramp, target: f.full(target) }) : ramp;
}
