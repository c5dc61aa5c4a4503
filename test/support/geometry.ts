/**
 * A rendered-geometry snapshot of a widget: boxes of its shadow parts and SVG marks
 * relative to the host, with the computed styles that decide how they look (font, fill,
 * stroke, display, text effects). Two snapshots of the same widget on two pages are equal
 * when the widget looks the same — without comparing pixels, which differ with
 * anti-aliasing and fonts.
 */
export interface NodeShot {
  key: string;
  box: [number, number, number, number];
  style: Record<string, string>;
}

const PARTS = ['base', 'title', 'description', 'toolbar', 'plot', 'legend', 'table', 'empty', 'error'];
const MARKS = 'rect, circle, ellipse, line, polyline, polygon, path, text, use';
/** Marks per widget: enough to cover axes, limits, points and labels, few enough to read a diff. */
const MAX_MARKS = 120;

const TEXT_STYLE = ['font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'color', 'text-transform', 'letter-spacing', 'word-spacing', 'text-indent', 'text-shadow', 'white-space', 'text-align', 'visibility'];
const MARK_STYLE = ['fill', 'stroke', 'stroke-width', 'opacity', 'display', 'visibility', 'font-size', 'font-family', 'font-style', 'text-shadow'];

const round = (n: number) => Math.round(n * 2) / 2;

function shot(node: Element, origin: DOMRect, key: string, props: readonly string[]): NodeShot {
  const cs = getComputedStyleOf(node);
  const style: Record<string, string> = {};
  for (const p of props) style[p] = cs.getPropertyValue(p);
  // Not rendered (inside a hidden part): no box, whatever the host's position.
  if (node.getClientRects().length === 0) return { key, box: [0, 0, 0, 0], style };
  const r = node.getBoundingClientRect();
  return { key, box: [round(r.left - origin.left), round(r.top - origin.top), round(r.width), round(r.height)], style };
}

/** getComputedStyle of the node's own window (the node may live in an iframe). */
function getComputedStyleOf(node: Element): CSSStyleDeclaration {
  return (node.ownerDocument.defaultView ?? window).getComputedStyle(node);
}

/** Snapshot of one widget (for `<hcx-dashboard>`: its parts and each child widget's box). */
export function geometry(host: Element): NodeShot[] {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has no shadow root`);
  const origin = host.getBoundingClientRect();
  const shots: NodeShot[] = [{ key: 'host', box: [0, 0, round(origin.width), round(origin.height)], style: {} }];
  for (const part of PARTS) {
    root.querySelectorAll(`[part~="${part}"]`).forEach((n, i) => shots.push(shot(n, origin, `part:${part}#${i}`, TEXT_STYLE)));
  }
  root.querySelectorAll('table, th, td').forEach((n, i) => {
    if (i < 40) shots.push(shot(n, origin, `table:${n.localName}#${i}`, ['display', ...TEXT_STYLE]));
  });
  root.querySelectorAll('svg').forEach((n, i) => shots.push(shot(n, origin, `svg#${i}`, ['display', 'fill'])));
  [...root.querySelectorAll(MARKS)].slice(0, MAX_MARKS).forEach((n, i) => shots.push(shot(n, origin, `mark:${n.localName}#${i}`, MARK_STYLE)));
  root.querySelectorAll('button, p, li, code, summary').forEach((n, i) => {
    if (i < 30) shots.push(shot(n, origin, `text:${n.localName}#${i}`, TEXT_STYLE));
  });
  for (const child of host.children) {
    if (child.localName.startsWith('hcx-')) shots.push(shot(child, origin, `child:${child.localName}`, ['display']));
  }
  return shots;
}

/** Readable differences between two snapshots ('' when equal within `tolerance` px). */
export function diffGeometry(clean: NodeShot[], other: NodeShot[], tolerance = 0.5): string {
  const lines: string[] = [];
  const byKey = new Map(other.map((s) => [s.key, s]));
  for (const a of clean) {
    const b = byKey.get(a.key);
    if (!b) {
      lines.push(`${a.key}: missing`);
      continue;
    }
    byKey.delete(a.key);
    if (a.box.some((v, i) => Math.abs(v - b.box[i]) > tolerance)) lines.push(`${a.key}: box ${a.box.join(',')} → ${b.box.join(',')}`);
    for (const [prop, value] of Object.entries(a.style)) {
      if (b.style[prop] !== value) lines.push(`${a.key}: ${prop} ${JSON.stringify(value)} → ${JSON.stringify(b.style[prop])}`);
    }
  }
  for (const key of byKey.keys()) lines.push(`${key}: extra`);
  return lines.slice(0, 40).join('\n') + (lines.length > 40 ? `\n… ${lines.length - 40} more` : '');
}
