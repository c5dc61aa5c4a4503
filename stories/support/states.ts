import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { echoUrl } from './story-fetch.js';

/**
 * The stories every widget has for the shell it shares (locales, themes, a narrow column and
 * the four states). Storybook finds stories only by reading `export const Name = …` in the
 * stories file, so each file still exports these by name: `export const Loading = shell.Loading;`.
 */
export const SHELL_STORIES = [
  'SimplifiedChinese',
  'TraditionalChinese',
  'Finnish',
  'English',
  'Dark',
  'HighContrast',
  'ForcedColorsNote',
  'NarrowColumn',
  'Loading',
  'Empty',
  'ErrorState',
  'Stale',
] as const;
export type ShellStoryName = (typeof SHELL_STORIES)[number];

export interface ShellStoryOptions<A> {
  tag: string;
  /** A `src` that loads good data: the Stale story shows it before the bad update. */
  sample: string;
  /** A document with several problems: the ErrorState story lists them, the Stale story refreshes to it. */
  invalid: Record<string, unknown>;
  /** What a story shows better with other args (another example, values printed). */
  args?: Partial<Record<ShellStoryName, Partial<A>>>;
  /** What this widget does in a story (Finnish number formats, what stays apart without colour). */
  notes?: Partial<Record<ShellStoryName, string>>;
}

const COMMON_NOTES: Record<ShellStoryName, string> = {
  SimplifiedChinese: "Simplified Chinese (the toolbar's Locale switch does the same for every story).",
  TraditionalChinese: 'Traditional Chinese.',
  Finnish: 'Finnish: decimal comma, a space before %.',
  English: 'English.',
  Dark: '',
  HighContrast: '',
  ForcedColorsNote:
    'Under Windows High Contrast (`forced-colors: active`) every token maps to a system colour. Emulate it in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors) to check.',
  NarrowColumn: 'A narrow column (400 px).',
  Loading: 'Loading: the request never answers.',
  Empty: 'Empty: `.data=${null}`.',
  ErrorState: 'Error: an invalid document lists every problem with its path.',
  Stale: 'Stale: valid data first, then an invalid update: the last good data stays, marked stale, with the problems listed.',
};

/** The args each story sets; `lang` and `theme` reach the widget through the preview decorator. */
const COMMON_ARGS: Partial<Record<ShellStoryName, Record<string, unknown>>> = {
  SimplifiedChinese: { lang: 'zh-Hans' },
  TraditionalChinese: { lang: 'zh-Hant' },
  Finnish: { lang: 'fi' },
  English: { lang: 'en' },
  Dark: { theme: 'dark' },
  HighContrast: { theme: 'high-contrast' },
  Loading: { src: '/__story__/pending' },
};

/** The shell stories of the widget `options.tag`, by name. */
export function shellStateStories<A>(options: ShellStoryOptions<A>): Record<ShellStoryName, StoryObj<A>> {
  const { tag, sample, invalid } = options;
  const renders: Partial<Record<ShellStoryName, StoryObj<A>>> = {
    // The meta's own render, inside a 400 px column.
    NarrowColumn: { decorators: [(story) => html`<div style="width: 400px">${story()}</div>`] },
    Empty: { render: () => withData(tag, null) },
    ErrorState: { render: () => withData(tag, invalid) },
    Stale: { render: () => staleElement(tag, sample, invalid) },
  };
  const stories = {} as Record<ShellStoryName, StoryObj<A>>;
  for (const name of SHELL_STORIES) {
    const args = { ...COMMON_ARGS[name], ...options.args?.[name] } as Partial<A>;
    const note = options.notes?.[name] ?? COMMON_NOTES[name];
    stories[name] = {
      ...renders[name],
      ...(Object.keys(args).length ? { args } : {}),
      ...(note ? { parameters: { docs: { description: { story: note } } } } : {}),
    };
  }
  return stories;
}

function withData(tag: string, data: unknown): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  el.data = data;
  return el;
}

/**
 * The stale state as a page meets it: `src` loads good data, then a refresh answers with
 * `invalid`. The widget keeps the last good data, marked stale, and lists the problems.
 */
export function staleElement(tag: string, src: string, invalid: Record<string, unknown>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { src?: string };
  el.src = src;
  el.addEventListener(
    'hcx-data-load',
    () => {
      el.src = echoUrl(invalid);
    },
    { once: true },
  );
  return el;
}
