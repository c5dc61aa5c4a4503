import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Assurance, Variation } from '../../spc/types.js';
import { ICON_R, PHASE_LINE } from './geometry.js';
import { assuranceIcon, variationIcon } from './icons.js';
import type { Label, Scene } from './scene.js';

export interface SceneText {
  variationLabel: string;
  assuranceLabel: string;
  variationCaption: string;
  assuranceCaption: string;
  secondaryTitle: string;
  variation: Variation | null;
  assurance: Assurance | null;
  /** The target is drawn: show the assurance icon. */
  showAssurance: boolean;
}

const path = (cls: string, d: string) => (d ? svg`<path class=${cls} d=${d}></path>` : nothing);

function labels(list: Label[], x: number): SVGTemplateResult[] {
  return list.map((l) => svg`<text class="edge-label kind-${l.kind}${l.trial ? ' trial-label' : ''}" x=${x} y=${l.y}>${l.text}</text>`);
}

/**
 * The static layer of the chart: everything except the focus and selection marks. Built from
 * a memoized `Scene`, so binding it again after a keyboard move changes nothing in the DOM.
 */
export function renderScene(scene: Scene, text: SceneText): SVGTemplateResult {
  const { layout, paths } = scene;
  const { main, secondary, status } = layout;
  const bottom = secondary?.bottom ?? main.bottom;
  const labelX = layout.right + 6;
  return svg`
    <g class="status">
      ${variationIcon(text.variation, text.variationLabel, text.variationCaption, status.icons[0] ?? ICON_R, status.iconsY)}
      ${text.showAssurance && status.icons[1] !== undefined ? assuranceIcon(text.assurance, text.assuranceLabel, text.assuranceCaption, status.icons[1], status.iconsY) : nothing}
      <text class="verdict">${status.lines.map((line, i) => svg`<tspan x=${status.textX} y=${status.textY + i * 18}>${line}</tspan>`)}</text>
    </g>
    ${path('grid', paths.grid)}
    ${path('grid', paths.secondaryGrid)}
    <path class="axis-line" d="M${layout.left},${main.bottom}H${layout.right}${secondary ? `M${layout.left},${secondary.bottom}H${layout.right}` : ''}"></path>
    ${path('separator', paths.separators)}
    ${path('note-line', paths.noteLines)}
    ${path('sigma', paths.sigma)}
    ${path('sigma trial', paths.sigmaTrial)}
    ${path('projected-band', paths.projectedBand)}
    ${path('projected', paths.projected)}
    ${path('limit', paths.limits)}
    ${path('limit trial', paths.limitsTrial)}
    ${path('centre', paths.centre)}
    ${path('centre trial', paths.centreTrial)}
    ${path('target', paths.target)}
    ${path('line', paths.line)}
    ${path('dot', paths.dots)}
    ${scene.marks.map((m) => svg`<path class="mark ${m.key} ${m.shape}" d=${m.d}></path>`)}
    ${scene.unit ? svg`<text class="unit-label" x=${scene.unit.x} y=${scene.unit.y}>${scene.unit.text}</text>` : nothing}
    <g class="y-axis">${scene.yTicks.map((tk) => svg`<text class="tick" x=${layout.left - 6} y=${tk.y + 4}>${tk.label}</text>`)}</g>
    <g class="x-axis">${scene.xTicks.map((tk) => svg`<text class="tick x" x=${tk.x} y=${layout.axisY}>${tk.label}</text>`)}</g>
    <path class="axis-line" d=${scene.xTicks.map((tk) => `M${tk.x},${bottom}v4`).join('')}></path>
    ${labels(scene.rightLabels, labelX)}
    ${scene.phaseLabels.map(
      (p) => svg`<text class="phase-label${p.trial ? ' trial' : ''}" x=${p.x} y=${layout.phaseBandY ?? 0}>${p.lines.map((line, i) => svg`<tspan x=${p.x} dy=${i ? PHASE_LINE : 0}>${line}</tspan>`)}</text>`,
    )}
    ${scene.phaseMeans.map((p) => svg`<text class="phase-mean" x=${p.x} y=${p.y}>${p.text}</text>`)}
    ${scene.notes.map(
      (n) => svg`<g class="note" transform="translate(${n.x},${layout.noteBandY ?? 0})"><circle r="8"></circle><text class="note-number" y="4">${n.number}</text>${
        n.text ? svg`<text class="note-text" x="11" y="4">${n.text}</text>` : nothing
      }</g>`,
    )}
    ${secondary
      ? svg`<text class="panel-title" x=${layout.left} y=${layout.secondaryTitleY}>${text.secondaryTitle}</text>
        ${path('secondary-limit', paths.secondaryLimits)}
        ${path('secondary-centre', paths.secondaryCentre)}
        ${path('secondary-line', paths.secondaryLine)}
        ${path('mark neither triangle', paths.secondarySpecial)}
        <g class="y-axis">${scene.secondaryTicks.map((tk) => svg`<text class="tick" x=${layout.left - 6} y=${tk.y + 4}>${tk.label}</text>`)}</g>
        ${labels(scene.secondaryLabels, labelX)}`
      : nothing}
  `;
}
