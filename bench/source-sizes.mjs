// Which sources fill a minified bundle: reads its source map and gives each source the bytes
// of the generated code its mappings cover (from one mapping to the next on the same line).
// Gzip does not split by source, so these are minified bytes, for seeing where budgets go.
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment of base64 VLQ numbers (the source-map v3 encoding). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Groups a source path: `src/components/heatmap`, `lit-html`, `d3-scale`, … */
function groupOf(source) {
  const modules = source.split('node_modules/');
  if (modules.length > 1) {
    const parts = modules[modules.length - 1].split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const path = source.replace(/^(\.\.\/)+/, '');
  const parts = path.split('/');
  return parts.slice(0, parts[0] === 'src' && parts[1] === 'components' ? 3 : 2).join('/');
}

/** `[{ group, bytes, share }]` of `bundleFile` (with its `.map` beside it), largest first. */
export function sourceSizes(bundleFile, top = 15) {
  const code = readFileSync(bundleFile, 'utf8');
  const map = JSON.parse(readFileSync(new URL(`${bundleFile.href}.map`), 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let column = 0;
    const segments = line ? line.split(',').map(decodeSegment) : [];
    segments.forEach((segment, j) => {
      column += segment[0];
      if (segment.length >= 4) source += segment[1];
      const next = j + 1 < segments.length ? column + segments[j + 1][0] : text.length;
      if (segment.length < 4) return;
      const group = groupOf(map.sources[source]);
      bytes.set(group, (bytes.get(group) ?? 0) + Buffer.byteLength(text.slice(column, next)));
    });
  });
  const total = code.length;
  return [...bytes.entries()]
    .map(([group, b]) => ({ group, bytes: b, share: b / total }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
