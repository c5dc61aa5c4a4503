import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { defineMessages, type LocaleLoader, type Messages } from '../../src/i18n/messages.js';
import type { ChartContext } from '../../src/base/hcx-element.js';
import type { ControlChartDocument } from '../../src/contract/control-chart.js';
import { ProbeWidget, type ProbeAnalysis } from './probe-widget.js';
import { shadow, validDoc } from './fixtures.js';

type Key = 'probe.summary';
const ZH_HANT_EMPTY = '暫無資料。';
/** A zh-Hant loader the test resolves by hand; fi fails like a chunk the network lost. */
let releaseZhHant: (strings: Messages<Key>) => void = () => {};
const zhHant: LocaleLoader<Key> = () => new Promise((resolve) => (releaseZhHant = (strings) => resolve({ default: strings })));
const probeMessages = defineMessages<Key>(
  { 'probe.summary': 'Summary in English' },
  {
    'zh-Hans': async () => ({ default: { 'probe.summary': '简体摘要' } }),
    'zh-Hant': zhHant,
    fi: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  },
);

/** The probe with its own catalogue, recording the locale and shell text of every render. */
@customElement('hcx-lazy-locale-probe')
class LazyLocaleProbe extends ProbeWidget {
  protected override readonly catalogue = probeMessages as never;
  renders: string[] = [];
  override render() {
    this.renders.push(`${this.locale}: ${this.translator.t('state.empty')}`);
    return super.render();
  }
  protected override summarize(ctx: ChartContext<ControlChartDocument, ProbeAnalysis>): string {
    return (ctx.t as unknown as { t(key: Key): string }).t('probe.summary');
  }
}

describe('lazily loaded locale strings', () => {
  it('renders nothing until the locale is loaded, then renders it: no English flash', async () => {
    const el = document.createElement('hcx-lazy-locale-probe') as LazyLocaleProbe;
    el.lang = 'zh-Hant';
    el.data = validDoc();
    document.body.append(el);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.renders).to.deep.equal([]);
      releaseZhHant({ 'probe.summary': '繁體摘要' });
      await el.updateComplete;
      expect(el.renders).to.have.length.greaterThan(0);
      expect(new Set(el.renders)).to.deep.equal(new Set([`zh-Hant: ${ZH_HANT_EMPTY}`]));
      expect(shadow(el).querySelector('#summary')?.textContent).to.equal('繁體摘要');
    } finally {
      el.remove();
    }
  });

  it('falls back to English when a locale chunk fails to load, without breaking the widget', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await fixture<LazyLocaleProbe>(html`<hcx-lazy-locale-probe lang="fi" .data=${validDoc()}></hcx-lazy-locale-probe>`);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      // The shell's Finnish strings loaded; the widget's own fell back to English.
      expect(shadow(el).querySelector('[part="toolbar"]')?.textContent).to.contain('Taulukko');
      expect(shadow(el).querySelector('#summary')?.textContent).to.equal('Summary in English');
      expect(String(warnings[0])).to.contain('fi strings could not be loaded');
    } finally {
      console.warn = warn;
    }
  });

  it('switches to a newly loaded locale before the next render', async () => {
    const el = await fixture<LazyLocaleProbe>(html`<hcx-lazy-locale-probe .data=${validDoc()}></hcx-lazy-locale-probe>`);
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal('Summary in English');
    el.renders = [];
    el.lang = 'zh-Hans';
    el.requestUpdate();
    await el.updateComplete;
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal('简体摘要');
    expect(el.renders.length).to.be.greaterThan(0);
    expect(el.renders.every((r) => r.startsWith('zh-Hans: '))).to.equal(true, el.renders.join(' | '));
  });
});
