import type { Locale } from './locale.js';

export type Params = Record<string, string | number>;
/** One catalogue: the same keys in every shipped locale (the compiler checks it). */
export type Catalogue<K extends string> = Record<Locale, Record<K, string>>;

/** Declares a catalogue; `en` defines the keys and every other locale must have them all. */
export function defineMessages<K extends string>(catalogue: { en: Record<K, string> } & Record<Exclude<Locale, 'en'>, Record<K, string>>): Catalogue<K> {
  return catalogue;
}

/** Fills `{name}` placeholders. Values are already formatted by the caller through Intl. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** CLDR plural category of `n` in `locale` (`one`, `other`, …). */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}
