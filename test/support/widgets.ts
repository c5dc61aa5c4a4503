/**
 * Every widget tag the library ships or plans, with its document kind and sample data.
 * The embedding, fuzz and reliability suites iterate over the tags that are actually
 * defined after loading `dist/hcx-widgets.js` (see `definedWidgets`), so a widget joins
 * every suite the moment it is registered in `src/elements.ts` — and a tag the bundle
 * defines but this list lacks fails the registry test, so nobody forgets to add it.
 */
import type { WidgetKind } from '../../src/contract/documents.js';

export type RegistryKind = WidgetKind | 'dashboard';

export interface WidgetEntry {
  tag: string;
  kind: RegistryKind;
  /** Sample documents in `examples/`, served by the test server at `/examples/<file>`. */
  examples: readonly string[];
  /** A small valid document, for suites that run thousands of cycles. */
  minimal: () => Record<string, unknown>;
}

const controlChart = (): Record<string, unknown> => ({
  kind: 'control-chart',
  version: 1,
  title: 'Minimal waiting time',
  unit: 'min',
  improvement: 'decrease',
  points: Array.from({ length: 24 }, (_, i) => ({ x: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${i < 12 ? '01' : '15'}`, value: 40 + ((i * 7) % 11) })),
});

const heatmap = (): Record<string, unknown> => ({
  kind: 'satisfaction-heatmap',
  version: 1,
  title: 'Minimal touchpoints',
  measure: 'mean-score',
  scale: { min: 1, max: 5 },
  rows: [
    { id: 'reg', label: 'Registration' },
    { id: 'wait', label: 'Waiting area' },
  ],
  columns: [
    { id: 'q1', label: 'Q1' },
    { id: 'q2', label: 'Q2' },
  ],
  cells: [
    { row: 'reg', column: 'q1', value: 4.1, n: 120 },
    { row: 'reg', column: 'q2', value: 4.3, n: 3 },
    { row: 'wait', column: 'q1', value: 3.2, n: 90 },
  ],
});

const brand = (): Record<string, unknown> => ({
  kind: 'brand-health',
  version: 1,
  title: 'Minimal brand health',
  period: '2024-06',
  previousPeriod: '2024-05',
  kpis: [
    { id: 'nps', label: 'NPS', type: 'nps', direction: 'increase', current: { promoters: 300, passives: 120, detractors: 80 }, previous: { promoters: 320, passives: 110, detractors: 70 } },
    { id: 'return', label: 'Return visits', type: 'proportion', direction: 'increase', current: { count: 410, n: 1000 }, previous: { count: 400, n: 1000 } },
  ],
  indicators: [
    {
      id: 'care',
      label: 'Care',
      weight: 1,
      children: [
        { id: 'doctors', label: 'Doctors', weight: 1, score: 82, previousScore: 80 },
        { id: 'nurses', label: 'Nurses', weight: 1, score: 78, previousScore: null },
      ],
    },
  ],
});

const valueStream = (): Record<string, unknown> => ({
  kind: 'value-stream',
  version: 1,
  title: 'Minimal outpatient visit',
  unit: 'min',
  states: [
    {
      id: 'current',
      label: 'Current state',
      steps: [
        { id: 'register', label: 'Register', waitBefore: 10, processTime: 5, valueAdded: 2 },
        { id: 'consult', label: 'Consultation', waitBefore: 40, processTime: 15, valueAdded: 12 },
        { id: 'pay', label: 'Pay', waitBefore: 12, processTime: 4, valueAdded: 0 },
      ],
    },
  ],
});

/** Datasets are named after their kind, as in `exampleDocument`. */
const dashboard = (): Record<string, unknown> => ({
  kind: 'dashboard',
  version: 1,
  title: 'Minimal dashboard',
  datasets: { 'control-chart': controlChart(), 'satisfaction-heatmap': heatmap(), 'brand-health': brand(), 'value-stream': valueStream() },
});

export const WIDGETS: readonly WidgetEntry[] = [
  { tag: 'hcx-control-chart', kind: 'control-chart', examples: ['control-chart.json'], minimal: controlChart },
  { tag: 'hcx-satisfaction-heatmap', kind: 'satisfaction-heatmap', examples: ['satisfaction-heatmap.json'], minimal: heatmap },
  {
    tag: 'hcx-brand-health',
    kind: 'brand-health',
    examples: ['brand-health.json', 'brand-health-noise.json', 'brand-health-small.json', 'brand-health-stable.json'],
    minimal: brand,
  },
  {
    tag: 'hcx-value-stream-map',
    kind: 'value-stream',
    examples: ['value-stream.json', 'value-stream-ed.json', 'value-stream-logistics.json'],
    minimal: valueStream,
  },
  // The dashboard's sample is built from the widget examples (see `exampleDocument`).
  { tag: 'hcx-dashboard', kind: 'dashboard', examples: [], minimal: dashboard },
];

/** Widget entries (not the dashboard), by document kind. */
export const WIDGET_BY_KIND = new Map(WIDGETS.filter((w) => w.kind !== 'dashboard').map((w) => [w.kind, w]));

/** The entries whose tag is defined in `win` (the bundle was loaded there). */
export function definedWidgets(win: Window = window): WidgetEntry[] {
  return WIDGETS.filter((w) => win.customElements.get(w.tag));
}

/** The `hcx-*` tags the bundle defines, found from its exported element classes. */
export function definedTagsOf(bundle: Record<string, unknown>, win: Window = window): string[] {
  const tags = new Set<string>();
  for (const value of Object.values(bundle)) {
    if (typeof value !== 'function') continue;
    const name = win.customElements.getName(value as CustomElementConstructor);
    if (name?.startsWith('hcx-')) tags.add(name);
  }
  return [...tags].sort();
}

const cache = new Map<string, Promise<Record<string, unknown>>>();

/** Fetches `examples/<file>` (cached; each call returns a fresh deep copy). */
export async function loadExample(file: string): Promise<Record<string, unknown>> {
  let pending = cache.get(file);
  if (!pending) {
    pending = fetch(`/examples/${file}`).then(async (res) => {
      if (!res.ok) throw new Error(`examples/${file} is missing (HTTP ${res.status}): every defined widget needs its sample document`);
      return (await res.json()) as Record<string, unknown>;
    });
    cache.set(file, pending);
    pending.catch(() => cache.delete(file));
  }
  return structuredClone(await pending);
}

/**
 * The first sample document of an entry. The dashboard's is assembled from the samples of
 * the defined widgets, one dataset each, named after the widget's kind.
 */
export async function exampleDocument(entry: WidgetEntry, win: Window = window): Promise<Record<string, unknown>> {
  if (entry.kind !== 'dashboard') return loadExample(entry.examples[0]);
  const datasets: Record<string, unknown> = {};
  for (const widget of definedWidgets(win)) {
    if (widget.kind !== 'dashboard') datasets[widget.kind] = await loadExample(widget.examples[0]);
  }
  return { kind: 'dashboard', version: 1, title: 'Board dashboard', subtitle: 'Every widget from one document', datasets };
}

/** Every sample document of an entry (all example files; the assembled one for the dashboard). */
export async function allExamples(entry: WidgetEntry, win: Window = window): Promise<Record<string, unknown>[]> {
  if (entry.kind === 'dashboard') return [await exampleDocument(entry, win)];
  return Promise.all(entry.examples.map((file) => loadExample(file)));
}
