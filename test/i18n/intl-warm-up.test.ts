import { expect } from '@open-wc/testing';
import { formatter } from '../../src/i18n/format.js';
import { pluralCategory } from '../../src/i18n/messages.js';
import { warmUpIntl } from '../../src/i18n/warm-up.js';

/** How many Intl formatters `use` creates. */
function constructions(use: () => void): number {
  const { NumberFormat, DateTimeFormat, PluralRules } = Intl;
  let count = 0;
  const counting = <T extends new (...args: never[]) => object>(Original: T): T =>
    new Proxy(Original, { construct: (target, args) => (count++, Reflect.construct(target, args)) });
  Object.assign(Intl, { NumberFormat: counting(NumberFormat), DateTimeFormat: counting(DateTimeFormat), PluralRules: counting(PluralRules) });
  try {
    use();
  } finally {
    Object.assign(Intl, { NumberFormat, DateTimeFormat, PluralRules });
  }
  return count;
}

const firstRenderFormats = (locale: 'fi' | 'zh-Hant' | 'zh-Hans') => () => {
  const f = formatter(locale);
  f.number(41.3, 1);
  f.number(3, 0);
  f.percent(0.989, 1);
  f.signed(-1.5, 1);
  f.date('2024-06-03', 'medium');
  f.date('2024-06-03', 'short');
  f.date('2024-06-03', 'month');
  pluralCategory(locale, 12);
};

describe('Intl warm-up', () => {
  it('leaves the formatters a first render uses in the shared caches', () => {
    expect(constructions(firstRenderFormats('zh-Hans')), 'cold').to.be.greaterThan(5);
    warmUpIntl('fi');
    expect(constructions(firstRenderFormats('fi')), 'after warmUpIntl("fi")').to.equal(0);
  });

  it('runs for the page language once the library is loaded and the page is idle', async () => {
    document.documentElement.lang = 'zh-Hant';
    await import('../../src/base/hcx-element.js');
    // Idle callbacks run in the order they were asked for: the library asked first.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    expect(constructions(firstRenderFormats('zh-Hant'))).to.equal(0);
  });
});
