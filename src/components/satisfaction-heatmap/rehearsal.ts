import type { SatisfactionHeatmapDocument } from '../../contract/satisfaction-heatmap.js';

const ids = ['a', 'b', 'c', 'd', 'e'];
const items = (count: number) => ids.slice(0, count).map((id) => ({ id, label: id }));

/**
 * What the heatmap draws off-screen before its first data (`HcxElement.rehearsalDocument`): a
 * 4 × 5 grid of mean scores whose n vary from suppressed to large, so intervals, suppression
 * and hotspots all run.
 */
export const heatmapRehearsal = (): SatisfactionHeatmapDocument => ({
  kind: 'satisfaction-heatmap',
  version: 1,
  title: 'rehearsal',
  measure: 'mean-score',
  scale: { min: 1, max: 5 },
  rows: items(4),
  columns: items(5),
  cells: Array.from({ length: 20 }, (_, i) => ({ row: ids[i % 4]!, column: ids[i % 5]!, value: 2 + ((i * 7) % 30) / 10, n: 2 + ((i * 37) % 90) })),
});
