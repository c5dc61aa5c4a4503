/**
 * Text widths for SVG layout without touching the DOM (render stays pure and fast): estimated
 * from character classes, erring wide. CJK breaks between characters, other scripts at spaces.
 */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;
const TOKENS = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|\s+|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+/g;

function charWidth(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/[ilj.,:;'’|!()[\]\u00a0\u202f]/.test(ch)) return 0.3;
  if (ch === ' ') return 0.28;
  if (/[MW@%—]/.test(ch)) return 0.9;
  if (/[A-Zmw&–]/.test(ch)) return 0.74;
  return 0.56;
}

/** Estimated width of `text` in px at `size` px, about 8 % wide of DejaVu Sans (the widest common system-ui). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.24 : 1.12);
}

/** Shortens `text` to `width` px, ending with `…` when cut; `''` when not even one character fits. */
export function clip(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return chars.length ? `${chars.join('').trimEnd()}…` : '';
}

/**
 * Breaks `text` into lines of at most `width` px; the last allowed line ends with `…` when text
 * is left over. A line that broke at a space keeps one trailing space, so the lines joined (an
 * SVG `<text>` read by a screen reader, `textContent`) give back the words apart; CJK lines,
 * broken between characters, join without one.
 */
export function wrap(text: string, width: number, size: number, maxLines = Infinity, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.trim().match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line.trim() === '' || textWidth(candidate, size, bold) <= width) line = candidate;
    else {
      lines.push(line);
      line = token;
    }
  }
  if (line.trim()) lines.push(line);
  const fitted = lines.map((l) => {
    const spaced = l.endsWith(' ');
    const cut = clip(l.trimEnd(), width, size, bold);
    return spaced && !cut.endsWith('…') ? `${cut} ` : cut;
  });
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1]!.trimEnd()}…`, width, size, bold);
  return kept;
}
