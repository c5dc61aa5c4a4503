import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { installStoryFetch } from '../stories/support/story-fetch.js';

// API tables (properties, events, parts, CSS properties, slots) come from the generated manifest.
setCustomElementsManifest(manifest);
installStoryFetch();

const backgrounds: Record<string, string> = { light: '#f3f5f7', dark: '#0e1114', 'high-contrast': '#000000' };

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'fi', title: 'Suomi' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    // Locale and theme reach every widget through an <hcx-dashboard> without data, the same
    // way an intranet page sets them; a story's own lang/theme attributes still win.
    (story, context) => {
      const theme = (context.args.theme as string | undefined) ?? context.globals.theme ?? 'light';
      const locale = (context.args.lang as string | undefined) ?? context.globals.locale ?? 'en';
      return html`<div lang=${locale} style="background:${backgrounds[theme] ?? backgrounds.light};padding:1rem;min-height:100%">
        <hcx-dashboard theme=${theme} hide-title style="--hcx-dashboard-column:100%">${story()}</hcx-dashboard>
      </div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
    a11y: { test: 'error' },
  },
};

export default preview;
