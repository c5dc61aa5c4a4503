import { svg, type SVGTemplateResult } from 'lit';
import type { ValueStreamAnalysis, ValueStreamStepAnalysis } from '../../vsm/types.js';
import type { Figures, VsmTranslator } from './format.js';
import { clip } from './text-fit.js';

const ROW = 26;

/**
 * The two compared states aligned step by step: each row shows the earlier step(s), what
 * happened to them (kept, merged, removed, new) and the later step, with time bars on one
 * scale and the change in minutes.
 */
export function renderComparison(t: VsmTranslator, f: Figures, analysis: ValueStreamAnalysis, width: number, y: number): { height: number; content: SVGTemplateResult } | null {
  const c = analysis.comparison;
  if (!c || c.from === c.to) return null;
  const from = analysis.states.find((s) => s.id === c.from)!;
  const to = analysis.states.find((s) => s.id === c.to)!;
  const fromSteps = new Map(from.steps.map((s) => [s.id, s]));
  const toSteps = new Map(to.steps.map((s) => [s.id, s]));
  const markW = 96;
  const changeW = 110;
  const sideW = Math.max(150, (width - markW - changeW) / 2);
  const barMax = Math.min(160, sideW * 0.3);
  const sideSteps = (ids: string[], pool: Map<string, ValueStreamStepAnalysis>) => ids.map((id) => pool.get(id)!);
  const longest = Math.max(
    1,
    ...c.steps.flatMap((row) => [sum(sideSteps(row.from, fromSteps)), sum(row.to ? [toSteps.get(row.to)!] : [])]),
  );
  const scale = (v: number) => (v / longest) * barMax;
  const side = (steps: ValueStreamStepAnalysis[], x: number, ry: number) => {
    const label = steps.map((s) => s.label).join(' + ');
    const bars: SVGTemplateResult[] = [];
    let bx = x + sideW - barMax - 60;
    for (const s of steps) {
      const w = scale(s.waitBefore);
      const n = scale(s.processTime - s.valueAdded);
      const v = scale(s.valueAdded);
      bars.push(svg`<rect class="seg wait" x=${bx} y=${ry} width=${w} height="14"></rect><rect class="seg nva" x=${bx + w} y=${ry} width=${n} height="14"></rect><rect class="seg va" x=${bx + w + n} y=${ry} width=${v} height="14"></rect>`);
      bx += w + n + v;
    }
    const total = sum(steps);
    return svg`<text x=${x} y=${ry + 11}>${steps.length ? clip(label, sideW - barMax - 72, 12) : '—'}</text>${bars}
      ${steps.length ? svg`<text class="muted small" x=${bx + 4} y=${ry + 11}>${f.time(total)}</text>` : ''}`;
  };
  const rows = c.steps.map((row, r) => {
    const ry = y + 46 + r * ROW;
    const kind = row.kind === 'kept' ? '→' : t.t(row.kind === 'merged' ? 'badge.merged' : row.kind === 'removed' ? 'badge.removed' : 'badge.added');
    const toStep = row.to ? [toSteps.get(row.to)!] : [];
    return svg`<g class="compare-row ${row.kind}">
      ${r % 2 ? svg`<rect class="row-band" x="0" y=${ry - 6} width=${width} height=${ROW}></rect>` : ''}
      ${side(sideSteps(row.from, fromSteps), 0, ry)}
      <text class="kind ${row.kind}" x=${sideW + markW / 2} y=${ry + 11}>${kind}</text>
      ${side(toStep, sideW + markW, ry)}
      <text class="change ${row.durationChange < 0 ? 'good' : row.durationChange > 0 ? 'bad' : ''}" x=${width - 4} y=${ry + 11}>${f.signedTime(row.durationChange)}</text>
    </g>`;
  });
  const content = svg`<g class="comparison" aria-hidden="true">
    <text class="block-title" x="0" y=${y + 14}>${t.t('compare.title', { from: from.label, to: to.label })}</text>
    <text class="col-head" x="0" y=${y + 34}>${clip(from.label, sideW - 8, 11.5, true)}</text>
    <text class="col-head" x=${sideW + markW} y=${y + 34}>${clip(to.label, sideW - 8, 11.5, true)}</text>
    ${rows}
  </g>`;
  return { height: 46 + c.steps.length * ROW + 6, content };
}

function sum(steps: ValueStreamStepAnalysis[]): number {
  return steps.reduce((total, s) => total + s.waitBefore + s.processTime, 0);
}
