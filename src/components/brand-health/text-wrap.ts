/**
 * Line breaking for the export SVG (SVG text does not wrap). Widths are estimated, not
 * measured: the export is built off-screen in one pass, and an estimate that errs wide
 * (0.58 em per Latin character, 1 em per CJK character) keeps lines inside their box.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const TOKENS = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|\s+/g;

/** Estimated width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[A-Z0-9%@MW—]/.test(ch) ? 0.66 : 0.56;
  return em * fontSize;
}

/** Splits `text` into lines no wider than `maxWidth`; past `maxLines` the last line ends in `…`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of text.match(TOKENS) ?? []) {
    const next = current + token;
    if (current && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(current.trimEnd());
      current = /^\s+$/.test(token) ? '' : token;
    } else current = next;
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
