// The charting libraries measured, in the order the tables list them. `page` is the bundled
// page (bench/.build/<page>.js) and `query` picks the renderer where one bundle does both.
export const LIBRARIES = [
  { id: 'ours', label: 'hcx-widgets', page: 'ours', query: '', renderer: 'svg' },
  { id: 'd3', label: 'd3, hand-written', page: 'd3', query: '', renderer: 'svg' },
  { id: 'plot', label: 'Observable Plot', page: 'plot', query: '', renderer: 'svg' },
  { id: 'echarts-svg', label: 'ECharts (SVG)', page: 'echarts-svg', query: '', renderer: 'svg' },
  { id: 'echarts-canvas', label: 'ECharts (canvas)', page: 'echarts-canvas', query: '', renderer: 'canvas' },
  { id: 'vega-svg', label: 'Vega-Lite (SVG)', page: 'vega', query: '?renderer=svg', renderer: 'svg' },
  { id: 'vega-canvas', label: 'Vega-Lite (canvas)', page: 'vega', query: '?renderer=canvas', renderer: 'canvas' },
];

export const libraryById = Object.fromEntries(LIBRARIES.map((l) => [l.id, l]));
