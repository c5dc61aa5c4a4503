// The floor: the least work that draws these charts' pixels in this browser, so every run shows
// what the machine itself allows for a first render. Plain JavaScript on one canvas, reading our
// documents: no library, no validation, no Intl (cold ICU data costs 40+ ms), no text a screen
// reader can reach, no table, tooltip or keyboard. The control chart computes XmR limits and four
// rules (outside the limits, shift and trend of 7, two of three beyond 2 sigma) in one pass and
// draws both panels one point per pixel column (min and max kept); the heatmap fills one
// rectangle per cell. First renders only (W1–W4).
import { CHART_WIDTH } from '../chart-size.mjs';
import { install } from './harness.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEFT = 40;
const RIGHT = 20;

function canvasOf(stage, height) {
  const canvas = document.createElement('canvas');
  const dpr = devicePixelRatio || 1;
  canvas.width = CHART_WIDTH * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${CHART_WIDTH}px`;
  canvas.style.height = `${height}px`;
  const g = canvas.getContext('2d');
  g.scale(dpr, dpr);
  stage.replaceChildren(canvas);
  return g;
}

/** Limits, rule flags (bit 1: outside the limits; 2: any other rule) and the extents, in one pass. */
function xmr(values) {
  const n = values.length;
  let sum = 0;
  let mrSum = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (i > 0) mrSum += Math.abs(values[i] - values[i - 1]);
  }
  const mean = sum / n;
  const sigma = mrSum / (n - 1) / 1.128;
  const ucl = mean + 3 * sigma;
  const lcl = mean - 3 * sigma;
  const flags = new Uint8Array(n);
  let side = 0;
  let run = 0;
  let direction = 0;
  let trend = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    let flag = v > ucl || v < lcl ? 1 : 0;
    const s = v > mean ? 1 : v < mean ? -1 : 0;
    if (s !== 0 && s === side) run++;
    else {
      side = s;
      run = s ? 1 : 0;
    }
    if (i > 0) {
      const d = v > values[i - 1] ? 1 : v < values[i - 1] ? -1 : 0;
      if (d !== 0 && d === direction) trend++;
      else {
        direction = d;
        trend = d ? 2 : 0;
      }
    }
    // A run reaching 7 flags its first 6 points once; later points flag themselves.
    if (run === 7 || trend === 7) for (let k = i - 6; k < i; k++) flags[k] |= 2;
    if (run >= 7 || trend >= 7) flag |= 2;
    if (i >= 2) {
      const a = values[i - 2];
      const b = values[i - 1];
      const high = (a > mean + 2 * sigma) + (b > mean + 2 * sigma) + (v > mean + 2 * sigma);
      const low = (a < mean - 2 * sigma) + (b < mean - 2 * sigma) + (v < mean - 2 * sigma);
      if (high >= 2 || low >= 2) flag |= 2;
    }
    flags[i] |= flag;
  }
  return { mean, ucl, lcl, flags, min: Math.min(min, lcl), max: Math.max(max, ucl) };
}

/** Strokes `values` one pixel column at a time (first, min, max, last); returns the y scale. */
function strokeColumns(g, xs, values, top, height, lo, hi) {
  const k = (height - 30) / (hi - lo);
  const y = (v) => top + height - 20 - (v - lo) * k;
  g.beginPath();
  let column = -1;
  let first = 0;
  let last = 0;
  let min = 0;
  let max = 0;
  const flush = () => {
    if (column < 0) return;
    const x = LEFT + column;
    g.lineTo(x, y(values[first]));
    g.lineTo(x, y(min));
    g.lineTo(x, y(max));
    g.lineTo(x, y(values[last]));
  };
  for (let i = 0; i < values.length; i++) {
    const c = Math.round(xs[i]);
    const v = values[i];
    if (c !== column) {
      flush();
      column = c;
      first = i;
      min = max = v;
    } else if (v < min) min = v;
    else if (v > max) max = v;
    last = i;
  }
  flush();
  g.strokeStyle = '#4682b4';
  g.stroke();
  return y;
}

function controlChart(stage, doc) {
  const points = doc.points;
  const n = points.length;
  const times = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    times[i] = Date.parse(points[i].x);
    values[i] = points[i].value;
  }
  const { mean, ucl, lcl, flags, min, max } = xmr(values);
  const ranges = new Float64Array(n);
  let rangeMax = 0;
  for (let i = 1; i < n; i++) {
    ranges[i] = Math.abs(values[i] - values[i - 1]);
    if (ranges[i] > rangeMax) rangeMax = ranges[i];
  }
  const t0 = times[0];
  const span = times[n - 1] - t0;
  const xs = times.map((t) => ((t - t0) / span) * (CHART_WIDTH - LEFT - RIGHT));
  const height = 400;
  const g = canvasOf(stage, height + 140);
  const y = strokeColumns(g, xs, values, 0, height, min, max);
  strokeColumns(g, xs, ranges, height, 140, 0, rangeMax);
  // Red for points outside the limits, orange for the other rules' points.
  for (const [kind, colour] of [[1, '#d62728'], [2, '#ff7f0e']]) {
    g.beginPath();
    for (let i = 0; i < n; i++) {
      if ((flags[i] & 1 ? 1 : flags[i] & 2 ? 2 : 0) !== kind) continue;
      const cx = LEFT + xs[i];
      const cy = y(values[i]);
      g.moveTo(cx + 3, cy);
      g.arc(cx, cy, 3, 0, 2 * Math.PI);
    }
    g.fillStyle = colour;
    g.fill();
  }
  g.strokeStyle = '#888';
  g.setLineDash([4, 4]);
  g.beginPath();
  for (const v of [mean, ucl, lcl]) {
    g.moveTo(LEFT, y(v));
    g.lineTo(CHART_WIDTH - RIGHT, y(v));
  }
  g.stroke();
  g.fillStyle = '#333';
  g.font = '11px system-ui';
  g.textAlign = 'right';
  for (let t = 0; t <= 10; t++) g.fillText((min + ((max - min) * t) / 10).toFixed(1), LEFT - 4, y(min + ((max - min) * t) / 10));
  g.textAlign = 'center';
  for (let t = 0; t <= 8; t++) {
    const d = new Date(t0 + (span * t) / 8);
    g.fillText(`${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, LEFT + ((CHART_WIDTH - LEFT - RIGHT) * t) / 8, height - 5);
  }
}

/** 256 steps from dark purple to light tan: a sequential ramp, one string per step. */
const RAMP = Array.from({ length: 256 }, (_, i) => `rgb(${68 + Math.round(i * 0.7)},${1 + Math.round(i * 0.8)},${84 + Math.round(i * 0.3)})`);

function heatmap(stage, doc) {
  const rowIndex = new Map(doc.rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(doc.columns.map((c, i) => [c.id, i]));
  const left = 150;
  const top = 10;
  const width = (CHART_WIDTH - left - 10) / doc.columns.length;
  const height = Math.max(4, Math.min(20, 1000 / doc.rows.length));
  const g = canvasOf(stage, top + doc.rows.length * height + 30);
  const { min, max } = doc.scale;
  for (const cell of doc.cells) {
    g.fillStyle = RAMP[Math.round(((cell.value - min) / (max - min)) * 255)];
    g.fillRect(left + columnIndex.get(cell.column) * width, top + rowIndex.get(cell.row) * height, width + 0.5, height);
  }
  g.fillStyle = '#333';
  g.font = '11px system-ui';
  g.textAlign = 'right';
  doc.rows.forEach((row, r) => g.fillText(row.label, left - 4, top + (r + 1) * height - 2));
  g.textAlign = 'left';
  for (let c = 0; c < doc.columns.length; c += 30) g.fillText(doc.columns[c].label, left + c * width, top + doc.rows.length * height + 15);
}

install({
  dataPart: 'ours',
  supports: (kind) => kind === 'heatmap' || kind === 'line',
  async prepare(stage, input) {
    if (input.first) throw new Error('the floor measures first renders, and this workload is an update');
  },
  async render(stage, input) {
    if (input.doc.kind === 'satisfaction-heatmap') heatmap(stage, input.doc);
    else controlChart(stage, input.doc);
  },
  check: (stage) => (stage.querySelector('canvas') ? null : 'no canvas drawn'),
});
