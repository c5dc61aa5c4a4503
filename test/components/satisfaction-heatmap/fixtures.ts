import type { HeatmapCell, SatisfactionHeatmapDocument } from '../../../src/contract/satisfaction-heatmap.js';
import type { HcxSatisfactionHeatmap } from '../../../src/components/satisfaction-heatmap/satisfaction-heatmap.js';

/**
 * 3 touchpoints × 4 weeks, top-box with target 80 %:
 *   registration  90/100  85/100   (none)   88/100
 *   waiting       50/100   0/120    3/3     21/30
 *   pharmacy      80/100  75/100   81/100   79/100
 * Registration in week 3 has no data; waiting in week 2 is a real zero (0 of 120); waiting
 * in week 3 has n = 3 < minN 5, so it is hidden. Complementary suppression (line rule:
 * every row and column with a hidden cell needs two, smallest n first, ties in input order)
 * then hides waiting w4 (n 30, the row's smallest), registration w4 (column w4),
 * registration w1 (row), pharmacy w1 (column w1) and pharmacy w3 (column w3): six hidden.
 */
export function smallDoc(): SatisfactionHeatmapDocument {
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Top box by week',
    measure: 'top-box',
    target: 80,
    rows: [
      { id: 'registration', label: 'Registration' },
      { id: 'waiting', label: 'Waiting area' },
      { id: 'pharmacy', label: 'Pharmacy' },
    ],
    columns: [
      { id: 'w1', label: 'Week 1' },
      { id: 'w2', label: 'Week 2' },
      { id: 'w3', label: 'Week 3' },
      { id: 'w4', label: 'Week 4' },
    ],
    cells: [
      { row: 'registration', column: 'w1', value: 90, n: 100 },
      { row: 'registration', column: 'w2', value: 85, n: 100 },
      { row: 'registration', column: 'w4', value: 88, n: 100 },
      { row: 'waiting', column: 'w1', value: 50, n: 100 },
      { row: 'waiting', column: 'w2', value: 0, n: 120 },
      { row: 'waiting', column: 'w3', value: 3, n: 3 },
      { row: 'waiting', column: 'w4', value: 21, n: 30 },
      { row: 'pharmacy', column: 'w1', value: 80, n: 100 },
      { row: 'pharmacy', column: 'w2', value: 75, n: 100 },
      { row: 'pharmacy', column: 'w3', value: 81, n: 100 },
      { row: 'pharmacy', column: 'w4', value: 79, n: 100 },
    ],
  };
}

/**
 * Top-box funnel, hand-checked. Every n = 100 and Σcount = 337 + 303 = 640 of 800, so the
 * hospital-wide θ = 0.8. Binomial(100, 0.8) (Spiegelhalter 2005, interpolated):
 *   95 % lower limit: F(71) = 0.020020, F(72) = 0.034152 → r = 72,
 *     α = (0.034152 − 0.025) / (0.034152 − 0.020020) = 0.647609, limit = (72 − α)/100 = 71.3524 %;
 *   99.8 % lower limit: F(66) = 0.000737, F(67) = 0.001550 → r = 67,
 *     α = (0.001550 − 0.001) / (0.001550 − 0.000737) = 0.676585, limit = 66.3234 %.
 * So pharmacy w1 (66 %) is beyond the 99.8 % limit, pharmacy w3 (70 %) beyond the 95 %
 * limit only, and every other cell (≥ 81 %) is inside.
 */
export function funnelDoc(): SatisfactionHeatmapDocument {
  const cell = (row: string, column: string, value: number): HeatmapCell => ({ row, column, value, n: 100 });
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Funnel check',
    measure: 'top-box',
    rows: [
      { id: 'registration', label: 'Registration' },
      { id: 'pharmacy', label: 'Pharmacy' },
    ],
    columns: ['w1', 'w2', 'w3', 'w4'].map((id, i) => ({ id, label: `Week ${i + 1}` })),
    cells: [
      cell('registration', 'w1', 84),
      cell('registration', 'w2', 86),
      cell('registration', 'w3', 82),
      cell('registration', 'w4', 85),
      cell('pharmacy', 'w1', 66),
      cell('pharmacy', 'w2', 81),
      cell('pharmacy', 'w3', 70),
      cell('pharmacy', 'w4', 86),
    ],
  };
}

/**
 * A document whose only hidden cell holds a value that must never be seen: 987.654 with
 * n = 3 (mean-score, no scale, so the value is valid). No other number contains "987".
 */
export function privacyDoc(): SatisfactionHeatmapDocument {
  const rows = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, label: `Touchpoint ${String.fromCharCode(65 + i)}` }));
  const columns = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, i) => ({ id, label: `Month ${i + 1}` }));
  const cells: HeatmapCell[] = [];
  rows.forEach((r, i) =>
    columns.forEach((c, j) => {
      if (i === 1 && j === 2) cells.push({ row: r.id, column: c.id, value: 987.654, n: 3 });
      else cells.push({ row: r.id, column: c.id, value: 3 + ((i * 5 + j) % 7) * 0.25, n: 40 + i * 10 + j, sd: 0.8 });
    }),
  );
  return { kind: 'satisfaction-heatmap', version: 1, title: 'Privacy check', measure: 'mean-score', rows, columns, cells };
}

/** A grid above the canvas threshold (60 × 50 = 3,000 cells) with the same secret cell. */
export function bigPrivacyDoc(): SatisfactionHeatmapDocument {
  const rows = Array.from({ length: 60 }, (_, i) => ({ id: `t${i}`, label: `Touchpoint ${i + 1}` }));
  const columns = Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, label: `Day ${i + 1}` }));
  const cells: HeatmapCell[] = [];
  rows.forEach((r, i) =>
    columns.forEach((c, j) => {
      if (i === 7 && j === 11) cells.push({ row: r.id, column: c.id, value: 987.654, n: 3 });
      else if ((i * 50 + j) % 97 !== 5) cells.push({ row: r.id, column: c.id, value: 3 + ((i * 3 + j) % 9) * 0.2, n: 30 + ((i + j) % 40), sd: 0.9 });
    }),
  );
  return { kind: 'satisfaction-heatmap', version: 1, title: 'Privacy check, large', measure: 'mean-score', rows, columns, cells };
}

export async function example(file: string): Promise<SatisfactionHeatmapDocument> {
  const res = await fetch(`/api/test/example?file=${file}`);
  return (await res.json()) as SatisfactionHeatmapDocument;
}

export const root = (el: HcxSatisfactionHeatmap) => el.shadowRoot as ShadowRoot;
export const texts = (el: HcxSatisfactionHeatmap, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? '');
export const cursor = (el: HcxSatisfactionHeatmap) => root(el).querySelector<SVGGElement>('g.cursor')!;
export const announcement = (el: HcxSatisfactionHeatmap) => root(el).querySelector('.sr-only[role="status"]')?.textContent ?? '';
export const tooltip = (el: HcxSatisfactionHeatmap) => root(el).querySelector<HTMLElement>('[part="tooltip"]');

/** Waits for the size observer's frame and the re-render it requests. */
export async function settle(el: HcxSatisfactionHeatmap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
}

/** Presses a key on the focused cell (a real keydown, as the browser sends it). */
export function press(el: HcxSatisfactionHeatmap, key: string, init: KeyboardEventInit = {}): void {
  cursor(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Every text node and attribute value under a node, shadow roots included. */
export function everything(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
    if (n instanceof Element) {
      for (const a of n.attributes) out.push(`${a.name}=${a.value}`);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return out.join('\n');
}

/** The centre of a drawn cell (display row p, column c) in client coordinates. */
export function cellPoint(el: HcxSatisfactionHeatmap, p: number, c: number): { x: number; y: number } {
  const svg = root(el).querySelector<SVGSVGElement>('svg.hcx-chart')!;
  const rect = svg.getBoundingClientRect();
  const layout = (el as unknown as { current: { layout: { gx: number; gy: number; cellW: number; rowH: number; width: number; sumX: number; sumW: number; sumY: number; sumH: number; rows: number; columns: number } } }).current.layout;
  const scale = rect.width / layout.width;
  const x = c >= layout.columns ? layout.sumX + layout.sumW / 2 : layout.gx + (c + 0.5) * layout.cellW;
  const y = p >= layout.rows ? layout.sumY + layout.sumH / 2 : layout.gy + (p + 0.5) * layout.rowH;
  return { x: rect.left + x * scale, y: rect.top + y * scale };
}

export function hover(el: HcxSatisfactionHeatmap, p: number, c: number): void {
  const { x, y } = cellPoint(el, p, c);
  root(el).querySelector('.stage')!.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
}

export function clickCell(el: HcxSatisfactionHeatmap, p: number, c: number): void {
  const { x, y } = cellPoint(el, p, c);
  root(el).querySelector('.stage')!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
}
