/**
 * Harness of vue.html: a Vue 3 app (runtime-only ES build, render functions with `h`, no
 * build step) that renders every defined widget with its document as a property, listens
 * to the hcx events (`onHcxDataLoad` → `hcx-data-load`) and re-renders with new data.
 * Loads only /dist/hcx-widgets.js from the library.
 */
import type * as VueLib from 'vue';
import { installRecorders } from '../../support/recorders.js';
import { WIDGETS } from '../../support/widgets.js';
import type { WidgetElement } from '../../support/widget.js';
import { documentVersions, EVENTS, logger, titleTable, type FrameworkPageApi, type LoggedEvent } from './framework-common.js';

const recorders = installRecorders();
const events: LoggedEvent[] = [];
const PREFIX = 'vue';

/** `hcx-data-load` → `onHcxDataLoad`, the way Vue names listeners in render functions. */
const listenerName = (type: string) => `on${type.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;

async function start(): Promise<void> {
  const bundleUrl: string = '/dist/hcx-widgets.js';
  await import(/* @vite-ignore */ bundleUrl);
  const vueUrl: string = '/node_modules/vue/dist/vue.runtime.esm-browser.prod.js';
  const Vue = (await import(/* @vite-ignore */ vueUrl)) as typeof VueLib;
  const { h } = Vue;
  api.tags = WIDGETS.map((w) => w.tag).filter((t) => customElements.get(t));
  const versions = await documentVersions();
  const titles = titleTable(versions, PREFIX);
  api.titleFor = (id, version) => titles.get(id)?.[version] ?? null;

  const version = Vue.ref(0);
  const visible = Vue.ref(true);
  const handlers = (id: string) => Object.fromEntries(EVENTS.map((type) => [listenerName(type), logger(events, id)]));
  const app = Vue.createApp({
    render: () => {
      if (!visible.value) return h('p', null, 'No widgets');
      return h(
        'div',
        { class: 'app' },
        versions.map(({ entry, docs }) => {
          const id = `${PREFIX}--${entry.tag}`;
          const doc = docs[version.value];
          if (entry.kind !== 'dashboard') return h(entry.tag, { key: entry.tag, id, data: doc, 'heading-level': 3, ...handlers(id) });
          const children = versions
            .filter((v) => v.entry.kind !== 'dashboard')
            .map(({ entry: child }) => {
              const childId = `${PREFIX}--dashboard--${child.tag}`;
              return h(child.tag, { key: child.tag, id: childId, dataset: child.kind, ...handlers(childId) });
            });
          return h(entry.tag, { key: entry.tag, id, data: doc, ...handlers(id) }, children);
        }),
      );
    },
  });
  app.config.errorHandler = (error) => recorders.errors.push(`vue: ${String(error)}`);
  app.mount(document.getElementById('root')!);
  api.render = async (v) => {
    version.value = v;
    await Vue.nextTick();
  };
  api.show = async (v) => {
    visible.value = v;
    await Vue.nextTick();
  };
  api.unmount = async () => app.unmount();
}

const api: FrameworkPageApi = {
  recorders,
  ready: Promise.resolve(),
  tags: [],
  events,
  render: async () => {},
  show: async () => {},
  unmount: async () => {},
  elements: () => [...document.querySelectorAll<WidgetElement>('[id^="vue--"]')],
  titleFor: () => null,
};
api.ready = start();
window.hcxPage = api;
