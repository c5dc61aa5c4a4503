import { css } from 'lit';

/**
 * Styles of `<hcx-control-chart>`: colours only through the shell's `--_*` tokens (dark,
 * high-contrast and forced colours follow); every meaning also has a shape or dash pattern.
 */
export const controlChartStyles = css`
  svg.hcx-chart {
    touch-action: pan-y;
  }
  svg.hcx-chart:focus {
    outline: none;
  }
  svg.hcx-chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg .verdict {
    font-size: 13px;
    font-weight: 600;
  }
  svg .tick {
    fill: var(--_muted);
    font-size: 11.5px;
    text-anchor: end;
    font-variant-numeric: tabular-nums;
  }
  svg .tick.x {
    text-anchor: middle;
  }
  svg .edge-label {
    font-size: 11.5px;
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  svg .edge-label.kind-centre {
    fill: var(--_text);
    font-weight: 600;
  }
  svg .edge-label.kind-target {
    fill: var(--_target);
    font-weight: 600;
  }
  svg .phase-label {
    font-size: 11.5px;
    font-weight: 600;
    fill: var(--_text);
  }
  svg .phase-label.trial {
    fill: var(--_muted);
    font-style: italic;
  }
  svg .unit-label {
    font-size: 11.5px;
    fill: var(--_muted);
  }
  /* Labels inside the plot keep a halo of the background so lines behind them do not cut them. */
  svg .phase-mean,
  svg .note-text,
  svg .phase-label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .phase-mean {
    font-size: 11.5px;
    fill: var(--_muted);
    text-anchor: end;
    font-variant-numeric: tabular-nums;
  }
  svg .panel-title {
    font-size: 11.5px;
    font-weight: 600;
    fill: var(--_muted);
  }
  svg .separator {
    stroke: var(--_border);
    stroke-width: 1.5;
    fill: none;
  }
  svg .note-line {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
    fill: none;
  }
  svg .note circle {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.2;
  }
  svg .note-number {
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }
  svg .note-text {
    font-size: 11.5px;
  }
  svg .line,
  svg .secondary-line {
    fill: none;
    stroke: var(--_common);
    stroke-width: 1.6;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  svg .secondary-line {
    stroke-width: 1.2;
  }
  svg .dot {
    fill: var(--_common);
    stroke: none;
  }
  svg .centre,
  svg .secondary-centre {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  svg .limit,
  svg .secondary-limit {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.4;
    stroke-dasharray: 6 4;
  }
  svg .trial {
    stroke-opacity: 0.75;
  }
  svg .centre.trial {
    stroke-dasharray: 10 4;
  }
  svg .limit.trial {
    stroke-dasharray: 2 4;
  }
  svg .sigma {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }
  svg .projected {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 4 4;
  }
  svg .projected-band {
    fill: var(--_muted);
    fill-opacity: 0.12;
    stroke: none;
  }
  svg .target {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.6;
    stroke-dasharray: 8 3 2 3;
  }
  svg .mark {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  svg .mark.improvement {
    fill: var(--_improvement);
  }
  svg .mark.concern {
    fill: var(--_concern);
  }
  svg .mark.neither {
    fill: var(--_neither);
  }
  svg .mark.excluded {
    fill: var(--_bg);
    stroke: var(--_common);
    stroke-width: 1.6;
  }
  svg .mark.excluded.improvement {
    stroke: var(--_improvement);
  }
  svg .mark.excluded.concern {
    stroke: var(--_concern);
  }
  svg .mark.excluded.neither {
    stroke: var(--_neither);
  }
  svg .focus-guide {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
    fill: none;
    pointer-events: none;
  }
  svg .focus-ring {
    fill: none;
    stroke: var(--_focus-ring);
    stroke-width: 4.5;
    pointer-events: none;
    paint-order: stroke;
  }
  svg .focus-mark circle {
    outline: none;
  }
  svg .focus-mark .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  svg .selected-band {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-opacity: 0.35;
    fill: none;
  }
  svg .selected-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  /* Icons: a ring in the signal's colour, a letter and a small run of dots. */
  svg .icon-ring {
    fill: var(--_bg);
    stroke: var(--_common);
    stroke-width: 3;
  }
  svg .icon.improvement .icon-ring {
    stroke: var(--_improvement);
  }
  svg .icon.concern .icon-ring {
    stroke: var(--_concern);
  }
  svg .icon.neither .icon-ring {
    stroke: var(--_neither);
  }
  svg .icon-letter {
    font-size: 13px;
    font-weight: 800;
    text-anchor: middle;
    fill: var(--_text);
  }
  svg .icon-letter.big {
    font-size: 17px;
  }
  svg .icon-trace {
    fill: none;
    stroke: var(--_common);
    stroke-width: 1.2;
  }
  svg .icon-dot {
    fill: var(--_common);
  }
  svg .icon-dot.improvement {
    fill: var(--_improvement);
  }
  svg .icon-dot.concern {
    fill: var(--_concern);
  }
  svg .icon-dot.neither {
    fill: var(--_neither);
  }
  svg .icon-target {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  svg .icon-caption {
    font-size: 11px;
    fill: var(--_muted);
    text-anchor: middle;
  }
  [part='tooltip'].tip {
    display: flex;
    flex-direction: column;
    gap: 1px;
    min-width: 176px;
    max-width: 288px;
  }
  [part='legend'] {
    flex-direction: column;
    gap: 6px;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .note-badge {
    display: inline-grid;
    place-items: center;
    min-width: 17px;
    height: 17px;
    margin-inline-end: 6px;
    border: 1.2px solid var(--_muted);
    border-radius: 9px;
    font-size: 11px;
    font-weight: 700;
    color: var(--_text);
  }
`;
