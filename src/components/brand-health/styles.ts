import { css } from 'lit';

/**
 * Styles of `<hcx-brand-health>`: a CSS grid of HTML tiles with small inline SVGs, and the
 * index block. Colours only through the shell's `--_*` tokens; sizes in px/em (never rem).
 * Layout breakpoints come from the measured width (classes `wide`/`narrow`, the `--cols` property), so
 * the panel adapts to its column, not to the viewport.
 */
export const brandHealthStyles = css`
  .panel {
    display: grid;
    gap: 12px;
    min-width: 0;
  }

  /* Alert strip: always present (a polite live region), visible only with alerts. */
  .alerts {
    display: grid;
    gap: 4px;
  }
  .alerts:not(.on) {
    /* Empty: take no room (the panel's gap would leave a blank band). */
    margin-bottom: -12px;
  }
  .alerts.on {
    padding: 8px 12px;
    border: 1px solid var(--_danger);
    border-inline-start-width: 5px;
    border-radius: 6px;
    background: var(--_bg);
  }
  .alert-line {
    margin: 0;
    line-height: 1.4;
  }
  .alert-line strong,
  .alert-icon {
    color: var(--_danger);
  }

  /* KPI tiles. */
  .tiles {
    display: grid;
    gap: 10px;
    /* --cols is set from the measured width (layout.ts), through CSSOM (CSP-safe). */
    grid-template-columns: repeat(var(--cols, 1), minmax(0, 1fr));
  }
  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    padding: 8px 12px 10px;
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .tile.compact {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 12px;
    align-items: center;
  }
  .tile.compact > * {
    grid-column: 1 / -1;
  }
  .tile.compact > .tile-main {
    grid-column: 1;
  }
  .tile.compact > .spark-box {
    grid-column: 2;
    width: 132px;
  }
  .tile.compact .spark {
    margin-top: 0;
  }
  .tile.alert {
    border-top-color: var(--_danger);
    border-color: var(--_danger);
  }
  .tile.not-met {
    border-top-color: var(--_concern);
  }
  .tile.met {
    border-top-color: var(--_success);
  }
  .tile.selected,
  .row.selected {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .tile-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 6px;
  }
  .tile-label {
    font-weight: 600;
    font-size: 13px;
    line-height: 1.3;
    margin-inline-end: auto;
  }
  .tile-value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 6px;
    line-height: 1.15;
    margin-top: 2px;
  }
  .tile-value .value {
    font-size: 26px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .tile-value .margin {
    color: var(--_muted);
    font-size: 14px;
    font-variant-numeric: tabular-nums;
  }
  .tile-n,
  .spark-axis,
  .mix-labels,
  .tile-goals,
  .tile-verdict {
    font-size: 12px;
    line-height: 1.35;
  }
  .tile-n,
  .spark-axis,
  .mix-labels {
    color: var(--_muted);
  }
  .tile-change {
    margin-top: 4px;
    font-weight: 650;
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .tile-verdict.significant {
    font-weight: 600;
  }
  .good {
    color: var(--_improvement);
  }
  .bad {
    color: var(--_concern);
  }
  /* Export text and effect bars take the tone too. */
  .good,
  .bad {
    fill: currentColor;
  }
  .arrow {
    font-size: 0.85em;
  }
  .badge {
    display: inline-block;
    font-size: 11px;
    font-weight: 700;
    line-height: 16px;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 9px;
    white-space: nowrap;
  }
  .badge.alert {
    color: var(--_danger);
  }
  .badge.caution {
    color: var(--_warning);
  }
  .badge.insufficient,
  .badge.missing {
    color: var(--_muted);
  }
  .spark {
    display: block;
    width: 100%;
    height: 40px;
    margin-top: 6px;
    overflow: visible;
  }
  .spark-axis {
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .spark-base {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .spark-band {
    fill: var(--_accent);
    fill-opacity: 0.18;
    stroke: none;
  }
  .spark-line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .spark-target {
    stroke: var(--_target);
    stroke-width: 1.25;
    stroke-dasharray: 4 3;
  }
  .spark-dot {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .mix {
    display: block;
    width: 100%;
    height: 10px;
    margin-top: 6px;
  }
  .mix-promoters {
    fill: var(--_improvement);
    background: var(--_improvement);
  }
  .mix-passives {
    fill: var(--_missing);
    background: var(--_missing);
  }
  .mix-detractors {
    fill: var(--_concern);
    background: var(--_concern);
  }
  .mix rect + rect {
    stroke: var(--_bg);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .mix-labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 10px;
    margin-top: 2px;
  }
  .swatch {
    display: inline-block;
    width: 9px;
    height: 9px;
    margin-inline-end: 4px;
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .tile-goals {
    display: flex;
    flex-direction: column;
    margin-top: 6px;
    padding-top: 4px;
    border-top: 1px solid var(--_grid);
  }
  .target.met .mark {
    color: var(--_success);
  }
  .target.not-met .mark {
    color: var(--_concern);
  }

  /* Index block. */
  .index {
    display: grid;
    gap: 12px 20px;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .wide .index {
    grid-template-columns: minmax(230px, 300px) minmax(0, 1fr);
  }
  .index-card {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .index-title {
    font-weight: 650;
    font-size: 14px;
  }
  .index-value {
    line-height: 1.1;
    margin-top: 2px;
  }
  .index-value .big {
    font-size: 32px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .index-value .of,
  .muted {
    color: var(--_muted);
  }
  .index-change {
    font-weight: 600;
    font-size: 13px;
    margin-top: 2px;
  }
  .index-bar {
    display: block;
    width: 100%;
    height: 14px;
    margin-top: 6px;
  }
  .movers-title {
    margin-top: 10px;
    font-weight: 600;
    font-size: 13px;
  }
  .movers {
    display: grid;
    gap: 3px;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    font-size: 12px;
  }
  .movers li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 56px auto;
    gap: 6px;
    align-items: center;
  }
  .mover-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .note {
    margin: 8px 0 0;
    font-size: 12px;
    color: var(--_muted);
  }
  svg .track {
    fill: var(--_grid);
  }
  svg .fill {
    fill: var(--_accent);
  }
  .level-2 svg .fill,
  svg .sub {
    fill-opacity: 0.75;
  }
  svg .prev {
    stroke: var(--_text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .effect-bar {
    display: block;
    width: 56px;
    height: 10px;
  }
  .effect-bar .zero {
    stroke: var(--_muted);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }

  /* Indicator tree: weighted bars, one row per indicator, children indented. */
  .tree-wrap {
    min-width: 0;
  }
  .row-grid {
    display: grid;
    grid-template-columns: 14px minmax(0, 1.15fr) minmax(110px, 1.5fr) 56px 104px;
    gap: 4px 10px;
    align-items: center;
  }
  .tree-head {
    padding: 0 6px 4px;
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 11.5px;
    line-height: 1.3;
  }
  .tree-head .num {
    white-space: normal;
  }
  .row {
    padding: 5px 6px;
    border-bottom: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  .row.level-2 {
    font-size: 13px;
  }
  .row.level-2 .row-label {
    padding-inline-start: 14px;
  }
  .row.level-1 .name {
    font-weight: 600;
  }
  .toggle {
    color: var(--_muted);
  }
  .row-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .weight {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .row-bar {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  .score-bar {
    flex: 1 1 auto;
    min-width: 40px;
    height: 18px;
  }
  .row-score {
    min-width: 2.6em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .no-data {
    flex: 1 1 auto;
    color: var(--_muted);
    font-style: italic;
    font-size: 12px;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .row-effect {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 6px;
  }
  .row.selected {
    background: var(--_surface);
  }
  /* Narrow: toggle and label on the first line, bar, change and effect under the label. */
  .narrow .row-grid {
    grid-template-columns: 14px minmax(0, 1fr) auto auto;
  }
  .narrow .row-grid > :nth-child(2) {
    grid-column: 2 / -1;
  }
  .narrow .row-grid > :nth-child(3) {
    grid-column: 2;
  }
  .narrow .row-effect .effect-bar {
    display: none;
  }

  /* Legend. */
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .legend-swatch {
    width: 22px;
    height: 12px;
  }

  /* Tooltip: positioned by the element under the hovered or focused item. */
  [part='tooltip'] span {
    display: block;
  }

  /* The export SVG is built here off-screen for a moment (see toSVG). */
  .export-stage {
    position: absolute;
    left: 0;
    top: 0;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  svg .x-title {
    font-size: 16px;
    font-weight: 700;
  }
  svg .x-head {
    font-size: 14px;
    font-weight: 700;
  }
  svg .x-bold {
    font-size: 12.5px;
    font-weight: 650;
  }
  svg .small {
    font-size: 11.5px;
  }
  svg .end {
    text-anchor: end;
  }
  svg .x-value {
    font-size: 24px;
    font-weight: 700;
  }
  svg .x-margin {
    font-size: 13px;
    font-weight: 400;
  }
  svg .x-alert-text {
    font-size: 12.5px;
  }
  /* Export: tile and alert boxes, and the status edges (the sparkline dot shares .alert). */
  svg .alert {
    fill: var(--_danger);
  }
  svg .met {
    fill: var(--_success);
  }
  svg .not-met {
    fill: var(--_concern);
  }
  svg .x-box {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  svg .x-box.alert {
    stroke: var(--_danger);
  }

  @media (forced-colors: active) {
    .tile,
    .row.selected {
      forced-color-adjust: auto;
    }
    .tile.selected,
    .row.selected {
      outline: 2px solid Highlight;
    }
  }
`;
