import { checkUniqueIds, envelopeShape, id, label } from './envelope.js';
import { LIMITS } from './limits.js';
import { axisLookup } from './axis-lookup.js';
import { positionSet } from './position-set.js';
import { s, type Equal, type Infer, type IssueSink, type Schema } from './schema.js';

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
  .refine((doc, _path, sink) => {
    const duplicate = (path: string, got: string) => sink.add(path, 'duplicate', { got: JSON.stringify(got) });
    checkUniqueIds(doc.rows, 'rows', duplicate);
    checkUniqueIds(doc.columns, 'columns', duplicate);
    if (doc.scale && doc.scale.min >= doc.scale.max) {
      sink.add('scale.max', 'min', { limit: `> ${doc.scale.min}`, got: doc.scale.max });
    }
    checkCells(doc, sink);
  });

/**
 * References, repeated row/column pairs and value ranges of every cell. Runs on up to
 * 50,000 cells per document, so it builds no string for a valid cell: a pair of known ids
 * is marked in a grid bitmap by position (only pairs naming an unknown id need a string key),
 * ids are found in order where they can be (`axisLookup`), and paths are spelled out only
 * for a reported issue.
 */
function checkCells(doc: SatisfactionHeatmapDocument, sink: IssueSink): void {
  const rowOf = axisLookup(doc.rows);
  const columnOf = axisLookup(doc.columns);
  const C = doc.columns.length;
  const seen = positionSet(doc.rows.length * C);
  let unknownPairs: Set<string> | null = null;
  const { measure, scale } = doc;
  const counted = measure === 'top-box' || measure === 'complaint-rate';
  const cells = doc.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const r = rowOf(c.row);
    const k = columnOf(c.column);
    if (r === undefined) sink.add(`cells[${i}].row`, 'unknown-ref', { got: JSON.stringify(c.row), target: 'rows[].id' });
    if (k === undefined) sink.add(`cells[${i}].column`, 'unknown-ref', { got: JSON.stringify(c.column), target: 'columns[].id' });
    let repeated: boolean;
    if (r !== undefined && k !== undefined) repeated = !seen.add(r * C + k);
    else {
      unknownPairs ??= new Set<string>();
      const key = `${c.row}\u0000${c.column}`;
      repeated = unknownPairs.has(key);
      unknownPairs.add(key);
    }
    if (repeated) sink.add(`cells[${i}]`, 'rule', { text: `a second cell for row ${JSON.stringify(c.row)} and column ${JSON.stringify(c.column)}` });
    const value = c.value;
    if (counted && value < 0) sink.add(`cells[${i}].value`, 'min', { limit: 0, got: value });
    if (measure === 'top-box' && value > c.n) sink.add(`cells[${i}].value`, 'max', { limit: c.n, got: value });
    if (measure === 'nps' && (value < -100 || value > 100)) sink.add(`cells[${i}].value`, value < -100 ? 'min' : 'max', { limit: value < -100 ? -100 : 100, got: value });
    if (measure === 'mean-score' && scale && (value < scale.min || value > scale.max)) {
      const low = value < scale.min;
      sink.add(`cells[${i}].value`, low ? 'min' : 'max', { limit: low ? scale.min : scale.max, got: value });
    }
  }
}

const _sameShape: Equal<Infer<typeof schema>, SatisfactionHeatmapDocument> = true;
void _sameShape;

/** Validator and JSON Schema of `SatisfactionHeatmapDocument`. */
export const satisfactionHeatmapSchema: Schema<SatisfactionHeatmapDocument> = schema;
