import type { ControlChartDocument, ControlChartPoint } from '../../src/contract/control-chart.js';

/** Loads a reference vector file copied from /work/shared/reference/spc/. */
export async function fixture<T>(file: string): Promise<T> {
  return (await (await fetch(new URL(`../fixtures/spc/${file}`, import.meta.url))).json()) as T;
}

/** A minimal valid control-chart document. */
export function chart(points: ControlChartPoint[], extra: Partial<ControlChartDocument> = {}): ControlChartDocument {
  return { kind: 'control-chart', version: 1, title: 'test', points, ...extra };
}

/** Points from plain values, x = "1", "2", … */
export function series(values: readonly (number | null)[]): ControlChartPoint[] {
  return values.map((value, i) => ({ x: String(i + 1), value }));
}

/**
 * vitest/jest `toBeCloseTo(expected, digits)`: |expected − actual| < 10^−digits / 2, the
 * precision PowerBI-SPC's tests publish. Returns the failures, for one readable assertion.
 */
export function closeToDigits(actual: readonly (number | null)[], expected: readonly number[], digits: number, scale = 1): string[] {
  const bad: string[] = [];
  expected.forEach((e, i) => {
    const a = actual[i];
    if (a === null || !(Math.abs(e - a * scale) < 10 ** -digits / 2)) bad.push(`[${i}] expected ${e}, got ${a === null ? null : a * scale}`);
  });
  return bad;
}

/**
 * Doubles stored by R (qicharts2's .rds references): equal to within `relative` × max(1, |x|),
 * since R and JavaScript add in different orders. `null` (R's NA) must be `null`.
 */
export function closeToDoubles(actual: readonly (number | null)[], expected: readonly (number | null)[], relative = 1e-12): string[] {
  const bad: string[] = [];
  if (actual.length !== expected.length) return [`length ${actual.length} ≠ ${expected.length}`];
  expected.forEach((e, i) => {
    const a = actual[i];
    if (e === null ? a !== null : a === null || !(Math.abs(a - e) <= relative * Math.max(1, Math.abs(e)))) {
      bad.push(`[${i}] expected ${e}, got ${a}`);
    }
  });
  return bad;
}

/** Within half a unit of the last decimal printed in `printed` (a literal from a snapshot or vignette). */
export function matchesPrinted(actual: number | null, printed: number): boolean {
  if (actual === null) return false;
  const text = String(printed);
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return Math.abs(actual - printed) <= 0.5 * 10 ** -decimals + 1e-15;
}

/** Paths of every NaN, ±Infinity or undefined inside an analysis (it must use `null` instead). */
export function badNumbers(value: unknown, path = ''): string[] {
  if (value === undefined) return [path || '(root)'];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => badNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => badNumbers(v, path ? `${path}.${k}` : k));
  return [];
}
