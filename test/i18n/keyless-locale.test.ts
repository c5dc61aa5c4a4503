import { expect } from '@open-wc/testing';
import { defineMessages, localeTable, type Messages } from '../../src/i18n/messages.js';

// The build ships each locale's strings as an array in the sorted order of the keys
// (scripts/keyless-locales.mjs; test/node/keyless-locales.test.mjs checks the chunks). English
// declares its keys in any order: sorting, not declaration order, must line the two up.
type Key = 'unit.min' | 'alert.message' | 'label.mean';
const en: Messages<Key> = { 'unit.min': 'min', 'alert.message': '{title}: {detail}.', 'label.mean': 'Mean' };
const fi: Messages<Key> = { 'unit.min': 'min', 'alert.message': '{title}: {detail}.', 'label.mean': 'Keskiarvo' };
// Sorted keys: alert.message, label.mean, unit.min.
const fiKeyless = ['{title}: {detail}.', 'Keskiarvo', 'min'];

describe('locale strings without keys', () => {
  it('zips an array with the sorted English keys', () => {
    expect(localeTable(fiKeyless, en)).to.deep.equal(fi);
  });

  it('keeps an object (sources, tests, Storybook) as it is', () => {
    expect(localeTable(fi, en)).to.equal(fi);
  });

  it('refuses an array that does not fit the English keys', () => {
    expect(localeTable(fiKeyless.slice(1), en)).to.equal(null);
    expect(localeTable([...fiKeyless, 'extra'], en)).to.equal(null);
  });

  it('loads a keyless chunk into the catalogue, and shows English for one that does not fit', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const catalogue = defineMessages<Key>(en, {
        fi: async () => ({ default: fiKeyless }),
        'zh-Hans': async () => ({ default: ['only one'] }),
        'zh-Hant': async () => ({ default: fi }),
      });
      await Promise.all([catalogue.load('fi'), catalogue.load('zh-Hans'), catalogue.load('zh-Hant')]);
      expect(catalogue.get('fi')).to.deep.equal(fi);
      expect(catalogue.get('zh-Hans')).to.equal(en);
      expect(catalogue.get('zh-Hant')).to.equal(fi);
      expect(warnings.map((w) => String(w[0]))).to.deep.equal(['[hcx-widgets] the zh-Hans strings could not be loaded; showing English']);
    } finally {
      console.warn = warn;
    }
  });
});
