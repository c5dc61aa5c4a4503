import { css } from 'lit';

/** Styles of `<hcx-value-stream-map>`; colours only through the shell's `--_*` tokens. */
export const valueStreamStyles = css`
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 168px), 1fr));
    gap: 8px;
    margin: 0 0 12px;
    padding: 0;
    list-style: none;
  }
  .kpi {
    display: flex;
    flex-direction: column;
    gap: 1.6px;
    min-width: 0;
    padding: 7.2px 9.6px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    /* The page background, not a surface: improvement/concern text keeps 4.5:1 on it. */
    background: var(--_bg);
    border-top: 3px solid var(--_border);
  }
  .kpi-label {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .kpi-value {
    font-size: 1.0625em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .kpi-value .before {
    color: var(--_muted);
  }
  .kpi-change {
    font-size: 0.8125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .good {
    color: var(--_improvement);
    fill: var(--_improvement);
  }
  .bad {
    color: var(--_concern);
    fill: var(--_concern);
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    max-width: 100%;
  }
  .scroller > svg.hcx-chart {
    width: auto;
    max-width: none;
    height: auto;
  }
  svg .block-title,
  svg .state-title {
    font-weight: 650;
    font-size: 13px;
  }
  svg .state-title {
    font-size: 14px;
  }
  svg .totals {
    font-size: 12.5px;
    font-weight: 600;
  }
  svg .small,
  svg .data-text,
  svg .wait-text,
  svg .ladder-va,
  svg .kaizen-text,
  svg .role,
  svg .col-head,
  svg .lane-label {
    font-size: 11.5px;
  }
  svg .badge {
    font-size: 11px;
    font-weight: 700;
  }
  svg .badge.concern,
  svg .longest .wait-text {
    fill: var(--_concern);
  }
  svg .badge.mark {
    fill: var(--_muted);
    font-style: italic;
  }
  svg .bar-label,
  svg .box-label,
  svg .col-head {
    font-weight: 600;
  }
  .seg.va {
    fill: var(--_improvement);
  }
  .seg.nva {
    fill: var(--_improvement);
    fill-opacity: 0.3;
    stroke: var(--_improvement);
    stroke-width: 0.5;
  }
  .dark .seg.nva {
    fill-opacity: 0.45;
  }
  .seg.wait {
    fill: url(#vsm-hatch);
  }
  .hatch-bg {
    fill: var(--_surface);
  }
  .hatch-line {
    stroke: var(--_concern);
    stroke-width: 2;
  }
  .seg-sep {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .lane {
    fill: var(--_surface);
    fill-opacity: 0.55;
  }
  .lane.odd {
    fill-opacity: 0.2;
  }
  .edge {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
    stroke-dasharray: 5 3;
  }
  .edge.critical {
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .arrow {
    fill: var(--_muted);
  }
  .arrow.critical {
    fill: var(--_accent);
  }
  .triangle {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .longest .triangle {
    fill: var(--_concern);
    stroke: var(--_concern);
  }
  svg .tri-i {
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }
  .longest .tri-i {
    fill: var(--_bg);
  }
  svg .wait-text,
  svg .ladder-wait,
  svg .ladder-proc,
  svg .ladder-va,
  svg .kind {
    text-anchor: middle;
  }
  svg .wait-text {
    font-weight: 600;
  }
  .box {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .step-visual.critical .box,
  .step-visual.critical .data {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .step-visual.branch .box,
  .step-visual.branch .data,
  .branch-swatch {
    stroke-dasharray: 5 3;
  }
  .branch-swatch {
    fill: none;
  }
  .data {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  svg .data-text.warn {
    fill: var(--_concern);
  }
  .step-visual.bottleneck .box {
    stroke: var(--_concern);
    stroke-width: 3.5;
  }
  .step {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
    stroke: none;
  }
  .step.selected .ring {
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-dasharray: 7 4;
  }
  .step:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 4;
    stroke-dasharray: none;
  }
  .burst {
    fill: var(--_focus);
    stroke: var(--_target);
    stroke-width: 1;
  }
  .ladder-line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  svg .ladder-proc {
    font-weight: 600;
  }
  svg .ladder-wait {
    fill: var(--_concern);
  }
  svg .bar-value {
    font-weight: 600;
  }
  svg .change,
  svg .change.good,
  svg .change.bad {
    text-anchor: end;
    font-weight: 600;
  }
  svg .kind {
    font-size: 11px;
    font-weight: 700;
    fill: var(--_muted);
  }
  svg .kind.removed,
  svg .kind.merged,
  svg .kind.added {
    fill: var(--_text);
  }
  .row-band {
    fill: var(--_surface);
    fill-opacity: 0.6;
  }
  [part='legend'] span {
    display: inline-flex;
    align-items: center;
    gap: 5.6px;
  }
  .swatch {
    flex: none;
  }
  .high-contrast .lane {
    fill-opacity: 0;
    stroke: var(--_grid);
  }
  @media (forced-colors: active) {
    .seg.nva {
      fill: Canvas;
    }
    .step:focus-visible .ring {
      stroke: Highlight;
    }
  }
`;
