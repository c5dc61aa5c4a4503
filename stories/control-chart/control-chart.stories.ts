import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ControlChartDocument } from '../../src/contract/control-chart.js';
import { shellStateStories } from '../support/states.js';
import { gapsDoc, largeDoc, rulesDoc, trialDoc } from './docs.js';

interface Args {
  src: string;
  movingRange?: boolean;
  sigmaLines?: boolean;
  projectLimits?: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

const EXAMPLES = [
  '/examples/control-chart.json',
  '/examples/control-chart-logistics.json',
  '/examples/control-chart-logistics-reminders.json',
  '/examples/control-chart-falls.json',
  '/examples/control-chart-run.json',
  '/examples/control-chart-pprime.json',
  '/examples/control-chart-u.json',
  '/examples/control-chart-c.json',
  '/examples/control-chart-g.json',
  '/examples/control-chart-xbar-s.json',
];

const flag = (v: boolean | undefined) => (v === undefined ? undefined : String(v));

/** A chart of a document object (for documents built here or changed from an example). */
const chart = (doc: unknown, args: Partial<Args> = {}) =>
  html`<hcx-control-chart
    .data=${doc as ControlChartDocument}
    moving-range=${ifDefined(flag(args.movingRange))}
    sigma-lines=${ifDefined(flag(args.sigmaLines))}
    project-limits=${ifDefined(flag(args.projectLimits))}
  ></hcx-control-chart>`;

const loadExample = (file: string) => async () => ({ doc: (await (await fetch(`/examples/${file}`)).json()) as ControlChartDocument });

const meta: Meta<Args> = {
  title: 'Widgets/hcx-control-chart',
  component: 'hcx-control-chart',
  tags: ['autodocs'],
  args: { src: '/examples/control-chart.json' },
  argTypes: {
    src: { control: 'select', options: EXAMPLES },
    movingRange: { control: 'boolean', description: '`moving-range` attribute (XmR): the moving-range panel; default on.' },
    sigmaLines: { control: 'boolean', description: '`sigma-lines` attribute: 2σ lines (1σ too for Western Electric); default off.' },
    projectLimits: { control: 'boolean', description: '`project-limits` attribute: the previous phase’s limits continued as a band; default on.' },
  },
  // `lang` and `theme` args reach the widget through the preview decorator (an ancestor lang and the dashboard theme).
  render: ({ src, movingRange, sigmaLines, projectLimits }) =>
    html`<hcx-control-chart
      src=${src}
      moving-range=${ifDefined(flag(movingRange))}
      sigma-lines=${ifDefined(flag(sigmaLines))}
      project-limits=${ifDefined(flag(projectLimits))}
    ></hcx-control-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Did the lean redesign really cut outpatient waiting times, or is this noise? About 20 weeks
 * near 51 minutes, then 12 weeks near 41 after the redesign (trial limits: fewer than 13
 * points). The baseline's limits continue as a band across the new phase: every new week lies
 * below it, so the verdict says the change is real. Two PDSA cycles are annotated; the week
 * the registration system was down is a gap, not a zero.
 */
export const OutpatientBeforeAfter: Story = {};

/**
 * The same weeks without phases: one set of limits over all 32 weeks. The redesign now shows
 * as a special-cause improvement (a shift of weeks below the mean) and the icon turns blue.
 */
export const OutpatientOnePhase: Story = {
  loaders: [loadExample('control-chart.json')],
  render: (args, { loaded }) => {
    const doc = { ...(loaded.doc as ControlChartDocument) };
    delete doc.phases;
    return chart(doc, args);
  },
};

/** The same chart with the 2σ lines (`sigma-lines`). */
export const OutpatientSigmaLines: Story = { args: { sigmaLines: true } };

/** `moving-range="false"`: the XmR chart without its moving-range panel. */
export const OutpatientWithoutMovingRange: Story = { args: { movingRange: false } };

/** Logistics call centre, monthly completion within the agreed time: a p chart (percent axis, limits that vary with n). A run of concern in 2024, then improvement after automatic reminders to the teams. */
export const LogisticsCompletionP: Story = { args: { src: '/examples/control-chart-logistics.json' } };

/** Logistics call centre, reminders (“urges”) per 100 requests: a u′ chart (Laney) before and after automatic reminders. The target (3 per 100) lies above the new upper limit: assurance “pass”. */
export const LogisticsRemindersUPrime: Story = { args: { src: '/examples/control-chart-logistics-reminders.json' } };

/** The call centre's two measures side by side, as on the board dashboard. */
export const LogisticsBoard: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px">
    <hcx-control-chart src="/examples/control-chart-logistics.json"></hcx-control-chart>
    <hcx-control-chart src="/examples/control-chart-logistics-reminders.json"></hcx-control-chart>
  </div>`,
};

/** Rare events: days between inpatient falls on a ward (t chart). Longer is better; the falls bundle lengthens the gaps. */
export const FallsTChart: Story = { args: { src: '/examples/control-chart-falls.json' } };

/** Run chart with Anhøj rules: the median, no limits; a run of weeks below the median after a streaming nurse starts. */
export const RunChart: Story = { args: { src: '/examples/control-chart-run.json' } };

/** p′ chart (Laney): about 9,000 appointments a week would make p-chart limits far too narrow. Assurance “fail”: the 80 % target lies above the upper limit. */
export const PPrimeChart: Story = { args: { src: '/examples/control-chart-pprime.json' } };

/** u chart: complaints per 1,000 outpatient contacts, rising in the last months (special-cause concern: fires `hcx-alert`). */
export const UChart: Story = { args: { src: '/examples/control-chart-u.json' } };

/** u′ chart (Laney) of reminders per 100 requests. */
export const UPrimeChart: Story = { args: { src: '/examples/control-chart-logistics-reminders.json' } };

/** c chart: formal complaints per week; one week above the upper limit has a note (the car park closed). */
export const CChart: Story = { args: { src: '/examples/control-chart-c.json' } };

/** t chart: time between rare events (transformed, limits back-transformed). */
export const TChart: Story = { args: { src: '/examples/control-chart-falls.json' } };

/** g chart: operations between deep sternal wound infections (median centre line). */
export const GChart: Story = { args: { src: '/examples/control-chart-g.json' } };

/** X̄-S chart: the weekly mean of eight audited urgent blood tests, with its S panel. */
export const XbarSChart: Story = { args: { src: '/examples/control-chart-xbar-s.json' } };

/** Making Data Count rules (the default): a point outside the limits, a trend, two of three near a limit, and a shift; hover or use the arrow keys to see which rule fired on each point. */
export const RulesMakingDataCount: Story = { render: (args) => chart(rulesDoc('mdc'), args) };

/** NHSRplotthedots rules on the same weeks: screened moving ranges and its own two-of-three (only points between 2σ and 3σ, all on one side). */
export const RulesNHSRplotthedots: Story = { render: (args) => chart(rulesDoc('nhsr'), args) };

/** Anhøj runs rules: a run longer than round(log2(n)) + 3 and too few crossings of the centre line. */
export const RulesAnhoej: Story = { render: (args) => chart(rulesDoc('anhoej'), args) };

/** Western Electric rules 1–4 with the 1σ and 2σ zones drawn. */
export const RulesWesternElectric: Story = { render: (args) => chart(rulesDoc('western-electric'), args) };

/** Ten weeks of a new clinic: trial limits (dashed, lighter, labelled), announced in the tooltip and the summary. */
export const TrialLimits: Story = { render: (args) => chart(trialDoc(), args) };

/** Missing weeks are gaps in the line (never zeros); excluded weeks are hollow, crossed markers left out of the limits. */
export const GapsAndExclusions: Story = { render: (args) => chart(gapsDoc(), args) };

/** 20,000 daily points: one path per kind of mark, one movable focus mark; the arrow keys still reach every point. */
export const TwentyThousandPoints: Story = { render: (args) => chart(largeDoc(), args) };

const shell = shellStateStories<Args>({
  tag: 'hcx-control-chart',
  sample: '/examples/control-chart.json',
  invalid: {
    kind: 'control-chart',
    version: 1,
    title: 'Broken chart',
    chartType: 'pie',
    rules: 'six-sigma',
    points: [{ x: '2024-01-01', value: 'ten' }, { value: 12 }, { x: '2024-03-01', value: 30 }],
  },
  args: {
    TraditionalChinese: { src: '/examples/control-chart-logistics.json' },
    HighContrast: { src: '/examples/control-chart-u.json' },
    ForcedColorsNote: { src: '/examples/control-chart-pprime.json' },
  },
  notes: {
    Finnish: 'Finnish: decimal comma, a space before %, Finnish dates.',
    ForcedColorsNote:
      'Under Windows High Contrast (`forced-colors: active`) every token maps to a system colour; improvement, concern and neither keep their shapes (circle, square, triangle), limits keep their dash patterns and trial limits their dots, so nothing depends on colour. Emulate it in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors) to check.',
    NarrowColumn: 'A narrow column (400 px): the verdict goes under the icons, labels stay inside, text stays ≥ 11 px.',
    ErrorState: 'Error: an invalid document lists every problem with its path (an unknown chart type and rule preset, a text value, a point without its period).',
    Stale: 'Stale: valid data first, then an invalid update: the last good chart stays, marked stale, with the problems listed.',
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
