// A test-runner command that measures the test page through the Chrome DevTools Protocol:
// after a full garbage collection it returns the JS heap in use and Chrome's own DOM
// counters (live nodes, JS event listeners, documents) — the numbers DevTools' leak
// tooling uses. Called from the browser with executeServerCommand('hcx-memory').
export function memoryCommand() {
  const sessions = new WeakMap();
  return {
    name: 'hcx-memory-command',
    async executeCommand({ command, session }) {
      if (command !== 'hcx-memory') return undefined;
      const launcher = session.browser;
      if (typeof launcher.getPage !== 'function') throw new Error('hcx-memory needs the Chrome launcher (puppeteer page)');
      const page = launcher.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      // Two collections: the first can leave objects held only by finalizers or weak caches.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return { usedHeap: heap.usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
    },
  };
}
