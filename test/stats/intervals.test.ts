import { expect } from '@open-wc/testing';
import {
  npsAdjustedWaldInterval,
  npsConservativeInterval,
  npsFromCounts,
  npsVariance,
  poissonExactInterval,
  tMeanInterval,
  wilsonInterval,
} from '../../src/stats/index.js';
import { expectClose, expectInterval } from './close.js';

describe('stats: Wilson score interval', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison
  // of seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score, no
  // continuity correction), printed to 4 decimals.
  const newcombe: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, lo, hi] of newcombe) {
    it(`${x}/${n} matches Newcombe 1998 Table II`, () => {
      expectInterval(wilsonInterval(x, n), lo, hi, 0.00005);
    });
  }

  it('is the hand-computed score interval', () => {
    // x = 8, n = 10, z = 1.959964: centre = (0.8 + z²/20)/(1 + z²/10) = (0.8 + 0.192073)/1.384146 = 0.716740;
    // half = z/1.384146 · √(0.016 + z²/400) = 1.416010 · √0.0256036 = 1.416010 · 0.160011 = 0.226578
    // → [0.490162, 0.943318]
    expectInterval(wilsonInterval(8, 10), 0.490162, 0.943318, 0.000001);
    expect(wilsonInterval(3, 0)).to.equal(null);
  });
});

describe('stats: t interval for a mean', () => {
  it("matches R's t.test on the sleep data, group 1", () => {
    // R: t.test(sleep$extra[1:10]) → mean 0.75, 95 % CI −0.5297804 2.0297804
    // (sd of the ten values = 1.789010)
    expectInterval(tMeanInterval(0.75, 1.7890096577591623, 10), -0.5297804, 2.0297804, 5e-8);
  });

  it('is null without a usable n or sd', () => {
    expect(tMeanInterval(3, 1, 1)).to.equal(null);
    expect(tMeanInterval(3, Number.NaN, 10)).to.equal(null);
  });
});

describe('stats: exact Poisson (Garwood) interval', () => {
  it("matches R's poisson.test(137, 24.19893)", () => {
    // R documentation example: 95 percent confidence interval 4.753125 6.692709
    expectInterval(poissonExactInterval(137, 0.95, 24.19893), 4.753125, 6.692709, 5e-7);
  });

  it('for x = 0 is [0, −ln 0.025]', () => {
    // Upper end ½χ²_{0.975, 2} = −ln(0.025) = 3.688879 (R: poisson.test(0)$conf.int)
    const ci = poissonExactInterval(0)!;
    expect(ci[0]).to.equal(0);
    expectClose(ci[1], -Math.log(0.025), 1e-12);
  });
});

describe('stats: NPS adjusted-Wald interval', () => {
  it('is the hand-computed interval', () => {
    // 60 promoters, 25 passives, 15 detractors (n = 100): NPS = 60 − 15 = 45.
    // Adjusted (Rocks 2016; MeasuringU): n' = 100 + 3 = 103,
    // p' = (60 + 0.75)/103 = 0.5898058, d' = (15 + 0.75)/103 = 0.1529126,
    // NPS' = 0.5898058 − 0.1529126 = 0.4368932,
    // Var = p' + d' − NPS'² = 0.7427184 − 0.1908757 = 0.5518428,
    // se = √(0.5518428/103) = 0.0731963, margin = 1.959964 · 0.0731963 = 0.1434621
    // → [0.4368932 − 0.1434621, 0.4368932 + 0.1434621] = [29.34311, 58.03553] points.
    const r = npsAdjustedWaldInterval({ promoters: 60, passives: 25, detractors: 15 })!;
    expect(r.nps).to.equal(45);
    expectClose(r.adjustedNps, 43.689320388349515, 1e-12);
    expectClose(r.se, 7.3196289828672824, 1e-10);
    expectClose(r.marginOfError, 14.346209186615423, 1e-10);
    expectClose(r.interval[0], 29.343111201734091, 1e-10);
    expectClose(r.interval[1], 58.035529574964938, 1e-10);
  });

  it('NPS and its multinomial variance', () => {
    // p = 0.6, d = 0.15: Var = 0.75 − 0.45² = 0.5475
    expectClose(npsVariance({ promoters: 60, passives: 25, detractors: 15 }), 0.5475, 1e-14);
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).to.equal(null);
    expect(npsAdjustedWaldInterval({ promoters: 0, passives: 0, detractors: 0 })).to.equal(null);
  });

  it('is clipped to −100…100 and the conservative bound is wider', () => {
    const all = npsAdjustedWaldInterval({ promoters: 10, passives: 0, detractors: 0 })!;
    expect(all.interval[1]).to.be.at.most(100);
    // Conservative: NPS 45, n = 100 → half = 1.959964 · √((1 − 0.2025)/100) = 1.959964 · 0.0893029 = 0.1750304
    const c = npsConservativeInterval(45, 100)!;
    expectClose(c[0], 45 - 17.50304, 1e-6);
    expectClose(c[1], 45 + 17.50304, 1e-6);
    expect(c[1] - c[0]).to.be.greaterThan(2 * 14.3462);
  });
});
