import { echoUrl } from './story-fetch.js';

/**
 * The stale state as a page meets it: `src` answers with `doc`, then a refresh answers with
 * an invalid version of it. The widget keeps the last good data, marked stale, and lists the
 * problems. Every widget's Stale story uses this.
 */
export function staleElement(tag: string, doc: Record<string, unknown>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { src?: string };
  el.src = echoUrl(doc);
  el.addEventListener(
    'hcx-data-load',
    () => {
      el.src = echoUrl({ ...doc, version: 2 });
    },
    { once: true },
  );
  return el;
}
