/**
 * Path strings for the chart: one `d` per kind of mark, however many points (a 20,000-point
 * chart stays a handful of DOM nodes). Coordinates are rounded to 0.1 px.
 */

/** Rounds to 0.1 px. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * The data line over indices `from…to` of `values` (a column of the point table), broken at gaps
 * (NaN). When there is more than one point per pixel column, each column keeps its first,
 * lowest, highest and last value (M4 reduction): the same pixels for a fraction of the path.
 */
export function linePath(from: number, to: number, values: ArrayLike<number>, x: (i: number) => number, y: (v: number) => number, dense: boolean): string {
  let d = '';
  let open = false;
  if (!dense) {
    for (let i = from; i <= to; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        open = false;
        continue;
      }
      d += `${open ? 'L' : 'M'}${r1(x(i))},${r1(y(v))}`;
      open = true;
    }
    return d;
  }
  let column = NaN;
  let first = 0;
  let last = 0;
  let lo = 0;
  let hi = 0;
  let loAt = 0;
  let hiAt = 0;
  let count = 0;
  const flush = () => {
    if (count === 0) return;
    const cx = r1(column);
    const ys = count === 1 ? [first] : loAt < hiAt ? [first, lo, hi, last] : [first, hi, lo, last];
    for (const v of ys) {
      d += `${open ? 'L' : 'M'}${cx},${r1(v)}`;
      open = true;
    }
    count = 0;
  };
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      flush();
      open = false;
      column = NaN;
      continue;
    }
    const c = Math.round(x(i));
    const py = y(v);
    if (c !== column) {
      flush();
      column = c;
      first = lo = hi = py;
      loAt = hiAt = i;
    } else {
      if (py < lo) {
        lo = py;
        loAt = i;
      }
      if (py > hi) {
        hi = py;
        hiAt = i;
      }
    }
    last = py;
    count++;
  }
  flush();
  return d;
}

/**
 * A limit line over indices `from…to` of `values` (a column of the point table) as steps: level
 * across each point's band, vertical where it changes (limits that vary with n); a constant line
 * is a single segment. NaN, and `hidden` when given, lift the pen.
 */
export function stepPath(from: number, to: number, values: ArrayLike<number>, edge: (i: number) => number, y: (v: number) => number, hidden = NaN): string {
  let d = '';
  let open = false;
  let lastV = NaN;
  let lastY = 0;
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || v === hidden) {
      if (open) d += `H${r1(edge(i))}`;
      open = false;
      continue;
    }
    if (open && v === lastV) continue; // constant limits: nothing to add until they change
    lastV = v;
    const py = r1(y(v));
    if (!open) {
      d += `M${r1(edge(i))},${py}`;
      open = true;
      lastY = py;
    } else if (py !== lastY) {
      d += `H${r1(edge(i))}V${py}`;
      lastY = py;
    }
  }
  if (open) d += `H${r1(edge(to + 1))}`;
  return d;
}

/** A horizontal segment from x0 to x1 at y. */
export const hline = (x0: number, x1: number, y: number): string => `M${r1(x0)},${r1(y)}H${r1(x1)}`;
/** A vertical segment at x from y0 to y1. */
export const vline = (x: number, y0: number, y1: number): string => `M${r1(x)},${r1(y0)}V${r1(y1)}`;

export type Shape = 'dot' | 'circle' | 'square' | 'triangle' | 'crossed';

/** One marker as path commands; circles and squares have about the same area, the triangle points up. */
export function marker(shape: Shape, cx: number, cy: number, size: number): string {
  const x = r1(cx);
  const y = r1(cy);
  const r = size;
  switch (shape) {
    case 'dot':
    case 'circle':
      return `M${r1(x - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square': {
      const s = r1(r * 0.9);
      return `M${r1(x - s)},${r1(y - s)}h${2 * s}v${2 * s}h${-2 * s}z`;
    }
    case 'triangle': {
      const s = r * 1.15;
      return `M${x},${r1(y - s * 1.1)}L${r1(x + s)},${r1(y + s * 0.75)}H${r1(x - s)}z`;
    }
    case 'crossed': {
      const k = r1(r * 0.7);
      return `M${r1(x - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0M${r1(x - k)},${r1(y - k)}l${2 * k},${2 * k}M${r1(x + k)},${r1(y - k)}l${-2 * k},${2 * k}`;
    }
  }
}
