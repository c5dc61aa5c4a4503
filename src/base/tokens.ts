import { css, unsafeCSS } from 'lit';

/**
 * Theme tokens. Pages set the public `--hcx-*` properties (on the widget or any ancestor);
 * the shell maps each to a private `--_*` with a light or dark default, so one override
 * works in both themes. Under `forced-colors` everything maps to system colours.
 * Sizes are px, not rem, so a page that restyles `html` does not resize the widgets.
 * Every element (widgets and the dashboard) includes these tokens and roots its shadow tree
 * in a `.base` element, so the isolation reset below protects all of them.
 */

/**
 * Each colour token `--hcx-color-<name>`: its default in the light, dark and high-contrast
 * themes, then its system colour under `forced-colors` (which ignores page overrides).
 * `-`: none (the light default holds in dark; forced colours leave the token as it is).
 * A table, not three CSS blocks repeating every name: every widget bundle carries it.
 */
const COLORS: Record<string, string> = {
  bg: '#ffffff #15191e #000000 Canvas',
  surface: '#f4f6f8 #1f252c #000000 Canvas',
  text: '#1b2027 #e9edf1 #ffffff CanvasText',
  muted: '#55606c #a9b4bf #ffffff CanvasText',
  border: '#cfd6de #3a434d #ffffff CanvasText',
  grid: '#e4e8ec #2b333c #8a8a8a GrayText',
  accent: '#005eb8 #6cb4ff #ffff00 Highlight',
  'on-accent': '#ffffff #0b1320 #000000 HighlightText',
  focus: '#ffb81c - #00ffff Highlight',
  'focus-ring': '#1b2027 #ffffff #000000 CanvasText',
  improvement: '#1f77b4 #5aaef0 #00ffff Highlight',
  concern: '#c75000 #ff9d4d #ffff00 Mark',
  neither: '#6a3d9a #c39bf0 #ff80ff LinkText',
  common: '#6b7580 #a3adb8 #ffffff CanvasText',
  target: '#b8002e #ff6b8b #ff8080 LinkText',
  danger: '#b42318 #ff8a7a #ff8080 Mark',
  warning: '#8a4b00 #ffc46b #ffff00 Mark',
  success: '#0b6b3a #6fdc9c #80ff80 Highlight',
  'seq-low': '#f7fbff #1b2733 #000000 -',
  'seq-high': '#08306b #9ecbff #ffff00 -',
  'div-bad': '#b2182b #e8777f #ffff00 -',
  'div-mid': '#f7f7f7 #2a3038 #000000 -',
  'div-good': '#2166ac #74aee6 #00ffff -',
  missing: '#9aa4ae #6d7782 #8a8a8a GrayText',
  suppressed: '#c8ced5 #3d454f #5a5a5a GrayText',
};

/** The declarations of column `column` of `COLORS` (0 light … 3 forced colours). */
function declarations(column: number): ReturnType<typeof unsafeCSS> {
  let text = '';
  for (const [name, values] of Object.entries(COLORS)) {
    const value = values.split(' ')[column];
    if (value !== '-') text += `--_${name}:${column < 3 ? `var(--hcx-color-${name}, ${value})` : value};`;
  }
  return unsafeCSS(text);
}

export const tokens = css`
  .base {
    /* Isolation from the page. Inherited properties cross into the shadow root (text-indent,
       white-space, text-shadow, fill, stroke, list-style … that a portal sets on body or *):
       reset them all; each element then sets its own. \`all\` leaves custom properties (these
       tokens), direction and unicode-bidi alone; visibility and pointer-events still follow
       the page, which uses them to hide or disable whole regions. */
    all: initial;
    display: block;
    visibility: inherit;
    pointer-events: inherit;
    --_font: var(--hcx-font, 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-mono: var(--hcx-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    ${declarations(0)}
    --_radius: var(--hcx-radius, 8px);
    --_space: var(--hcx-space, 12px);
  }
  .base.dark {
    ${declarations(1)}
  }
  .base.high-contrast {
    ${declarations(2)}
  }
  @media (forced-colors: active) {
    .base,
    .base.dark {
      ${declarations(3)}
    }
  }
`;
