/**
 * Checks of the shell every widget shares (its states, the narrow column, the SVG export),
 * written once. Each widget's shell.test.ts calls them with its tag and fixtures and keeps
 * the checks that are its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { errorViewText, shadowOf, type WidgetElement } from './widget.js';

export interface ShellStatesCase<E extends WidgetElement> {
  tag: string;
  /** A document with problems, and the path of every problem the error view must name. */
  invalid: { doc: unknown; paths: string[] };
  /** A valid document, a new copy each call (the stale check changes its version). */
  valid: () => object;
  /** The widget's own proof that the stale view still shows `valid()`. */
  lastGood: (el: E) => void;
}

/**
 * One test: the widget is accessible when empty, loading, in error (its error view naming
 * every problem) and stale (an invalid update after `valid()` keeps the last good data and
 * lists the problem).
 */
export function itIsAccessibleInEveryState<E extends WidgetElement>(c: ShellStatesCase<E>): void {
  it('is accessible when loading, empty, in error and stale', async () => {
    const el = await fixture<E>(html`${document.createElement(c.tag)}`);
    expect(el.state).to.equal('empty');
    expect(shadowOf(el).querySelector('[part="empty"]'), 'the empty view').to.not.equal(null);
    await expect(el).to.be.accessible();
    el.src = '/api/test/echo?delay=5000&body=%7B%7D';
    await waitUntil(() => el.state === 'loading');
    await expect(el).to.be.accessible();
    el.removeAttribute('src');
    el.src = undefined;
    el.data = c.invalid.doc;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.errors.map((e) => e.path)).to.have.members(c.invalid.paths);
    for (const path of c.invalid.paths) expect(errorViewText(el), 'the error view names every problem').to.contain(path);
    await expect(el).to.be.accessible();
    el.data = c.valid();
    await el.updateComplete;
    el.data = { ...c.valid(), version: 2 };
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(errorViewText(el), 'the stale view lists the problem').to.contain('version');
    c.lastGood(el);
    await expect(el).to.be.accessible();
  });
}

/**
 * At `width` px: the host is that wide, nothing widens it, and the shell's `.base` has no
 * sideways overflow. Returns the host's box for further checks.
 */
export function expectFitsWidth(el: HTMLElement, width: number): DOMRect {
  const host = el.getBoundingClientRect();
  expect(host.width).to.equal(width);
  expect(el.scrollWidth).to.be.at.most(width);
  const base = shadowOf(el).querySelector<HTMLElement>('.base')!;
  expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  return host;
}

/**
 * Every drawn box in `.base` lies inside the host's right edge (and its left edge with
 * `left`), except those inside `skip` (screen-reader text, a scroller that scrolls by design).
 */
export function expectInsideHost(el: HTMLElement, skip: string, { left = false } = {}): void {
  const host = el.getBoundingClientRect();
  for (const node of shadowOf(el).querySelectorAll<HTMLElement>('.base *')) {
    if (node.closest(skip)) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    const what = `${node.tagName}.${node.getAttribute('class')} stays inside`;
    expect(r.right, what).to.be.at.most(host.right + 0.5);
    if (left) expect(r.left, what).to.be.at.least(host.left - 0.5);
  }
}

/** Every element matching `selector` in the shadow root has a font size of at least `px`. */
export function expectFontAtLeast(el: HTMLElement, selector: string, px = 11): void {
  for (const node of shadowOf(el).querySelectorAll(selector)) {
    expect(parseFloat(getComputedStyle(node).fontSize), node.textContent ?? '').to.be.at.least(px);
  }
}

/** `el.toSVG()` parsed: a standalone SVG file (XML prolog) that parses without error. */
export function parsedExport(el: WidgetElement): Document {
  const out = el.toSVG!();
  expect(out.startsWith('<?xml')).to.equal(true);
  expect(out, 'no Lit template markers or other comments').not.to.include('<!--');
  const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).to.equal(null);
  return doc;
}

/** The text of every `<text>` in an exported SVG, joined by `separator`. */
export const exportedText = (doc: Document, separator = ' ') => [...doc.querySelectorAll('text')].map((t) => t.textContent).join(separator);
