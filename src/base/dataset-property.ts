/**
 * React 19 and Vue 3 set a prop on a custom element as a property whenever the element has a
 * property of that name — and every element has `dataset` (its read-only map of `data-*`
 * attributes). So `<hcx-control-chart dataset="waiting">` in React threw ("Cannot set property
 * dataset … which has only a getter") and unmounted the whole app, and Vue dropped it silently.
 * This gives widget elements a `dataset` setter: a string sets the `dataset` attribute (the
 * dashboard dataset to show), `null`/`undefined` removes it. Reading `dataset` still returns
 * the `data-*` map.
 */
export function acceptDatasetProperty(prototype: HTMLElement): void {
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset');
  if (!native?.get) return;
  Object.defineProperty(prototype, 'dataset', {
    configurable: true,
    enumerable: native.enumerable ?? true,
    get: native.get,
    set(this: HTMLElement, value: unknown) {
      if (value === null || value === undefined || value === false) this.removeAttribute('dataset');
      else if (typeof value === 'string' || typeof value === 'number') this.setAttribute('dataset', String(value));
    },
  });
}
