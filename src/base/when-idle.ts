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
