import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { FlowLayout } from '../../vsm/layout.js';
import type { ValueStreamStateAnalysis, ValueStreamStepAnalysis } from '../../vsm/types.js';
import type { Figures, VsmTranslator } from './format.js';
import type { ChangeMark } from './marks.js';
import { clip, wrapText } from './text-fit.js';

/** Horizontal metrics shared by every state, so the maps line up column by column. */
export interface MapMetrics {
  /** Column pitch: box plus gap. */
  pitch: number;
  /** Space between boxes, where the wait triangle sits. */
  gap: number;
  boxW: number;
  /** Width of the lane labels (lanes layout), else 0. */
  lead: number;
  /** Width the widest map needs. */
  natural: number;
}

const GAP = 46;
const MIN_PITCH = 150;
const MAX_PITCH = 230;
const LANE_LABEL = 112;
const LINE = 14;

/**
 * Columns fill the available width between a readable minimum and a maximum; below the
 * minimum the map keeps its size and the plot scrolls sideways (text never shrinks).
 */
export function mapMetrics(available: number, columns: number, lanes: boolean): MapMetrics {
  const lead = lanes ? LANE_LABEL : 0;
  const cols = Math.max(1, columns);
  const pitch = Math.max(MIN_PITCH, Math.min(MAX_PITCH, Math.floor((available - lead - 8) / cols)));
  return { pitch, gap: GAP, boxW: pitch - GAP, lead, natural: lead + cols * pitch + 8 };
}

export interface MapInput {
  t: VsmTranslator;
  f: Figures;
  state: ValueStreamStateAnalysis;
  stateIndex: number;
  flow: FlowLayout;
  lanes: boolean;
  m: MapMetrics;
  width: number;
  /** Width visible without scrolling (text that must stay readable wraps to it). */
  visible: number;
  y: number;
  marks: Map<string, ChangeMark> | undefined;
  /** Step index holding the roving tab stop in this state, or −1. */
  tabIndex: number;
  isSelected(step: ValueStreamStepAnalysis): boolean;
  describe(step: ValueStreamStepAnalysis): string;
}

interface Line {
  text: string;
  cls: string;
}

/** A 10-point kaizen burst around (0, 0). */
const BURST = Array.from({ length: 20 }, (_, i) => {
  const a = (Math.PI * i) / 10 - Math.PI / 2;
  const r = i % 2 ? 3.6 : 7.5;
  return `${(r * Math.cos(a)).toFixed(1)},${(r * Math.sin(a)).toFixed(1)}`;
}).join(' ');

/** One state: title and totals, process boxes with data boxes, wait triangles, kaizen bursts, and the timeline ladder. */
export function renderStateMap(input: MapInput): { height: number; content: SVGTemplateResult } {
  const { t, f, state, flow, lanes, m, y } = input;
  const inner = m.boxW - 10;
  const labels = state.steps.map((s) => wrapText(s.label, inner, 12, 3, true));
    const data = state.steps.map((s): Line[] => {
    const lines: Line[] = [
      { text: t.t('box.pt', { value: f.time(s.processTime) }), cls: '' },
      { text: t.t('box.va', { value: f.time(s.valueAdded) }), cls: '' },
      { text: t.t('box.ca', { value: f.pct(s.completeAccurate) }), cls: s.completeAccurate < 1 ? 'warn' : '' },
    ];
    if (s.completeAccurate < 1) lines.push({ text: t.t('box.rework', { value: f.time(s.expectedRework) }), cls: 'warn' });
    if (!s.onCriticalPath) lines.push({ text: t.t('box.slack', { value: f.time(s.slack) }), cls: 'muted' });
    return lines.map((l) => ({ ...l, text: clip(l.text, inner, 11.5) }));
  });
  const badges = state.steps.map((s): Line[] => {
    const out: Line[] = [];
    if (state.bottleneck === s.id) out.push({ text: t.t('badge.bottleneck'), cls: 'badge concern' });
    if (state.longestWait === s.id) out.push({ text: t.t('badge.longestWait'), cls: 'badge concern' });
    const mark = input.marks?.get(s.id);
    if (mark) out.push({ text: t.t(mark.kind === 'removed' ? 'badge.removed' : mark.kind === 'added' ? 'badge.added' : 'badge.merged'), cls: 'badge mark' });
    return out.map((b) => ({ ...b, text: clip(b.text, m.boxW + 8, 11, true) }));
  });
  const kaizen = state.steps.map((s) => s.kaizen.map((k) => wrapText(k, m.boxW - 10, 11, 4)));
  const aboveOf = (i: number) => badges[i]!.length * LINE + kaizen[i]!.reduce((h, lines) => h + lines.length * 13 + 4, 0);
  const showRole = !lanes && state.steps.some((s) => s.role);
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const boxH = 10 + labelLines * LINE + (showRole ? LINE : 0) + 4;
  const dataH = 6 + Math.max(...data.map((d) => d.length)) * LINE + 2;
  // Narrow column: the totals wrap to the visible width so they stay readable without scrolling.
  const totals = wrapText(
    t.t('map.totals', { lead: f.time(state.leadTime), va: f.time(state.valueAddedTime), pce: f.pct(state.pce), nva: f.time(state.nonValueAddedTime), nvaShare: f.pct(state.nvaShare) }),
    input.visible,
    12.5,
    4,
    true,
  );
  const quality = wrapText(t.t('map.quality', { rolled: f.pct(state.rolledCA), rework: f.time(state.expectedRework) }), input.visible, 11.5, 2);
  const headerH = 28 + (totals.length + quality.length) * 17;

  // Rows: the flow layout's rows, or one band per role (sub-rows where a role has parallel steps).
  const nodeById = new Map(flow.nodes.map((n) => [n.id, n]));
  const rowOf = new Map<string, number>();
  const bands: { label: string; first: number; rows: number }[] = [];
  if (lanes) {
    const laneCount = flow.lanes.length + (flow.nodes.some((n) => n.lane === null) ? 1 : 0);
    let next = 0;
    for (let lane = 0; lane < laneCount; lane++) {
      const inLane = flow.nodes.filter((n) => (n.lane ?? flow.lanes.length) === lane);
      const used = new Map<number, number>();
      for (const n of inLane) {
        const sub = used.get(n.column) ?? 0;
        used.set(n.column, sub + 1);
        rowOf.set(n.id, next + sub);
      }
      const rows = Math.max(1, ...used.values());
      bands.push({ label: flow.lanes[lane] ?? t.t('lane.none'), first: next, rows });
      next += rows;
    }
  } else {
    for (const n of flow.nodes) rowOf.set(n.id, n.row);
  }
  const rowCount = Math.max(1, ...[...rowOf.values()].map((r) => r + 1));
  // Each row is as tall as its own kaizen bursts and badges need, so a parallel branch sits close under the path.
  const above = Array.from({ length: rowCount }, () => 8);
  state.steps.forEach((s, i) => {
    const r = rowOf.get(s.id)!;
    above[r] = Math.max(above[r]!, aboveOf(i) + 8);
  });
  const rowTop = [y + headerH];
  for (let r = 0; r < rowCount; r++) rowTop.push(rowTop[r]! + above[r]! + boxH + dataH + 16);
  const boxTop = (id: string) => rowTop[rowOf.get(id)!]! + above[rowOf.get(id)!]!;
  const boxX = (id: string) => m.lead + m.gap + nodeById.get(id)!.column * m.pitch;
  const midY = (id: string) => boxTop(id) + boxH / 2;
  const byId = new Map(state.steps.map((s) => [s.id, s]));

  const header = svg`<text class="state-title" x="0" y=${y + 16}>${state.label}</text>
    ${totals.map((line, k) => svg`<text class="totals" x="0" y=${y + 36 + k * 17}>${line}</text>`)}
    ${quality.map((line, k) => svg`<text class="muted" x="0" y=${y + 36 + (totals.length + k) * 17}>${line}</text>`)}`;

  const laneBands = bands.map((b, i) => {
    const by = rowTop[b.first]!;
    const lines = wrapText(b.label, m.lead - 14, 11.5, 3, true);
    return svg`<rect class="lane ${i % 2 ? 'odd' : ''}" x="0" y=${by} width=${input.width} height=${rowTop[b.first + b.rows]! - by - 6}></rect>
      ${lines.map((l, k) => svg`<text class="lane-label" x="8" y=${by + 18 + k * LINE}>${l}</text>`)}`;
  });

  const edges = flow.edges.map((e) => {
    const x1 = boxX(e.from) + m.boxW;
    const y1 = midY(e.from);
    const x2 = boxX(e.to) - 2;
    const y2 = midY(e.to);
    const d = y1 === y2 ? `M${x1} ${y1}H${x2}` : `M${x1} ${y1}H${x2 - m.gap + 12}V${y2}H${x2}`;
    return svg`<path class="edge ${e.critical ? 'critical' : ''}" d=${d} marker-end="url(#vsm-arrow${e.critical ? '-c' : ''})"></path>`;
  });

  const waits = state.steps.map((s) => {
    if (s.waitBefore <= 0) return nothing;
    const cx = boxX(s.id) - m.gap / 2;
    const cy = midY(s.id);
    const longest = state.longestWait === s.id;
    return svg`<g class="wait ${longest ? 'longest' : ''}"><path class="triangle" d="M${cx} ${cy - 10}L${cx + 11} ${cy + 8}H${cx - 11}Z"></path>
      <text class="tri-i" x=${cx} y=${cy + 6}>I</text>
      <text class="wait-text" x=${cx} y=${cy + 24}>${f.time(s.waitBefore)}</text></g>`;
  });

  const steps = state.steps.map((s, i) => {
    const x = boxX(s.id);
    const bt = boxTop(s.id);
    const selected = input.isSelected(s);
    const classes = [s.onCriticalPath ? 'critical' : 'branch', state.bottleneck === s.id ? 'bottleneck' : '', selected ? 'selected' : ''].join(' ');
    let ay = bt - 6 - aboveOf(i);
    const above = [
      ...kaizen[i]!.map((lines) => {
        const ky = ay;
        ay += lines.length * 13 + 4;
        return svg`<g class="kaizen"><polygon class="burst" points=${BURST} transform="translate(${x + 7} ${ky + 8})"></polygon>
          ${lines.map((l, k) => svg`<text class="kaizen-text" x=${x + 17} y=${ky + 12 + k * 13}>${l}</text>`)}</g>`;
      }),
      ...badges[i]!.map((b) => {
        const by = ay;
        ay += LINE;
        return svg`<text class=${b.cls} x=${x} y=${by + 11}>${b.text}</text>`;
      }),
    ];
    // The visible box is drawn apart from the button: the button's name says everything the
    // box shows (and more) in words, and a name must contain all visible text inside a control.
    const ring = svg`<rect class="ring" x=${x - 5} y=${bt - 5} width=${m.boxW + 10} height=${boxH + dataH + 10} rx="6"></rect>`;
    return svg`<g class="step-visual ${classes}" aria-hidden="true" data-state=${input.stateIndex} data-index=${i}>${above}
      <rect class="box" x=${x} y=${bt} width=${m.boxW} height=${boxH} rx="3"></rect>
      ${labels[i]!.map((l, k) => svg`<text class="box-label" x=${x + 5} y=${bt + 18 + k * LINE}>${l}</text>`)}
      ${showRole && s.role ? svg`<text class="muted role" x=${x + 5} y=${bt + 18 + labelLines * LINE}>${clip(s.role, inner, 11)}</text>` : nothing}
      <rect class="data" x=${x} y=${bt + boxH} width=${m.boxW} height=${dataH}></rect>
      ${data[i]!.map((l, k) => svg`<text class="data-text ${l.cls}" x=${x + 5} y=${bt + boxH + 17 + k * LINE}>${l.text}</text>`)}</g>
      <g class="step ${classes}" role="button" tabindex=${i === input.tabIndex ? 0 : -1} aria-label=${input.describe(s)} aria-current=${selected ? 'true' : 'false'} data-state=${input.stateIndex} data-index=${i}>
        ${ring}<rect class="hit" x=${x} y=${bt} width=${m.boxW} height=${boxH + dataH}></rect>
      </g>`;
  });

  // The ladder follows the critical path: up for the wait before each step, down for its process time.
  const ladderTop = rowTop[rowCount]!;
  const waitY = ladderTop + 18;
  const procY = waitY + 22;
  const path = state.criticalPath.map((id) => byId.get(id)!);
  let cursor = m.lead + 4;
  const points: string[] = [`${cursor},${waitY}`];
  const ladderText: SVGTemplateResult[] = [];
  for (const s of path) {
    const x = boxX(s.id);
    const right = x + m.boxW;
    points.push(`${x},${waitY}`, `${x},${procY}`, `${right},${procY}`, `${right},${waitY}`);
    ladderText.push(svg`<text class="ladder-wait" x=${(cursor + x) / 2} y=${waitY - 5}>${f.time(s.waitBefore)}</text>
      <text class="ladder-proc" x=${x + m.boxW / 2} y=${procY + 15}>${f.time(s.processTime)}</text>
      <text class="ladder-va" x=${x + m.boxW / 2} y=${procY + 29}>${t.t('box.va', { value: f.time(s.valueAdded) })}</text>`);
    cursor = right;
  }
  const ladder = svg`<g class="ladder" aria-hidden="true"><polyline class="ladder-line" points=${points.join(' ')}></polyline>${ladderText}</g>`;
  const height = procY + 34 - y;
  const content = svg`<g class="state-map" role="group" aria-label=${t.t('map.label', { state: state.label, count: t.format.number(state.steps.length, 0) })}>
    ${header}<g aria-hidden="true">${laneBands}${edges}${waits}</g>
    ${steps}
    ${ladder}
  </g>`;
  return { height, content };
}
