import { css } from 'lit';

/**
 * Theme tokens. Pages set the public `--hcx-*` properties (on the widget or any ancestor);
 * the shell maps each to a private `--_*` with a light or dark default, so one override
 * works in both themes. Under `forced-colors` everything maps to system colours.
 * Sizes are px, not rem, so a page that restyles `html` does not resize the widgets.
 * Every element (widgets and the dashboard) includes these tokens and roots its shadow tree
 * in a `.base` element, so the isolation reset below protects all of them.
 */
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
    --_bg: var(--hcx-color-bg, #ffffff);
    --_surface: var(--hcx-color-surface, #f4f6f8);
    --_text: var(--hcx-color-text, #1b2027);
    --_muted: var(--hcx-color-muted, #55606c);
    --_border: var(--hcx-color-border, #cfd6de);
    --_grid: var(--hcx-color-grid, #e4e8ec);
    --_accent: var(--hcx-color-accent, #005eb8);
    --_on-accent: var(--hcx-color-on-accent, #ffffff);
    --_focus: var(--hcx-color-focus, #ffb81c);
    --_focus-ring: var(--hcx-color-focus-ring, #1b2027);
    --_improvement: var(--hcx-color-improvement, #1f77b4);
    --_concern: var(--hcx-color-concern, #c75000);
    --_neither: var(--hcx-color-neither, #6a3d9a);
    --_common: var(--hcx-color-common, #6b7580);
    --_target: var(--hcx-color-target, #b8002e);
    --_danger: var(--hcx-color-danger, #b42318);
    --_warning: var(--hcx-color-warning, #8a4b00);
    --_success: var(--hcx-color-success, #0b6b3a);
    --_seq-low: var(--hcx-color-seq-low, #f7fbff);
    --_seq-high: var(--hcx-color-seq-high, #08306b);
    --_div-bad: var(--hcx-color-div-bad, #b2182b);
    --_div-mid: var(--hcx-color-div-mid, #f7f7f7);
    --_div-good: var(--hcx-color-div-good, #2166ac);
    --_missing: var(--hcx-color-missing, #9aa4ae);
    --_suppressed: var(--hcx-color-suppressed, #c8ced5);
    --_radius: var(--hcx-radius, 8px);
    --_space: var(--hcx-space, 12px);
  }
  .base.dark {
    --_bg: var(--hcx-color-bg, #15191e);
    --_surface: var(--hcx-color-surface, #1f252c);
    --_text: var(--hcx-color-text, #e9edf1);
    --_muted: var(--hcx-color-muted, #a9b4bf);
    --_border: var(--hcx-color-border, #3a434d);
    --_grid: var(--hcx-color-grid, #2b333c);
    --_accent: var(--hcx-color-accent, #6cb4ff);
    --_on-accent: var(--hcx-color-on-accent, #0b1320);
    --_focus-ring: var(--hcx-color-focus-ring, #ffffff);
    --_improvement: var(--hcx-color-improvement, #5aaef0);
    --_concern: var(--hcx-color-concern, #ff9d4d);
    --_neither: var(--hcx-color-neither, #c39bf0);
    --_common: var(--hcx-color-common, #a3adb8);
    --_target: var(--hcx-color-target, #ff6b8b);
    --_danger: var(--hcx-color-danger, #ff8a7a);
    --_warning: var(--hcx-color-warning, #ffc46b);
    --_success: var(--hcx-color-success, #6fdc9c);
    --_seq-low: var(--hcx-color-seq-low, #1b2733);
    --_seq-high: var(--hcx-color-seq-high, #9ecbff);
    --_div-bad: var(--hcx-color-div-bad, #e8777f);
    --_div-mid: var(--hcx-color-div-mid, #2a3038);
    --_div-good: var(--hcx-color-div-good, #74aee6);
    --_missing: var(--hcx-color-missing, #6d7782);
    --_suppressed: var(--hcx-color-suppressed, #3d454f);
  }
  .base.high-contrast {
    --_bg: var(--hcx-color-bg, #000000);
    --_surface: var(--hcx-color-surface, #000000);
    --_text: var(--hcx-color-text, #ffffff);
    --_muted: var(--hcx-color-muted, #ffffff);
    --_border: var(--hcx-color-border, #ffffff);
    --_grid: var(--hcx-color-grid, #8a8a8a);
    --_accent: var(--hcx-color-accent, #ffff00);
    --_on-accent: var(--hcx-color-on-accent, #000000);
    --_focus: var(--hcx-color-focus, #00ffff);
    --_focus-ring: var(--hcx-color-focus-ring, #000000);
    --_improvement: var(--hcx-color-improvement, #00ffff);
    --_concern: var(--hcx-color-concern, #ffff00);
    --_neither: var(--hcx-color-neither, #ff80ff);
    --_common: var(--hcx-color-common, #ffffff);
    --_target: var(--hcx-color-target, #ff8080);
    --_danger: var(--hcx-color-danger, #ff8080);
    --_warning: var(--hcx-color-warning, #ffff00);
    --_success: var(--hcx-color-success, #80ff80);
    --_seq-low: var(--hcx-color-seq-low, #000000);
    --_seq-high: var(--hcx-color-seq-high, #ffff00);
    --_div-bad: var(--hcx-color-div-bad, #ffff00);
    --_div-mid: var(--hcx-color-div-mid, #000000);
    --_div-good: var(--hcx-color-div-good, #00ffff);
    --_missing: var(--hcx-color-missing, #8a8a8a);
    --_suppressed: var(--hcx-color-suppressed, #5a5a5a);
  }
  @media (forced-colors: active) {
    .base,
    .base.dark {
      --_bg: Canvas;
      --_surface: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_grid: GrayText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_focus: Highlight;
      --_focus-ring: CanvasText;
      --_improvement: Highlight;
      --_concern: Mark;
      --_neither: LinkText;
      --_common: CanvasText;
      --_target: LinkText;
      --_danger: Mark;
      --_warning: Mark;
      --_success: Highlight;
      --_missing: GrayText;
      --_suppressed: GrayText;
    }
  }
`;
