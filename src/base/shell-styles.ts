import { css } from 'lit';

/**
 * Styles of the figure shell shared by every widget. Everything is set on `.base`, not on
 * `:host`, because page rules such as `* { font: 30px serif }` beat `:host` rules; inside
 * the shadow root no page selector reaches us, so the widget looks the same on any page.
 * Sizes are in px and em, never rem: a portal rule on `html` (or `*`) changes the rem.
 */
export const shellStyles = css`
  :host {
    display: block;
    min-width: 0;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    position: relative;
    font: var(--_font);
    font-size: var(--hcx-font-size, 14px);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    -webkit-text-size-adjust: 100%;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  /* A part with its own display (the legend is flex) must still hide in table view. */
  .base [hidden] {
    display: none !important;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px 16px;
    margin-bottom: 8px;
  }
  .titles {
    min-width: 0;
    flex: 1 1 256px;
  }
  [part='title'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }
  [part='description'] {
    margin: 2px 0 0;
    color: var(--_muted);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  button {
    font: inherit;
    font-size: 0.8125em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4.8px 9.6px;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  :focus-visible,
  .focus-ring:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  [part='plot'] {
    position: relative;
    width: 100%;
  }
  [part='plot'] > svg,
  svg.hcx-chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    fill: currentColor;
    font: inherit;
  }
  svg text {
    fill: var(--_text);
    stroke: none;
    font-size: 12px;
  }
  svg .muted {
    fill: var(--_muted);
  }
  svg .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    fill: none;
    shape-rendering: crispEdges;
  }
  svg .axis-line {
    stroke: var(--_border);
    fill: none;
    shape-rendering: crispEdges;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin-top: 8px;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .summary {
    margin: 8px 0 0;
  }
  .meta {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: max(11px, 0.75em);
  }
  .meta span + span::before {
    content: ' · ';
  }
  .banner {
    margin: 0 0 8px;
    padding: 6.4px 9.6px;
    border-radius: 6px;
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    background: var(--_surface);
  }
  [part='empty'],
  .loading {
    display: grid;
    place-items: center;
    min-height: 128px;
    color: var(--_muted);
    text-align: center;
  }
  [part='error'] {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: 6px;
    padding: 9.6px 12.8px;
    background: var(--_surface);
  }
  [part='error'] h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  [part='error'] ul,
  .warnings ul {
    margin: 4px 0;
    padding-inline-start: 20px;
  }
  [part='error'] p {
    margin: 4px 0;
  }
  code {
    font-family: var(--_font-mono);
    font-size: 0.9em;
  }
  .warnings {
    margin-top: 8px;
    color: var(--_muted);
    font-size: max(11px, 0.75em);
  }
  [part='table'] {
    overflow: auto;
    max-height: 512px;
  }
  .table-more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--_grid);
    padding: 4px 8px;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    border-bottom-color: var(--_border);
  }
  td.num,
  th.num {
    text-align: end;
  }
  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 288px;
    padding: 6.4px 9.6px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  [part='tooltip'] strong {
    display: block;
  }
  /* HcxElement.rehearse: laid out for a moment, never seen. */
  .rehearsal {
    position: absolute;
    inset: 0 auto auto 0;
    width: 100%;
    visibility: hidden;
    pointer-events: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    [part='tooltip'] {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .base * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    [part='toolbar'] {
      display: none;
    }
    .base {
      border: none;
      break-inside: avoid;
    }
  }
`;
