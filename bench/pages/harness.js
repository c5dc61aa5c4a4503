// The measuring side of every benchmark page, the same for ours and each peer. A page calls
// `install(impl)`; the runner then drives `window.bench` from Node:
//   load(id)  fetch the workload (untimed), let the page prepare (container, chart instance,
//             the first render of an update workload), settle two frames;
//   run()     the timed part: from setting the data to the second animation frame after the
//             DOM is complete;
//   nodes()   DOM nodes under the stage, including inside shadow roots.
// An impl is `{ dataPart, supports(chart), prepare(stage, input, chart), render(stage, input, chart), check?() }`.

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const twoFrames = async () => {
  await frame();
  await frame();
};

/** Counts every node (elements, text, comments) under `root`, descending into open shadow roots. */
export function countNodes(root) {
  let nodes = 0;
  let elements = 0;
  const walk = (parent) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      nodes++;
      if (child.nodeType === Node.ELEMENT_NODE) {
        elements++;
        if (child.shadowRoot) walk(child.shadowRoot);
      }
      walk(child);
    }
  };
  walk(root);
  return { nodes, elements };
}

export function install(impl) {
  const stage = document.getElementById('stage');
  let input = null;
  let chart = null;
  window.bench = {
    ready: true,
    tags: impl.tags?.() ?? null,
    supports: (kind) => impl.supports(kind),

    async load(id, chartKind) {
      const response = await fetch(`data/${id}.${impl.dataPart}.json`);
      if (!response.ok) throw new Error(`data/${id}.${impl.dataPart}.json: HTTP ${response.status}`);
      input = await response.json();
      chart = chartKind;
      await impl.prepare(stage, input, chart);
      await twoFrames();
    },

    async run() {
      const t0 = performance.now();
      await impl.render(stage, input, chart);
      const dom = performance.now();
      // Reading a layout property forces style and layout now, so `layoutMs` is the work
      // without waiting for frames; the frames below still paint what was laid out.
      void document.documentElement.offsetHeight;
      const layout = performance.now();
      await twoFrames();
      const end = performance.now();
      return { ms: end - t0, domMs: dom - t0, layoutMs: layout - t0, problem: impl.check?.(stage, input, chart) ?? null };
    },

    nodes: () => countNodes(stage),

    /** Memory test (ours): alternate two documents `count` times, each to its second frame. */
    async churn(count) {
      for (let i = 0; i < count; i++) {
        await impl.render(stage, { doc: input.docs[(i + 1) % 2] }, chart);
        await twoFrames();
      }
      return impl.check?.(stage, { doc: input.docs[count % 2] }, chart) ?? null;
    },
  };
}
