import type { ControlChartDocument } from '../../contract/control-chart.js';

const week = (i: number): string => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);

/**
 * What the control chart draws off-screen before its first data (`HcxElement.rehearsalDocument`):
 * thirty weeks in two phases, with a target, so limits, rules, phases and icons all run.
 */
export const controlChartRehearsal = (): ControlChartDocument => ({
  kind: 'control-chart',
  version: 1,
  title: 'rehearsal',
  unit: 'min',
  improvement: 'decrease',
  target: 45,
  points: Array.from({ length: 30 }, (_, i) => ({ x: week(i), value: (i < 18 ? 51 : 41) + ((i * 7) % 5) })),
  phases: [{ start: week(18), label: 'B' }],
});
