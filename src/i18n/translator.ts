import { baseMessages, type BaseMessageKey } from './base-messages.js';
import { formatter, type Formatter } from './format.js';
import type { Locale } from './locale.js';
import { fill, pluralCategory, type Catalogue, type Params } from './messages.js';

/**
 * Looks strings up in a widget's catalogue, then the shell's, in one locale. Missing keys
 * (or a locale whose strings are not loaded) fall back to English, then to the key itself
 * (visible in review, never a crash). Elements load the locale before they render.
 */
export class Translator<K extends string = string> {
  readonly format: Formatter;
  constructor(readonly locale: Locale, private readonly catalogue?: Catalogue<K>) {
    this.format = formatter(locale);
  }

  /** The string for `key` with `{placeholders}` filled. */
  t(key: K | BaseMessageKey, params?: Params): string {
    return fill(this.lookup(key as string) ?? String(key), params);
  }

  /** Picks `key.one` / `key.other` (CLDR plural category of `count`), with `{count}` formatted. */
  plural(key: K | BaseMessageKey, count: number, params: Params = {}): string {
    const category = pluralCategory(this.locale, count);
    const template = this.lookup(`${String(key)}.${category}`) ?? this.lookup(`${String(key)}.other`) ?? String(key);
    return fill(template, { count: this.format.number(count, 0), ...params });
  }

  private lookup(key: string): string | undefined {
    const own = this.catalogue as Catalogue<string> | undefined;
    const base = baseMessages as Catalogue<string>;
    return own?.get(this.locale)?.[key] ?? base.get(this.locale)?.[key] ?? own?.en[key] ?? base.en[key];
  }
}
