/**
 * What the React and Vue pages share: the documents each widget gets in each render
 * (0: its example, 1: an updated copy, 2: an invalid copy), the event log the frameworks'
 * handlers write to, and the page API the test drives.
 */
import type { PageApi } from '../../support/frame.js';
import { definedWidgets, exampleDocument, type WidgetEntry } from '../../support/widgets.js';
import type { WidgetElement } from '../../support/widget.js';

export interface LoggedEvent {
  /** Element id (`react--hcx-control-chart`, …). */
  id: string;
  type: string;
  origin?: string;
  kind?: string;
}

export interface FrameworkPageApi extends PageApi {
  /** Renders every widget with document version `v` through the framework. */
  render(version: number): Promise<void>;
  /** Removes every widget through the framework (conditional rendering), or brings them back. */
  show(visible: boolean): Promise<void>;
  unmount(): Promise<void>;
  /** Mounted widget elements by id. */
  elements(): WidgetElement[];
  events: LoggedEvent[];
  /** The title each element must show for a version (`null`: stays on the previous, stale). */
  titleFor(id: string, version: number): string | null;
}

export interface Versions {
  entry: WidgetEntry;
  docs: Record<string, unknown>[];
}

export const EVENTS = ['hcx-data-load', 'hcx-data-error', 'hcx-select', 'hcx-alert'] as const;

/** Document versions per defined widget; the dashboard's are assembled from the others. */
export async function documentVersions(): Promise<Versions[]> {
  const out: Versions[] = [];
  for (const entry of definedWidgets()) {
    const example = await exampleDocument(entry);
    const updated = { ...example, title: `${String(example.title)} (updated)` };
    const invalid = { ...example, version: 2 };
    out.push({ entry, docs: [example, updated, invalid] });
  }
  return out;
}

export function logger(events: LoggedEvent[], id: string) {
  return (event: Event) => {
    if (event.target !== event.currentTarget) return;
    const detail = (event as CustomEvent<{ origin?: string; kind?: string }>).detail;
    events.push({ id, type: event.type, origin: detail?.origin, kind: detail?.kind });
  };
}

/** Titles by version: the example's, the updated one's, and for the invalid one the updated title stays (stale). */
export function titleTable(versions: Versions[], prefix: string): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const { entry, docs } of versions) {
    titles.set(`${prefix}--${entry.tag}`, [String(docs[0].title), String(docs[1].title), String(docs[1].title)]);
    if (entry.kind === 'dashboard') {
      const sets = docs[0].datasets as Record<string, Record<string, unknown>>;
      for (const [kind, doc] of Object.entries(sets)) {
        const tag = definedWidgets().find((w) => w.kind === kind)?.tag;
        if (tag) titles.set(`${prefix}--dashboard--${tag}`, [String(doc.title), String(doc.title), String(doc.title)]);
      }
    }
  }
  return titles;
}
