import type { Locale } from './locale.js';

export type Params = Record<string, string | number>;
/** The strings of one locale: exactly the catalogue's keys. */
export type Messages<K extends string> = Readonly<Record<K, string>>;
/** The locales besides English; each lives in its own module, loaded on first use. */
export type LoadedLocale = Exclude<Locale, 'en'>;
/**
 * `() => import('./messages/fi.js')`: a locale module whose default export is its strings. The
 * build ships them as an array in the sorted order of the keys (scripts/keyless-locales.mjs).
 */
export type LocaleLoader<K extends string> = () => Promise<{ default: Messages<K> | readonly string[] }>;

/** A locale's strings as the catalogue keeps them; `null` when a keyless array does not fit `en`. */
export function localeTable<K extends string>(strings: Messages<K> | readonly string[], en: Messages<K>): Messages<K> | null {
  if (!Array.isArray(strings)) return strings as Messages<K>;
  const keys = Object.keys(en).sort() as K[];
  if (strings.length !== keys.length) return null;
  return Object.fromEntries(keys.map((key, i) => [key, strings[i]])) as Record<K, string>;
}

/**
 * One catalogue: English in the main code (it is also the fallback), every other locale
 * loaded by `import()` the first time an element needs it, so an English page never
 * downloads Chinese or Finnish. Loaded strings stay cached with the catalogue (one per
 * module, so every element of the page shares them).
 */
export class Catalogue<K extends string> {
  private readonly tables = new Map<Locale, Messages<K>>();
  private readonly pending = new Map<Locale, Promise<void>>();

  constructor(
    readonly en: Messages<K>,
    private readonly loaders: Readonly<Record<LoadedLocale, LocaleLoader<K>>>,
  ) {
    this.tables.set('en', en);
  }

  /** The strings of `locale`, or `undefined` while they are not loaded. */
  get(locale: Locale): Messages<K> | undefined {
    return this.tables.get(locale);
  }

  /**
   * `null` when `locale` is ready to render; otherwise a promise that settles (never
   * rejects) once it is. A chunk that fails to load leaves English in its place: the
   * widget must still work, and the failure is not retried on every render.
   */
  load(locale: Locale): Promise<void> | null {
    if (this.tables.has(locale)) return null;
    let loading = this.pending.get(locale);
    if (!loading) {
      const english = (problem: unknown) => {
        console.warn(`[hcx-widgets] the ${locale} strings could not be loaded; showing English`, problem);
        this.tables.set(locale, this.en);
      };
      loading = this.loaders[locale as LoadedLocale]().then((module) => {
        const table = localeTable(module.default, this.en);
        if (table) this.tables.set(locale, table);
        else english('their number does not match the English strings (a chunk from another build?)');
      }, english);
      this.pending.set(locale, loading);
    }
    return loading;
  }
}

/** Declares a catalogue: `en` defines the keys; each other locale's module must have them all. */
export function defineMessages<K extends string>(en: Messages<K>, loaders: Record<LoadedLocale, LocaleLoader<K>>): Catalogue<K> {
  return new Catalogue(en, loaders);
}

/** `null` when every catalogue has `locale` loaded, else a promise settling when they all do. */
export function whenLoaded(locale: Locale, catalogues: readonly (Catalogue<string> | undefined)[]): Promise<unknown> | null {
  const loading = catalogues.map((c) => c?.load(locale)).filter((p) => p);
  return loading.length ? Promise.all(loading) : null;
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
