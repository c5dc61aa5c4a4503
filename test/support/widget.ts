/**
 * The public API of a widget element as the suites see it — structurally, since elements
 * come from the built bundle (often in another window) and `instanceof` cannot be used.
 * `<hcx-dashboard>` has no `state`; `stateOf` derives one from its document and errors.
 */
export interface Issue {
  path: string;
  message: string;
  code: string;
}

export interface WidgetElement extends HTMLElement {
  data: unknown;
  src?: string;
  state?: 'empty' | 'loading' | 'ready' | 'error' | 'stale';
  errors: Issue[];
  analysis?: unknown;
  /** Dashboard only: the document in force. */
  document?: unknown;
  view?: 'chart' | 'table';
  theme?: string;
  updateComplete: Promise<boolean>;
  refresh?(): void;
  toCSV?(): string;
  toSVG?(): string;
  toPNG?(): Promise<Blob>;
}

export type State = 'empty' | 'loading' | 'ready' | 'error' | 'stale';

export const isDashboard = (el: Element) => el.localName === 'hcx-dashboard';

export function stateOf(el: WidgetElement): State {
  if (!isDashboard(el)) return el.state ?? 'empty';
  const failed = el.shadowRoot?.querySelector('[part="error"]') !== null;
  if (el.document) return failed ? 'stale' : 'ready';
  return failed ? 'error' : 'empty';
}

export const shadowOf = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root (is the tag defined?)`);
  return el.shadowRoot;
};

/** Waits for the element's pending render and one more microtask round of follow-ups. */
export async function settle(el: WidgetElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Resolves once `predicate` holds (polling each frame), or rejects after `ms` with `what`. */
export async function until(predicate: () => boolean, what: string, ms = 5000, win: Window = window): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for: ${what}`);
    await new Promise((r) => win.setTimeout(r, 16));
  }
}

/** The main chart: an `svg.hcx-chart`, else the first svg or canvas in the plot. */
export function chartOf(el: WidgetElement): SVGSVGElement | HTMLCanvasElement | null {
  const root = shadowOf(el);
  return root.querySelector<SVGSVGElement>('svg.hcx-chart') ?? root.querySelector<SVGSVGElement | HTMLCanvasElement>('[part="plot"] svg, [part="plot"] canvas');
}

/**
 * Why `el` does not show a rendered chart of `title` ('' when it does). For the dashboard:
 * its title is shown and there is no error view.
 */
export function notRendered(el: WidgetElement, title: string): string {
  const root = shadowOf(el);
  const state = stateOf(el);
  if (state !== 'ready') return `state is ${state}${el.errors.length ? `: ${el.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}` : ''}`;
  const shownTitle = root.querySelector('[part="title"]')?.textContent?.trim();
  if (shownTitle !== title.trim()) return `title shown is ${JSON.stringify(shownTitle)}, expected ${JSON.stringify(title)}`;
  if (isDashboard(el)) return '';
  const chart = chartOf(el);
  if (!chart) return 'no svg or canvas in [part="plot"]';
  const box = chart.getBoundingClientRect();
  if (el.isConnected && el.getClientRects().length > 0 && (box.width < 50 || box.height < 20)) return `chart is only ${box.width}×${box.height} px`;
  if (chart.localName === 'svg' && chart.querySelectorAll('path, rect, circle, line, polyline, polygon, text, use').length < 3) return 'chart has fewer than 3 marks';
  return '';
}

/** The text of the error view(s), '' when there is none. */
export function errorViewText(el: WidgetElement): string {
  return [...shadowOf(el).querySelectorAll('[part="error"]')].map((n) => n.textContent ?? '').join('\n');
}

/** Listens for `type` on `target` and returns the details seen so far (live array). */
export function collect<T = unknown>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/** In table view, presses "Show N more rows" until every row is drawn (long tables come a page at a time). */
export async function showWholeTable(el: WidgetElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (let button = moreRowsButton(el); button; button = moreRowsButton(el)) {
    button.click();
    await el.updateComplete;
  }
}
const moreRowsButton = (el: Element) => shadowOf(el).querySelector<HTMLButtonElement>('.table-more button');
