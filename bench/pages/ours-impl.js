// How a page uses our widgets: create the element once, then set `data` and await
// `updateComplete` (again while another update is pending, e.g. one requested in `updated`).
const TAGS = {
  'satisfaction-heatmap': 'hcx-satisfaction-heatmap',
  'control-chart': 'hcx-control-chart',
  'value-stream': 'hcx-value-stream-map',
  'brand-health': 'hcx-brand-health',
};

async function settle(el) {
  while (!(await el.updateComplete));
}

/**
 * `?cold` on the page URL: the element is created and given its data in the timed task, as a
 * framework that renders once its data is there does; the widget gets no idle time before the
 * data (no formatter warm-up or rehearsal of its own). `bench/ab.mjs --cold` measures this way.
 */
const cold = new URLSearchParams(location.search).has('cold');

export function oursImpl(twoFrames) {
  let el = null;
  return {
    dataPart: 'ours',
    tags: () => Object.fromEntries(Object.values(TAGS).map((tag) => [tag, customElements.get(tag) !== undefined])),
    supports: (kind) => customElements.get(TAGS[kind]) !== undefined,
    async prepare(stage, input) {
      if (cold) {
        if (input.first) throw new Error('?cold measures first renders, and this workload is an update');
        return;
      }
      el = document.createElement(TAGS[input.doc.kind]);
      stage.append(el);
      // Let the empty widget render and measure its width first, as on a page that is open
      // before the data arrives.
      await settle(el);
      await twoFrames();
      // The size observer re-renders in a frame after it measured: let that finish too.
      await settle(el);
      await twoFrames();
      if (input.first) {
        el.data = input.first;
        await settle(el);
      }
    },
    async render(stage, input) {
      if (cold) {
        el = document.createElement(TAGS[input.doc.kind]);
        el.data = input.doc;
        stage.append(el);
      } else el.data = input.doc;
      await settle(el);
    },
    check() {
      if (el.state !== 'ready') {
        const issues = el.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ');
        return `state is ${el.state}${issues ? ` (${issues})` : ''}`;
      }
      const plot = el.shadowRoot?.querySelector('[part="plot"]');
      if (!plot || plot.childElementCount === 0) return 'nothing drawn in part="plot"';
      return null;
    },
  };
}
