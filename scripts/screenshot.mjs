// Takes PNG screenshots of the demo page (or any page of this repo) in the system Chromium,
// for looking at what we build: `node scripts/screenshot.mjs [path] [width] [--dark]`.
// Writes .cache/screenshots/<name>-<width>.png (git-ignored) and prints console errors.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const [, , path = '/demo/index.html', widthArg = '1280', ...flags] = process.argv;
const width = Number(widthArg);
const port = 8700 + Math.floor(Math.random() * 200);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: flags.includes('--dark') ? 'dark' : 'light' });
  const problems = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`http://localhost:${port}${path}`);
  if (flags.includes('--lang')) await page.evaluate((l) => (document.documentElement.lang = l), flags[flags.indexOf('--lang') + 1]);
  await page.waitForTimeout(1500);
  mkdirSync('.cache/screenshots', { recursive: true });
  const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  const file = `.cache/screenshots/${name}-${width}${flags.includes('--dark') ? '-dark' : ''}.png`;
  const clip = flags.includes('--select') ? flags[flags.indexOf('--select') + 1] : null;
  if (clip) {
    // One element per file: `--select "section:nth-of-type(2)"`.
    const shot = file.replace(/\.png$/, `-${clip.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.locator(clip).first().screenshot({ path: shot });
    console.log(shot);
  } else {
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  for (const p of problems) console.log(p);
} finally {
  await browser.close();
  server.kill();
}
