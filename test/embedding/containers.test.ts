import { expect } from '@open-wc/testing';
import { openPage, type PageHandle } from '../support/frame.js';
import { summarize } from '../support/recorders.js';
import { notRendered, settle, until, type WidgetElement } from '../support/widget.js';
import type { EmbedPageApi } from './pages/embed.js';

/**
 * Widgets inside an iframe (its own document, size and language) and inside another
 * component's shadow root (events cross it, lang and --hcx-* tokens are inherited through it).
 */
const PAGE = '/test/embedding/pages/embed.html?only=data';

type Localized = WidgetElement & { locale?: string };

/** Widgets that rendered; `fed`: only those given their document directly (not by a dashboard). */
const widgetsOf = (handle: PageHandle<EmbedPageApi>, fed = false) =>
  handle.page.instances.filter((i) => i.title !== null && (!fed || i.how === 'data')).map((i) => handle.page.element(i.id) as Localized);

function expectClean(handle: PageHandle<EmbedPageApi>): void {
  const r = handle.page.recorders;
  expect(r.errors.concat(r.rejections, r.consoleErrors), summarize(r)).to.deep.equal([]);
}

describe('embedding: inside an iframe', function () {
  this.timeout(60000);

  for (const width of [360, 900]) {
    it(`fits a ${width}px iframe: every widget renders within it, with no horizontal page overflow`, async () => {
      const handle = await openPage<EmbedPageApi>(PAGE, { width, height: 600 });
      try {
        for (const instance of handle.page.instances) {
          const el = handle.page.element(instance.id);
          if (instance.title !== null) expect(notRendered(el, instance.title), instance.id).to.equal('');
          expect(el.getBoundingClientRect().width, `${instance.id} fits`).to.be.at.most(handle.win.innerWidth);
        }
        expect(handle.doc.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(handle.win.innerWidth);
        expectClean(handle);
      } finally {
        handle.close();
      }
    });
  }

  it('follows the iframe document’s lang, not the top window’s', async () => {
    const handle = await openPage<EmbedPageApi>(PAGE);
    try {
      document.documentElement.lang = 'en';
      handle.doc.documentElement.lang = 'fi';
      const localized = widgetsOf(handle).filter((el) => 'locale' in el);
      expect(localized.length).to.be.greaterThan(0);
      await until(() => localized.every((el) => el.locale === 'fi'), 'widgets switch to Finnish', 5000);
      for (const el of localized) {
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="toolbar"]')?.textContent, el.id).to.contain('Taulukko');
      }
      expectClean(handle);
    } finally {
      handle.close();
    }
  });

  it('events reach the iframe’s document, not the top window', async () => {
    const handle = await openPage<EmbedPageApi>(PAGE);
    try {
      const inFrame: string[] = [];
      const onTop: string[] = [];
      handle.doc.addEventListener('hcx-data-load', (e) => inFrame.push((e.target as Element).id));
      const topListener = (e: Event) => onTop.push((e.target as Element).id);
      document.addEventListener('hcx-data-load', topListener);
      for (const el of widgetsOf(handle, true)) {
        el.data = { ...(el.data as object), title: 'Updated in the frame' };
        await settle(el);
      }
      document.removeEventListener('hcx-data-load', topListener);
      expect(inFrame.sort()).to.deep.equal(widgetsOf(handle, true).map((el) => el.id).sort());
      expect(onTop).to.deep.equal([]);
    } finally {
      handle.close();
    }
  });
});

describe('embedding: inside another component’s shadow root', function () {
  this.timeout(60000);
  let handle: PageHandle<EmbedPageApi>;
  let portal: HTMLElement;
  before(async () => {
    handle = await openPage<EmbedPageApi>(`${PAGE}&container=shadow`);
    portal = handle.doc.querySelector('x-portal')!;
  });
  after(() => handle.close());

  it('renders every widget inside the shadow root', () => {
    const widgets = widgetsOf(handle);
    expect(widgets.length).to.be.greaterThan(0);
    for (const el of widgets) {
      expect(el.getRootNode(), `${el.id} is in the portal's shadow root`).to.equal(portal.shadowRoot);
      expect(notRendered(el, handle.page.instances.find((i) => i.id === el.id)!.title!), el.id).to.equal('');
    }
    expectClean(handle);
  });

  it('events cross the shadow boundary (bubbling, composed) and reach the page retargeted to the host', async () => {
    const seen: { target: EventTarget | null; origin: string }[] = [];
    const listener = (e: Event) => seen.push({ target: e.target, origin: (e as CustomEvent<{ origin: string }>).detail.origin });
    handle.doc.addEventListener('hcx-data-load', listener);
    const widgets = widgetsOf(handle, true);
    for (const el of widgets) {
      el.data = { ...(el.data as object), title: 'Updated inside a shadow root' };
      await settle(el);
    }
    handle.doc.removeEventListener('hcx-data-load', listener);
    expect(seen.length).to.equal(widgets.length);
    for (const event of seen) expect(event.target).to.equal(portal);
  });

  it('follows lang set on the host, and on an ancestor inside the shadow root', async () => {
    const localized = widgetsOf(handle).filter((el) => 'locale' in el);
    portal.setAttribute('lang', 'zh-Hant');
    await until(() => localized.every((el) => el.locale === 'zh-Hant'), 'widgets follow the host’s lang', 5000);
    portal.shadowRoot!.getElementById('inner')!.setAttribute('lang', 'fi');
    await until(() => localized.every((el) => el.locale === 'fi'), 'widgets follow lang on an ancestor inside the shadow root', 5000);
  });

  it('inherits --hcx-* tokens through the shadow root', async () => {
    portal.style.setProperty('--hcx-color-accent', 'rgb(1, 2, 3)');
    for (const el of widgetsOf(handle)) {
      await settle(el);
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(handle.win.getComputedStyle(base).getPropertyValue('--_accent').trim(), el.id).to.equal('rgb(1, 2, 3)');
    }
  });
});
