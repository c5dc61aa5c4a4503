/**
 * Every widget tag the library ships or plans, with its document kind and sample data.
 * The embedding, fuzz and reliability suites iterate over the tags that are actually
 * defined after loading `dist/hcx-widgets.js` (see `definedWidgets`), so a widget joins
 * every suite the moment it is registered in `src/elements.ts` — and a tag the bundle
 * defines but this list lacks fails the registry test, so nobody forgets to add it.
 */
import type { WidgetKind } from '../../src/contract/documents.js';
import type { LIMITS } from '../../src/contract/limits.js';

export type Limits = typeof LIMITS;

export type RegistryKind = WidgetKind | 'dashboard';

/**
 * Bugs in a widget's own code that an embedding test finds, recorded with their fix until
 * the widget's owner lands it. The tests assert each is still there, exactly as described
 * (so a fix fails the test until its entry is removed), and fail on anything else as usual.
 */
export interface KnownIssues {
  /** CSP `style-src-attr` violations from the widget's elements whose path contains one of these. */
  cspStyleAttr?: { elements: readonly string[]; fix: string };
  /** The widget (or, for the dashboard, its grid and the widgets in it) looks different under hostile CSS. */
  hostileCss?: { fix: string };
}

export interface WidgetEntry {
  tag: string;
  kind: RegistryKind;
  /** Sample documents in `examples/`, served by the test server at `/examples/<file>`. */
  examples: readonly string[];
  /** A small valid document, for suites that run thousands of cycles. */
  minimal: () => Record<string, unknown>;
  /**
   * The largest valid documents the contract's limits allow (at each limit, all distinct
   * ids), each labelled: the widget must render them or refuse them naming a limit, and
   * never block the page for long.
   */
  worstCases: (limits: Limits) => { label: string; doc: Record<string, unknown> }[];
  knownIssues?: KnownIssues;
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


/** Deterministic wiggle for generated values. */
const wave = (i: number, base: number, amplitude: number) => base + amplitude * Math.sin(i * 0.7) + ((i * 37) % 11) / 10;
const envelope = (kind: string, title: string) => ({ kind, version: 1, title });

const controlChartWorst = (limits: Limits) => {
  const points = Array.from({ length: limits.points }, (_, i) => ({ x: `P${i + 1}`, value: Math.round(wave(i, 50, 8) * 10) / 10 }));
  const marks = (count: number) => Array.from({ length: count }, (_, i) => Math.floor((i * limits.points) / count));
  return [
    { label: `${limits.points} points`, doc: { ...envelope('control-chart', 'Every point allowed'), points } },
    {
      label: `${limits.points} points, ${limits.shortList} phases and annotations`,
      doc: {
        ...envelope('control-chart', 'Every phase allowed'),
        points,
        phases: marks(limits.shortList).map((at, i) => ({ start: points[at].x, label: `Phase ${i + 1}` })),
        annotations: marks(limits.shortList).map((at, i) => ({ x: points[at].x, label: `Note ${i + 1}` })),
      },
    },
    {
      // As many full subgroups as the document-wide item budget allows.
      label: `xbar-s: ${Math.floor(limits.items / (limits.subgroupValues + 1)) - 1} subgroups of ${limits.subgroupValues} values`,
      doc: {
        ...envelope('control-chart', 'Every subgroup value allowed'),
        chartType: 'xbar-s',
        points: Array.from({ length: Math.floor(limits.items / (limits.subgroupValues + 1)) - 1 }, (_, i) => ({
          x: `S${i + 1}`,
          values: Array.from({ length: limits.subgroupValues }, (_, j) => wave(i * 31 + j, 40, 6)),
        })),
      },
    },
  ];
};

const heatmapWorst = (limits: Limits) => {
  const columnCount = Math.min(limits.heatmapAxis, limits.cells);
  const rowCount = Math.max(1, Math.floor(limits.cells / columnCount));
  const rows = Array.from({ length: rowCount }, (_, i) => ({ id: `r${i}`, label: `Touchpoint ${i + 1}` }));
  const columns = Array.from({ length: columnCount }, (_, i) => ({ id: `c${i}`, label: `Day ${i + 1}` }));
  const cells = rows.flatMap((r, i) => columns.map((c, j) => ({ row: r.id, column: c.id, value: Math.round(Math.min(5, wave(i * columnCount + j, 3.4, 0.9)) * 100) / 100, n: (i + j) % 7 === 0 ? 3 : 40 })));
  return [
    { label: `${rowCount} × ${columnCount} cells`, doc: { ...envelope('satisfaction-heatmap', 'Every cell allowed'), measure: 'mean-score', scale: { min: 1, max: 5 }, rows, columns, cells } },
    {
      label: `${limits.heatmapAxis} rows, 1 column`,
      doc: {
        ...envelope('satisfaction-heatmap', 'Every row allowed'),
        measure: 'nps',
        rows: Array.from({ length: limits.heatmapAxis }, (_, i) => ({ id: `r${i}`, label: `Touchpoint ${i + 1}` })),
        columns: [{ id: 'q', label: 'Q1' }],
        cells: Array.from({ length: limits.heatmapAxis }, (_, i) => ({ row: `r${i}`, column: 'q', value: Math.round(wave(i, 20, 30)), n: 50 })),
      },
    },
  ];
};

const brandWorst = (limits: Limits) => {
  const nps = (i: number) => ({ promoters: 300 + (i % 50), passives: 120, detractors: 80 + (i % 30) });
  const kpi = (i: number, history: number) => ({
    id: `k${i}`,
    label: `KPI ${i + 1}`,
    type: 'nps',
    direction: 'increase',
    current: nps(i),
    previous: nps(i + 7),
    history: Array.from({ length: history }, (_, j) => ({ x: `M${j + 1}`, ...nps(i + j) })),
  });
  const indicators = (count: number, children: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `i${i}`,
      label: `Indicator ${i + 1}`,
      weight: 1 + (i % 3),
      children: Array.from({ length: children }, (_, j) => ({ id: `i${i}c${j}`, label: `Child ${j + 1}`, weight: 1, score: 50 + ((i + j) % 40), previousScore: 55 })),
    }));
  return [
    {
      label: `${limits.kpis} KPIs with ${limits.history} history periods each`,
      doc: { ...envelope('brand-health', 'Every KPI allowed'), period: '2024-06', kpis: Array.from({ length: limits.kpis }, (_, i) => kpi(i, limits.history)) },
    },
    {
      label: `${limits.indicators} indicators × ${limits.indicators} sub-indicators`,
      doc: { ...envelope('brand-health', 'Every indicator allowed'), period: '2024-06', kpis: [kpi(0, 12)], indicators: indicators(limits.indicators, limits.indicators) },
    },
  ];
};

const valueStreamWorst = (limits: Limits) => {
  const steps = (state: number, count: number, fanIn: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      label: `Step ${i + 1} of state ${state + 1}`,
      waitBefore: 5 + (i % 13),
      processTime: 3 + (i % 7),
      valueAdded: 1 + (i % 3),
      ...(i > 0 ? { after: Array.from({ length: Math.min(i, fanIn) }, (_, k) => `s${i - 1 - k}`) } : {}),
    }));
  const states = Array.from({ length: limits.states }, (_, i) => ({ id: `st${i}`, label: `State ${i + 1}`, steps: steps(i, limits.steps, 1) }));
  return [
    {
      label: `${limits.states} states of ${limits.steps} steps, ${limits.shortList} kaizen bursts`,
      doc: {
        ...envelope('value-stream', 'Every step allowed'),
        states,
        kaizen: Array.from({ length: limits.shortList }, (_, i) => ({ state: `st${i % limits.states}`, step: `s${i % limits.steps}`, label: `Kaizen ${i + 1}` })),
      },
    },
    {
      label: `1 state of ${limits.steps} steps, each after every earlier one`,
      doc: { ...envelope('value-stream', 'Every dependency allowed'), states: [{ id: 'st0', label: 'Current state', steps: steps(0, limits.steps, limits.steps) }] },
    },
  ];
};

const dashboardWorst = (limits: Limits) => [
  {
    label: 'the first worst case of every kind, one dataset each',
    doc: {
      ...envelope('dashboard', 'Every kind at its limits'),
      datasets: {
        'control-chart': controlChartWorst(limits)[0].doc,
        'satisfaction-heatmap': heatmapWorst(limits)[0].doc,
        'brand-health': brandWorst(limits)[0].doc,
        'value-stream': valueStreamWorst(limits)[0].doc,
      },
    },
  },
  {
    label: `${limits.datasets} datasets`,
    doc: {
      ...envelope('dashboard', 'Every dataset allowed'),
      datasets: Object.fromEntries(Array.from({ length: limits.datasets }, (_, i) => [`d${i}`, [controlChart, heatmap, brand, valueStream][i % 4]()])),
    },
  },
];

export const WIDGETS: readonly WidgetEntry[] = [
  {
    tag: 'hcx-control-chart',
    kind: 'control-chart',
    examples: ['control-chart.json'],
    minimal: controlChart,
    worstCases: controlChartWorst,
  },
  {
    tag: 'hcx-satisfaction-heatmap',
    kind: 'satisfaction-heatmap',
    examples: ['satisfaction-heatmap.json'],
    minimal: heatmap,
    worstCases: heatmapWorst,
  },
  {
    tag: 'hcx-brand-health',
    kind: 'brand-health',
    examples: ['brand-health.json', 'brand-health-noise.json', 'brand-health-small.json', 'brand-health-stable.json'],
    minimal: brand,
    worstCases: brandWorst,
  },
  {
    tag: 'hcx-value-stream-map',
    kind: 'value-stream',
    examples: ['value-stream.json', 'value-stream-ed.json', 'value-stream-logistics.json'],
    minimal: valueStream,
    worstCases: valueStreamWorst,
  },
  // The dashboard's sample is built from the widget examples (see `exampleDocument`).
  {
    tag: 'hcx-dashboard',
    kind: 'dashboard',
    examples: [],
    minimal: dashboard,
    worstCases: dashboardWorst,
  },
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
