/**
 * Harness of embed.html, the page every embedding condition is tested on. Query options:
 *   hostile=1        add the hostile portal stylesheet (hostile.css)
 *   container=shadow put the built widgets inside another component's shadow root
 *   only=data        build only the `data` and `invalid` instances (geometry comparisons)
 *   canary=<kind>    after everything settled, do one thing a strict CSP must report
 *                    (proves the violation recorder works): style-attr | innerhtml | inline-handler | eval
 * The CSP itself comes from the server (`csp=strict|readme`, see test/server/embedding-routes.mjs).
 * It loads only /dist/hcx-widgets.js from the library, after installing its recorders.
 */
import { installRecorders } from '../../support/recorders.js';
import { hostileLabels, HOSTILE_LABEL } from '../../support/hostile.js';
import { definedWidgets, exampleDocument, WIDGETS, type WidgetEntry } from '../../support/widgets.js';
import { notRendered, settle, shadowOf, stateOf, until, type WidgetElement } from '../../support/widget.js';
import type { PageApi } from '../../support/frame.js';

export type InstanceKind = 'data' | 'src' | 'inline' | 'labels' | 'invalid' | 'dashboard-child';

export interface Instance {
  id: string;
  tag: string;
  how: InstanceKind;
  /** The title it must show; `null` when it must show the error view. */
  title: string | null;
}

export interface EmbedPageApi extends PageApi {
  instances: Instance[];
  element(id: string): WidgetElement;
  /** Drives every widget through views, exports, keyboard, pointer, themes and locales. */
  exercise(): Promise<void>;
  /** PNG export of the first ready widget (needs `img-src blob:`). */
  png(): Promise<{ ok: boolean; size?: number; message?: string }>;
  canary(kind: string): Promise<void>;
}

const recorders = installRecorders();
const params = new URLSearchParams(location.search);
const instances: Instance[] = [];
const byId = new Map<string, WidgetElement>();

class PortalHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}

function place(el: WidgetElement, instance: Instance, parent: ParentNode): void {
  el.id = instance.id;
  parent.append(el);
  instances.push(instance);
  byId.set(instance.id, el);
}

async function build(target: ParentNode): Promise<void> {
  const only = params.get('only');
  for (const entry of definedWidgets()) {
    const doc = await exampleDocument(entry);
    const title = String(doc.title);
    const make = () => document.createElement(entry.tag) as WidgetElement;
    if (entry.kind === 'dashboard') {
      await buildDashboard(entry, doc, target, only === 'data');
      continue;
    }
    const byData = make();
    byData.data = doc;
    place(byData, { id: `${entry.tag}--data`, tag: entry.tag, how: 'data', title }, target);
    const invalid = make();
    invalid.data = { kind: entry.kind, version: 1, title: 42 };
    place(invalid, { id: `${entry.tag}--invalid`, tag: entry.tag, how: 'invalid', title: null }, target);
    if (only === 'data') continue;
    const bySrc = make();
    bySrc.setAttribute('src', `/examples/${entry.examples[0]}`);
    place(bySrc, { id: `${entry.tag}--src`, tag: entry.tag, how: 'src', title }, target);
    const labelled = make();
    labelled.data = hostileLabels(doc);
    place(labelled, { id: `${entry.tag}--labels`, tag: entry.tag, how: 'labels', title: HOSTILE_LABEL }, target);
  }
}

async function buildDashboard(entry: WidgetEntry, doc: Record<string, unknown>, target: ParentNode, onlyData: boolean): Promise<void> {
  const dashboard = document.createElement(entry.tag) as WidgetElement;
  dashboard.data = doc;
  place(dashboard, { id: `${entry.tag}--data`, tag: entry.tag, how: 'data', title: String(doc.title) }, target);
  const datasets = doc.datasets as Record<string, Record<string, unknown>>;
  for (const widget of definedWidgets()) {
    if (widget.kind === 'dashboard') continue;
    const child = document.createElement(widget.tag) as WidgetElement;
    child.setAttribute('dataset', widget.kind);
    if (widget.kind === 'brand-health') child.setAttribute('wide', '');
    child.id = `dashboard-child--${widget.tag}`;
    dashboard.append(child);
    instances.push({ id: child.id, tag: widget.tag, how: 'dashboard-child', title: String(datasets[widget.kind].title) });
    byId.set(child.id, child);
  }
  if (onlyData) return;
  const bySrc = document.createElement(entry.tag) as WidgetElement;
  bySrc.setAttribute('src', '/api/embed/dashboard.json');
  place(bySrc, { id: `${entry.tag}--src`, tag: entry.tag, how: 'src', title: 'Board dashboard (served)' }, target);
}

/** Widgets the server wrote into the page as inline JSON (parsed before the bundle loaded). */
async function adoptInline(): Promise<void> {
  for (const el of document.querySelectorAll<WidgetElement>('#inline > *')) {
    if (!customElements.get(el.localName)) continue;
    const doc = JSON.parse(el.querySelector('script')?.textContent ?? '{}') as { title?: string };
    instances.push({ id: el.id, tag: el.localName, how: 'inline', title: doc.title ?? '' });
    byId.set(el.id, el);
  }
}

async function waitForAll(): Promise<void> {
  const settled = (i: Instance) => {
    const el = byId.get(i.id)!;
    const state = stateOf(el);
    return i.title === null ? state === 'error' : state === 'ready';
  };
  try {
    await until(() => instances.every(settled), 'every widget ready (or in error when invalid)', 15000);
  } catch (error) {
    const late = instances.filter((i) => !settled(i)).map((i) => `${i.id}: ${notRendered(byId.get(i.id)!, i.title ?? '')}`);
    throw new Error(`${(error as Error).message}\n${late.join('\n')}`);
  }
  for (const el of byId.values()) await settle(el);
  await frames(3);
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

function fire(target: Element, type: string, init: MouseEventInit & KeyboardEventInit = {}): void {
  const options = { bubbles: true, composed: true, cancelable: true, ...init };
  const box = target.getBoundingClientRect();
  const at = { clientX: init.clientX ?? box.left + box.width / 2, clientY: init.clientY ?? box.top + box.height / 2 };
  if (type.startsWith('key')) target.dispatchEvent(new KeyboardEvent(type, options));
  else if (type.startsWith('pointer')) target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse', ...options }));
  else if (type === 'focus' || type === 'blur') target.dispatchEvent(new FocusEvent(type, { composed: true }));
  else target.dispatchEvent(new MouseEvent(type, { ...at, ...options }));
}

async function exercise(): Promise<void> {
  const ready = instances.filter((i) => i.title !== null).map((i) => byId.get(i.id)!);
  for (const el of ready) {
    if (el.localName === 'hcx-dashboard') continue;
    const root = shadowOf(el);
    // Table view and back, through the toolbar button a user would press.
    const tableButton = root.querySelector<HTMLButtonElement>('[part="toolbar"] button[aria-pressed]');
    tableButton?.click();
    await settle(el);
    tableButton?.click();
    await settle(el);
    if (!el.toCSV?.() || !el.toSVG?.()) throw new Error(`${el.id}: toCSV() or toSVG() returned nothing`);
    // Keyboard: every tab stop in the plot, arrows and Enter.
    for (const stop of [...root.querySelectorAll<HTMLElement | SVGElement>('[part="plot"] [tabindex="0"], [part="plot"][tabindex="0"]')].slice(0, 3)) {
      stop.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'End', 'Home', 'Enter', 'Escape']) {
        fire(stop, 'keydown', { key });
        fire(stop, 'keyup', { key });
      }
      await settle(el);
    }
    // Pointer: hover across the plot where a user's mouse would be (tooltips), then click.
    const plot = root.querySelector('[part="plot"]');
    const box = plot?.getBoundingClientRect();
    if (plot && box && box.width > 0) {
      el.scrollIntoView({ block: 'center' });
      const area = plot.getBoundingClientRect();
      for (const fy of [0.35, 0.65]) {
        for (let i = 1; i <= 6; i++) {
          const x = area.left + (area.width * i) / 7;
          const y = area.top + Math.min(area.height, innerHeight - area.top) * fy;
          const target = root.elementFromPoint(x, y);
          if (!target || !el.shadowRoot!.contains(target)) continue;
          for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) fire(target, type, { clientX: x, clientY: y });
          await el.updateComplete;
        }
      }
      const last = root.elementFromPoint(area.left + area.width / 2, area.top + Math.min(area.height, innerHeight - area.top) / 2);
      if (last && el.shadowRoot!.contains(last)) {
        fire(last, 'click');
        for (const type of ['pointerout', 'pointerleave', 'mouseout', 'mouseleave']) fire(last, type);
      }
      await settle(el);
    }
    el.blur();
  }
  for (const theme of ['dark', 'high-contrast', 'auto']) {
    for (const el of ready) el.theme = theme;
    for (const el of ready) await settle(el);
  }
  for (const el of ready) el.removeAttribute('theme');
  for (const lang of ['zh-Hans', 'zh-Hant', 'fi', 'en']) {
    document.documentElement.lang = lang;
    await frames(2);
    for (const el of ready) await settle(el);
  }
  await frames(3);
}

async function png(): Promise<{ ok: boolean; size?: number; message?: string }> {
  const el = instances.map((i) => byId.get(i.id)!).find((e) => e.localName !== 'hcx-dashboard' && stateOf(e) === 'ready');
  if (!el?.toPNG) return { ok: false, message: 'no widget to export' };
  try {
    const blob = await el.toPNG();
    return { ok: true, size: blob.size };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** One forbidden thing, to prove the recorder would catch the same from a widget. */
async function canary(kind: string): Promise<void> {
  const div = document.createElement('div');
  document.body.append(div);
  try {
    if (kind === 'style-attr') div.setAttribute('style', 'color: red');
    if (kind === 'innerhtml') div.innerHTML = '<b>not trusted</b>';
    if (kind === 'inline-handler') {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = 1');
      img.src = '/no-such-image.png';
      div.append(img);
    }
    if (kind === 'eval') (0, eval)('window.__pwned = 1');
  } catch {
    // Trusted Types throws on innerHTML; the violation event is what the test checks.
  }
  await new Promise((r) => setTimeout(r, 300));
}

async function start(): Promise<void> {
  if (params.get('hostile') === '1') {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = './hostile.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error('hostile.css did not load'));
    });
    document.head.append(link);
    await loaded;
  }
  let target: ParentNode = document.getElementById('built')!;
  if (params.get('container') === 'shadow') {
    if (!customElements.get('x-portal')) customElements.define('x-portal', PortalHost);
    const portal = document.createElement('x-portal');
    portal.setAttribute('lang', 'en');
    (target as Element).append(portal);
    // A wrapper inside the shadow root, so tests can set lang on an ancestor that is itself in a shadow tree.
    const inner = document.createElement('div');
    inner.id = 'inner';
    portal.shadowRoot!.append(inner);
    target = inner;
  }
  const bundleUrl: string = '/dist/hcx-widgets.js';
  await import(/* @vite-ignore */ bundleUrl);
  api.tags = WIDGETS.map((w) => w.tag).filter((t) => customElements.get(t));
  await build(target);
  if (params.get('only') !== 'data') await adoptInline();
  await waitForAll();
}

const api: EmbedPageApi = {
  recorders,
  ready: Promise.resolve(),
  tags: [],
  instances,
  element: (id) => {
    const el = byId.get(id);
    if (!el) throw new Error(`no instance ${id}`);
    return el;
  },
  exercise,
  png,
  canary,
};
api.ready = start();
window.hcxPage = api;
