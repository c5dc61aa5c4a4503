import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SatisfactionHeatmapDocument } from '../../src/contract/satisfaction-heatmap.js';
import { shellStateStories } from '../support/states.js';

type Sort = 'none' | 'label' | 'worst' | 'change';

interface Args {
  src: string;
  sort: Sort;
  showValues: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

const EXAMPLES = [
  '/examples/satisfaction-heatmap.json',
  '/examples/satisfaction-heatmap-complaints.json',
  '/examples/satisfaction-heatmap-nps.json',
  '/examples/satisfaction-heatmap-suppressed.json',
];

const meta: Meta<Args> = {
  title: 'Widgets/hcx-satisfaction-heatmap',
  component: 'hcx-satisfaction-heatmap',
  tags: ['autodocs'],
  args: { src: EXAMPLES[0]!, sort: 'none', showValues: false },
  argTypes: {
    src: { control: 'select', options: EXAMPLES },
    sort: { control: 'inline-radio', options: ['none', 'label', 'worst', 'change'] },
    showValues: { control: 'boolean', name: 'show-values' },
  },
  // `lang` and `theme` args reach the widget through the preview decorator (an ancestor lang and the dashboard theme).
  render: ({ src, sort, showValues }) => html`<hcx-satisfaction-heatmap src=${src} sort=${sort} ?show-values=${showValues}></hcx-satisfaction-heatmap>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A year of weekly top-box shares for 12 touchpoints, target 80 %: the waiting area and the
 * pharmacy are orange hotspots until queue management and pre-packed prescriptions start in
 * week 31, then blend in. Hatched cells have no data; locked cells are hidden (fewer than 5
 * answers, or hidden to protect another hidden cell); corner marks flag less certain cells.
 * Hover or tab into the grid for n and the 95 % interval.
 */
export const WeeklyTopBox: Story = {};

/** The same year, worst touchpoints first (`sort="worst"`). */
export const WorstFirst: Story = { args: { sort: 'worst' } };

/** Rows with the biggest first-to-last change first (`sort="change"`): did the fixes hold? */
export const BiggestChange: Story = { args: { sort: 'change' } };

/**
 * Complaints per 1,000 contacts by touchpoint (rows) and department (columns), target 1.5:
 * higher is worse, so the scale runs the other way; values printed in the cells
 * (`show-values`) in black or white, whichever contrasts more. Real zeros are coloured on the
 * scale and printed as 0.00; the hatched cells do not apply (no bookings in the ED).
 */
export const ComplaintsByDepartment: Story = { args: { src: EXAMPLES[1]!, showValues: true } };

/** Net Promoter Score by month with promoter and detractor counts (adjusted Wald intervals); no target, so the scale is sequential and darker means worse. */
export const NetPromoterScore: Story = { args: { src: EXAMPLES[2]! } };

/**
 * Heavy suppression: mean scores (1–5) in small clinics. Cells with fewer than 5 answers are
 * hidden, and so is one more cell in any row or column that would otherwise give a hidden
 * value away through its total; the tooltip says which. Hidden values never reach the page.
 */
export const HeavySuppression: Story = { args: { src: EXAMPLES[3]!, showValues: true } };

/** Mean score with values printed and rows by name. */
export const MeanScore: Story = { args: { src: EXAMPLES[3]!, showValues: true, sort: 'label' } };

function yearOfDays(): SatisfactionHeatmapDocument {
  let seed = 7;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const names = ['Appointment booking', 'Phone switchboard', 'Parking', 'Main entrance', 'Registration', 'Waiting room', 'Triage', 'Outpatient consultation', 'Blood sampling', 'Imaging', 'Pharmacy', 'Billing', 'Ward admission', 'Nursing care', 'Physician rounds', 'Meals', 'Cleanliness', 'Noise at night', 'Discharge', 'Follow-up call', 'Patient portal', 'Complaints desk', 'Emergency department', 'Day surgery'];
  const rows = names.map((label, i) => ({ id: `tp${i}`, label }));
  const columns = Array.from({ length: 365 }, (_, d) => {
    const id = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
    return { id, label: id };
  });
  const cells: SatisfactionHeatmapDocument['cells'] = [];
  rows.forEach((row, r) =>
    columns.forEach((column, d) => {
      if (random() < 0.01) return;
      const n = 20 + Math.floor(random() * 140);
      const base = 4 + 0.3 * Math.sin(r * 1.7) - (r === 5 && d < 200 ? 0.6 : 0) - (d % 7 >= 5 ? 0.15 : 0);
      const value = Math.round(Math.min(5, Math.max(1, base + (random() - 0.5) * 0.6)) * 100) / 100;
      cells.push({ row: row.id, column: column.id, value, n, sd: 0.9 });
    }),
  );
  return {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Satisfaction by touchpoint and day, 2024',
    subtitle: 'Mean score (1–5), 24 touchpoints × 365 days: drawn on a canvas (over 2,500 cells), with the same keyboard, tooltips, table and SVG export.',
    measure: 'mean-score',
    scale: { min: 1, max: 5 },
    rows,
    columns,
    cells,
  };
}

/** 8,760 cells: the cell layer is a canvas under the SVG (labels, summaries, focus); the waiting room's first 200 days stand out. */
export const YearOfDays: Story = { render: ({ sort, showValues }) => html`<hcx-satisfaction-heatmap sort=${sort} ?show-values=${showValues} .data=${yearOfDays()}></hcx-satisfaction-heatmap>` };

/** Choosing a touchpoint here highlights the same step in the value-stream map (same dashboard selection), and back. */
export const SharedSelection: Story = {
  render: () => html`<hcx-satisfaction-heatmap src=${EXAMPLES[0]!}></hcx-satisfaction-heatmap>
    <hcx-value-stream-map src="/examples/value-stream.json"></hcx-value-stream-map>`,
};

const shell = shellStateStories<Args>({
  tag: 'hcx-satisfaction-heatmap',
  sample: EXAMPLES[0]!,
  invalid: {
    kind: 'satisfaction-heatmap',
    version: 1,
    title: 'Broken heatmap',
    measure: 'top-box',
    rows: [{ id: 'a', label: 'Registration' }],
    columns: [{ id: 'w1', label: 'Week 1' }],
    cells: [
      { row: 'a', column: 'w1', value: 120, n: 100 },
      { row: 'b', column: 'w1', value: 'ten', n: 50 },
    ],
  },
  args: {
    TraditionalChinese: { src: EXAMPLES[1]!, showValues: true },
    English: { src: EXAMPLES[2]! },
    ForcedColorsNote: { src: EXAMPLES[3]! },
  },
  notes: {
    TraditionalChinese: 'Traditional Chinese: rows are 列 and columns 欄.',
    ForcedColorsNote:
      'Under Windows High Contrast (`forced-colors: active`) the hatching, locks, hotspot outlines and corner marks keep every state apart without colour. Emulate it in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors) to check.',
    NarrowColumn: 'A narrow column (400 px): labels shorten (full names in the tooltip and table), column labels thin out, small hotspots get a bar instead of an outline.',
    Stale: 'Stale: valid data first, then an invalid update: the last good heatmap stays, marked stale, with the problems listed.',
  },
});
export const SimplifiedChinese = shell.SimplifiedChinese;
export const TraditionalChinese = shell.TraditionalChinese;
export const Finnish = shell.Finnish;
export const English = shell.English;
export const Dark = shell.Dark;
export const DarkComplaints: Story = { args: { theme: 'dark', src: EXAMPLES[1]!, showValues: true } };
export const HighContrast = shell.HighContrast;
export const HighContrastSequential: Story = { args: { theme: 'high-contrast', src: EXAMPLES[2]! } };
export const ForcedColorsNote = shell.ForcedColorsNote;
export const NarrowColumn = shell.NarrowColumn;
export const Loading = shell.Loading;
export const Empty = shell.Empty;
export const ErrorState = shell.ErrorState;
export const Stale = shell.Stale;
