import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { controlChartRehearsal } from '../../src/components/control-chart/rehearsal.js';
import { collect, shadowOf, type WidgetElement } from '../support/widget.js';
import { exampleDocument, WIDGET_BY_KIND } from '../support/widgets.js';
import { ProbeWidget } from './probe-widget.js';
import { validDoc } from './fixtures.js';

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Longer than `whenIdle`'s deadline (1 s) twice over: formatters, then the rehearsal. */
const pastIdleDeadlines = () => new Promise((resolve) => setTimeout(resolve, 2500));

/** Each test gets its own widget class: a class rehearses once per page. */
let classes = 0;
function rehearsingProbe(): string {
  const tag = `hcx-rehearsing-probe-${++classes}`;
  customElements.define(
    tag,
    class extends ProbeWidget {
      protected override rehearsalDocument() {
        return controlChartRehearsal();
      }
    },
  );
  return tag;
}

type Spied = WidgetElement & { analysed: string[]; updateComplete: Promise<boolean> };

/** A widget not yet on the page whose `analyse` records the title of every document it analyses. */
function spied(tag: string): Spied {
  const el = document.createElement(tag) as Spied & { analyse(doc: { title: string }): unknown };
  const analyse = el.analyse;
  el.analysed = [];
  el.analyse = (doc) => {
    el.analysed.push(doc.title);
    return analyse.call(el, doc);
  };
  return el;
}

const EVENTS = ['hcx-data-load', 'hcx-data-error', 'hcx-alert', 'hcx-select'];
const markup = (el: Element) => shadowOf(el).innerHTML.replace(/<!--[^]*?-->/g, '');

describe('HcxElement: rehearsal before the first data', () => {
  it('draws its rehearsal document once, off-screen, while it waits for data', async () => {
    const tag = rehearsingProbe();
    const el = spied(tag);
    const events = EVENTS.map((type) => collect(el, type));
    await fixture(html`${el}`);
    const empty = markup(el);
    await waitUntil(() => el.analysed.length > 0, 'no rehearsal ran', { timeout: 4000 });
    expect(el.analysed).to.deep.equal(['rehearsal']);
    expect(el.state).to.equal('empty');
    expect((el as unknown as ProbeWidget).analysis).to.equal(null);
    expect(el.toSVG!(), 'nothing to export').to.equal('');
    await frames(3);
    expect(markup(el), 'the page shows nothing of it').to.equal(empty);
    expect(events.flat()).to.deep.equal([]);

    const second = spied(tag);
    document.body.append(second);
    await pastIdleDeadlines();
    expect(second.analysed, 'one rehearsal per widget class and page').to.deep.equal([]);
    second.remove();
  });

  it('keeps its drawing hidden and inert through one drawn frame, and drops it at once when data comes', async () => {
    const tag = rehearsingProbe();
    const el = spied(tag);
    // A mutation observer runs right after the rehearsal's task, before any frame: the drawing is still there.
    let stage: HTMLElement | null = null;
    let exported: string | null = null;
    const observer = new MutationObserver(() => {
      stage ??= shadowOf(el).querySelector<HTMLElement>('.rehearsal');
      if (!stage || exported !== null) return;
      exported = el.toSVG!();
      el.data = validDoc();
    });
    await fixture(html`${el}`);
    observer.observe(shadowOf(el), { childList: true });
    await waitUntil(() => el.analysed.length > 1, 'no rehearsal ran', { timeout: 4000 });
    observer.disconnect();
    expect(el.analysed).to.deep.equal(['rehearsal', validDoc().title]);
    expect(stage, 'the rehearsal drew into the shadow root').to.not.equal(null);
    expect(stage!.inert).to.equal(true);
    expect(exported, 'nothing to export before the data').to.equal('');
    expect(stage!.isConnected, 'removed as the data came').to.equal(false);
    await el.updateComplete;
    expect(shadowOf(el).querySelectorAll('.rehearsal')).to.have.length(0);
    expect(shadowOf(el).querySelectorAll('[part="plot"]')).to.have.length(1);
  });

  it('does not rehearse when the data is drawn first', async () => {
    const el = spied(rehearsingProbe());
    el.data = validDoc();
    document.body.append(el);
    await el.updateComplete;
    await pastIdleDeadlines();
    expect(el.analysed).to.deep.equal([validDoc().title]);
    el.remove();
  });

  it('does not rehearse when the data arrives before the page is idle', async () => {
    const el = spied(rehearsingProbe());
    await fixture(html`${el}`);
    el.data = validDoc();
    await el.updateComplete;
    await pastIdleDeadlines();
    expect(el.analysed).to.deep.equal([validDoc().title]);
  });

  for (const entry of WIDGET_BY_KIND.values()) {
    it(`<${entry.tag}> rehearses without a warning and then draws data exactly as without rehearsal`, async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const doc = await exampleDocument(entry);
        const rehearsed = spied(entry.tag);
        const plain = spied(entry.tag);
        const box = await fixture<HTMLElement>(html`<div style="width: 900px">${rehearsed}${plain}</div>`);
        await waitUntil(() => rehearsed.analysed.length + plain.analysed.length > 0, 'no rehearsal ran', { timeout: 4000 });
        await pastIdleDeadlines();
        // The first to go idle rehearsed for its class; the other did not.
        const [first, other] = rehearsed.analysed.length ? [rehearsed, plain] : [plain, rehearsed];
        expect(first.analysed).to.deep.equal(['rehearsal']);
        expect(other.analysed).to.deep.equal([]);
        expect(warnings, 'the rehearsal failed').to.deep.equal([]);

        for (const el of [first, other]) el.data = structuredClone(doc);
        await Promise.all([first.updateComplete, other.updateComplete]);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await Promise.all([first.updateComplete, other.updateComplete]);
        expect(first.state).to.equal('ready');
        expect(markup(first)).to.equal(markup(other));
        const analysisOf = (el: WidgetElement) => (el as unknown as { analysis: unknown }).analysis;
        expect(analysisOf(first)).to.deep.equal(analysisOf(other));
        const svgOf = (el: WidgetElement) => (el as unknown as { toSVG(): string }).toSVG();
        expect(svgOf(first)).to.equal(svgOf(other));
        box.remove();
      } finally {
        console.warn = warn;
      }
    });
  }
});
