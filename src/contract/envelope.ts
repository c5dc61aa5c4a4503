import { s, type Schema } from './schema.js';

/** Fields every contract document carries (DESIGN.md, "Data contract v1"). */
export interface DocumentEnvelope {
  /** Which widget's data this is: `control-chart`, `satisfaction-heatmap`, … */
  kind: string;
  /** Contract version; this library reads version 1. */
  version: 1;
  /** Title shown above the chart and used as its accessible name. */
  title: string;
  subtitle?: string;
  /** Where the data comes from ("Patient survey, Q3"), shown under the chart. */
  source?: string;
  /** ISO 8601 time the data was produced; shown so nobody reads an old export as new. */
  generatedAt?: string;
}

export const CONTRACT_VERSION = 1 as const;

/** Envelope fields for a document of `kind`, ready to spread into a kind's object shape. */
export function envelopeShape<K extends string>(kind: K) {
  return {
    kind: s.literal(kind) as Schema<K>,
    version: s.literal(CONTRACT_VERSION) as Schema<1>,
    title: s.string({ maxLength: 300 }),
    subtitle: s.string({ maxLength: 500 }).optional(),
    source: s.string({ maxLength: 500 }).optional(),
    generatedAt: s.string({ format: 'date-time' }).optional(),
  };
}

/** Ids and labels used by rows, steps, KPIs and indicators. */
export const id = () => s.string({ minLength: 1, maxLength: 200 });
export const label = () => s.string({ maxLength: 500 });

/** Reports every id that occurs twice in `items` (ids must be unique to be referenced). */
export function checkUniqueIds(items: readonly { id: string }[], path: string, add: (path: string, id: string) => void): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add(`${path}[${i}].id`, item.id);
    seen.add(item.id);
  });
  return seen;
}
