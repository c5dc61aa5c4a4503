import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './probe-widget.js';
import type { ProbeWidget } from './probe-widget.js';
import { normalizeLocale } from '../../src/i18n/locale.js';
import { shadow, validDoc } from './fixtures.js';

describe('locale resolution and switching', () => {
  it('maps BCP 47 tags to the shipped locales', () => {
    expect(normalizeLocale('zh-CN')).to.equal('zh-Hans');
    expect(normalizeLocale('zh')).to.equal('zh-Hans');
    expect(normalizeLocale('zh-TW')).to.equal('zh-Hant');
    expect(normalizeLocale('zh-Hant-HK')).to.equal('zh-Hant');
    expect(normalizeLocale('zh-Hans-HK')).to.equal('zh-Hans');
    expect(normalizeLocale('fi-FI')).to.equal('fi');
    expect(normalizeLocale('sv-FI')).to.equal('en');
    expect(normalizeLocale(undefined)).to.equal('en');
  });

  it('uses lang on the element, then an ancestor, then the document', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"><hcx-probe></hcx-probe><hcx-probe lang="zh-TW"></hcx-probe></div>`);
    const [inherited, own] = wrapper.querySelectorAll<ProbeWidget>('hcx-probe');
    // Non-English strings load on first use: each element renders once they are in.
    await Promise.all([inherited.updateComplete, own.updateComplete]);
    expect(inherited.locale).to.equal('fi');
    expect(own.locale).to.equal('zh-Hant');
    expect(shadow(inherited).querySelector('[part="empty"]')?.textContent).to.contain('Ei vielä');
    expect(shadow(own).querySelector('[part="empty"]')?.textContent).to.contain('暫無資料');
  });

  it('switches language live when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><hcx-probe></hcx-probe></div>`);
    const el = wrapper.querySelector<ProbeWidget>('hcx-probe')!;
    el.data = { ...validDoc(), points: [{ x: '2024-03-01', value: 1234.5 }] };
    el.view = 'table';
    await el.updateComplete;
    expect(shadow(el).querySelector('tbody td')?.textContent).to.equal('1,234.5');
    wrapper.setAttribute('lang', 'fi');
    await waitUntil(() => el.locale === 'fi');
    await el.updateComplete;
    // Finnish groups with a narrow no-break space and uses a decimal comma.
    expect(shadow(el).querySelector('tbody td')?.textContent).to.equal('1\u00a0234,5');
    expect(shadow(el).querySelector('tbody th')?.textContent).to.contain('2024');
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(() => el.locale === 'zh-Hans');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="toolbar"]')?.textContent).to.contain('表格');
  });

  it('localizes contract problems', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe lang="zh-Hans"></hcx-probe>`);
    el.data = { ...validDoc(), points: [{ x: '2024-01-01', value: 'abc' }] } as never;
    await el.updateComplete;
    const text = shadow(el).querySelector('[part="error"]')!.textContent!;
    expect(text).to.contain('无法显示此图表');
    expect(text).to.contain('points[0].value');
    expect(text).to.contain('实际为 "abc"');
  });
});
