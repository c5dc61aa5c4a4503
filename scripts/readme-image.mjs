// Writes docs/control-chart.svg for the README: the demo's waiting-time chart exported with
// the widget's own toSVG() (a vector file, so no screenshot is committed).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const port = 8600 + Math.floor(Math.random() * 100);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://localhost:${port}/demo/index.html`);
  await page.waitForFunction(() => document.querySelector('hcx-control-chart')?.state === 'ready');
  await page.waitForTimeout(500);
  const svg = await page.evaluate(() => document.querySelector('hcx-control-chart').toSVG());
  writeFileSync('docs/control-chart.svg', svg);
  console.log(`docs/control-chart.svg: ${svg.length} bytes`);
} finally {
  await browser.close();
  server.kill();
}
