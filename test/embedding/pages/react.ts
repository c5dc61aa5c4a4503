/**
 * Harness of react.html: a React 19 app (no JSX, no build step: createElement, and React
 * bundled to one ES module by the test server) that renders every defined widget with its
 * document as a property, listens to the hcx events with React 19's `on<event>` props, and
 * re-renders with new data. Loads only /dist/hcx-widgets.js from the library, first — as an
 * app imports the widgets before rendering them.
 */
import { installRecorders } from '../../support/recorders.js';
import { WIDGETS } from '../../support/widgets.js';
import type { WidgetElement } from '../../support/widget.js';
import { documentVersions, EVENTS, logger, titleTable, type FrameworkPageApi, type LoggedEvent } from './framework-common.js';

interface ReactLib {
  createElement(type: string | ((props: Record<string, unknown>) => unknown), props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
  createRoot(container: Element): { render(node: unknown): void; unmount(): void };
  flushSync(fn: () => void): void;
}

const recorders = installRecorders();
const events: LoggedEvent[] = [];
const PREFIX = 'react';

async function start(): Promise<void> {
  const bundleUrl: string = '/dist/hcx-widgets.js';
  await import(/* @vite-ignore */ bundleUrl);
  const reactUrl: string = '/__hcx/vendor/react.js';
  const React = (await import(/* @vite-ignore */ reactUrl)) as ReactLib;
  const { createElement: h } = React;
  api.tags = WIDGETS.map((w) => w.tag).filter((t) => customElements.get(t));
  const versions = await documentVersions();
  const titles = titleTable(versions, PREFIX);
  api.titleFor = (id, version) => titles.get(id)?.[version] ?? null;

  const handlers = (id: string) => Object.fromEntries(EVENTS.map((type) => [`on${type}`, logger(events, id)]));
  const App = ({ version, visible }: Record<string, unknown>) => {
    if (!visible) return h('p', null, 'No widgets');
    return h(
      'div',
      { className: 'app' },
      versions.map(({ entry, docs }) => {
        const id = `${PREFIX}--${entry.tag}`;
        const doc = docs[version as number];
        if (entry.kind !== 'dashboard') {
          return h(entry.tag, { key: entry.tag, id, data: doc, 'heading-level': 3, ...handlers(id) });
        }
        const children = versions
          .filter((v) => v.entry.kind !== 'dashboard')
          .map(({ entry: child }) => {
            const childId = `${PREFIX}--dashboard--${child.tag}`;
            return h(child.tag, { key: child.tag, id: childId, dataset: child.kind, ...handlers(childId) });
          });
        return h(entry.tag, { key: entry.tag, id, data: doc, ...handlers(id) }, ...children);
      }),
    );
  };

  const root = React.createRoot(document.getElementById('root')!);
  let current = { version: 0, visible: true };
  const paint = (next: Partial<typeof current>) => {
    current = { ...current, ...next };
    React.flushSync(() => root.render(h(App, current)));
  };
  api.render = async (version) => paint({ version });
  api.show = async (visible) => paint({ visible });
  api.unmount = async () => React.flushSync(() => root.unmount());
  paint({});
}

const api: FrameworkPageApi = {
  recorders,
  ready: Promise.resolve(),
  tags: [],
  events,
  render: async () => {},
  show: async () => {},
  unmount: async () => {},
  elements: () => [...document.querySelectorAll<WidgetElement>('[id^="react--"]')],
  titleFor: () => null,
};
api.ready = start();
window.hcxPage = api;
