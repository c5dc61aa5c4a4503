import { svg, type SVGTemplateResult } from 'lit';
import type { Assurance, Variation } from '../../spc/types.js';

/**
 * The variation and assurance icons, drawn here (not NHS artwork) with the meanings and colours
 * of the Making Data Count method: a ring in the signal's colour around a small run of dots;
 * the letter says which way (H higher, L lower) or the assurance (P pass, F fail, ? hit or
 * miss). Shape and letter carry the meaning too, so the icons read without colour.
 */

const R = 17;
/** Dots of the little run drawn inside: flat (common cause), rising or falling. */
const FLAT = [
  [-10, 5],
  [-5, 2],
  [0, 6],
  [5, 3],
  [10, 5],
];
const RISING = [
  [-10, 9],
  [-5, 8],
  [0, 6],
  [5, 3],
  [10, 1],
];

function dots(points: number[][], tone: string, coloured: number): SVGTemplateResult {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
  return svg`<path class="icon-trace" d=${d}></path>${points.map(
    ([x, y], i) => svg`<circle class=${i >= points.length - coloured ? `icon-dot ${tone}` : 'icon-dot'} cx=${x} cy=${y} r="2"></circle>`,
  )}`;
}

/** Tone class of a variation: `common`, `improvement`, `concern` or `neither`. */
export const variationTone = (v: Variation | null): string => (v === null || v === 'common-cause' ? 'common' : v.split('-')[0]!);

/** The variation icon centred on `cx`, its ring's top at `y`. */
export function variationIcon(v: Variation | null, label: string, caption: string, cx: number, y: number): SVGTemplateResult {
  const tone = variationTone(v);
  const high = v?.endsWith('-high') ?? false;
  const special = v !== null && v !== 'common-cause';
  const run = special ? (high ? RISING : RISING.map(([a, b]) => [a, 10 - b])) : FLAT;
  return svg`<g class="icon variation ${tone}" role="img" aria-label=${label} transform="translate(${cx},${y + R + 2})">
    <title>${label}</title>
    <circle class="icon-ring" r=${R}></circle>
    ${v === null ? svg`<text class="icon-letter" y="5">–</text>` : special ? svg`<text class="icon-letter" y="-3">${high ? 'H' : 'L'}</text>` : null}
    ${v === null ? null : svg`<g transform="translate(0,${special ? 1 : -4})">${dots(run, tone, special ? 2 : 0)}</g>`}
    <text class="icon-caption" y=${R + 14}>${caption}</text>
  </g>`;
}

/** The assurance icon centred on `cx`, its ring's top at `y`. */
export function assuranceIcon(a: Assurance | null, label: string, caption: string, cx: number, y: number): SVGTemplateResult {
  const tone = a === 'pass' ? 'improvement' : a === 'fail' ? 'concern' : 'common';
  const letter = a === 'pass' ? 'P' : a === 'fail' ? 'F' : a === 'hit-or-miss' ? '?' : '–';
  return svg`<g class="icon assurance ${tone}" role="img" aria-label=${label} transform="translate(${cx},${y + R + 2})">
    <title>${label}</title>
    <circle class="icon-ring" r=${R}></circle>
    ${a === null ? null : svg`<path class="icon-target" d="M-11,8H11"></path>`}
    <text class="icon-letter big" y="4">${letter}</text>
    <text class="icon-caption" y=${R + 14}>${caption}</text>
  </g>`;
}
