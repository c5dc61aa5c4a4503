import { svg, nothing, type TemplateResult } from 'lit';
import type { GridModel } from './grid.js';
import { cellShapes, forEachValueCell } from './cell-shapes.js';
import type { HeatmapLayout } from './layout.js';

/** Pattern id of the "no data" hatching (ids are scoped to the shadow root). */
export const HATCH_ID = 'hm-hatch';

/** The hatch pattern: background with diagonal lines in `--_missing`. */
export function hatchPattern(id = HATCH_ID): TemplateResult {
  return svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><line class="hatch-line" x1="1" y1="0" x2="1" y2="5"></line></pattern>`;
}

/**
 * The cell layer in SVG: one `<path>` per colour step (fill set from the palette by the
 * element after render, `data-b`), one for missing cells (hatched), one for suppressed
 * cells with their locks, corner markers per step (`data-ink`), printed values grouped by
 * step (`data-ink`) and the hotspot outlines. A few hundred nodes for any grid size.
 */
export function renderSvgCells(grid: GridModel, order: readonly number[], l: HeatmapLayout, values: ((r: number, c: number) => string) | null): TemplateResult {
  const shapes = cellShapes(grid, order, l);
  const codes = [...shapes.fills.keys()].sort((a, b) => a - b);
  const markerCodes = [...shapes.markers.keys()].sort((a, b) => a - b);
  let texts: TemplateResult[] | typeof nothing = nothing;
  if (values && l.values) {
    // Group texts by drawing code so one fill per group gives every text its contrasting ink.
    const byCode = new Map<number, TemplateResult[]>();
    forEachValueCell(grid, order, l, (r, c, code, x, y) => {
      let list = byCode.get(code);
      if (!list) byCode.set(code, (list = []));
      list.push(svg`<text x=${Math.round(x * 10) / 10} y=${Math.round(y * 10) / 10}>${values(r, c)}</text>`);
    });
    texts = [...byCode.entries()].map(([code, list]) => svg`<g class="values" data-ink=${code}>${list}</g>`);
  }
  return svg`<g class="cells" transform="translate(${l.gx} ${l.gy})">
    <rect class="grid-bg" width=${l.gridW} height=${l.gridH}></rect>
    ${codes.map((code) => svg`<path class="cell" data-b=${code} d=${shapes.fills.get(code)!}></path>`)}
    ${shapes.missing ? svg`<path class=${l.hatch ? 'missing' : 'missing flat'} fill="url(#${HATCH_ID})" d=${shapes.missing}></path>` : nothing}
    ${shapes.suppressed ? svg`<path class="suppressed" d=${shapes.suppressed}></path>` : nothing}
    ${shapes.lockBodies ? svg`<path class="lock" d=${shapes.lockBodies}></path><path class="shackle" stroke-width=${shapes.lockStroke} d=${shapes.lockShackles}></path>` : nothing}
    ${markerCodes.map((code) => svg`<path class="marker" data-ink=${code} d=${shapes.markers.get(code)!}></path>`)}
    ${texts}
    ${shapes.warning ? svg`<path class="hot-halo" d=${shapes.warning}></path><path class="hot warning" d=${shapes.warning}></path>` : nothing}
    ${shapes.alarm ? svg`<path class="hot-halo alarm" d=${shapes.alarm}></path><path class="hot alarm" d=${shapes.alarm}></path>` : nothing}
    ${shapes.ticks ? svg`<path class="hot-tick" d=${shapes.ticks}></path>` : nothing}
  </g>`;
}
