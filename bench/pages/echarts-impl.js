// Apache ECharts as its users write it: `echarts.init` once, then `setOption`; an update
// passes only the new series data (ECharts merges options). Imported on demand
// (`echarts/core` + the charts and components used), the way the ECharts handbook shows for
// the smallest bundle. Animation is off: we time the finished chart, not a transition.
import * as echarts from 'echarts/core';
import { HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CHART_WIDTH } from '../chart-size.mjs';

function heatmapTriples(input) {
  const row = new Map(input.rows.map((r, i) => [r, i]));
  const column = new Map(input.columns.map((c, i) => [c, i]));
  return input.cells.map((c) => [column.get(c.column), row.get(c.row), c.value]);
}

function heatmapOption(input, data) {
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 150, right: 20, top: 10, bottom: 100 },
    xAxis: { type: 'category', data: input.columns },
    yAxis: { type: 'category', data: input.rows, inverse: true },
    visualMap: { min: input.domain[0], max: input.domain[1], calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
    series: [{ type: 'heatmap', data }],
  };
}

function lineOption(input, data) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 50, right: 50, top: 20, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        type: 'line',
        data: data.line,
        symbol: 'circle',
        symbolSize: 4,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed' },
          data: [{ yAxis: input.center, name: 'Centre' }, { yAxis: input.ucl, name: 'UCL' }, { yAxis: input.lcl, name: 'LCL' }],
        },
      },
      { type: 'scatter', data: data.out, symbolSize: 8, itemStyle: { color: '#d62728' } },
    ],
  };
}

function lineData(input) {
  return {
    line: input.points.map((p) => [p.date, p.value]),
    out: input.points.filter((p) => p.out).map((p) => [p.date, p.value]),
  };
}

export function echartsImpl(renderer, rendererName) {
  echarts.use([HeatmapChart, LineChart, ScatterChart, GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, renderer]);
  let chart = null;
  let prepared = null;
  return {
    dataPart: 'peer',
    supports: (kind) => kind === 'heatmap' || kind === 'line',
    async prepare(stage, input, kind) {
      const box = document.createElement('div');
      box.style.width = `${CHART_WIDTH}px`;
      box.style.height = `${input.height}px`;
      stage.append(box);
      chart = echarts.init(box, null, { renderer: rendererName });
      // Converting the tidy records to ECharts' arrays is the user's data loading: untimed.
      prepared = kind === 'heatmap' ? heatmapTriples(input) : lineData(input);
      if (input.first) chart.setOption(heatmapOption(input.first, heatmapTriples(input.first)));
    },
    async render(_stage, input, kind) {
      if (input.first) chart.setOption({ series: [{ data: prepared }] });
      else chart.setOption(kind === 'heatmap' ? heatmapOption(input, prepared) : lineOption(input, prepared));
    },
  };
}
