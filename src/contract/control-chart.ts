import { envelopeShape, label } from './envelope.js';
import { LIMITS } from './limits.js';
import { s, type Equal, type Infer, type Schema } from './schema.js';

export const CHART_TYPES = ['xmr', 'run', 'p', 'pprime', 'u', 'uprime', 'c', 't', 'g', 'xbar-s'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const RULE_PRESETS = ['mdc', 'nhsr', 'anhoej', 'western-electric'] as const;
export type RulePreset = (typeof RULE_PRESETS)[number];
export type ImprovementDirection = 'increase' | 'decrease' | 'neither';

/** Chart types whose `value` is a numerator over `n`. */
const RATIO_TYPES: readonly ChartType[] = ['p', 'pprime', 'u', 'uprime'];

export interface ControlChartPoint {
  /** Period: ISO date (`2024-01-01`) or any label (`Week 1`). */
  x: string;
  /** Measurement (xmr, run, t, g), event count (c) or numerator (p, u); `null` is a missing period. */
  value?: number | null;
  /** Denominator for p/pprime (cases) and u/uprime (exposure). */
  n?: number;
  /** A subgroup's raw measurements (xbar-s). */
  values?: number[];
  /** Shown, but left out of the limit calculation. */
  exclude?: boolean;
  note?: string;
}

export interface ControlChartPhase {
  /** `x` of the phase's first point. */
  start: string;
  label: string;
}

export interface ControlChartAnnotation {
  x: string;
  label: string;
}

/** `kind: "control-chart"` — a statistical process control chart. */
export interface ControlChartDocument {
  kind: 'control-chart';
  version: 1;
  title: string;
  subtitle?: string;
  source?: string;
  generatedAt?: string;
  /** Default `xmr`. */
  chartType?: ChartType;
  /** Unit of the values (`min`, `%`, `patients`). */
  unit?: string;
  /** Which direction is better; default `neither`. */
  improvement?: ImprovementDirection;
  target?: number;
  /** Default `mdc` (NHS Making Data Count). */
  rules?: RulePreset;
  /** Freeze limits on the first N points of each phase. */
  baseline?: number;
  /** Rate multiplier for u charts (per 1,000 bed-days: 1000). */
  multiplier?: number;
  /** Points on one side of the centre line that make a shift (mdc, nhsr); default 7. */
  shiftLength?: number;
  /** Consecutive rising or falling points that make a trend (mdc, nhsr); default 7. */
  trendLength?: number;
  /**
   * Leave moving ranges above 3.267 × their average out of sigma (Nelson 1982). Default per
   * rule preset: on for `nhsr` and `anhoej`, off for `mdc` and `western-electric`.
   */
  screenMovingRanges?: boolean;
  /** Display: draw the 2-sigma lines (and 1-sigma for `western-electric`); default off. */
  sigmaLines?: boolean;
  /** Display: continue each phase's centre and limits, dashed, across the next phase; default on. */
  projectLimits?: boolean;
  points: ControlChartPoint[];
  phases?: ControlChartPhase[];
  annotations?: ControlChartAnnotation[];
}

const xValue = () => s.string({ minLength: 1, maxLength: 100 });

const point = s.object({
  x: xValue(),
  value: s.number().nullable().optional(),
  n: s.number({ min: 0 }).optional(),
  values: s.array(s.number(), { maxItems: LIMITS.subgroupValues }).optional(),
  exclude: s.boolean().optional(),
  note: label().optional(),
});

const schema = s
  .object({
    ...envelopeShape('control-chart'),
    chartType: s.enum(CHART_TYPES).optional(),
    unit: s.string({ maxLength: 40 }).optional(),
    improvement: s.enum(['increase', 'decrease', 'neither'] as const).optional(),
    target: s.number().optional(),
    rules: s.enum(RULE_PRESETS).optional(),
    baseline: s.integer({ min: 2 }).optional(),
    multiplier: s.number({ exclusiveMin: 0 }).optional(),
    shiftLength: s.integer({ min: 2 }).optional(),
    trendLength: s.integer({ min: 2 }).optional(),
    screenMovingRanges: s.boolean().optional(),
    sigmaLines: s.boolean().optional(),
    projectLimits: s.boolean().optional(),
    points: s.array(point, { maxItems: LIMITS.points }),
    phases: s.array(s.object({ start: xValue(), label: label() }), { maxItems: LIMITS.shortList }).optional(),
    annotations: s.array(s.object({ x: xValue(), label: label() }), { maxItems: LIMITS.shortList }).optional(),
  })
  .refine((doc, _path, sink) => {
    const type = doc.chartType ?? 'xmr';
    const ratio = RATIO_TYPES.includes(type);
    const nonNegative = type === 'c' || type === 'p' || type === 'pprime' || type === 'g' || type === 't';
    // Paths are built only for a problem: a valid 20,000-point document builds none.
    doc.points.forEach((p, i) => {
      if (type === 'xbar-s') {
        if (p.values === undefined && p.value !== null) sink.add(`points[${i}].values`, 'required');
        return;
      }
      if (p.value === undefined) sink.add(`points[${i}].value`, 'required');
      if (ratio && p.value !== null && p.value !== undefined) {
        if (p.n === undefined) sink.add(`points[${i}].n`, 'required');
        else if (type.startsWith('p') && p.value > p.n) {
          sink.add(`points[${i}].value`, 'max', { limit: p.n, got: p.value }, `must be at most n (${p.n}), got ${p.value}`);
        }
      }
      if (nonNegative && typeof p.value === 'number' && p.value < 0) sink.add(`points[${i}].value`, 'min', { limit: 0, got: p.value });
    });
    if (!doc.phases?.length && !doc.annotations?.length) return;
    const xs = new Set(doc.points.map((p) => p.x));
    doc.phases?.forEach((ph, i) => {
      if (!xs.has(ph.start)) sink.add(`phases[${i}].start`, 'unknown-ref', { got: JSON.stringify(ph.start), target: 'points[].x' });
    });
    doc.annotations?.forEach((a, i) => {
      if (!xs.has(a.x)) sink.add(`annotations[${i}].x`, 'unknown-ref', { got: JSON.stringify(a.x), target: 'points[].x' });
    });
  });

// The documented interface and the schema's inferred type must stay identical.
const _sameShape: Equal<Infer<typeof schema>, ControlChartDocument> = true;
void _sameShape;

/** Validator and JSON Schema of `ControlChartDocument`. */
export const controlChartSchema: Schema<ControlChartDocument> = schema;
