import type { BrandHealthDocument } from '../../contract/brand-health.js';

/**
 * What the brand-health panel draws off-screen before its first data
 * (`HcxElement.rehearsalDocument`): an NPS with history, a proportion and a mean, and an
 * indicator tree with a missing score, so tiles, sparklines and the index all run.
 */
export const brandRehearsal = (): BrandHealthDocument => ({
  kind: 'brand-health',
  version: 1,
  title: 'rehearsal',
  period: '2024-06',
  kpis: [
    {
      id: 'a',
      label: 'a',
      type: 'nps',
      direction: 'increase',
      target: 40,
      current: { promoters: 300, passives: 120, detractors: 80 },
      previous: { promoters: 320, passives: 110, detractors: 70 },
      history: Array.from({ length: 6 }, (_, i) => ({ x: `2023-${10 + i}`, promoters: 300 + 9 * i, passives: 120, detractors: 80 })),
    },
    { id: 'b', label: 'b', type: 'proportion', direction: 'decrease', current: { count: 41, n: 100 }, previous: { count: 40, n: 100 } },
    { id: 'c', label: 'c', type: 'mean', direction: 'increase', current: { value: 8.2, sd: 1.4, n: 900 }, previous: { value: 8.3, sd: 1.4, n: 880 } },
  ],
  indicators: [
    {
      id: 'd',
      label: 'd',
      weight: 1,
      children: [
        { id: 'e', label: 'e', weight: 1, score: 82, previousScore: 80 },
        { id: 'f', label: 'f', weight: 1, score: null },
      ],
    },
  ],
});
