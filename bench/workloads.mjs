// The benchmark workloads W1–W7: our contract documents and the same numbers as each peer's
// plain input, all drawn from seeded PRNGs so every run (and every clone) measures the same data.
// Every document is checked with the library's own validator: a workload that breaks the
// contract would measure the error view, not the chart.
import { int, mulberry32, normal } from './prng.mjs';

/** What each workload is; `peers: false` means no peer draws this kind of chart. */
export const WORKLOADS = [
  { id: 'W1', label: 'Heatmap 24 × 365', kind: 'satisfaction-heatmap', chart: 'heatmap', peers: true },
  { id: 'W2', label: 'Heatmap 50 × 1,000', kind: 'satisfaction-heatmap', chart: 'heatmap', peers: true },
  { id: 'W3', label: 'Control chart 1,000 points', kind: 'control-chart', chart: 'line', peers: true },
  { id: 'W4', label: 'Control chart 20,000 points', kind: 'control-chart', chart: 'line', peers: true },
  { id: 'W5', label: 'W1 heatmap updated with new values', kind: 'satisfaction-heatmap', chart: 'heatmap', peers: true, update: true },
  { id: 'W6', label: 'Value-stream map, 40 steps, 2 states', kind: 'value-stream', chart: 'vsm', peers: false },
  { id: 'W7', label: 'Brand health, 8 KPIs, 40 sub-indicators', kind: 'brand-health', chart: 'brand', peers: false },
];

/** Tag that draws each document kind. */
export const TAGS = {
  'satisfaction-heatmap': 'hcx-satisfaction-heatmap',
  'control-chart': 'hcx-control-chart',
  'value-stream': 'hcx-value-stream-map',
  'brand-health': 'hcx-brand-health',
};

const TOUCHPOINTS = [
  'Appointment booking', 'Phone switchboard', 'Parking', 'Main entrance', 'Registration', 'Waiting room',
  'Triage', 'Outpatient consultation', 'Blood sampling', 'Imaging', 'Pharmacy', 'Billing',
  'Ward admission', 'Nursing care', 'Physician rounds', 'Meals', 'Cleanliness', 'Noise at night',
  'Discharge', 'Follow-up call', 'Patient portal', 'Complaints desk', 'Emergency department', 'Day surgery',
];

const DAY = 86_400_000;
const isoDay = (start, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10);
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** A `rows × columns` mean-score heatmap; `structureSeed` picks missing cells, `valueSeed` the values. */
function heatmap({ rows, columns, start, structureSeed, valueSeed, title }) {
  const structure = mulberry32(structureSeed);
  const random = mulberry32(valueSeed);
  const z = normal(random);
  const rowItems = Array.from({ length: rows }, (_, r) => ({
    id: `tp-${String(r + 1).padStart(2, '0')}`,
    label: TOUCHPOINTS[r % TOUCHPOINTS.length] + (r >= TOUCHPOINTS.length ? ` (site ${String.fromCharCode(65 + Math.floor(r / TOUCHPOINTS.length))})` : ''),
  }));
  const columnItems = Array.from({ length: columns }, (_, c) => {
    const day = isoDay(start, c);
    return { id: day, label: day };
  });
  const rowEffect = rowItems.map(() => 0.4 * z());
  const cells = [];
  const peerCells = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      // About 1 % of cells have no survey that day: absent for us and for the peers alike.
      if (structure() < 0.01) continue;
      const n = int(random, 8, 160);
      const mean = round(clamp(3.9 + rowEffect[r] + 0.25 * Math.sin((2 * Math.PI * c) / 365) + (0.6 * z()) / Math.sqrt(n / 20), 1, 5), 2);
      cells.push({ row: rowItems[r].id, column: columnItems[c].id, value: mean, n });
      peerCells.push({ row: rowItems[r].label, column: columnItems[c].label, value: mean });
    }
  }
  const doc = {
    kind: 'satisfaction-heatmap',
    version: 1,
    title,
    source: 'Benchmark workload (seeded random data)',
    measure: 'mean-score',
    scale: { min: 1, max: 5 },
    rows: rowItems,
    columns: columnItems,
    cells,
  };
  const peer = {
    rows: rowItems.map((r) => r.label),
    columns: columnItems.map((c) => c.label),
    cells: peerCells,
    domain: [1, 5],
    height: Math.max(360, rows * 12 + 90),
  };
  return { doc, peer, marks: cells.length };
}

/** An XmR control chart of daily waiting times with a step improvement and ~1 % spikes. */
function controlChart({ points, start, seed, title }) {
  const random = mulberry32(seed);
  const z = normal(random);
  const values = Array.from({ length: points }, (_, i) => {
    const level = i < points * 0.6 ? 48 : 44; // the improvement a PDCA cycle brought
    const spike = random() < 0.01 ? (random() < 0.5 ? -1 : 1) * (14 + 6 * random()) : 0;
    return round(Math.max(1, level + 3 * z() + spike), 1);
  });
  const xs = values.map((_, i) => isoDay(start, i));
  // Limits the way every SPC text computes an XmR chart: mean ± 2.66 × average moving range.
  const center = values.reduce((a, b) => a + b, 0) / points;
  let mr = 0;
  for (let i = 1; i < points; i++) mr += Math.abs(values[i] - values[i - 1]);
  const mrBar = mr / (points - 1);
  const ucl = center + 2.66 * mrBar;
  const lcl = center - 2.66 * mrBar;
  const doc = {
    kind: 'control-chart',
    version: 1,
    title,
    source: 'Benchmark workload (seeded random data)',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    rules: 'mdc',
    points: values.map((value, i) => ({ x: xs[i], value })),
  };
  const peerPoints = values.map((value, i) => ({ date: xs[i], value, out: value > ucl || value < lcl }));
  const peer = { points: peerPoints, center, ucl, lcl, height: 400 };
  return { doc, peer, marks: points, outOfLimits: peerPoints.filter((p) => p.out).length };
}

const STEP_NAMES = ['Arrival', 'Check-in', 'Registration', 'Insurance check', 'Triage', 'Vital signs', 'Consultation', 'Blood test', 'Imaging', 'Results review', 'Treatment', 'Pharmacy', 'Billing', 'Education', 'Discharge'];
const ROLES = ['Reception', 'Registration clerk', 'Nurse', 'Physician', 'Phlebotomist', 'Radiographer', 'Pharmacist', 'Cashier'];

/** A 40-step outpatient journey in a current and a future state, with parallel branches. */
function valueStream({ steps, seed, title }) {
  const random = mulberry32(seed);
  const ids = Array.from({ length: steps }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
  const state = (id, label, waitFactor) => ({
    id,
    label,
    steps: ids.map((stepId, i) => {
      const processTime = int(random, 2, 20);
      const step = {
        id: stepId,
        label: `${STEP_NAMES[i % STEP_NAMES.length]} ${Math.floor(i / STEP_NAMES.length) + 1}`,
        role: ROLES[i % ROLES.length],
        waitBefore: Math.round(int(random, 0, 30) * waitFactor),
        processTime,
        valueAdded: int(random, 0, processTime),
      };
      if (random() < 0.5) step.pctCompleteAccurate = int(random, 70, 100);
      // Every tenth step branches: step 5 runs beside step 4, step 6 waits for both.
      if (i % 10 === 4) step.after = [ids[i - 2]];
      if (i % 10 === 5) step.after = [ids[i - 2], ids[i - 1]];
      return step;
    }),
  });
  const doc = {
    kind: 'value-stream',
    version: 1,
    title,
    source: 'Benchmark workload (seeded random data)',
    unit: 'min',
    states: [state('current', 'Current state', 1), state('future', 'Future state', 0.4)],
    kaizen: [3, 11, 19, 27, 35].map((i) => ({ state: 'current', step: ids[i], label: `Kaizen ${i}` })),
  };
  return { doc, peer: null, marks: steps * 2 };
}

/** Brand health: 8 KPIs of every type with a year of history, 8 indicators × 5 sub-indicators. */
function brandHealth({ seed, title }) {
  const random = mulberry32(seed);
  // Twelve months of history, 2023-07 … 2024-06.
  const months = Array.from({ length: 12 }, (_, i) => `${2023 + Math.floor((6 + i) / 12)}-${String(((6 + i) % 12) + 1).padStart(2, '0')}`);
  const value = {
    nps: () => ({ promoters: int(random, 300, 600), passives: int(random, 150, 300), detractors: int(random, 50, 200) }),
    proportion: () => {
      const n = int(random, 800, 2000);
      return { count: Math.round(n * (0.6 + 0.3 * random())), n };
    },
    mean: () => ({ value: round(3.5 + random(), 2), sd: round(0.8 + 0.4 * random(), 2), n: int(random, 300, 900) }),
    count: () => ({ value: int(random, 5, 60) }),
  };
  const types = ['nps', 'proportion', 'mean', 'count', 'nps', 'proportion', 'mean', 'count'];
  const kpis = types.map((type, i) => ({
    id: `kpi-${i + 1}`,
    label: `${{ nps: 'Net Promoter Score', proportion: 'Return-visit rate', mean: 'Overall satisfaction', count: 'Negative mentions' }[type]} ${i < 4 ? '(hospital)' : '(outpatients)'}`,
    type,
    direction: type === 'count' ? 'decrease' : 'increase',
    current: value[type](),
    previous: value[type](),
    history: months.map((x) => ({ x, ...value[type]() })),
  }));
  const indicators = Array.from({ length: 8 }, (_, i) => ({
    id: `ind-${i + 1}`,
    label: `Indicator ${i + 1}`,
    weight: int(random, 5, 20),
    children: Array.from({ length: 5 }, (_, j) => ({
      id: `ind-${i + 1}-${j + 1}`,
      label: `Sub-indicator ${i + 1}.${j + 1}`,
      weight: int(random, 1, 5),
      score: round(55 + 40 * random(), 1),
      previousScore: round(55 + 40 * random(), 1),
      n: int(random, 50, 500),
    })),
  }));
  const doc = {
    kind: 'brand-health',
    version: 1,
    title,
    source: 'Benchmark workload (seeded random data)',
    period: '2024-06',
    previousPeriod: '2024-05',
    kpis,
    indicators,
    alert: { minDrop: 5, confidence: 0.95 },
  };
  return { doc, peer: null, marks: 8 + 40 };
}

const W1_SPEC = { rows: 24, columns: 365, start: '2024-01-01', structureSeed: 11, valueSeed: 12, title: 'Satisfaction by touchpoint and day, 2024' };
const W3_SPEC = { points: 1_000, start: '2021-01-01', seed: 31, title: 'Outpatient waiting time, daily' };

const GENERATORS = {
  W1: () => heatmap(W1_SPEC),
  W2: () => heatmap({ rows: 50, columns: 1_000, start: '2022-01-01', structureSeed: 21, valueSeed: 22, title: 'Satisfaction by touchpoint and day, 1,000 days' }),
  W3: () => controlChart(W3_SPEC),
  W4: () => controlChart({ points: 20_000, start: '1970-01-01', seed: 41, title: 'Waiting time, 20,000 days' }),
  W5: () => {
    // The update: the same rows, columns and missing cells as W1, new values.
    const first = heatmap(W1_SPEC);
    const next = heatmap({ ...W1_SPEC, valueSeed: 52 });
    return { ...next, first: { doc: first.doc, peer: first.peer } };
  },
  W6: () => valueStream({ steps: 40, seed: 61, title: 'Outpatient visit, current and future state' }),
  W7: () => brandHealth({ seed: 71, title: 'Brand health, June 2024' }),
};

/** Two documents to alternate in the memory test (100 updates), per workload. */
const CHURN = {
  W1: () => [heatmap(W1_SPEC).doc, heatmap({ ...W1_SPEC, valueSeed: 52 }).doc],
  W3: () => [controlChart(W3_SPEC).doc, controlChart({ ...W3_SPEC, seed: 32 }).doc],
};
export const CHURN_WORKLOADS = Object.keys(CHURN);

/** Throws with the first contract problems when a generated document is not valid. */
function check(validateDocument, doc, where) {
  const result = validateDocument(doc, [doc.kind]);
  if (result.errors.length > 0) {
    const list = result.errors.slice(0, 5).map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`workload ${where} breaks the contract:\n${list}`);
  }
}

/**
 * Generates workload `id`: `{ ours: { doc, first? }, peer: { ..., first? } | null, marks }`.
 * `validateDocument` comes from the built `dist/contract.js`.
 */
export function generate(id, validateDocument) {
  const w = GENERATORS[id]();
  check(validateDocument, w.doc, id);
  if (w.first) check(validateDocument, w.first.doc, `${id} (first render)`);
  return {
    ours: { doc: w.doc, first: w.first?.doc },
    peer: w.peer && { ...w.peer, first: w.first?.peer },
    marks: w.marks,
    outOfLimits: w.outOfLimits,
  };
}

/** The two alternating documents of the memory test of workload `id` (W1 or W3). */
export function generateChurn(id, validateDocument) {
  const docs = CHURN[id]();
  docs.forEach((doc, i) => check(validateDocument, doc, `${id} churn ${i}`));
  return docs;
}
