import type { ControlChartAnnotation, ControlChartDocument } from '../../contract/control-chart.js';

export interface PlacedNote {
  a: ControlChartAnnotation;
  /** Index of the first point whose `x` is the annotation's. */
  i: number;
}

const placed = new WeakMap<ControlChartDocument, PlacedNote[]>();
const byX = new WeakMap<ControlChartDocument, Map<string, string[]>>();

/** The annotations at their points, in point order; one pass over the points (1,000 notes on 100,000 points stay fast). */
export function placedNotes(doc: ControlChartDocument): PlacedNote[] {
  let out = placed.get(doc);
  if (!out && !doc.annotations?.length) placed.set(doc, (out = []));
  if (!out) {
    const first = new Map<string, number>();
    doc.points.forEach((p, i) => {
      if (!first.has(p.x)) first.set(p.x, i);
    });
    out = (doc.annotations ?? []).flatMap((a) => {
      const i = first.get(a.x);
      return i === undefined ? [] : [{ a, i }];
    });
    out.sort((p, q) => p.i - q.i);
    placed.set(doc, out);
  }
  return out;
}

/** Notes shown at a point: its own note and the annotations placed on its period. */
export function notesAt(doc: ControlChartDocument, index: number): string[] {
  const p = doc.points[index];
  if (!p) return [];
  let labels = byX.get(doc);
  if (!labels) {
    labels = new Map();
    for (const a of doc.annotations ?? []) labels.set(a.x, [...(labels.get(a.x) ?? []), a.label]);
    byX.set(doc, labels);
  }
  const at = labels.get(p.x);
  return p.note ? [p.note, ...(at ?? [])] : (at ?? []);
}
