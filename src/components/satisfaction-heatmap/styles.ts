import { css, unsafeCSS } from 'lit';
import { TOKEN_NAMES } from './palette.js';

/** Each probe takes the colour of its token, read back resolved by `getComputedStyle` (see `paint`). */
const probeStyles = unsafeCSS(Object.entries(TOKEN_NAMES).map(([key, token]) => `.probes .${key}{color:var(${token})}`).join(''));

/**
 * Styles of `<hcx-satisfaction-heatmap>`; colours only through the shell's `--_*` tokens.
 *
 * The diverging defaults are blue–orange here instead of the shell's red–blue: orange
 * (PuOr #b35806) for worse, ColorBrewer blue for better, matching the library's concern /
 * improvement colours, and further apart than red–blue under protanopia (ΔE*ab ≈ 90 vs
 * 61). Pages still override them with `--hcx-color-div-bad/-mid/-good`.
 */
export const heatmapStyles = css`
  .base {
    --_div-bad: var(--hcx-color-div-bad, #b35806);
    --_div-mid: var(--hcx-color-div-mid, #f7f7f7);
    --_div-good: var(--hcx-color-div-good, #2166ac);
  }
  .base.dark {
    --_div-bad: var(--hcx-color-div-bad, #e8924a);
    --_div-mid: var(--hcx-color-div-mid, #2a3038);
    --_div-good: var(--hcx-color-div-good, #6fa8e8);
  }
  .base.high-contrast {
    --_div-bad: var(--hcx-color-div-bad, #ff9f1a);
    --_div-mid: var(--hcx-color-div-mid, #000000);
    --_div-good: var(--hcx-color-div-good, #33ccff);
  }
  .hm-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin: 0 0 6px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .hm-tools label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .hm-tools select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 2px 6px;
    min-height: 24px;
    max-width: 100%;
  }
  .stage {
    position: relative;
  }
  .stage > canvas.cells-canvas {
    position: absolute;
    display: block;
    pointer-events: none;
  }
  .stage > svg.hcx-chart {
    position: relative;
  }
  .no-cells {
    margin: 0;
    color: var(--_muted);
  }
  svg .row-label {
    text-anchor: end;
    dominant-baseline: central;
  }
  svg .sum-label {
    fill: var(--_muted);
  }
  svg .col-label,
  svg .sum-head {
    font-size: 11.5px;
    fill: var(--_muted);
  }
  svg .sum-head {
    text-anchor: middle;
    font-weight: 600;
  }
  svg .sum-cell {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  svg .sum-cell.overall {
    stroke-width: 1;
  }
  svg .sum-value {
    text-anchor: end;
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
  }
  svg .sum-value.overall {
    font-weight: 700;
  }
  svg .sum-bar {
    fill: var(--_muted);
  }
  svg .sum-target {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
  svg .sum-lock {
    fill: var(--_muted);
  }
  svg .sum-shackle {
    fill: none;
    stroke: var(--_muted);
  }
  svg .grid-bg {
    fill: var(--_grid);
  }
  svg .missing.flat {
    fill: var(--_missing);
  }
  .hatch-bg {
    fill: var(--_bg);
  }
  .hatch-line {
    stroke: var(--_missing);
    stroke-width: 1.5;
  }
  svg .suppressed {
    fill: var(--_suppressed);
  }
  svg .lock {
    fill: var(--_text);
  }
  svg .shackle {
    fill: none;
    stroke: var(--_text);
  }
  svg .values text {
    fill: inherit;
    font-size: 11px;
    text-anchor: middle;
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
  }
  svg .hot-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 3.5;
  }
  svg .hot-halo.alarm {
    stroke-width: 4.5;
  }
  svg .hot {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  svg .hot.alarm {
    stroke-width: 2.25;
    stroke-dasharray: none;
  }
  svg .hot-tick {
    fill: var(--_text);
  }
  svg .cursor {
    outline: none;
    box-shadow: none;
  }
  svg .cursor-hit {
    fill: transparent;
  }
  svg .ring,
  svg .ring-outer {
    fill: none;
    display: none;
  }
  svg .cursor:focus .ring-outer {
    display: inline;
    stroke: var(--_focus-ring);
    stroke-width: 5.5;
  }
  svg .cursor:focus .ring {
    display: inline;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  svg .row-highlight {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  svg .row-marker {
    fill: var(--_accent);
  }
  svg .cell-highlight {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  [part='tooltip'].tip {
    width: max-content;
    max-width: min(300px, 90%);
  }
  .tip span {
    display: block;
  }
  .tip .tip-flag {
    font-weight: 600;
  }
  [part='legend'] {
    align-items: flex-start;
  }
  .legend-ramp {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .ramp-title {
    font-weight: 600;
    color: var(--_text);
  }
  .ramp-row {
    display: flex;
    align-items: flex-start;
    gap: 6px;
  }
  .ramp-end {
    line-height: 12px;
  }
  svg.ramp {
    overflow: visible;
    flex: none;
  }
  svg.ramp text {
    font-size: 11px;
    fill: var(--_muted);
  }
  svg.ramp .ramp-mid {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .swatch .sw-plain {
    fill: var(--_surface);
  }
  .probes {
    display: none;
  }
  ${probeStyles}
`;
