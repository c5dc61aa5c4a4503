import { checkUniqueIds, envelopeShape, id, label } from './envelope.js';
import { LIMITS } from './limits.js';
import { s, type Equal, type Infer, type Schema } from './schema.js';

export const HEATMAP_MEASURES = ['mean-score', 'top-box', 'nps', 'complaint-rate'] as const;
export type HeatmapMeasure = (typeof HEATMAP_MEASURES)[number];

export interface HeatmapAxisItem {
  id: string;
  label: string;
}

export interface HeatmapCell {
  /** Row id (touchpoint). */
  row: string;
  /** Column id (period or department). */
  column: string;
  /** mean-score: the mean; top-box, complaint-rate: the count; nps: the NPS (−100…100). */
  value: number;
  /** Responses (mean-score, nps), denominator (top-box) or contacts (complaint-rate). */
  n: number;
  /** NPS only: promoter count, for an exact interval. */
  promoters?: number;
  /** NPS only: detractor count. */
  detractors?: number;
  /**
   * mean-score only: standard deviation of the `n` responses, for a t interval. Without it
   * the analysis bounds the sd by half the scale range (wider, conservative interval).
   */
  sd?: number;
}

/** `kind: "satisfaction-heatmap"` — touchpoints by period or department. */
export interface SatisfactionHeatmapDocument {
  kind: 'satisfaction-heatmap';
  version: 1;
  title: string;
  subtitle?: string;
  source?: string;
  generatedAt?: string;
  measure: HeatmapMeasure;
  /** Range of the mean-score scale (`{ min: 1, max: 5 }`). */
  scale?: { min: number; max: number };
  /** Colour scale diverges around it when given (in the measure's shown unit). */
  target?: number;
  /** Cells with fewer responses are suppressed; default 5. */
  minN?: number;
  rows: HeatmapAxisItem[];
  columns: HeatmapAxisItem[];
  cells: HeatmapCell[];
}

const axis = () => s.array(s.object({ id: id(), label: label() }), { maxItems: LIMITS.heatmapAxis });

const schema = s
  .object({
    ...envelopeShape('satisfaction-heatmap'),
    measure: s.enum(HEATMAP_MEASURES),
    scale: s.object({ min: s.number(), max: s.number() }).optional(),
    target: s.number().optional(),
    minN: s.integer({ min: 1 }).optional(),
    rows: axis(),
    columns: axis(),
    cells: s.array(
      s.object({
        row: id(),
        column: id(),
        value: s.number(),
        n: s.number({ min: 0 }),
        promoters: s.integer({ min: 0 }).optional(),
        detractors: s.integer({ min: 0 }).optional(),
        sd: s.number({ min: 0 }).optional(),
      }),
      { maxItems: LIMITS.cells },
    ),
  })
  .describe('Patient-satisfaction heatmap: touchpoints (rows) by period or department (columns).')
  .refine((doc, _path, sink) => {
    const duplicate = (path: string, got: string) => sink.add(path, 'duplicate', { got: JSON.stringify(got) });
    const rowIds = checkUniqueIds(doc.rows, 'rows', duplicate);
    const columnIds = checkUniqueIds(doc.columns, 'columns', duplicate);
    if (doc.scale && doc.scale.min >= doc.scale.max) {
      sink.add('scale.max', 'min', { limit: `> ${doc.scale.min}`, got: doc.scale.max });
    }
    const seen = new Set<string>();
    doc.cells.forEach((c, i) => {
      const at = `cells[${i}]`;
      if (!rowIds.has(c.row)) sink.add(`${at}.row`, 'unknown-ref', { got: JSON.stringify(c.row), target: 'rows[].id' });
      if (!columnIds.has(c.column)) sink.add(`${at}.column`, 'unknown-ref', { got: JSON.stringify(c.column), target: 'columns[].id' });
      const key = `${c.row}\u0000${c.column}`;
      if (seen.has(key)) sink.add(at, 'rule', { text: `a second cell for row ${JSON.stringify(c.row)} and column ${JSON.stringify(c.column)}` });
      seen.add(key);
      if ((doc.measure === 'top-box' || doc.measure === 'complaint-rate') && c.value < 0) sink.add(`${at}.value`, 'min', { limit: 0, got: c.value });
      if (doc.measure === 'top-box' && c.value > c.n) sink.add(`${at}.value`, 'max', { limit: c.n, got: c.value });
      if (doc.measure === 'nps' && (c.value < -100 || c.value > 100)) sink.add(`${at}.value`, c.value < -100 ? 'min' : 'max', { limit: c.value < -100 ? -100 : 100, got: c.value });
      if (doc.measure === 'mean-score' && doc.scale && (c.value < doc.scale.min || c.value > doc.scale.max)) {
        const low = c.value < doc.scale.min;
        sink.add(`${at}.value`, low ? 'min' : 'max', { limit: low ? doc.scale.min : doc.scale.max, got: c.value });
      }
    });
  });

const _sameShape: Equal<Infer<typeof schema>, SatisfactionHeatmapDocument> = true;
void _sameShape;

/** Validator and JSON Schema of `SatisfactionHeatmapDocument`. */
export const satisfactionHeatmapSchema: Schema<SatisfactionHeatmapDocument> = schema;
