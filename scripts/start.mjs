// `npm start`: the demo intranet page (scripts/serve.mjs, strict CSP) and Storybook for
// designers, side by side. Storybook runs as a child process on its own port because it needs
// inline scripts the demo's CSP forbids; if it fails, the demo keeps running and says so.
// Storybook prints its own "ready" banner with the address it got (the next free port when
// STORYBOOK_PORT is taken).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storybookPort = process.env.STORYBOOK_PORT ?? '6006';
const bin = fileURLToPath(new URL(`../node_modules/.bin/storybook${process.platform === 'win32' ? '.cmd' : ''}`, import.meta.url));

process.env.HCX_STORYBOOK_URL = `http://localhost:${storybookPort}/`;
await import('./serve.mjs');

if (!existsSync(bin)) {
  console.error('  Storybook is not installed (run npm install); the demo runs without it.');
} else {
  const storybook = spawn(bin, ['dev', '-p', storybookPort, '--no-open', '--ci'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  storybook.on('exit', (code) => {
    if (code) console.error(`  Storybook stopped (exit code ${code}); the demo keeps running.`);
  });
  const stop = () => {
    storybook.kill();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
