import type { ControlChartDocument } from '../../contract/control-chart.js';
import { pointTableOf, secondaryTableOf } from '../../spc/analyse.js';
import type { ControlChartAnalysis, SecondarySeries } from '../../spc/types.js';
import type { ChartFormat, CcTranslator } from './format.js';
import { FONT, SMALL, layoutChart, type Extent, type Layout, type LayoutInput } from './geometry.js';
import { hline, linePath, marker, r1, stepPath, vline, type Shape } from './paths.js';
import { clip, textWidth, wrap } from './text.js';
import { isTrial, phaseName } from './describe.js';
import { placedNotes } from './notes.js';
import { outerLimits } from './story.js';

/**
 * Everything drawn, as plain data (path strings and positioned labels), computed once per
 * document, width, locale and display options. The Lit templates only bind these values, so a
 * re-render for a keyboard move or hover compares strings and touches nothing.
 */
export interface Scene {
  layout: Layout;
  paths: Record<PathKey, string>;
  /** Special and excluded markers by tone. */
  marks: { key: string; shape: Shape; d: string }[];
  yTicks: Tick[];
  secondaryTicks: Tick[];
  xTicks: { x: number; label: string }[];
  rightLabels: Label[];
  secondaryLabels: Label[];
  /** Phase names, on up to two lines (a narrow phase wraps its name rather than cutting it). */
  phaseLabels: { x: number; lines: string[]; trial: boolean }[];
  phaseMeans: { x: number; y: number; text: string }[];
  /** Numbered badges; `text` is the whole label where it fits, else `''` (the numbered list under the chart has it). */
  notes: { x: number; number: string; text: string }[];
  /** The unit, above the y axis (edge labels and ticks carry bare numbers). */
  unit: { x: number; y: number; text: string } | null;
  /** Tones of special points present (legend). */
  present: Set<string>;
  hasTrial: boolean;
  hasProjection: boolean;
}

export type PathKey =
  | 'grid'
  | 'secondaryGrid'
  | 'separators'
  | 'noteLines'
  | 'centre'
  | 'centreTrial'
  | 'limits'
  | 'limitsTrial'
  | 'sigma'
  | 'sigmaTrial'
  | 'projected'
  | 'projectedBand'
  | 'target'
  | 'line'
  | 'dots'
  | 'secondaryLine'
  | 'secondaryCentre'
  | 'secondaryLimits'
  | 'secondarySpecial';

export interface Tick {
  y: number;
  label: string;
}
export interface Label {
  y: number;
  text: string;
  kind: 'ucl' | 'lcl' | 'centre' | 'target';
  trial: boolean;
}

export interface SceneInput {
  t: CcTranslator;
  f: ChartFormat;
  doc: ControlChartDocument;
  analysis: ControlChartAnalysis;
  width: number;
  verdict: string;
  /** Captions under the icons. */
  captions: readonly string[];
  sigma: boolean;
  project: boolean;
  secondary: SecondarySeries | null;
}

const SHAPES: Record<string, Shape> = { improvement: 'circle', concern: 'square', neither: 'triangle' };

/** Widens `e` to the numbers of `column` (NaN, a missing number, loses every comparison). */
function extendExtent(e: Extent, column: Float64Array): void {
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (v < e.min) e.min = v;
    if (v > e.max) e.max = v;
  }
}

/** Extent of what the main panel draws: values, limits (and sigma lines), target. */
export function mainExtent(analysis: ControlChartAnalysis, target: number | undefined): Extent | null {
  const { values, ucl, lcl } = pointTableOf(analysis).columns;
  const e = { min: Infinity, max: -Infinity };
  extendExtent(e, values);
  extendExtent(e, ucl);
  extendExtent(e, lcl);
  if (target !== undefined) {
    e.min = Math.min(e.min, target);
    e.max = Math.max(e.max, target);
  }
  return e.min <= e.max ? e : null;
}

export function secondaryExtent(series: SecondarySeries): Extent | null {
  const { values, ucl } = secondaryTableOf(series).columns;
  const e = { min: 0, max: -Infinity };
  extendExtent(e, values);
  extendExtent(e, ucl);
  return e.max >= e.min ? e : null;
}

/** Spreads labels so none overlaps (at least `gap` px apart), keeping them near their lines and inside [top, bottom]. */
export function dodge<T extends { y: number }>(labels: T[], gap: number, top: number, bottom: number): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.y - sorted[i - 1]!.y < gap) sorted[i]!.y = sorted[i - 1]!.y + gap;
  const overflow = sorted.length ? sorted[sorted.length - 1]!.y - bottom : 0;
  if (overflow > 0) for (const l of sorted) l.y -= overflow;
  for (let i = sorted.length - 2; i >= 0; i--) if (sorted[i + 1]!.y - sorted[i]!.y < gap) sorted[i]!.y = sorted[i + 1]!.y - gap;
  if (sorted.length && sorted[0]!.y < top) {
    const shift = top - sorted[0]!.y;
    for (const l of sorted) l.y += shift;
  }
  return sorted;
}

/** Lines of the last phase for the right-edge labels: its constant limits, else those of its last point that has any. */
function lastLines(analysis: ControlChartAnalysis) {
  const phase = analysis.phases[analysis.phases.length - 1];
  if (!phase) return null;
  const trial = isTrial(analysis, phase);
  if (phase.ucl !== null || phase.lcl !== null) return { center: phase.center, ucl: phase.ucl, lcl: phase.lcl, trial };
  const points = pointTableOf(analysis);
  for (let i = phase.endIndex; i >= phase.startIndex; i--) {
    if (points.line('ucl', i) !== null || points.line('lcl', i) !== null) return { center: points.line('centers', i), ucl: points.line('ucl', i), lcl: points.line('lcl', i), trial };
  }
  return { center: phase.center, ucl: null, lcl: null, trial };
}

function labelTexts(input: SceneInput): { kind: Label['kind']; value: number; text: string; trial: boolean }[] {
  const { t, f, analysis, doc } = input;
  const lines = lastLines(analysis);
  const out: { kind: Label['kind']; value: number; text: string; trial: boolean }[] = [];
  const median = analysis.chartType === 'run' || analysis.chartType === 'g';
  if (lines?.ucl != null) out.push({ kind: 'ucl', value: lines.ucl, text: t.t('label.ucl', { value: f.bareStat(lines.ucl) }), trial: lines.trial });
  if (lines?.center != null) out.push({ kind: 'centre', value: lines.center, text: t.t(median ? 'label.median' : 'label.mean', { value: f.bareStat(lines.center) }), trial: lines.trial });
  if (lines?.lcl != null) out.push({ kind: 'lcl', value: lines.lcl, text: t.t('label.lcl', { value: f.bareStat(lines.lcl) }), trial: lines.trial });
  if (doc.target !== undefined) out.push({ kind: 'target', value: doc.target, text: t.t('label.target', { value: f.bareStat(doc.target) }), trial: false });
  return out;
}

function secondaryLabelTexts(input: SceneInput, series: SecondarySeries): { kind: Label['kind']; value: number; text: string; trial: boolean }[] {
  const { t, f } = input;
  const phase = series.phases[series.phases.length - 1];
  if (!phase) return [];
  const out: { kind: Label['kind']; value: number; text: string; trial: boolean }[] = [];
  let ucl = phase.ucl;
  const points = secondaryTableOf(series);
  if (ucl === null) for (let i = phase.endIndex; i >= phase.startIndex && ucl === null; i--) ucl = points.line('ucl', i);
  if (ucl !== null) out.push({ kind: 'ucl', value: ucl, text: t.t('label.ucl', { value: f.bareStat(ucl) }), trial: false });
  if (phase.center !== null) out.push({ kind: 'centre', value: phase.center, text: t.t('label.mean', { value: f.bareStat(phase.center) }), trial: false });
  return out;
}

/** Each labelled phase's name (and "trial limits") inside its width: one line, else wrapped to two, the second cut with `…` if still too long. */
function placePhaseLabels(input: SceneInput, edge: (i: number) => number): Scene['phaseLabels'] {
  const { t, analysis } = input;
  const out: Scene['phaseLabels'] = [];
  analysis.phases.forEach((phase, k) => {
    const width = edge(phase.endIndex + 1) - edge(phase.startIndex);
    if (width < 40 || out.length >= 60) return;
    const trial = isTrial(analysis, phase);
    const name = phaseName(t, analysis, k);
    const text = trial ? t.t('label.phaseTrial', { label: name }) : name;
    const lines = textWidth(text, SMALL) <= width - 8 ? [text] : wrap(text, width - 8, SMALL, 2).filter((l) => l.trim() !== '');
    if (lines.length) out.push({ x: edge(phase.startIndex) + 4, lines, trial });
  });
  return out;
}

export function buildScene(input: SceneInput): Scene {
  const { t, f, doc, analysis, width, secondary } = input;
  const points = pointTableOf(analysis);
  const cols = points.columns;
  const n = points.count;
  const phases = analysis.phases;
  const mainLabels = labelTexts(input);
  const secLabels = secondary ? secondaryLabelTexts(input, secondary) : [];
  const labelled = phases.length > 1 || phases.some((p) => p.label !== null || isTrial(analysis, p));
  const annotations = placedNotes(doc);
  const layoutInput: LayoutInput = {
    width,
    count: n,
    xAt: (i) => doc.points[i]!.x,
    fmt: f,
    verdict: input.verdict,
    captions: input.captions,
    main: mainExtent(analysis, doc.target),
    secondary: secondary ? secondaryExtent(secondary) : null,
    unitInterval: f.percent,
    nonNegative: analysis.chartType !== 'xmr' && analysis.chartType !== 'run' && analysis.chartType !== 'xbar-s',
    phaseBand: labelled,
    noteBand: annotations.length > 0,
    unit: f.unit,
    rightLabels: [...mainLabels, ...secLabels].map((l) => l.text),
  };
  let layout = layoutChart(layoutInput);
  const phaseLabels = labelled ? placePhaseLabels(input, layout.edge) : [];
  // A name on two lines needs a taller band; the horizontal geometry (the edges) stays the same.
  if (phaseLabels.some((p) => p.lines.length > 1)) layout = layoutChart({ ...layoutInput, phaseLines: 2 });
  const { x, edge, main, step } = layout;
  const y = main.y;
  const bottom = layout.secondary?.bottom ?? main.bottom;
  const paths: Record<PathKey, string> = {
    grid: main.ticks.map((v) => hline(layout.left, layout.right, y(v))).join(''),
    secondaryGrid: layout.secondary ? layout.secondary.ticks.map((v) => hline(layout.left, layout.right, layout.secondary!.y(v))).join('') : '',
    separators: '',
    noteLines: '',
    centre: '',
    centreTrial: '',
    limits: '',
    limitsTrial: '',
    sigma: '',
    sigmaTrial: '',
    projected: '',
    projectedBand: '',
    target: doc.target !== undefined ? hline(layout.left, layout.right, y(doc.target)) : '',
    line: '',
    dots: '',
    secondaryLine: '',
    secondaryCentre: '',
    secondaryLimits: '',
    secondarySpecial: '',
  };
  const dense = step < 1;
  const we = analysis.settings.rules === 'western-electric';
  const phaseMeans: Scene['phaseMeans'] = [];
  let hasProjection = false;
  phases.forEach((phase, k) => {
    const { startIndex: a, endIndex: b } = phase;
    const trial = isTrial(analysis, phase);
    const centreKey: PathKey = trial ? 'centreTrial' : 'centre';
    const limitsKey: PathKey = trial ? 'limitsTrial' : 'limits';
    const sigmaKey: PathKey = trial ? 'sigmaTrial' : 'sigma';
    if (k > 0) paths.separators += vline(edge(a), (layout.phaseBandY ?? main.top) - 12, bottom);
    paths.line += linePath(a, b, cols.values, x, y, dense);
    if (phase.center !== null) paths[centreKey] += hline(edge(a), edge(b + 1), y(phase.center));
    paths[limitsKey] += stepPath(a, b, cols.ucl, edge, y) + stepPath(a, b, cols.lcl, edge, y);
    if (input.sigma) {
      paths[sigmaKey] += stepPath(a, b, cols.upper2, edge, y) + stepPath(a, b, cols.lower2, edge, y);
      if (we) paths[sigmaKey] += stepPath(a, b, cols.upper1, edge, y) + stepPath(a, b, cols.lower1, edge, y);
    }
    const previous = phases[k - 1];
    if (input.project && previous && previous.center !== null) {
      hasProjection = true;
      // The previous phase's limits as a light band, its centre as a faint dashed line: points outside the band are outside the old process.
      paths.projected += hline(edge(a), edge(b + 1), y(previous.center));
      const outer = outerLimits(analysis, k - 1);
      if (outer.ucl !== null || outer.lcl !== null) {
        const top = r1(y(outer.ucl ?? main.y.domain[1]));
        const low = r1(y(outer.lcl ?? main.y.domain[0]));
        paths.projectedBand += `M${r1(edge(a))},${top}H${r1(edge(b + 1))}V${low}H${r1(edge(a))}z`;
      }
    }
    const width = edge(b + 1) - edge(a);
    if (k < phases.length - 1 && phase.center !== null && phaseMeans.length < 60) {
      const text = f.bareStat(phase.center);
      if (width >= textWidth(text, SMALL) + 10) phaseMeans.push({ x: edge(b + 1) - 4, y: y(phase.center) - 5, text });
    }
    if (secondary && layout.secondary) {
      const sy = layout.secondary.y;
      const sc = secondaryTableOf(secondary).columns;
      paths.secondaryLine += linePath(a, b, sc.values, x, sy, dense);
      paths.secondaryCentre += stepPath(a, b, sc.centers, edge, sy);
      // A lower limit of 0 sits on the panel's floor: not drawn.
      paths.secondaryLimits += stepPath(a, b, sc.ucl, edge, sy) + stepPath(a, b, sc.lcl, edge, sy, 0);
    }
  });

  // Markers: ordinary points only when few and far apart; special and excluded points always,
  // one path per tone. Dense data keep one marker per pixel column and tone (the extreme one).
  const showDots = n <= 500 && step >= 4;
  const dotSize = step >= 10 ? 2.6 : 2;
  const size = step >= 6 ? 4.6 : 3.6;
  const marks = new Map<string, { shape: Shape; d: string; best: Int32Array | null; far: Float64Array | null }>();
  const present = new Set<string>();
  // Dense data: one marker per tone in each marker-wide bucket of columns (the point furthest from the centre).
  const dedupe = step < 1.5;
  const bucket = Math.max(1, Math.round(size * 2));
  const columns = Math.ceil(layout.width / bucket) + 2;
  for (let i = 0; i < n; i++) {
    const v = cols.values[i]!;
    if (Number.isNaN(v)) continue;
    const special = points.special(i);
    const excluded = points.excluded(i);
    if (!special && !excluded) {
      if (showDots) paths.dots += marker('dot', x(i), y(v), dotSize);
      continue;
    }
    const tone = points.signal(i) ?? 'common';
    if (special) present.add(tone);
    if (excluded) present.add('excluded');
    const key = excluded ? `excluded ${tone}` : tone;
    let entry = marks.get(key);
    if (!entry) {
      entry = { shape: excluded ? 'crossed' : SHAPES[tone]!, d: '', best: dedupe ? new Int32Array(columns).fill(-1) : null, far: dedupe ? new Float64Array(columns) : null };
      marks.set(key, entry);
    }
    if (entry.best && entry.far) {
      const c = Math.max(0, Math.min(columns - 1, Math.round(x(i) / bucket)));
      const far = Math.abs(v - (points.line('centers', i) ?? v));
      if (entry.best[c] === -1 || far > entry.far[c]!) {
        entry.best[c] = i;
        entry.far[c] = far;
      }
    } else entry.d += marker(entry.shape, x(i), y(v), size);
  }
  for (const entry of marks.values()) {
    if (entry.best) for (const i of entry.best) if (i >= 0) entry.d += marker(entry.shape, x(i), y(points.value(i)!), size);
  }
  if (secondary && layout.secondary) {
    const sy = layout.secondary.y;
    // Moving ranges (or SDs) above the limit; dense data keep the highest in each bucket.
    const sp = secondaryTableOf(secondary);
    const best = dedupe ? new Int32Array(columns).fill(-1) : null;
    for (let i = 0; i < sp.count; i++) {
      const v = sp.value(i);
      if (!sp.special(i) || v === null) continue;
      if (!best) paths.secondarySpecial += marker('triangle', x(i), sy(v), 3.4);
      else {
        const c = Math.max(0, Math.min(columns - 1, Math.round(x(i) / bucket)));
        const seen = best[c]!;
        if (seen === -1 || v > (sp.value(seen) ?? 0)) best[c] = i;
      }
    }
    if (best) for (const i of best) if (i >= 0) paths.secondarySpecial += marker('triangle', x(i), sy(sp.value(i)!), 3.4);
  }

  // Annotations: one path of lines; a numbered badge where there is room, with its label when it fits.
  const notes: Scene['notes'] = [];
  let next = 0;
  annotations.forEach(({ a, i }, k) => {
    paths.noteLines += vline(x(i), (layout.noteBandY ?? main.top) + 8, main.bottom);
    const previous = notes[notes.length - 1];
    if (previous && x(i) - previous.x < 20) return;
    if (notes.length >= 60) return;
    // The next annotation far enough to get its own badge bounds this one's label.
    next = Math.max(next, k + 1);
    while (next < annotations.length && x(annotations[next]!.i) - x(i) < 20) next++;
    const following = annotations[next];
    const room = Math.min(following ? x(following.i) - x(i) : layout.width - x(i), layout.width - x(i)) - 16;
    notes.push({ x: x(i), number: t.format.number(k + 1, 0), text: room > 30 && textWidth(a.label, SMALL) <= room ? a.label : '' });
  });

  const place = (labels: ReturnType<typeof labelTexts>, scale: (v: number) => number, top: number, bottom: number): Label[] =>
    dodge(
      labels.map((l) => ({ y: scale(l.value) + 4, text: clip(l.text, layout.width - layout.right - 6, SMALL), kind: l.kind, trial: l.trial })),
      FONT + 1,
      top + 4,
      bottom + 4,
    );

  return {
    layout,
    paths,
    marks: [...marks.entries()].map(([key, e]) => ({ key, shape: e.shape, d: e.d })),
    yTicks: main.ticks.map((v) => ({ y: y(v), label: f.tick(v, main.tickStep) })),
    secondaryTicks: layout.secondary ? layout.secondary.ticks.map((v) => ({ y: layout.secondary!.y(v), label: f.tick(v, layout.secondary!.tickStep) })) : [],
    xTicks: layout.xTicks.map((tk) => ({ x: x(tk.i), label: tk.label })),
    rightLabels: place(mainLabels, y, main.top, main.bottom),
    secondaryLabels: layout.secondary ? place(secLabels, layout.secondary.y, layout.secondary.top, layout.secondary.bottom) : [],
    phaseLabels,
    phaseMeans,
    notes,
    unit: layout.unit ? { x: layout.unit.x, y: layout.unit.y, text: clip(f.unit, layout.unit.width, SMALL) } : null,
    present,
    hasTrial: phases.some((p) => isTrial(analysis, p)),
    hasProjection,
  };
}
