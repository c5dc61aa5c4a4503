// Observable Plot as its users write it: `Plot.plot({ marks })` returns an SVG to append; an
// update draws a new plot and replaces the old one (Plot has no incremental update).
import * as Plot from '@observablehq/plot';
import { CHART_WIDTH } from '../chart-size.mjs';
import { install } from './harness.js';

function heatmap(input, cells) {
  return Plot.plot({
    width: CHART_WIDTH,
    height: input.height,
    marginLeft: 150,
    padding: 0,
    x: { type: 'band', interval: 'day', label: null },
    y: { domain: input.rows, label: null },
    color: { domain: input.domain, legend: true, label: 'Mean score' },
    marks: [Plot.cell(cells, { x: 'date', y: 'row', fill: 'value' })],
  });
}

function line(input, data) {
  return Plot.plot({
    width: CHART_WIDTH,
    height: input.height,
    x: { label: null },
    y: { grid: true, label: null },
    marks: [
      Plot.ruleY([input.center, input.ucl, input.lcl], { strokeDasharray: '4,4' }),
      Plot.line(data.points, { x: 'date', y: 'value' }),
      Plot.dot(data.points, { x: 'date', y: 'value', r: 1.5, fill: 'currentColor' }),
      Plot.dot(data.out, { x: 'date', y: 'value', r: 4, fill: '#d62728' }),
    ],
  });
}

// Parsing dates is the user's data loading: untimed.
const withDates = (cells) => cells.map((c) => ({ ...c, date: new Date(c.column) }));
const lineData = (input) => {
  const points = input.points.map((p) => ({ ...p, date: new Date(p.date) }));
  return { points, out: points.filter((p) => p.out) };
};

let prepared = null;
install({
  dataPart: 'peer',
  supports: (kind) => kind === 'heatmap' || kind === 'line',
  async prepare(stage, input, kind) {
    prepared = kind === 'heatmap' ? withDates(input.cells) : lineData(input);
    if (input.first) stage.append(heatmap(input.first, withDates(input.first.cells)));
  },
  async render(stage, input, kind) {
    const svg = kind === 'heatmap' ? heatmap(input, prepared) : line(input, prepared);
    if (stage.firstElementChild) stage.firstElementChild.replaceWith(svg);
    else stage.append(svg);
  },
});
