import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { BrandHealthAnalysis } from '../../brand/types.js';
import type { BrandHealthDocument, NpsCounts } from '../../contract/brand-health.js';
import { alertMessage, type KpiView } from './describe.js';
import { contribution, npsMix, plural, reliabilityBadge, indexChange, periodLabel, pointsChange, score, weight, type BhTranslator } from './format.js';
import { mixRects, sparkMarks, tileStatus } from './render-tiles.js';
import { sparkGeometry } from './sparkline.js';
import { wrapText } from './text-wrap.js';
import { renormalizedChildren, topMovers, type TreeRow } from './tree.js';
import { balancedColumns } from './layout.js';

export interface ExportOptions {
  t: BhTranslator;
  doc: BrandHealthDocument;
  analysis: BrandHealthAnalysis;
  views: KpiView[];
  rows: TreeRow[];
  summary: string;
  width: number;
}

const PAD = 16;
const GAP = 10;
const TILE_PAD = 10;
const SPARK = 34;

/**
 * A text column at `x`, `width` wide, drawing into `out`: `put(text, y, …)` wraps the text
 * (at most `maxLines` lines of `font` px), draws it with the first baseline at `y + first`
 * and one line every `step` px, and returns the height it took.
 */
const column =
  (out: SVGTemplateResult[], x: number, width: number) =>
  (text: string, y: number, font: number, maxLines: number, step: number, first: number, cls: string): number => {
    const items = wrapText(text, width, font, maxLines);
    out.push(svg`${items.map((s, i) => svg`<text class=${cls} x=${x} y=${y + first + i * step}>${s}</text>`)}`);
    return items.length * step;
  };

/**
 * The panel as one standalone SVG, built on demand for `toSVG()` / `toPNG()` (the live
 * panel is HTML): title and period, the alert lines, the KPI tiles as boxes with text and
 * sparklines, the index with what moved it, every indicator and sub-indicator as a 0–100
 * bar, and the summary. Marked `hcx-chart` so the shell's exporter picks it.
 */
export function renderExport(o: ExportOptions): { template: TemplateResult; height: number } {
  const { t, analysis, views, rows } = o;
  const W = Math.max(640, Math.round(o.width));
  const inner = W - 2 * PAD;
  const parts: SVGTemplateResult[] = [];
  const put = column(parts, PAD, inner);
  let y = PAD;

  y += put(o.doc.title, y, 16, 2, 20, 14, 'x-title');
  const period = t.t('export.period', { period: periodLabel(t, analysis.period), previous: periodLabel(t, analysis.previousPeriod) });
  parts.push(svg`<text class="muted" x=${PAD} y=${y + 13}>${o.doc.subtitle ? `${o.doc.subtitle} · ${period}` : period}</text>`);
  y += 24;

  for (const v of views.filter((x) => x.a.alert)) {
    const text: SVGTemplateResult[] = [];
    const h = column(text, PAD + 12, inner - 14)(`⚠ ${t.t('alert.lead')}${/：$/.test(t.t('alert.lead')) ? '' : ' '}${alertMessage(t, v)}`, y, 12.5, 3, 17, 17, 'x-alert-text') + 8;
    parts.push(svg`<rect class="x-box alert" x=${PAD} y=${y} width=${inner} height=${h} rx="4"></rect>
      <rect class="alert" x=${PAD} y=${y} width="4" height=${h}></rect>
      ${text}`);
    y += h + 8;
  }

  // KPI tiles, row by row.
  const cols = balancedColumns(inner, views.length);
  const tileW = (inner - GAP * (cols - 1)) / cols;
  const textW = tileW - 2 * TILE_PAD;
  for (let start = 0; start < views.length; start += cols) {
    const row = views.slice(start, start + cols);
    const drawn = row.map((v, i) => exportTile(t, v, PAD + i * (tileW + GAP), y, textW));
    const h = Math.max(...drawn.map((d) => d.height));
    row.forEach((v, i) => {
      const status = tileStatus(v);
      parts.push(svg`<rect class="x-box" x=${PAD + i * (tileW + GAP)} y=${y} width=${tileW} height=${h} rx="6"></rect>
        ${status ? svg`<rect class=${status} x=${PAD + i * (tileW + GAP)} y=${y} width=${tileW} height="4"></rect>` : nothing}
        ${drawn[i]!.content}`);
    });
    y += h + GAP;
  }

  // The index and its tree (every sub-indicator shown).
  const index = analysis.index;
  if (rows.length) {
    y += 8;
    const figure =
      index.score === null
        ? t.t('index.none')
        : `${score(t, index.score)} ${t.t('index.of100')}${index.change === null ? '' : ` · ${t.t('kpi.vs', { change: indexChange(t, index.change), period: periodLabel(t, analysis.previousPeriod) })}`}`;
    const head = t.t('goal.status', { goal: t.t('index.title'), status: figure });
    parts.push(svg`<text class="x-head" x=${PAD} y=${y + 14}>${head}</text>`);
    y += 24;
    const movers = topMovers(rows);
    if (movers.length) {
      y += put(t.t('goal.status', { goal: t.t('index.movers'), status: t.format.list(movers.map((m) => `${m.label} ${contribution(t, m.contribution)}`)) }), y, 12, 3, 16, 12, '') + 4;
    }
    const missing = renormalizedChildren(rows).map((r) => r.label);
    if (missing.length) {
      y += put(plural(t, 'index.renormalized', missing.length, { list: t.format.list(missing) }), y, 12, 3, 16, 12, 'muted') + 4;
    }
    y += 6;
    const labelW = Math.min(300, inner * 0.4);
    // Score, change and effect columns (the effect header is the widest: ~130 px).
    const numbersW = 300;
    const barX = PAD + labelW + 8;
    const barW = Math.max(60, inner - labelW - 8 - numbersW);
    const colScore = barX + barW + 44;
    const colChange = colScore + 64;
    const colEffect = PAD + inner;
    parts.push(svg`<text class="muted" x=${PAD} y=${y + 11}>${t.t('tree.head.indicator')}</text>
      <text class="muted" x=${barX} y=${y + 11}>${t.t('tree.head.score')}</text>
      <text class="muted end" x=${colChange} y=${y + 11}>${t.t('table.change')}</text>
      <text class="muted end" x=${colEffect} y=${y + 11}>${t.t('tree.head.effect')}</text>`);
    y += 18;
    for (const r of rows) {
      const indent = r.level === 2 ? 16 : 0;
      const label = wrapText(`${r.label}${r.score === null ? '' : ` (${weight(t, r.weight)})`}`, labelW - indent, r.level === 1 ? 12.5 : 12, 1)[0] ?? '';
      const rowH = r.level === 1 ? 24 : 20;
      const mid = y + rowH / 2;
      const thickness = r.level === 1 ? 12 : 8;
      parts.push(svg`<text class=${r.level === 1 ? 'x-bold' : ''} x=${PAD + indent} y=${mid + 4}>${label}</text>
        ${r.score === null
          ? svg`<text class="muted" x=${barX} y=${mid + 4}>${t.t('tree.noData')}${r.contribution ? ` · ${t.t('tree.absence', { value: contribution(t, r.contribution) })}` : ''}</text>`
          : svg`<rect class="track" x=${barX} y=${mid - thickness / 2} width=${barW} height=${thickness}></rect>
            <rect class="fill ${r.level === 2 ? 'sub' : ''}" x=${barX} y=${mid - thickness / 2} width=${(barW * r.score) / 100} height=${thickness}></rect>
            ${r.previousScore === null ? nothing : svg`<line class="prev" x1=${barX + (barW * r.previousScore) / 100} x2=${barX + (barW * r.previousScore) / 100} y1=${mid - thickness / 2 - 3} y2=${mid + thickness / 2 + 3}></line>`}
            <text class="end" x=${colScore} y=${mid + 4}>${score(t, r.score)}</text>
            <text class="end" x=${colChange} y=${mid + 4}>${pointsChange(t, r.change)}</text>`}
        <text class="end" x=${colEffect} y=${mid + 4}>${r.contribution === null ? '–' : t.format.signed(r.contribution, 2)}</text>`);
      y += rowH;
    }
  }

  y += 10;
  y += put(o.summary, y, 12, 12, 17, 12, 'muted') + PAD;
  const height = Math.ceil(y);
  return {
    height,
    template: html`<svg class="hcx-chart" xmlns="http://www.w3.org/2000/svg" width=${W} height=${height} viewBox="0 0 ${W} ${height}" role="img" aria-label=${o.doc.title}>${parts}</svg>`,
  };
}

function exportTile(t: BhTranslator, v: KpiView, x: number, y0: number, textW: number): { content: SVGTemplateResult; height: number } {
  const k = v.a;
  const out: SVGTemplateResult[] = [];
  const left = x + TILE_PAD;
  const put = column(out, left, textW);
  let y = y0 + 12;
  y += put(v.kpi.label, y, 13, 2, 16, 11, 'x-bold') + 4;
  out.push(svg`<text class="x-value" x=${left} y=${y + 22}>${v.f.value(k.value)}${k.type === 'count' ? '' : svg`<tspan class="muted x-margin" dx="6">${v.f.margin()}</tspan>`}</text>`);
  y += 30;
  const nLine = k.type === 'count' ? t.t('value.ci', { range: v.f.interval(k.interval) }) : t.t('value.n', { n: k.n === null ? '–' : t.format.number(k.n, 0) });
  const badges = [k.alert ? t.t('badge.alert') : '', reliabilityBadge(t, k.reliability)].filter(Boolean);
  y += put([nLine, ...badges].join(' · '), y, 11.5, 2, 15, 11, 'muted') + 2;
  if (v.changeText) y += put(v.changeText, y, 12.5, 2, 16, 12, `x-bold ${v.tone}`);
  y += put(v.verdictText, y, 11.5, 3, 15, 11, 'small') + 4;
  if (k.history.length) {
    const g = sparkGeometry(k.history, k.target, textW, SPARK);
    out.push(svg`<g transform="translate(${left} ${y})">${sparkMarks(g, k.alert, 3)}</g>`);
    y += SPARK + 4;
  }
  const mixText = v.kpi.type === 'nps' ? npsMix(t, v.kpi.current) : '';
  if (mixText) {
    out.push(svg`<svg x=${left} y=${y} width=${textW} height="8" viewBox="0 0 100 10" preserveAspectRatio="none">${mixRects(v.kpi.current as NpsCounts)}</svg>`);
    y += 12;
    y += put(mixText, y, 11, 2, 14, 10, 'muted small') + 2;
  }
  for (const goal of [v.targetText, v.benchmarkText]) if (goal) y += put(goal, y, 11.5, 2, 15, 11, 'small');
  return { content: svg`${out}`, height: y - y0 + TILE_PAD };
}
