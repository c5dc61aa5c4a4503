import { expect } from '@open-wc/testing';
import {
  beyondDiscreteLimit,
  binomialCdf,
  binomialFunnel,
  binomialFunnelLimit,
  normalFunnel,
  poissonCdf,
  poissonFunnelLimit,
} from '../../src/stats/index.js';
import { expectClose } from './close.js';

// Spiegelhalter (2005), Statistics in Medicine 24:1185–1202, Appendix A.1.1: r_p is the
// smallest r with F(r) ≥ p, α = (F(r_p) − p)/(F(r_p) − F(r_p − 1)), limit = (r_p − α)/n.

describe('stats: funnel limits', () => {
  it('binomial limits by hand, θ = ½, n = 10', () => {
    // F(1) = 11/1024, F(2) = 56/1024 ≥ 0.025 → r = 2;
    // α = (56/1024 − 0.025)/(45/1024) = (56 − 25.6)/45 = 0.675556; limit = (2 − 0.675556)/10 = 0.1324444
    expectClose(binomialFunnelLimit(0.5, 10, 0.025), (2 - 30.4 / 45) / 10, 1e-12);
    // F(7) = 968/1024 < 0.975 ≤ F(8) = 1013/1024 → r = 8;
    // α = (1013 − 998.4)/45 = 0.324444; limit = (8 − 0.324444)/10 = 0.7675556
    expectClose(binomialFunnelLimit(0.5, 10, 0.975), (8 - 14.6 / 45) / 10, 1e-12);
  });

  it('Poisson limit by hand, expected 4 events', () => {
    // F(0) = e⁻⁴ = 0.0183156, F(1) = 5e⁻⁴ = 0.0915782 → r = 1;
    // α = (0.0915782 − 0.025)/(0.0915782 − 0.0183156) = 0.908762; limit = (1 − 0.908762)/exposure
    // θ = 0.004 per contact, exposure 1,000 contacts → 0.0912384/1000 per contact
    const f0 = Math.exp(-4);
    const f1 = 5 * Math.exp(-4);
    const expected = (1 - (f1 - 0.025) / (f1 - f0)) / 1000;
    expectClose(poissonFunnelLimit(0.004, 1000, 0.025), expected, 1e-9);
  });

  it('normal limits: θ ± z·σ/√n', () => {
    // θ = 4, σ = 1, n = 25: 4 ± 1.959964/5 = [3.608007, 4.391993]; 99.8 %: 4 ± 3.090232/5
    const l95 = normalFunnel(4, 1, 25, 0.95);
    expectClose(l95.lower, 4 - 1.9599639845400542 / 5, 1e-12);
    expectClose(l95.upper, 4 + 1.9599639845400542 / 5, 1e-12);
    expectClose(normalFunnel(4, 1, 25, 0.998).lower, 4 - 3.090232306167813 / 5, 1e-12);
  });

  it('binomial limits approach the normal approximation for large n', () => {
    // θ = 0.3, n = 100,000: 0.3 ± 1.959964 · √(0.21/100000) = 0.3 ± 0.00284023; the discrete
    // interpolation moves each limit by at most 1/n = 0.00001.
    const l = binomialFunnel(0.3, 100_000, 0.95);
    const half = 1.9599639845400542 * Math.sqrt(0.21 / 100_000);
    expect(Math.abs(l.lower - (0.3 - half))).to.be.below(2e-5);
    expect(Math.abs(l.upper - (0.3 + half))).to.be.below(2e-5);
  });

  it('the one-cdf screen agrees with the computed limit for every whole count', () => {
    for (const [theta, n] of [[0.5, 10], [0.83, 57], [0.1, 240]] as const) {
      for (const p of [0.001, 0.025]) {
        const limit = binomialFunnelLimit(theta, n, p) * n;
        for (let x = 0; x <= n; x++) {
          expect(beyondDiscreteLimit(binomialCdf(x, n, theta), p, 'below'), `x=${x} n=${n} p=${p}`).to.equal(x < limit);
        }
      }
    }
    for (const mean of [0.7, 4, 37.5]) {
      for (const p of [0.975, 0.999]) {
        const limit = poissonFunnelLimit(mean, 1, p);
        for (let x = 0; x <= 3 * mean + 10; x++) {
          expect(beyondDiscreteLimit(poissonCdf(x, mean), p, 'above'), `x=${x} mean=${mean}`).to.equal(x > limit);
        }
      }
    }
  });
});
