import { checkUniqueIds, envelopeShape, id, label } from './envelope.js';
import { LIMITS } from './limits.js';
import { s, type Equal, type Infer, type Schema } from './schema.js';

export type KpiDirection = 'increase' | 'decrease';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}
export interface ProportionCounts {
  count: number;
  n: number;
}
export interface MeanSummary {
  value: number;
  sd: number;
  n: number;
}
export interface CountValue {
  value: number;
}

interface KpiBase<T extends string, V> {
  id: string;
  label: string;
  type: T;
  /** Which direction is better. */
  direction: KpiDirection;
  /** In the KPI's shown unit: NPS points, proportion as fraction 0…1, mean, count. */
  target?: number;
  /** External benchmark in the same unit (peer hospitals, national average). */
  benchmark?: number;
  /**
   * Overrides `alert.minDrop` for this KPI, in the unit of its change: NPS points,
   * percentage points (proportion), the mean's own unit, or events (count).
   */
  minDrop?: number;
  current: V;
  previous?: V;
  /** Earlier periods, oldest first, each with its period label `x`. */
  history?: (V & { x: string })[];
}

export type NpsKpi = KpiBase<'nps', NpsCounts>;
export type ProportionKpi = KpiBase<'proportion', ProportionCounts>;
export type MeanKpi = KpiBase<'mean', MeanSummary>;
export type CountKpi = KpiBase<'count', CountValue>;
export type BrandKpi = NpsKpi | ProportionKpi | MeanKpi | CountKpi;

export interface BrandSubIndicator {
  id: string;
  label: string;
  weight: number;
  /** 0–100; `null` when missing this period. */
  score: number | null;
  previousScore?: number | null;
  n?: number;
}

export interface BrandIndicator {
  id: string;
  label: string;
  weight: number;
  children: BrandSubIndicator[];
}

/** `kind: "brand-health"` — headline KPIs and the weighted indicator tree. */
export interface BrandHealthDocument {
  kind: 'brand-health';
  version: 1;
  title: string;
  subtitle?: string;
  source?: string;
  generatedAt?: string;
  /** The period shown ("2024-06" or "June 2024"). */
  period: string;
  previousPeriod?: string;
  kpis: BrandKpi[];
  indicators?: BrandIndicator[];
  /** Alert when a KPI drops by at least `minDrop` points and the drop is significant at `confidence`. */
  alert?: { minDrop?: number; confidence?: number };
}

const count = () => s.integer({ min: 0 });
const npsCounts = { promoters: count(), passives: count(), detractors: count() };
const proportionCounts = { count: count(), n: count() };
const meanSummary = { value: s.number(), sd: s.number({ min: 0 }), n: count() };
const countValue = { value: s.number({ min: 0 }) };

function kpi<T extends string, V extends object>(type: T, valueShape: { [K in keyof V]: Schema<V[K]> }) {
  const value = s.object(valueShape) as unknown as Schema<V>;
  const historyItem = s.object({ x: s.string({ minLength: 1, maxLength: 100 }), ...valueShape }) as unknown as Schema<V & { x: string }>;
  return s.object({
    id: id(),
    label: label(),
    type: s.literal(type) as Schema<T>,
    direction: s.enum(['increase', 'decrease'] as const),
    target: s.number().optional(),
    benchmark: s.number().optional(),
    minDrop: s.number({ min: 0 }).optional(),
    current: value,
    previous: value.optional(),
    history: s.array(historyItem, { maxItems: LIMITS.history }).optional(),
  }) as unknown as Schema<KpiBase<T, V>>;
}

const score = () => s.number({ min: 0, max: 100 }).nullable();

const schema = s
  .object({
    ...envelopeShape('brand-health'),
    period: s.string({ minLength: 1, maxLength: 100 }),
    previousPeriod: s.string({ maxLength: 100 }).optional(),
    kpis: s.array(
      s.tagged<BrandKpi>('type', {
        nps: kpi<'nps', NpsCounts>('nps', npsCounts),
        proportion: kpi<'proportion', ProportionCounts>('proportion', proportionCounts),
        mean: kpi<'mean', MeanSummary>('mean', meanSummary),
        count: kpi<'count', CountValue>('count', countValue),
      }),
      { maxItems: LIMITS.kpis },
    ),
    indicators: s
      .array(
        s.object({
          id: id(),
          label: label(),
          weight: s.number({ min: 0 }),
          children: s.array(
            s.object({
              id: id(),
              label: label(),
              weight: s.number({ min: 0 }),
              score: score(),
              previousScore: score().optional(),
              n: count().optional(),
            }),
            { maxItems: LIMITS.indicators },
          ),
        }),
        { maxItems: LIMITS.indicators },
      )
      .optional(),
    alert: s
      .object({
        minDrop: s.number({ min: 0 }).optional(),
        confidence: s.number({ exclusiveMin: 0, max: 0.9999 }).optional(),
      })
      .optional(),
  })
  .refine((doc, _path, sink) => {
    const duplicate = (path: string, got: string) => sink.add(path, 'duplicate', { got: JSON.stringify(got) });
    checkUniqueIds(doc.kpis, 'kpis', duplicate);
    doc.kpis.forEach((k, i) => {
      const values = [k.current, ...(k.previous ? [k.previous] : [])];
      values.forEach((v, j) => {
        const at = `kpis[${i}].${j === 0 ? 'current' : 'previous'}`;
        if (k.type === 'proportion' && (v as ProportionCounts).count > (v as ProportionCounts).n) {
          sink.add(`${at}.count`, 'max', { limit: (v as ProportionCounts).n, got: (v as ProportionCounts).count });
        }
      });
    });
    const indicators = doc.indicators ?? [];
    checkUniqueIds(indicators, 'indicators', duplicate);
    indicators.forEach((ind, i) => checkUniqueIds(ind.children, `indicators[${i}].children`, duplicate));
  });

const _sameShape: Equal<Infer<typeof schema>, BrandHealthDocument> = true;
void _sameShape;

/** Validator and JSON Schema of `BrandHealthDocument`. */
export const brandHealthSchema: Schema<BrandHealthDocument> = schema;
