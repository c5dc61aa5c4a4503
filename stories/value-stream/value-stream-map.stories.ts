import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { shellStateStories } from '../support/states.js';

interface Args {
  src: string;
  layout: 'flow' | 'lanes';
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

const meta: Meta<Args> = {
  title: 'Widgets/hcx-value-stream-map',
  component: 'hcx-value-stream-map',
  tags: ['autodocs'],
  args: { src: '/examples/value-stream.json', layout: 'flow' },
  argTypes: {
    src: { control: 'select', options: ['/examples/value-stream.json', '/examples/value-stream-ed.json', '/examples/value-stream-logistics.json'] },
    layout: { control: 'inline-radio', options: ['flow', 'lanes'] },
  },
  // `lang` and `theme` args reach the widget through the preview decorator (an ancestor lang and the dashboard theme).
  render: ({ src, layout }) => html`<hcx-value-stream-map src=${src} layout=${layout}></hcx-value-stream-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The 120-minute outpatient visit (65 % non-value-added) and its 45-minute redesign: key figures before → after, both lead times on one scale, the two maps and the steps aligned one by one. */
export const OutpatientBeforeAfter: Story = {};

/** Emergency department: laboratory and imaging run in parallel after triage; the lead time and the ladder follow the critical path, which moves to imaging once point-of-care testing shortens the laboratory branch. */
export const EmergencyParallel: Story = { args: { src: '/examples/value-stream-ed.json' } };

/** The same emergency journey with one swim lane per role (`layout="lanes"`). */
export const EmergencySwimLanes: Story = { args: { src: '/examples/value-stream-ed.json', layout: 'lanes' } };

/** Hospital logistics: a broken ward bed from call to confirmed repair, phone and paper vs app and automatic dispatch. */
export const LogisticsRepair: Story = { args: { src: '/examples/value-stream-logistics.json' } };

const shell = shellStateStories<Args>({
  tag: 'hcx-value-stream-map',
  sample: '/examples/value-stream.json',
  invalid: { kind: 'value-stream', version: 1, title: 'Broken map', states: [{ id: 'now', label: 'Now', steps: [{ id: 'a', label: 'Triage', waitBefore: -5, processTime: 'ten', valueAdded: 3, after: ['x'] }] }] },
  args: { HighContrast: { src: '/examples/value-stream-ed.json' }, ForcedColorsNote: { src: '/examples/value-stream-ed.json' } },
  notes: {
    Finnish: 'Finnish: decimal comma, a space before %, U+2212 minus.',
    ForcedColorsNote:
      'Under Windows High Contrast (`forced-colors: active`) every token maps to a system colour: value-added time stays solid, waiting stays hatched, the critical path stays thick and the parallel branches dashed, so nothing depends on colour. Emulate it in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors) to check.',
    NarrowColumn: 'A narrow column (400 px): key figures wrap, the totals wrap, the map scrolls sideways at full size.',
    Stale: 'Stale: valid data first, then an invalid update: the last good map stays, marked stale, with the problems listed.',
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
