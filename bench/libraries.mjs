// The charting libraries measured, in the order the tables list them. `page` is the bundled
// page (bench/.build/<page>.js) and `query` picks the renderer where one bundle does both.
// `short` names a library where the chart has little room; `ours` marks our widgets; `cold` is
// our page with `?cold` (bench/pages/ours-impl.js): the element created and given its data in the
// timed task, with no idle time before the data. `floor` is the least work that draws the chart
// (bench/pages/floor.js): what the machine itself allows, not a peer.
export const LIBRARIES = [
  { id: 'ours', label: 'hcx-widgets', page: 'ours', query: '', renderer: 'svg', ours: true },
  { id: 'ours-cold', label: 'hcx-widgets, created with its data', short: 'hcx-widgets, cold', page: 'ours', query: '?cold', renderer: 'svg', ours: true, cold: true },
  { id: 'floor', label: 'Floor: plain JS on canvas, no checks', short: 'floor (plain JS)', page: 'floor', query: '', renderer: 'canvas', floor: true },
  { id: 'd3', label: 'd3, hand-written', page: 'd3', query: '', renderer: 'svg' },
  { id: 'plot', label: 'Observable Plot', page: 'plot', query: '', renderer: 'svg' },
  { id: 'echarts-svg', label: 'ECharts (SVG)', page: 'echarts-svg', query: '', renderer: 'svg' },
  { id: 'echarts-canvas', label: 'ECharts (canvas)', page: 'echarts-canvas', query: '', renderer: 'canvas' },
  { id: 'vega-svg', label: 'Vega-Lite (SVG)', page: 'vega', query: '?renderer=svg', renderer: 'svg' },
  { id: 'vega-canvas', label: 'Vega-Lite (canvas)', page: 'vega', query: '?renderer=canvas', renderer: 'canvas' },
];

/** Statuses of cells that are not measured by design: left out of the tables and the chart. */
export const NOT_APPLICABLE = new Set(['no peer equivalent', 'not measured (an update)', 'no floor for this chart']);

export const libraryById = Object.fromEntries(LIBRARIES.map((l) => [l.id, l]));
