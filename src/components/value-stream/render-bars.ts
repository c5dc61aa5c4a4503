import { svg, type SVGTemplateResult } from 'lit';
import type { ValueStreamAnalysis, ValueStreamStateAnalysis } from '../../vsm/types.js';
import type { Figures, VsmTranslator } from './format.js';
import { clip } from './text-fit.js';

/**
 * Each state's critical path as one bar on a shared time scale: waiting (hatched),
 * process time without value (light) and value-added time (solid). Before and after side
 * by side on one scale is the at-a-glance story.
 */
export function renderLeadBars(
  t: VsmTranslator,
  f: Figures,
  analysis: ValueStreamAnalysis,
  width: number,
  y: number,
  compact: boolean,
): { height: number; content: SVGTemplateResult } {
  const states = analysis.states;
  const c = analysis.comparison && analysis.comparison.from !== analysis.comparison.to ? analysis.comparison : null;
  // Wide: label | bar | value on one line. Compact (narrow column): label and value above a full-width bar.
  const labelW = compact ? 0 : Math.min(190, Math.round(width * 0.22));
  const valueW = compact ? 0 : c ? 230 : 90;
  const x0 = compact ? 0 : labelW + 8;
  const barMax = Math.max(40, width - x0 - valueW - 4);
  const rowH = compact ? 46 : 30;
  const maxLead = Math.max(...states.map((s) => s.leadTime));
  const scale = (v: number) => (maxLead > 0 ? (v / maxLead) * barMax : 0);
  const rows = states.map((s, r) => {
    const ry = y + 26 + r * rowH;
    let value = f.time(s.leadTime);
    if (c && c.to === s.id) value += ` · ${t.t('value.share', { value: f.signedTime(c.leadTimeChange), share: f.signedPct(c.leadTimeChangeRelative) })}`;
    if (compact) {
      return svg`<text class="bar-label" x="0" y=${ry + 11}>${clip(s.label, width * 0.45, 12, true)}<tspan class="bar-value" dx="8">${value}</tspan></text>
        ${segments(s, scale, x0, ry + 18)}`;
    }
    return svg`<text class="bar-label" x="0" y=${ry + 14}>${clip(s.label, labelW, 12, true)}</text>
      ${segments(s, scale, x0, ry)}
      <text class="bar-value" x=${x0 + scale(s.leadTime) + 8} y=${ry + 14}>${value}</text>`;
  });
  const content = svg`<g class="lead-bars" aria-hidden="true">
    <text class="block-title" x="0" y=${y + 14}>${t.t('bars.title')}</text>
    ${rows}
  </g>`;
  return { height: 26 + states.length * rowH + 6, content };
}

function segments(s: ValueStreamStateAnalysis, scale: (v: number) => number, x0: number, y: number): SVGTemplateResult[] {
  const out: SVGTemplateResult[] = [];
  const byId = new Map(s.steps.map((step) => [step.id, step]));
  for (const id of s.criticalPath) {
    const step = byId.get(id)!;
    const start = x0 + scale(step.earliestStart);
    const wait = scale(step.waitBefore);
    const va = scale(step.valueAdded);
    const nva = scale(step.processTime - step.valueAdded);
    out.push(svg`<rect class="seg wait" x=${start} y=${y} width=${wait} height="18"></rect>
      <rect class="seg nva" x=${start + wait} y=${y} width=${nva} height="18"></rect>
      <rect class="seg va" x=${start + wait + nva} y=${y} width=${va} height="18"></rect>
      <line class="seg-sep" x1=${start} x2=${start} y1=${y} y2=${y + 18}></line>`);
  }
  return out;
}
