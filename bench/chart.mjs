// The results as an SVG chart: one panel per workload, a bar per library at its median time
// (log scale, so 10 ms and 10 s both read), a line from min to max, ours in blue.
import { NOT_APPLICABLE } from './libraries.mjs';

const WIDTH = 900;
const LABEL = 170;
const RIGHT = 120;
const ROW = 18;
const PANEL_GAP = 14;
const TITLE = 20;

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const fmt = (v) => (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));

export function chartSVG(results) {
  const { workloads, libraries, cells, meta } = results;
  const values = workloads.flatMap((w) => libraries.map((l) => cells[w.id][l.id]).filter((c) => c.status === 'ok').flatMap((c) => [c.stats.ms.min, c.stats.ms.max]));
  const lo = 10 ** Math.floor(Math.log10(Math.max(1, Math.min(...values, 10))));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values, 100)));
  const x = (v) => LABEL + ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (WIDTH - LABEL - RIGHT);
  const ticks = [];
  for (let t = lo; t <= hi; t *= 10) ticks.push(t);

  const parts = [];
  let y = 44;
  for (const w of workloads) {
    const rows = libraries.filter((l) => !NOT_APPLICABLE.has(cells[w.id][l.id].status));
    const top = y;
    parts.push(`<text x="0" y="${y + 13}" font-weight="600">${escape(`${w.id} ${w.label}`)}${w.peers ? '' : ' — no peer equivalent, ours alone'}</text>`);
    y += TITLE;
    const bottom = y + rows.length * ROW;
    for (const t of ticks) parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${y}" y2="${bottom}" stroke="#e3e6ea"/>`);
    for (const lib of rows) {
      const cell = cells[w.id][lib.id];
      const ours = lib.ours === true;
      const cy = y + ROW / 2;
      parts.push(`<text x="${LABEL - 8}" y="${cy + 4}" text-anchor="end"${ours ? ' font-weight="600"' : ''}>${escape(lib.short ?? lib.label)}</text>`);
      if (cell.status === 'ok') {
        const s = cell.stats.ms;
        const fill = ours ? (lib.cold ? '#7aa7ee' : '#1f6feb') : lib.floor ? '#f0b429' : lib.renderer === 'canvas' ? '#b9c0c9' : '#8a94a3';
        parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${Math.max(1, x(s.median) - LABEL).toFixed(1)}" height="${ROW - 6}" fill="${fill}"><title>${escape(`${lib.label}: median ${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)})`)}</title></rect>`);
        parts.push(`<line x1="${x(s.min).toFixed(1)}" x2="${x(s.max).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#222" stroke-width="1.2"/>`);
        parts.push(`<text x="${(x(s.max) + 6).toFixed(1)}" y="${cy + 4}"${ours ? ' font-weight="600"' : ''}>${fmt(s.median)} ms</text>`);
      } else {
        parts.push(`<text x="${LABEL + 4}" y="${cy + 4}" fill="#666" font-style="italic">${escape(cell.status)}</text>`);
      }
      y += ROW;
    }
    parts.push(`<line x1="${LABEL}" x2="${LABEL}" y1="${top + TITLE}" y2="${bottom}" stroke="#555"/>`);
    y += PANEL_GAP;
  }
  for (const t of ticks) parts.push(`<text x="${x(t)}" y="${y + 8}" text-anchor="middle" fill="#555">${t >= 1000 ? `${t / 1000} s` : `${t} ms`}</text>`);
  const height = y + 44;
  const subtitle = `Median time to the 2nd frame (bar), min–max (line), ${meta.runs} runs each, log scale; ${meta.date.slice(0, 10)}, load avg ${meta.loadStart[0].toFixed(1)} (shared machine)`;
  const legend = [
    ['#1f6feb', 'hcx-widgets'],
    ['#7aa7ee', 'cold: created with its data'],
    ['#8a94a3', 'SVG peers'],
    ['#b9c0c9', 'canvas peers'],
    ['#f0b429', 'floor: plain JS, no checks'],
  ]
    .map(([fill, text], i) => `<rect x="${i * 178}" y="${y + 22}" width="12" height="12" fill="${fill}"/><text x="${i * 178 + 17}" y="${y + 32}">${text}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12" role="img" aria-labelledby="t d">
<title id="t">hcx-widgets benchmark</title>
<desc id="d">${escape(subtitle)}</desc>
<rect width="100%" height="100%" fill="#fff"/>
<text x="0" y="16" font-size="15" font-weight="600">hcx-widgets vs ECharts, Vega-Lite, Observable Plot and hand-written d3</text>
<text x="0" y="33" fill="#555">${escape(subtitle)}</text>
${parts.join('\n')}
${legend}
</svg>
`;
}
