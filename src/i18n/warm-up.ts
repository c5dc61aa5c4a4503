import { formatter } from './format.js';
import type { Locale } from './locale.js';
import { pluralCategory } from './messages.js';

/**
 * Creates the Intl formatters every widget uses, into the shared caches of `format.ts` and
 * `messages.ts`. The first formatter of a page loads the browser's ICU data: in the
 * benchmark, a widget created and given its data in one task paid 35–67 ms for that in its
 * first render. Called in idle time, it moves that cost out of the render.
 */
export function warmUpIntl(locale: Locale): void {
  const f = formatter(locale);
  for (let digits = 0; digits <= 3; digits++) f.number(1.5, digits);
  f.percent(0.5, 1);
  f.signed(1.5, 1);
  // Date-only ISO strings, as the x values and periods of nearly every document.
  for (const style of ['medium', 'month', 'short'] as const) f.date('2024-01-01', style);
  f.list(['a', 'b']);
  pluralCategory(locale, 2);
}
