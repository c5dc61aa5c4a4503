import { expect } from '@open-wc/testing';

/**
 * Asserts |actual − expected| ≤ rel · |expected| (or ≤ rel when expected is 0).
 * The brief asks for ≥ 6 significant digits; tests state the tolerance they need.
 */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-9, what = ''): void {
  expect(actual, what).to.be.a('number');
  const a = actual as number;
  const bound = expected === 0 ? rel : rel * Math.abs(expected);
  expect(Math.abs(a - expected), `${what} ${a} vs ${expected}`).to.be.at.most(bound);
}

/** Asserts an interval matches `[lo, hi]` within an absolute tolerance (for rounded published values). */
export function expectInterval(actual: readonly [number, number] | null | undefined, lo: number, hi: number, abs: number): void {
  expect(actual, 'interval').to.be.an('array').with.lengthOf(2);
  const [a, b] = actual as [number, number];
  expect(Math.abs(a - lo), `low ${a} vs ${lo}`).to.be.at.most(abs);
  expect(Math.abs(b - hi), `high ${b} vs ${hi}`).to.be.at.most(abs);
}
