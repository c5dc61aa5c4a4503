import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { staleElement } from '../support/states.js';

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

/** Simplified Chinese (the toolbar's Locale switch does the same for every story). */
export const SimplifiedChinese: Story = { args: { lang: 'zh-Hans' } };
/** Traditional Chinese. */
export const TraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
/** Finnish: decimal comma, a space before %, U+2212 minus. */
export const Finnish: Story = { args: { lang: 'fi' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };
export const HighContrast: Story = { args: { theme: 'high-contrast', src: '/examples/value-stream-ed.json' } };

/**
 * Under Windows High Contrast (`forced-colors: active`) every token maps to a system colour:
 * value-added time stays solid, waiting stays hatched, the critical path stays thick and the
 * parallel branches dashed, so nothing depends on colour. Emulate it in Chrome DevTools
 * (Rendering → Emulate CSS media feature forced-colors) to check.
 */
export const ForcedColorsNote: Story = { args: { src: '/examples/value-stream-ed.json' } };

/** A narrow column (400 px): key figures wrap, the totals wrap, the map scrolls sideways at full size. */
export const NarrowColumn: Story = {
  render: ({ src, layout }) => html`<div style="width: 400px"><hcx-value-stream-map src=${src} layout=${layout}></hcx-value-stream-map></div>`,
};

/** Loading: the request never answers. */
export const Loading: Story = { args: { src: '/__story__/pending' } };

/** Empty: `.data=${null}`. */
export const Empty: Story = { render: () => html`<hcx-value-stream-map .data=${null}></hcx-value-stream-map>` };

/** Error: an invalid document lists every problem with its path. */
export const ErrorState: Story = {
  render: () => html`<hcx-value-stream-map
    .data=${{ kind: 'value-stream', version: 1, title: 'Broken map', states: [{ id: 'now', label: 'Now', steps: [{ id: 'a', label: 'Triage', waitBefore: -5, processTime: 'ten', valueAdded: 3, after: ['x'] }] }] } as never}
  ></hcx-value-stream-map>`,
};

const staleDoc = {
  kind: 'value-stream',
  version: 1,
  title: 'Outpatient visit (last good data)',
  states: [
    {
      id: 'now',
      label: 'Current state',
      steps: [
        { id: 'registration', label: 'Registration', waitBefore: 10, processTime: 6, valueAdded: 2 },
        { id: 'consultation', label: 'Consultation', waitBefore: 20, processTime: 15, valueAdded: 15 },
      ],
    },
  ],
};

/** Stale: valid data first, then an invalid update: the last good map stays, marked stale, with the problems listed. */
export const Stale: Story = {
  render: () => staleElement('hcx-value-stream-map', staleDoc),
};
