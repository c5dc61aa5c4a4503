// Vega-Lite through vega-embed as its users write it: one spec with the data inline, embedded
// with the renderer picked from the page's `?renderer=svg|canvas`; an update replaces the
// named dataset and runs the view (`view.data(name, values).runAsync()`).
import embed from 'vega-embed';
import { CHART_WIDTH } from '../chart-size.mjs';
import { install } from './harness.js';

const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? 'canvas' : 'svg';
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

function heatmapSpec(input) {
  return {
    $schema: SCHEMA,
    width: CHART_WIDTH - 230,
    height: input.height - 80,
    data: { name: 'table', values: input.cells },
    mark: 'rect',
    encoding: {
      x: { field: 'column', type: 'temporal', timeUnit: 'utcyearmonthdate', title: null },
      y: { field: 'row', type: 'nominal', sort: input.rows, title: null },
      color: { field: 'value', type: 'quantitative', scale: { domain: input.domain }, title: 'Mean score' },
    },
    config: { view: { stroke: null } },
  };
}

function lineSpec(input) {
  const x = { field: 'date', type: 'temporal', title: null };
  const y = { field: 'value', type: 'quantitative', scale: { zero: false }, title: null };
  const rule = (value) => ({ mark: { type: 'rule', strokeDash: [4, 4] }, encoding: { y: { datum: value, type: 'quantitative' } } });
  return {
    $schema: SCHEMA,
    width: CHART_WIDTH - 70,
    height: input.height - 50,
    data: { name: 'table', values: input.points },
    layer: [
      { mark: { type: 'line', point: { size: 12 } }, encoding: { x, y } },
      { transform: [{ filter: 'datum.out' }], mark: { type: 'point', filled: true, size: 60, color: '#d62728' }, encoding: { x, y } },
      rule(input.center),
      rule(input.ucl),
      rule(input.lcl),
    ],
  };
}

let view = null;
install({
  dataPart: 'peer',
  supports: (kind) => kind === 'heatmap' || kind === 'line',
  async prepare(stage, input) {
    const box = document.createElement('div');
    stage.append(box);
    if (input.first) view = (await embed(box, heatmapSpec(input.first), { renderer, actions: false })).view;
  },
  async render(stage, input, kind) {
    if (input.first) {
      await view.data('table', input.cells).runAsync();
      return;
    }
    view = (await embed(stage.firstElementChild, kind === 'heatmap' ? heatmapSpec(input) : lineSpec(input), { renderer, actions: false })).view;
  },
});
