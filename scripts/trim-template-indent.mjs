// Rollup plugin: drops the source indentation inside Lit's css`…`, html`…` and svg`…`
// templates (a newline followed by spaces becomes the newline alone), and minifies css`…`
// a little more (comments, blanks around punctuation), still line for line. Safe: CSS ignores
// whitespace outside strings, which cannot span lines, and HTML/SVG collapse a whitespace
// run to one space (we style nothing with `white-space: pre`). Newlines stay, so every line
// keeps its number and the source map stays valid line by line; an expression `${…}` that
// started an indented template line maps a few columns off, which no tool here relies on.
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

const newlines = (text) => '\n'.repeat(text.split('\n').length - 1);

/**
 * A css`…` piece, minified without moving a line: comments go (their newlines stay),
 * blanks around `{ } ; >`, before `,` and after `:` go, and a `;` before `}` goes. (The
 * blank after `,` stays: in `var(--x, #fff)` it is part of a custom property's value.) Quoted strings
 * (`content: ' · '`) are left alone. A piece between two `${…}` (like the space in
 * `${a} ${b}`) keeps its lone blank: only blanks next to punctuation are dropped.
 */
export function minifyCss(raw) {
  return raw
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, newlines)
            .replace(/[ \t]*\n\s*/g, newlines)
            .replace(/[ \t]+/g, ' ')
            .replace(/ ?([{};>]) ?/g, '$1')
            .replace(/ ,/g, ',')
            .replace(/: /g, ':')
            .replace(/;(\s*)}/g, '$1}'),
    )
    .join('');
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
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
