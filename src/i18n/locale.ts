/** Locales that ship with catalogues. Anything else falls back to English. */
export const LOCALES = ['en', 'zh-Hans', 'zh-Hant', 'fi'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Maps a BCP 47 tag to a shipped locale: `zh-CN`/`zh-SG`/`zh` → zh-Hans, `zh-TW`/`zh-HK`/
 * `zh-MO` → zh-Hant (script subtags win over regions), `fi-FI` → fi, anything else → en.
 */
export function normalizeLocale(tag: string | null | undefined): Locale {
  if (!tag) return 'en';
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const [language] = parts;
  if (language === 'zh') {
    if (parts.includes('hant')) return 'zh-Hant';
    if (parts.includes('hans')) return 'zh-Hans';
    return parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'fi') return 'fi';
  return 'en';
}

/**
 * The `lang` in force for an element: its own, the nearest ancestor's (crossing shadow
 * roots, so a widget inside another component follows the page), else the document's.
 */
export function langOf(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') ?? null;
}
