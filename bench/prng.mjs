// A small seeded PRNG so every run draws the same workloads: mulberry32 (Tommy Ettinger's
// 32-bit generator, public domain), plus the two helpers the workloads need.

/** Uniform [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a uniform source. */
export function normal(random) {
  return () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Integer in [lo, hi]. */
export function int(random, lo, hi) {
  return lo + Math.floor(random() * (hi - lo + 1));
}
