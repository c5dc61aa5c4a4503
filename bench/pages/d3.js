// A hand-written minimal d3 chart: the practical limit for an SVG chart. One rect per cell or
// one circle per point, a path, the limit lines, the highlighted points and plain axes; no
// legend, tooltip, keyboard or table. An update re-joins the data and sets the fill only.
import { extent } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear, scaleSequential, scaleUtc } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
import { line as d3line } from 'd3-shape';
import { CHART_WIDTH } from '../chart-size.mjs';
import { install } from './harness.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function drawHeatmap(stage, input, cells) {
  const margin = { top: 10, right: 10, bottom: 30, left: 150 };
  const svg = select(stage).append('svg').attr('xmlns', SVG_NS).attr('width', CHART_WIDTH).attr('height', input.height);
  const x = scaleBand(input.columns, [margin.left, CHART_WIDTH - margin.right]);
  const y = scaleBand(input.rows, [margin.top, input.height - margin.bottom]);
  const color = scaleSequential(input.domain, interpolateViridis);
  svg
    .append('g')
    .attr('class', 'cells')
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('x', (d) => x(d.column))
    .attr('y', (d) => y(d.row))
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('fill', (d) => color(d.value));
  const monthStarts = input.columns.filter((c) => c.endsWith('-01'));
  svg.append('g').attr('transform', `translate(0,${input.height - margin.bottom})`).call(axisBottom(x).tickValues(monthStarts.filter((_, i) => i % 3 === 0)));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y));
}

function updateHeatmap(stage, input, cells) {
  const color = scaleSequential(input.domain, interpolateViridis);
  select(stage).select('g.cells').selectAll('rect').data(cells).attr('fill', (d) => color(d.value));
}

function drawLine(stage, input, points) {
  const margin = { top: 10, right: 10, bottom: 30, left: 40 };
  const height = input.height;
  const svg = select(stage).append('svg').attr('xmlns', SVG_NS).attr('width', CHART_WIDTH).attr('height', height);
  const x = scaleUtc(extent(points, (d) => d.date), [margin.left, CHART_WIDTH - margin.right]);
  const [lo, hi] = extent(points, (d) => d.value);
  const y = scaleLinear([Math.min(lo, input.lcl), Math.max(hi, input.ucl)], [height - margin.bottom, margin.top]).nice();
  svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y));
  svg
    .append('g')
    .attr('stroke', '#888')
    .attr('stroke-dasharray', '4,4')
    .selectAll('line')
    .data([input.center, input.ucl, input.lcl])
    .join('line')
    .attr('x1', margin.left)
    .attr('x2', CHART_WIDTH - margin.right)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d));
  const path = d3line()
    .x((d) => x(d.date))
    .y((d) => y(d.value));
  svg.append('path').attr('fill', 'none').attr('stroke', 'steelblue').attr('d', path(points));
  svg
    .append('g')
    .attr('fill', 'steelblue')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (d) => x(d.date))
    .attr('cy', (d) => y(d.value))
    .attr('r', 1.5);
  svg
    .append('g')
    .attr('fill', '#d62728')
    .selectAll('circle')
    .data(points.filter((d) => d.out))
    .join('circle')
    .attr('cx', (d) => x(d.date))
    .attr('cy', (d) => y(d.value))
    .attr('r', 4);
}

let prepared = null;
install({
  dataPart: 'peer',
  supports: (kind) => kind === 'heatmap' || kind === 'line',
  async prepare(stage, input, kind) {
    // Parsing dates is the user's data loading: untimed.
    prepared = kind === 'heatmap' ? input.cells : input.points.map((p) => ({ ...p, date: new Date(p.date) }));
    if (input.first) drawHeatmap(stage, input.first, input.first.cells);
  },
  async render(stage, input, kind) {
    if (input.first) updateHeatmap(stage, input, prepared);
    else if (kind === 'heatmap') drawHeatmap(stage, input, prepared);
    else drawLine(stage, input, prepared);
  },
});
