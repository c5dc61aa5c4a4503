/**
 * Opens an embedding page (test/embedding/pages/*.html) in an iframe of the test page.
 * Strict CSP and similar page-wide conditions cannot be applied to the mocha page itself
 * (the runner injects inline scripts), so each condition is a separate page served with its
 * own headers. The iframe is same-origin: the test reads its DOM directly, and the page's
 * harness publishes `window.hcxPage` (its recorders and a `ready` promise).
 */
import type { Recorders } from './recorders.js';

export interface PageHandle<P extends PageApi = PageApi> {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  page: P;
  close(): void;
}

/** What every embedding page publishes on `window.hcxPage`. */
export interface PageApi {
  recorders: Recorders;
  /** Resolves when the page has built its widgets and they have settled; rejects with the reason otherwise. */
  ready: Promise<void>;
  /** The `hcx-*` tags defined after the bundle loaded. */
  tags: string[];
}

declare global {
  interface Window {
    hcxPage?: PageApi;
  }
}

export async function openPage<P extends PageApi = PageApi>(url: string, size: { width: number; height: number } = { width: 900, height: 700 }): Promise<PageHandle<P>> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  frame.title = 'embedding page';
  // On screen (top left) so layout, ResizeObserver and animation frames run unthrottled.
  frame.style.cssText = `position:fixed;left:0;top:0;border:0;background:white;z-index:1000;width:${size.width}px;height:${size.height}px`;
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const start = performance.now();
  while (!win.hcxPage) {
    if (performance.now() - start > 10000) throw new Error(`${url} did not publish window.hcxPage (did its script load? check the CSP)`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await win.hcxPage.ready;
  return { frame, win, doc: frame.contentDocument as Document, page: win.hcxPage as P, close: () => frame.remove() };
}
