import type { BrandHealthDocument, BrandKpi, NpsCounts } from '../../../src/contract/brand-health.js';
import type { HcxBrandHealth } from '../../../src/components/brand-health/brand-health.js';

export const nps = (id: string, current: NpsCounts, previous?: NpsCounts, extra: Partial<BrandKpi> = {}): BrandKpi =>
  ({ id, label: id === 'nps' ? 'Net Promoter Score' : id, type: 'nps', direction: 'increase', current, ...(previous ? { previous } : {}), ...extra }) as BrandKpi;

/**
 * The "7-point drop that is noise" of the issue: 145/35/70 (NPS 30, n 250) vs 120/34/46
 * (NPS 37, n 200). Adjusted-Wald margin ±10.80 points (interval 18.85–40.44); z = −0.865,
 * p = 0.387 (hand-computed in test/brand/kpi.test.ts): −7 pts is within ±10.8, likely noise.
 *
 * Index (hand-computed): A (weight 3) = mean(a1 80, a2 60) = 70, before mean(70, 60) = 65;
 * B (weight 1): b2 has no score now, so B = b1 = 90 (b1's weight renormalized to 1), before
 * (2·90 + 60)/3 = 80. Index = (3·70 + 90)/4 = 75, before (3·65 + 80)/4 = 68.75, change +6.25.
 * Contributions: a1 = 0.75 · 0.5 · (80 − 70) = 3.75; a2 = 0; b1 = 0; b2 (imputed at B's
 * score: 90 now vs 60 before) = 0.25 · (1/3) · 30 = 2.5; they sum to 6.25.
 */
export function noiseDoc(): BrandHealthDocument {
  return {
    kind: 'brand-health',
    version: 1,
    title: 'Day surgery brand health',
    period: '2024-06',
    previousPeriod: '2024-05',
    kpis: [
      nps('nps', { promoters: 145, passives: 35, detractors: 70 }, { promoters: 120, passives: 34, detractors: 46 }, { target: 35, benchmark: 32 } as Partial<BrandKpi>),
      { id: 'return', label: 'Return-visit rate', type: 'proportion', direction: 'increase', target: 0.3, current: { count: 81, n: 263 }, previous: { count: 90, n: 270 } },
      { id: 'sat', label: 'Overall satisfaction', type: 'mean', direction: 'increase', current: { value: 8.4, sd: 1.5, n: 80 }, previous: { value: 8.5, sd: 1.5, n: 90 } },
      { id: 'mentions', label: 'Negative mentions', type: 'count', direction: 'decrease', target: 20, current: { value: 12 }, previous: { value: 17 } },
    ],
    indicators: [
      {
        id: 'a',
        label: 'Care',
        weight: 3,
        children: [
          { id: 'a1', label: 'Doctor communication', weight: 1, score: 80, previousScore: 70, n: 240 },
          { id: 'a2', label: 'Nurse communication', weight: 1, score: 60, previousScore: 60, n: 60 },
        ],
      },
      {
        id: 'b',
        label: 'Environment',
        weight: 1,
        children: [
          { id: 'b1', label: 'Cleanliness', weight: 2, score: 90, previousScore: 90 },
          { id: 'b2', label: 'Quiet at night', weight: 1, score: null, previousScore: 60 },
        ],
      },
    ],
  };
}

/** One NPS KPI: current vs previous, nothing else (for the alert rules). */
export function npsOnly(current: NpsCounts, previous: NpsCounts, alert?: BrandHealthDocument['alert']): BrandHealthDocument {
  return {
    kind: 'brand-health',
    version: 1,
    title: 'NPS watch',
    period: '2024-06',
    previousPeriod: '2024-05',
    kpis: [nps('nps', current, previous)],
    ...(alert ? { alert } : {}),
  };
}

/** 400/300/300 (NPS 10) vs 500/300/200 (NPS 30), n = 1,000 each: −20 pts, z = −5.547, p = 2.9e-8. */
export const SIGNIFICANT_DROP = [{ promoters: 400, passives: 300, detractors: 300 }, { promoters: 500, passives: 300, detractors: 200 }] as const;
/** 2000/1000/1000 (NPS 25) vs 2099/1001/900 (NPS 29.975): −4.975 pts, significant (p ≈ 0.007) but below minDrop 5. */
export const SIGNIFICANT_SMALL = [{ promoters: 2000, passives: 1000, detractors: 1000 }, { promoters: 2099, passives: 1001, detractors: 900 }] as const;
/** The 7-point drop within ±10.8. */
export const NOISE_DROP = [{ promoters: 145, passives: 35, detractors: 70 }, { promoters: 120, passives: 34, detractors: 46 }] as const;

export async function example(file: string): Promise<BrandHealthDocument> {
  const res = await fetch(`/api/test/example?file=${file}`);
  return (await res.json()) as BrandHealthDocument;
}

export const root = (el: HcxBrandHealth) => el.shadowRoot as ShadowRoot;
export const texts = (el: HcxBrandHealth, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => text(n));
export const tile = (el: HcxBrandHealth, i: number) => root(el).querySelector<HTMLElement>(`.tile[data-index="${i}"]`)!;
export const row = (el: HcxBrandHealth, key: string) => root(el).querySelector<HTMLElement>(`.row[data-key="${key}"]`)!;
/** The visible text of a node (without the words for screen readers only), spaces collapsed. */
export function text(node: Element | null): string {
  if (!node) return '';
  const walk = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : n instanceof Element && n.classList.contains('sr-only') ? '' : [...n.childNodes].map(walk).join('');
  // Collapse layout whitespace only: Intl's no-break spaces ("30,8 %" in fi) are content.
  return walk(node).replace(/[ \t\r\n]+/g, ' ').trim();
}
export const announcement = (el: HcxBrandHealth) => root(el).querySelector('.base > .sr-only[role="status"]')?.textContent ?? '';

/** Waits for the size observer's frame and the re-render it requests. */
export async function settle(el: HcxBrandHealth): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
}

/** The text a screen reader gets from an item's content: its text without aria-hidden parts, spaces collapsed. */
export function spoken(node: Element): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || n.localName === 'svg')) return '';
    return [...n.childNodes].map(walk).join(' ');
  };
  return walk(node).replace(/[ \t\r\n]+/g, ' ').replace(/ ([,;:.)])/g, '$1').replace(/\( /g, '(').trim();
}
