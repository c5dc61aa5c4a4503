// Rollup plugin: drops the source indentation inside Lit's html`…` and svg`…` templates (a
// newline followed by spaces becomes the newline alone) and minifies css`…` (comments, line
// breaks, blanks around punctuation), returning a source map of its edits. Safe: CSS
// ignores whitespace outside strings, and HTML/SVG collapse a whitespace run to one space
// (we style nothing with `white-space: pre`). Untouched code maps character for character;
// inside an edited template piece, everything maps to the piece's start.
// (A real HTML/CSS minifier, @lit-labs/rollup-plugin-minify-html-literals, would save a
// little more but is not installed.)
const TAGS = new Set(['css', 'html', 'svg']);

/** Every node of an ESTree AST, depth first. */
function* nodes(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* nodes(item);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') yield* nodes(node[key]);
}

/**
 * A css`…` piece, minified: comments go, every blank run becomes one space, and spaces
 * around `{ } ; >`, before `,` and after `:` go, as does a `;` before `}`. Quoted strings
 * (`content: ' · '`) are left alone. A piece between two `${…}` (like the space in
 * `${a} ${b}`) keeps its lone blank: only blanks next to punctuation are dropped. (The
 * blank after `,` stays: in `var(--x, #fff)` it is part of a custom property's value.)
 */
export function minifyCss(raw) {
  return raw
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, ' ')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};>]) ?/g, '$1')
            .replace(/ ,/g, ',')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += BASE64[digit];
  } while (v);
  return out;
}

/**
 * The source map of `code` after `edits` ([start, end, text], ascending): untouched code
 * maps character for character, an edited template piece to where the piece began.
 */
function editMap(code, edits, id) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lines = [];
  let segments = [];
  let column = 0;
  let last = { column: 0, line: 0, sourceColumn: 0 };
  const mark = (pos) => {
    const line = lineOf(pos);
    const sourceColumn = pos - lineStarts[line];
    segments.push(vlq(column - last.column) + vlq(0) + vlq(line - last.line) + vlq(sourceColumn - last.sourceColumn));
    last = { column, line, sourceColumn };
  };
  const emit = (text, from, exact) => {
    for (let i = 0; i < text.length; i++) {
      if (exact || i === 0) mark(exact ? from + i : from);
      if (text[i] === '\n') {
        lines.push(segments.join(','));
        segments = [];
        column = 0;
        last = { ...last, column: 0 };
      } else column++;
    }
  };
  let pos = 0;
  for (const [start, end, text] of edits) {
    emit(code.slice(pos, start), pos, true);
    emit(text, start, false);
    pos = end;
  }
  emit(code.slice(pos), pos, true);
  lines.push(segments.join(','));
  return { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: lines.join(';') };
}

export function trimTemplateIndent() {
  return {
    name: 'trim-template-indent',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const node of nodes(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) continue;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) continue; // positions not what we expect: leave it
          const trimmed = node.tag.name === 'css' ? minifyCss(raw) : raw.replace(/\n[ \t]+/g, '\n');
          if (trimmed !== raw) edits.push([quasi.start, quasi.end, trimmed]);
        }
      }
      if (edits.length === 0) return null;
      edits.sort((a, b) => a[0] - b[0]);
      let out = '';
      let pos = 0;
      for (const [start, end, text] of edits) {
        out += code.slice(pos, start) + text;
        pos = end;
      }
      out += code.slice(pos);
      return { code: out, map: editMap(code, edits, id) };
    },
  };
}
