// Drives headless Chromium: every measurement opens a fresh browser context and page, loads
// one library's page and one workload, and reads the time from the page, the JS heap after a
// forced GC (Chrome DevTools Protocol) and the DOM node count.
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/find-chrome.mjs';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--js-flags=--expose-gc',
];

const VIEWPORT = { width: 1280, height: 1000 };
/**
 * Updates before the memory test's baseline (an even number, so it starts from the first
 * document). 50 were too few for W3: heap snapshots after 50 and 150 updates showed its
 * +100 KB was V8's optimized code (about 330 optimizing compilations of functions that run
 * once per update), not our objects; with `--max-opt=1` the same 100 updates grew 0.1 KB.
 */
export const CHURN_WARMUP = 200;

export function launch() {
  return chromium.launch({ executablePath: findChrome(), args: LAUNCH_ARGS });
}

/** Forces full garbage collections (`passes`; a second one frees what finalizers released), then reads the heap. */
async function heapAfterGC(cdp, passes = 1) {
  for (let i = 0; i < passes; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null };
}

/**
 * Fresh contexts with a blank page and a CDP session. Starting a page (a renderer process) takes
 * half a second or more on a loaded machine, so the next one is opened while the current page
 * is still collecting garbage and closing: never during a timed part, which the next page
 * reaches only after it finished opening and loaded its script.
 */
class PagePool {
  constructor(browser) {
    this.browser = browser;
    this.next = null;
  }
  async open() {
    const context = await this.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    return { context, page, cdp };
  }
  /** Starts opening the next page in the background. */
  refill() {
    if (!this.next) this.next = this.open().catch((error) => ({ error }));
  }
  async take() {
    const slot = (await this.next) ?? (await this.open());
    this.next = null;
    if (slot.error) return this.open();
    return slot;
  }
  async close() {
    const slot = await this.next;
    this.next = null;
    await slot?.context?.close();
  }
}

const pools = new WeakMap();
const poolOf = (browser) => {
  if (!pools.has(browser)) pools.set(browser, new PagePool(browser));
  return pools.get(browser);
};

/** Closes the page opened in advance (before the browser closes). */
export const closePool = (browser) => poolOf(browser).close();

/** Opens `url` in a fresh context; `fn(page, cdp, timed)` runs inside a time limit and calls `timed()` once its timed part is over. */
async function withPage(browser, url, timeoutMs, fn) {
  const pool = poolOf(browser);
  const { context, page, cdp } = await pool.take();
  const errors = [];
  let timer;
  try {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const work = (async () => {
      // Module scripts run before the load event `goto` waits for, so the page is ready here.
      await page.goto(url);
      if (!(await page.evaluate(() => window.bench?.ready === true))) throw new Error('the page did not install window.bench');
      return fn(page, cdp, () => pool.refill());
    })();
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    return await Promise.race([work, limit]);
  } catch (error) {
    const detail = errors.length ? ` (page: ${errors.slice(0, 2).join(' | ')})` : '';
    throw new Error(`${error.message.split('\n')[0]}${detail}`);
  } finally {
    clearTimeout(timer);
    pool.refill();
    await context.close();
  }
}

const pageUrl = (origin, lib) => `${origin}/${lib.page}.html${lib.query}`;

/** Which of our tags the built bundle registers: `{ 'hcx-control-chart': true, … }`. */
export function detectTags(browser, origin, ours) {
  return withPage(browser, pageUrl(origin, ours), 30_000, (page) => page.evaluate(() => window.bench.tags));
}

/**
 * One timed render of `workload` by `lib`, in a fresh page. Garbage is always collected before
 * the timed part (every run starts alike); the heap after it only when `heap` is set, since a
 * full GC of a 50,000-node page takes seconds and the heap varies little from run to run.
 * `probe`, when given, is called just before the timed part and returns a function called just
 * after it, whose result comes back as `probed` (bench/ab.mjs reads CPU counters this way).
 */
export function measureCell(browser, origin, lib, workload, timeoutMs, heap = true, probe = null) {
  return withPage(browser, pageUrl(origin, lib), timeoutMs, async (page, cdp, timed) => {
    await page.evaluate(([id, chart]) => window.bench.load(id, chart), [workload.id, workload.chart]);
    const before = await heapAfterGC(cdp);
    const finish = probe?.();
    const timing = await page.evaluate(() => window.bench.run());
    const probed = finish?.();
    timed();
    if (timing.problem) throw new Error(`drew no valid chart: ${timing.problem}`);
    const dom = await page.evaluate(() => window.bench.nodes());
    const after = heap ? await heapAfterGC(cdp) : null;
    return {
      ms: timing.ms,
      domMs: timing.domMs,
      layoutMs: timing.layoutMs,
      heap: after?.js ?? null,
      heapDelta: after ? after.js - before.js : null,
      embedderHeap: after?.embedder ?? null,
      nodes: dom.nodes,
      elements: dom.elements,
      probed,
    };
  });
}

/**
 * Memory test (ours): heap after GC before and after `count` alternating updates, then after
 * `count` more, so a one-time step can be told from a steady climb.
 */
export function measureChurn(browser, origin, ours, id, count, timeoutMs) {
  return withPage(browser, pageUrl(origin, ours), timeoutMs, async (page, cdp) => {
    await page.evaluate(([dataId, chart]) => window.bench.load(dataId, chart), [`${id}-churn`, null]);
    // Warm-up updates first: code that V8 optimizes once it is hot and caches filled on first
    // use are a one-time cost, not growth.
    await page.evaluate((n) => window.bench.churn(n), CHURN_WARMUP);
    const nodes = () => page.evaluate(() => window.bench.nodes().nodes);
    const before = await heapAfterGC(cdp, 2);
    const nodesBefore = await nodes();
    const t0 = Date.now();
    let problem = await page.evaluate((n) => window.bench.churn(n), count);
    const seconds = (Date.now() - t0) / 1000;
    const after = await heapAfterGC(cdp, 2);
    const nodesAfter = await nodes();
    problem ??= await page.evaluate((n) => window.bench.churn(n), count);
    const again = await heapAfterGC(cdp, 2);
    if (problem) throw new Error(`drew no valid chart: ${problem}`);
    const diff = (a, b) => (a === null || b === null ? null : b - a);
    return {
      warmup: CHURN_WARMUP,
      updates: count,
      heapBefore: before.js,
      heapAfter: after.js,
      growth: after.js - before.js,
      nextGrowth: again.js - after.js,
      embedderGrowth: diff(before.embedder, after.embedder),
      nextEmbedderGrowth: diff(after.embedder, again.embedder),
      nodesBefore,
      nodesAfter,
      seconds,
    };
  });
}

/** A CPU profile (CDP Profiler, 100 µs sampling) of one timed render on the unminified page. */
export function profileCell(browser, origin, workload, timeoutMs) {
  const dev = { page: 'ours-dev', query: '' };
  return withPage(browser, pageUrl(origin, dev), timeoutMs, async (page, cdp) => {
    await page.evaluate(([id, chart]) => window.bench.load(id, chart), [workload.id, workload.chart]);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const timing = await page.evaluate(() => window.bench.run());
    const { profile } = await cdp.send('Profiler.stop');
    return { timing, profile };
  });
}
