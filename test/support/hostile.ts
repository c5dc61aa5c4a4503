/**
 * Hostile text for labels: markup that would run script if any widget put a label into the
 * DOM as HTML (`innerHTML`, `unsafeHTML`) instead of as text. Each sets `window.__pwned`.
 */
export const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

export const HOSTILE_STRINGS: readonly string[] = [
  HOSTILE_LABEL,
  '<svg onload="window.__pwned=3"></svg>',
  '"><img src=x onerror=window.__pwned=4>',
  "'); window.__pwned=5; ('",
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__pwned=6")()}}',
  'javascript:window.__pwned=7',
  '\u202e\u0000\ud800 bidi, NUL and a lone surrogate',
];

/** Fields that hold human-readable text in every kind (ids and references are left alone). */
const TEXT_KEYS = new Set(['title', 'subtitle', 'source', 'label', 'note']);

/** A copy of `doc` with every text field replaced by `label` (ids untouched, so it stays valid). */
export function hostileLabels<T>(doc: T, label: string = HOSTILE_LABEL): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, TEXT_KEYS.has(k) && typeof v === 'string' ? label : walk(v)]));
    }
    return value;
  };
  return walk(doc) as T;
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/**
 * Elements inside widget shadow roots (under `root`, at any depth) that only a label put in
 * as markup could have created. Light DOM is not searched: pages have their own scripts.
 */
export function injectedElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const shadows = (node: ParentNode): ShadowRoot[] => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  const queue = [...(root instanceof Element && root.shadowRoot ? [root.shadowRoot] : []), ...shadows(root)];
  while (queue.length) {
    const shadow = queue.shift()!;
    // Widgets adopt their stylesheets and draw no images, so any of these came from a label.
    found.push(...shadow.querySelectorAll('img, script, iframe, object, embed, style, [onerror], [onload], [onclick]'));
    queue.push(...shadows(shadow));
  }
  return found;
}
