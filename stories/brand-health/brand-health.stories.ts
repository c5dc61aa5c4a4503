import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { shellStateStories } from '../support/states.js';

interface Args {
  src: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

const EXAMPLES = ['/examples/brand-health.json', '/examples/brand-health-stable.json', '/examples/brand-health-noise.json', '/examples/brand-health-small.json'];

const meta: Meta<Args> = {
  title: 'Widgets/hcx-brand-health',
  component: 'hcx-brand-health',
  tags: ['autodocs'],
  args: { src: '/examples/brand-health.json' },
  argTypes: {
    src: { control: 'select', options: EXAMPLES },
  },
  // `lang` and `theme` args reach the widget through the preview decorator (an ancestor lang and the dashboard theme).
  render: ({ src }) => html`<hcx-brand-health src=${src}></hcx-brand-health>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * June 2024 at a university hospital: NPS fell 14.4 points (34.4 → 20, n = 900, p < 0.001) — a real,
 * significant drop of more than the 5-point threshold, so the alert strip shows it and `hcx-alert`
 * fires. The other four KPIs moved within their margins of error (likely noise) — including
 * complaints resolved on time, down 6 points on only 86 complaints ("use with caution"), which is
 * larger than the threshold but not significant, so it raises no alert. The index fell 1 point,
 * mostly through waiting-time satisfaction.
 */
export const SignificantNpsDrop: Story = {};

/** A stable month: every change is within its margin of error, every target met, no alert. */
export const StableMonth: Story = { args: { src: '/examples/brand-health-stable.json' } };

/**
 * "NPS fell 7 points" — with 250 responses the margin of error is ±10.8, so the tile says
 * "−7 pts, within ±10.8: likely noise" (z = −0.87, p = 0.39) and nothing alerts.
 */
export const SevenPointDropIsNoise: Story = { args: { src: '/examples/brand-health-noise.json' } };

/**
 * A sub-indicator without data this month ("Quiet at night", withdrawn from the survey): its
 * weight is shared among its siblings, the row of "Environment and amenities" says "1 missing",
 * the index card says the weights were renormalized, and "What moved the index" shows the effect
 * of its absence. Open the indicator (click, Enter or Right arrow) to see the row.
 */
export const MissingSubIndicator: Story = {
  render: ({ src }) => {
    const el = document.createElement('hcx-brand-health');
    el.src = src;
    el.addEventListener(
      'hcx-data-load',
      () =>
        void el.updateComplete.then(() => {
          el.shadowRoot?.querySelector<HTMLElement>('.row[data-key="environment"]')?.click();
        }),
      { once: true },
    );
    return el;
  },
};

/**
 * A new clinic's first month: n = 24 NPS responses (margin ±31) — "insufficient sample", no status
 * colour and the target is not assessed; 62 return visits — "use with caution". One first-level
 * indicator has no data at all and its weight goes to the others.
 */
export const TinySample: Story = { args: { src: '/examples/brand-health-small.json' } };

const shell = shellStateStories<Args>({
  tag: 'hcx-brand-health',
  sample: '/examples/brand-health.json',
  invalid: {
    kind: 'brand-health',
    version: 1,
    title: 'Broken brand health',
    period: '2024-06',
    kpis: [{ id: 'nps', label: 'NPS', type: 'nps', direction: 'up', current: { promoters: -3, passives: 'many', detractors: 10 } }],
  },
  notes: {
    Finnish: 'Finnish: decimal comma, a no-break space before %, U+2212 minus, "pist." and "%-yks.".',
    ForcedColorsNote:
      'Under Windows High Contrast (`forced-colors: active`) every token maps to a system colour; the alert keeps its ⚠ and its words, changes keep ▲/▼ and "significant"/"likely noise", targets keep ✓/✗, so nothing depends on colour. Emulate it in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors) to check.',
    NarrowColumn: 'A narrow column (400 px): the tiles stack in one column with the sparkline beside the figures; tree rows take two lines.',
    Stale: 'Stale: valid data first, then an invalid update: the last good panel stays, marked stale, with the problems listed.',
  },
});
export const SimplifiedChinese = shell.SimplifiedChinese;
export const TraditionalChinese = shell.TraditionalChinese;
export const Finnish = shell.Finnish;
export const English = shell.English;
export const Dark = shell.Dark;
export const HighContrast = shell.HighContrast;
export const ForcedColorsNote = shell.ForcedColorsNote;
export const NarrowColumn = shell.NarrowColumn;
export const Loading = shell.Loading;
export const Empty = shell.Empty;
export const ErrorState = shell.ErrorState;
export const Stale = shell.Stale;
