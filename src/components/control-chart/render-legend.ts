import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ControlChartDocument } from '../../contract/control-chart.js';
import type { ChartFormat, CcTranslator } from './format.js';
import { placedNotes } from './notes.js';
import { marker } from './paths.js';
import type { Scene } from './scene.js';

/** Notes listed under the chart; the rest are in the table. */
const MAX_NOTES = 12;

const swatch = (content: SVGTemplateResult) => html`<svg class="swatch" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">${content}</svg>`;
const lineSwatch = (cls: string) => swatch(svg`<path class=${cls} d="M1,6H23"></path>`);

export interface LegendInput {
  t: CcTranslator;
  f: ChartFormat;
  doc: ControlChartDocument;
  scene: Scene;
  sigma: boolean;
  median: boolean;
  limits: boolean;
  westernElectric: boolean;
}

/** Keys for what is drawn (only what this chart shows), then the numbered notes. */
export function renderLegend({ t, f, doc, scene, sigma, median, limits, westernElectric }: LegendInput): TemplateResult {
  const item = (icon: TemplateResult, label: string) => html`<span class="key">${icon}${label}</span>`;
  const mark = (cls: string, shape: 'circle' | 'square' | 'triangle' | 'crossed') => swatch(svg`<path class="mark ${cls} ${shape}" d=${marker(shape, 12, 6, 4)}></path>`);
  const annotations = placedNotes(doc);
  return html`<div class="keys">
      ${item(swatch(svg`<path class="line" d="M1,8L8,4L16,7L23,3"></path>`), t.t('legend.data'))}
      ${item(lineSwatch('centre'), t.t(median ? 'legend.median' : 'legend.mean'))}
      ${limits ? item(lineSwatch('limit'), t.t('legend.limits')) : nothing}
      ${scene.hasTrial ? item(lineSwatch('limit trial'), t.t('legend.trial')) : nothing}
      ${sigma && limits ? item(lineSwatch('sigma'), t.t(westernElectric ? 'legend.sigma' : 'legend.sigma2')) : nothing}
      ${scene.hasProjection ? item(swatch(svg`<rect class="projected-band" x="1" y="1" width="22" height="10"></rect><path class="projected" d="M1,6H23"></path>`), t.t('legend.projected')) : nothing}
      ${doc.target !== undefined ? item(lineSwatch('target'), t.t('legend.target')) : nothing}
      ${scene.present.has('improvement') ? item(mark('improvement', 'circle'), t.t('legend.improvement')) : nothing}
      ${scene.present.has('concern') ? item(mark('concern', 'square'), t.t('legend.concern')) : nothing}
      ${scene.present.has('neither') ? item(mark('neither', 'triangle'), t.t('legend.neither')) : nothing}
      ${scene.present.has('excluded') ? item(mark('excluded common', 'crossed'), t.t('legend.excluded')) : nothing}
      ${doc.baseline !== undefined && limits ? html`<span class="key">${t.t('legend.baseline', { count: t.format.number(doc.baseline, 0) })}</span>` : nothing}
    </div>
    ${annotations.length
      ? html`<ol class="notes" aria-label=${t.t('legend.notes')}>
          ${annotations.slice(0, MAX_NOTES).map(
            ({ a, i }, k) => html`<li><span class="note-badge" aria-hidden="true">${t.format.number(k + 1, 0)}</span>${f.x(doc.points[i]!.x)}: ${a.label}</li>`,
          )}
          ${annotations.length > MAX_NOTES ? html`<li class="more">${t.t('legend.more', { count: t.format.number(annotations.length - MAX_NOTES, 0) })}</li>` : nothing}
        </ol>`
      : nothing}`;
}
