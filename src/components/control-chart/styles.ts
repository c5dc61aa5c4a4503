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
  .verdict {
    font-size: 13px;
    font-weight: 600;
  }
  .tick {
    fill: var(--_muted);
    font-size: 11.5px;
    text-anchor: end;
    font-variant-numeric: tabular-nums;
  }
  .tick.x {
    text-anchor: middle;
  }
  .edge-label {
    font-size: 11.5px;
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .edge-label.kind-centre {
    fill: var(--_text);
    font-weight: 600;
  }
  .edge-label.kind-target {
    fill: var(--_target);
    font-weight: 600;
  }
  .phase-label {
    font-size: 11.5px;
    font-weight: 600;
    fill: var(--_text);
  }
  .phase-label.trial {
    fill: var(--_muted);
    font-style: italic;
  }
  .unit-label {
    font-size: 11.5px;
    fill: var(--_muted);
  }
  /* Labels inside the plot keep a halo of the background so lines behind them do not cut them. */
  .phase-mean,
  .note-text,
  .phase-label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .phase-mean {
    font-size: 11.5px;
    fill: var(--_muted);
    text-anchor: end;
    font-variant-numeric: tabular-nums;
  }
  .panel-title {
    font-size: 11.5px;
    font-weight: 600;
    fill: var(--_muted);
  }
  .separator {
    stroke: var(--_border);
    stroke-width: 1.5;
    fill: none;
  }
  .note-line {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
    fill: none;
  }
  .note circle {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.2;
  }
  .note-number {
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }
  .note-text {
    font-size: 11.5px;
  }
  .line,
  .secondary-line {
    fill: none;
    stroke: var(--_common);
    stroke-width: 1.6;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .secondary-line {
    stroke-width: 1.2;
  }
  .dot {
    fill: var(--_common);
    stroke: none;
  }
  .centre,
  .secondary-centre {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .limit,
  .secondary-limit {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.4;
    stroke-dasharray: 6 4;
  }
  .trial {
    stroke-opacity: 0.75;
  }
  .centre.trial {
    stroke-dasharray: 10 4;
  }
  .limit.trial {
    stroke-dasharray: 2 4;
  }
  .sigma {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }
  .projected {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 4 4;
  }
  .projected-band {
    fill: var(--_muted);
    fill-opacity: 0.12;
    stroke: none;
  }
  .target {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.6;
    stroke-dasharray: 8 3 2 3;
  }
  .mark {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .mark.improvement,
  .icon-dot.improvement {
    fill: var(--_improvement);
  }
  .mark.concern,
  .icon-dot.concern {
    fill: var(--_concern);
  }
  .mark.neither,
  .icon-dot.neither {
    fill: var(--_neither);
  }
  .mark.excluded {
    fill: var(--_bg);
    stroke: var(--_common);
    stroke-width: 1.6;
  }
  .mark.excluded.improvement,
  .icon.improvement .icon-ring {
    stroke: var(--_improvement);
  }
  .mark.excluded.concern,
  .icon.concern .icon-ring {
    stroke: var(--_concern);
  }
  .mark.excluded.neither,
  .icon.neither .icon-ring {
    stroke: var(--_neither);
  }
  .focus-guide {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
    fill: none;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus-ring);
    stroke-width: 4.5;
    pointer-events: none;
    paint-order: stroke;
  }
  .focus-mark circle {
    outline: none;
  }
  .focus-mark .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .selected-band {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-opacity: 0.35;
    fill: none;
  }
  .selected-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  /* Icons: a ring in the signal's colour, a letter and a small run of dots. */
  .icon-ring {
    fill: var(--_bg);
    stroke: var(--_common);
    stroke-width: 3;
  }
  .icon-letter {
    font-size: 13px;
    font-weight: 800;
    text-anchor: middle;
    fill: var(--_text);
  }
  .icon-letter.big {
    font-size: 17px;
  }
  .icon-trace {
    fill: none;
    stroke: var(--_common);
    stroke-width: 1.2;
  }
  .icon-dot {
    fill: var(--_common);
  }
  .icon-target {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .icon-caption {
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
