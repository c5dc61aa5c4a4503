import { orNull } from './point-table.js';

/**
 * The analysis's loops over every point of a phase, each in a small function of its own.
 * V8 optimizes a long-running loop by compiling the whole function around it, on background
 * threads that share the machine's cores with the page: a loop inside a large function made
 * the first analysis of 20,000 points wait for compilations of tens of milliseconds each.
 */

/** Points `start`–`end` (inclusive) of one phase. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Writes each point's lines into `columns`: points in a row with the same `n` share their
 * lines, so a chart without `n` (XmR, c, t, g, run) asks `linesFor` once per phase.
 */
export function fillLines<K extends string>(
  columns: Record<K, Float64Array>,
  keys: readonly K[],
  span: Span,
  ns: readonly (number | null)[],
  linesFor: (n: number | null) => Readonly<Record<K, number | null>>,
): void {
  for (let i = span.start; i <= span.end; ) {
    const n = ns[i] ?? null;
    let next = i + 1;
    while (next <= span.end && (ns[next] ?? null) === n) next++;
    const lines = linesFor(n);
    for (let k = 0; k < keys.length; k++) columns[keys[k]!].fill(lines[keys[k]!] ?? NaN, i, next);
    i = next;
  }
}

/** Sets `flag` on the points `start`–`end` of `flags`. */
export function setFlag(flags: Uint8Array, start: number, end: number, flag: number): void {
  for (let i = start; i <= end; i++) flags[i] |= flag;
}

/** Sets `flag` on the points of `span` where `where` is true (excluded points, say). */
export function markWhere(where: readonly boolean[], span: Span, flags: Uint8Array, flag: number): void {
  for (let i = span.start; i <= span.end; i++) if (where[i]) flags[i] |= flag;
}

/** Marks `above` where a value is strictly above its upper line, `below` strictly below its lower line (NaN never fires). */
export function flagBeyond(values: ArrayLike<number>, upper: ArrayLike<number>, lower: ArrayLike<number>, span: Span, out: Int8Array | Uint8Array, above: number, below: number): void {
  for (let i = span.start; i <= span.end; i++) {
    if (values[i]! > upper[i]!) out[i] = above;
    else if (values[i]! < lower[i]!) out[i] = below;
  }
}

/**
 * The phase's points that are not excluded: how many (`observations`, gaps included, as
 * qicharts2's `n.obs`) and the indices of those with a value and a centre line, in order.
 */
export function includedPoints(values: Float64Array, centers: Float64Array, excluded: readonly boolean[], span: Span): { order: Int32Array; observations: number } {
  const order = new Int32Array(span.end - span.start + 1);
  let count = 0;
  let observations = 0;
  for (let i = span.start; i <= span.end; i++) {
    if (excluded[i]) continue;
    observations++;
    if (!Number.isNaN(values[i]!) && !Number.isNaN(centers[i]!)) order[count++] = i;
  }
  return { order: order.subarray(0, count), observations };
}

/** Copies a sequence's flags back to the points they belong to (`order[k]` is the point of entry k). */
export function scatterFlags(flags: Int8Array, order: Int32Array, into: Int8Array): void {
  for (let k = 0; k < order.length; k++) if (flags[k] !== 0) into[order[k]!] = flags[k]!;
}

/** Picks the entries at `order` (a copy; a view when they are consecutive). */
export function pick(from: Float64Array, order: Int32Array): Float64Array {
  const first = order.length > 0 ? order[0]! : 0;
  if (order.length === 0 || order[order.length - 1]! - first === order.length - 1) return from.subarray(first, first + order.length);
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = from[order[k]!]!;
  return out;
}

/** A phase's limits when every point with limits has the same ones (constant n), else `null`. */
export function constantLimits(ucl: Float64Array, lcl: Float64Array, span: Span): { ucl: number | null; lcl: number | null } {
  let upper = NaN;
  let lower = NaN;
  let seen = false;
  for (let i = span.start; i <= span.end; i++) {
    const u = ucl[i]!;
    const l = lcl[i]!;
    if (Number.isNaN(u) && Number.isNaN(l)) continue;
    if (!seen) {
      seen = true;
      upper = u;
      lower = l;
    } else if (!same(u, upper) || !same(l, lower)) return { ucl: null, lcl: null };
  }
  return { ucl: orNull(upper), lcl: orNull(lower) };
}

const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
