import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Sample documents for `src=` stories are served from examples/.
  staticDirs: [{ from: '../examples', to: '/examples' }],
  core: { disableTelemetry: true },
};

export default config;
