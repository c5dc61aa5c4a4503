import type { ControlChartDocument } from '../../../src/contract/control-chart.js';
import type { HcxControlChart } from '../../../src/components/control-chart/control-chart.js';

export const week = (i: number) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);

/**
 * Eight weeks, hand-computed (Making Data Count: limits at mean ± 2.66 × average moving range):
 *   values 10 12 11 13 12 14 11 12 → mean 95/8 = 11.875
 *   moving ranges 2 1 2 1 2 3 1 → average 12/7 = 1.714285…
 *   UCL = 11.875 + 2.66 × 12/7 = 11.875 + 4.56 = 16.435; LCL = 11.875 − 4.56 = 7.315
 *   sigma = 4.56 / 3 = 1.52 → one decimal on labels (two significant digits of sigma).
 * Eight points: trial limits (fewer than 13).
 */
export function smallDoc(): ControlChartDocument {
  return {
    kind: 'control-chart',
    version: 1,
    title: 'Clinic waiting time',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    points: [10, 12, 11, 13, 12, 14, 11, 12].map((value, i) => ({ x: week(i), value })),
  };
}

/**
 * The same weeks followed by a week of 30 minutes (worse, as lower is better):
 *   mean 125/9 = 13.888…; moving ranges sum 12 + 18 = 30 over 8 → 3.75;
 *   UCL = 13.888… + 2.66 × 3.75 = 23.863…; 30 > UCL → outside-limits, special-cause concern.
 */
export function concernDoc(): ControlChartDocument {
  const doc = smallDoc();
  doc.points.push({ x: week(8), value: 30 });
  return doc;
}

/** A gap (week 3) and an excluded week (week 5). */
export function gapDoc(): ControlChartDocument {
  const doc = smallDoc();
  doc.points[3] = { x: week(3), value: null, note: 'Kiosk outage' };
  doc.points[5] = { x: week(5), value: 14, exclude: true };
  return doc;
}

/** Two phases of ten weeks: 50 → 40 minutes; annotation on the first week of the second phase. */
export function phasedDoc(): ControlChartDocument {
  const before = [50, 51, 49, 52, 50, 48, 51, 50, 49, 51];
  const after = [41, 40, 39, 42, 40, 41, 39, 40, 41, 40];
  return {
    kind: 'control-chart',
    version: 1,
    title: 'Waiting time before and after',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    target: 45,
    points: [...before, ...after].map((value, i) => ({ x: week(i), value })),
    phases: [
      { start: week(0), label: 'Before' },
      { start: week(10), label: 'After redesign' },
    ],
    annotations: [{ x: week(10), label: 'PDSA 1' }],
  };
}

/**
 * p chart, hand-computed: 3 months of 90/100, 95/100, 85/100 → p̄ = 270/300 = 0.9;
 * sigma_i = √(0.9 × 0.1 / 100) = 0.03 → UCL 0.99, LCL 0.81.
 */
export function pDoc(): ControlChartDocument {
  return {
    kind: 'control-chart',
    version: 1,
    title: 'Requests completed on time',
    chartType: 'p',
    unit: '%',
    improvement: 'increase',
    target: 0.95,
    points: [
      { x: '2024-01-01', value: 90, n: 100 },
      { x: '2024-02-01', value: 95, n: 100 },
      { x: '2024-03-01', value: 85, n: 100 },
    ],
  };
}

export async function example(file: string): Promise<ControlChartDocument> {
  const res = await fetch(`/api/test/example?file=${file}`);
  return (await res.json()) as ControlChartDocument;
}

export const root = (el: HcxControlChart) => el.shadowRoot as ShadowRoot;
export const texts = (el: HcxControlChart, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent?.trim() ?? '');
export const announcement = (el: HcxControlChart) => root(el).querySelector('.sr-only[role="status"]')?.textContent?.trim() ?? '';
export const plot = (el: HcxControlChart) => root(el).querySelector<SVGSVGElement>('svg.hcx-chart')!;
/** Number formatted the way the chart formats centres and limits (max `digits` fraction digits). */
export const fmt = (value: number, digits: number, locale = 'en') => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);

/** Waits for the size observer's frame and the re-render it requests. */
export async function settle(el: HcxControlChart): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
}
