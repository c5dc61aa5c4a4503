/**
 * Line breaking for SVG labels without measuring the DOM (render stays pure and fast):
 * widths are estimated from character classes. CJK text breaks between characters,
 * other scripts at spaces; a label that does not fit ends with an ellipsis (the full
 * text is in the step's accessible name and `<title>`).
 */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

function charWidth(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/[ilj.,:;'’|!()[\]]/.test(ch)) return 0.3;
  if (ch === ' ') return 0.28;
  if (/[A-Z%&@mwMW]/.test(ch)) return 0.72;
  return 0.53;
}

/** Estimated width of `text` in px at `size` px, erring wide (calibrated on DejaVu Sans, the widest common system-ui; bold ≈ 13 % wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.22 : 1.08);
}

/** Breaks `text` into at most `maxLines` lines of at most `width` px. */
export function wrapText(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const tokens = text.trim().match(/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|\s+|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line.trim() === '' || textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  const fitted = lines.map((l) => clip(l, width, size, bold));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1]}…`, width, size, bold, true);
  return kept;
}

/** Shortens one line to `width`, ending with `…` when cut (or when `force` says it was). */
export function clip(line: string, width: number, size: number, bold = false, force = false): string {
  if (textWidth(line, size, bold) <= width && (!force || line.endsWith('…'))) return line;
  const chars = [...line.replace(/…$/, '')];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
