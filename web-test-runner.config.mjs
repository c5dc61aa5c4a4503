// Tests run in the system's Chromium (CHROME_PATH, else the usual Debian/Ubuntu paths):
// tools that download their own browser cannot work on our machines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { embeddingRoutes } from './test/server/embedding-routes.mjs';
import { memoryCommand } from './test/server/memory-command.mjs';
import { testRoutes } from './test/server/routes.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  // Every test page first enables axe's WCAG 2.2 checks that axe ships switched off.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/axe-wcag22.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), memoryCommand()],
  // embeddingRoutes: CSP headers for test/embedding/pages, misbehaving data services, React as ESM.
  middleware: [testRoutes, embeddingRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
