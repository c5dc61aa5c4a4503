/**
 * Counts what a widget can leave behind in a page: event listeners on long-lived targets,
 * observers still observing, intervals, pending timeouts and animation frames. Installed
 * before the bundle loads, by wrapping the globals (they are looked up at call time, so
 * Lit, d3 and our code all go through the wrappers).
 *
 * Listeners count only on targets that outlive a widget: window, documents, media-query
 * lists, and connected light-DOM elements of the page other than the widgets. Listeners
 * on the widget's own nodes die with the widget and are not counted (the CDP listener
 * counter in the leak tests covers them after garbage collection).
 */
export interface Counts {
  listeners: number;
  observers: number;
  intervals: number;
  timeouts: number;
  frames: number;
}

export interface Instrumentation {
  counts(): Counts;
  /** Active listener registrations on long-lived targets, by `Target type` (for messages). */
  listenerDetail(): Record<string, number>;
}

type Key = string;
const longLived = (target: EventTarget): boolean => {
  if (typeof Node === 'undefined' || !(target instanceof Node)) return true; // window, MediaQueryList, …
  if (target instanceof Document) return true;
  if (!(target instanceof Element) || !target.isConnected) return false;
  return target.getRootNode() instanceof Document && !target.localName.startsWith('hcx-');
};
const label = (target: EventTarget) => (target instanceof Element ? `<${target.localName}>` : (target.constructor?.name ?? 'object'));

let installed: Instrumentation | null = null;

export function instrument(): Instrumentation {
  if (installed) return installed;
  const registrations = new WeakMap<EventTarget, Map<Key, Set<unknown>>>();
  const detail = new Map<string, number>();
  let listeners = 0;
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const keyOf = (type: string, options?: boolean | EventListenerOptions) => `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    if (!listener || !longLived(this) || (typeof options === 'object' && options.once)) return;
    let byKey = registrations.get(this);
    if (!byKey) registrations.set(this, (byKey = new Map()));
    const key = keyOf(type, options);
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    if (!set.has(listener)) {
      set.add(listener);
      listeners++;
      const name = `${label(this)} ${type}`;
      detail.set(name, (detail.get(name) ?? 0) + 1);
    }
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    const set = registrations.get(this)?.get(keyOf(type, options));
    if (listener && set?.delete(listener)) {
      listeners--;
      const name = `${label(this)} ${type}`;
      detail.set(name, (detail.get(name) ?? 1) - 1);
    }
  };

  // Observers: active from the first observe() until disconnect().
  const active = new Set<object>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...a: unknown[]) => void; disconnect: () => void } };
    const observe = Original.prototype.observe;
    const disconnect = Original.prototype.disconnect;
    Original.prototype.observe = function (this: object, ...args: unknown[]) {
      active.add(this);
      return observe.apply(this, args);
    };
    Original.prototype.disconnect = function (this: object) {
      active.delete(this);
      return disconnect.call(this);
    };
  }

  // Timers: intervals until cleared; timeouts and frames until they run or are cancelled.
  const intervals = new Set<number>();
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const w = window as unknown as Record<string, (...a: unknown[]) => number>;
  const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = w;
  w.setInterval = (...args: unknown[]) => {
    const id = si.apply(window, args);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id: unknown) => {
    intervals.delete(id as number);
    return ci.call(window, id);
  };
  w.setTimeout = (callback: unknown, ...rest: unknown[]) => {
    const id: number = st.call(window, (...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof callback === 'function') (callback as (...x: unknown[]) => void)(...a);
    }, ...rest);
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id: unknown) => {
    timeouts.delete(id as number);
    return ct.call(window, id);
  };
  w.requestAnimationFrame = (callback: unknown) => {
    const id: number = raf.call(window, (t: number) => {
      frames.delete(id);
      (callback as (t: number) => void)(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: unknown) => {
    frames.delete(id as number);
    return caf.call(window, id);
  };

  installed = {
    counts: () => ({ listeners, observers: active.size, intervals: intervals.size, timeouts: timeouts.size, frames: frames.size }),
    listenerDetail: () => Object.fromEntries([...detail].filter(([, n]) => n !== 0)),
  };
  return installed;
}
