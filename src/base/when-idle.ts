import type { CcTranslator } from './format.js';
import type { ControlChartMessageKey } from './messages.js';

/**
 * The first Intl formatters of a page load the browser's ICU data: 50–150 ms on a slow
 * machine, paid by whichever render formats the first number, date or plural. A chart on the
 * page before its data (a fetch, a dashboard) creates them in idle time instead, so drawing
 * the data does not wait for it. Formatters are cached per locale, so the render reuses these.
 */
export function warmFormatters(t: CcTranslator): void {
  const f = t.format;
  for (let digits = 0; digits <= 3; digits++) f.number(1.5, digits);
  f.percent(0.5, 1);
  // Date-only ISO strings, as the x values of nearly every chart: the styles the axis, verdict and tooltip use.
  for (const style of ['medium', 'month', 'short'] as const) f.date('2024-01-01', style);
  t.plural('period.day' as ControlChartMessageKey, 2);
  f.list(['a', 'b']);
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Runs `task` when the page is idle (within `timeout` ms at the latest); returns a cancel function. */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(task, { timeout });
    return () => w.cancelIdleCallback!(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}
