import type { ControlChartDocument } from '../../src/contract/control-chart.js';

/** A small valid control-chart document; each call returns a fresh copy. */
export function validDoc(title = 'Waiting time'): ControlChartDocument {
  return {
    kind: 'control-chart',
    version: 1,
    title,
    subtitle: 'Minutes',
    source: 'Queue system',
    chartType: 'xmr',
    unit: 'min',
    points: [
      { x: '2024-01-01', value: 50 },
      { x: '2024-01-08', value: 52.5 },
      { x: '2024-01-15', value: null },
      { x: '2024-01-22', value: 48 },
    ],
  };
}

export const nextEvent = <T = unknown>(el: EventTarget, type: string) =>
  new Promise<CustomEvent<T>>((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
