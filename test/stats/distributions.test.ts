import { expect } from '@open-wc/testing';
import {
  betaCdf,
  betaQuantile,
  binomialCdf,
  binomialPmf,
  binomialQuantile,
  binomialSurvival,
  chiSquareCdf,
  chiSquareQuantile,
  logGamma,
  gammaCdf,
  normalCdf,
  normalPdf,
  normalQuantile,
  poissonCdf,
  poissonPmf,
  poissonQuantile,
  studentTCdf,
  studentTPdf,
  studentTQuantile,
} from '../../src/stats/index.js';
import { expectClose } from './close.js';

// Reference values: R's qnorm/pnorm/qt/pt/qchisq/qbeta results, here to 16 digits from the
// same functions evaluated with mpmath at 30 digits (R prints the first 7 of these digits:
// e.g. qt(0.975, 10) is 2.228139 in R). Tolerance: 1e-9 relative, far inside the 6
// significant digits the engine promises.

describe('stats: log-gamma', () => {
  it('matches Γ(½) = √π and ln Γ(100.5)', () => {
    // ln Γ(½) = ln √π = 0.5723649429247001
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-12);
    // ln Γ(5) = ln 24
    expectClose(logGamma(5), Math.log(24), 1e-13);
    // R: lgamma(100.5) = 361.4355404677775
    expectClose(logGamma(100.5), 361.43554046777757, 1e-12);
  });
});

describe('stats: normal distribution', () => {
  it('quantile matches R qnorm', () => {
    expectClose(normalQuantile(0.975), 1.9599639845400542, 1e-12); // qnorm(0.975)
    expectClose(normalQuantile(0.025), -1.9599639845400542, 1e-12);
    expectClose(normalQuantile(1e-10), -6.361340902404056, 1e-12); // qnorm(1e-10)
    expect(normalQuantile(0.5)).to.equal(0);
    expect(normalQuantile(0)).to.equal(-Infinity);
    expect(normalQuantile(1)).to.equal(Infinity);
  });

  it('cdf matches R pnorm in both tails', () => {
    expectClose(normalCdf(1.96), 0.9750021048517796, 1e-12); // pnorm(1.96)
    expectClose(normalCdf(-3), 0.0013498980316300945, 1e-12); // pnorm(-3)
    expectClose(normalCdf(-10), 7.619853024160526e-24, 1e-10); // pnorm(-10)
  });

  it('cdf inverts the quantile across the range', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.999]) {
      expectClose(normalCdf(normalQuantile(p)), p, 1e-12, `p=${p}`);
    }
  });
});

describe("stats: Student's t distribution", () => {
  it('quantile matches R qt, including fractional df', () => {
    expectClose(studentTQuantile(0.975, 1), 12.706204736174705, 1e-10); // qt(0.975, 1)
    expectClose(studentTQuantile(0.975, 10), 2.2281388519862747, 1e-10); // qt(0.975, 10)
    expectClose(studentTQuantile(0.975, 30), 2.0422724563012383, 1e-10); // qt(0.975, 30)
    expectClose(studentTQuantile(0.995, 5), 4.032142983555228, 1e-10); // qt(0.995, 5)
    expectClose(studentTQuantile(0.975, 2.5), 3.5746548420036832, 1e-10); // qt(0.975, 2.5)
    expectClose(studentTQuantile(0.025, 10), -2.2281388519862747, 1e-10);
    // df = 2 closed form: t = (2p − 1)/√(2p(1 − p)); p = 0.975 → 0.95/√0.04875 = 4.302652729749464
    expectClose(studentTQuantile(0.975, 2), 4.302652729749464, 1e-12);
  });

  it('cdf matches R pt', () => {
    expectClose(studentTCdf(2, 5), 0.9490302605850708, 1e-10); // pt(2, 5)
    expectClose(studentTCdf(-2, 5), 1 - 0.9490302605850708, 1e-9);
    // df = 1 is Cauchy: P(T ≤ 1) = ½ + atan(1)/π = 0.75
    expectClose(studentTCdf(1, 1), 0.75, 1e-12);
  });

  it('large df approaches the normal', () => {
    expectClose(studentTQuantile(0.975, 1e6), 1.959966356814107, 1e-9); // qt(0.975, 1e6) = 1.959966
    expectClose(studentTQuantile(0.975, Infinity), 1.9599639845400542, 1e-12);
  });
});

describe('stats: chi-square, gamma and beta', () => {
  it('chi-square quantile matches R qchisq', () => {
    expectClose(chiSquareQuantile(0.975, 10), 20.483177350807397, 1e-10); // qchisq(0.975, 10)
    expectClose(chiSquareQuantile(0.025, 1), 0.0009820691171752559, 1e-10); // qchisq(0.025, 1)
    expectClose(chiSquareQuantile(0.95, 1), 3.841458820694126, 1e-10); // qchisq(0.95, 1) = 1.959964²
    // df = 2 is exponential with mean 2: qchisq(p, 2) = −2 ln(1 − p); p = 0.975 → 7.377758908227871
    expectClose(chiSquareQuantile(0.975, 2), -2 * Math.log(0.025), 1e-12);
  });

  it('chi-square cdf inverts the quantile', () => {
    expectClose(chiSquareCdf(3.841458820694126, 1), 0.95, 1e-12);
    expectClose(chiSquareCdf(20.483177350807397, 10), 0.975, 1e-12);
  });

  it('beta quantile matches R qbeta', () => {
    expectClose(betaQuantile(0.025, 2, 3), 0.06758598648854296, 1e-10); // qbeta(0.025, 2, 3)
    expectClose(betaQuantile(0.975, 0.5, 7), 0.31027478925630845, 1e-10); // qbeta(0.975, 0.5, 7)
    // Beta(1, 1) is uniform.
    expectClose(betaCdf(0.3, 1, 1), 0.3, 1e-13);
  });
});

describe('stats: densities and mass functions', () => {
  it('match closed forms', () => {
    expectClose(normalPdf(0), 1 / Math.sqrt(2 * Math.PI), 1e-15); // φ(0) = 1/√(2π) = 0.3989423
    expectClose(studentTPdf(0, 1), 1 / Math.PI, 1e-13); // Cauchy density at 0 = 1/π
    expectClose(binomialPmf(2, 10, 0.5), 45 / 1024, 1e-13); // C(10,2)/2¹⁰
    expectClose(poissonPmf(2, 1), Math.exp(-1) / 2, 1e-13); // e⁻¹ · 1²/2!
    expect(binomialPmf(2.5, 10, 0.5)).to.equal(0);
    // Gamma(1) is exponential: P(X ≤ 2) = 1 − e⁻² = 0.8646647
    expectClose(gammaCdf(2, 1), 1 - Math.exp(-2), 1e-13);
  });
});

describe('stats: binomial and Poisson helpers', () => {
  it('binomial cdf equals hand sums', () => {
    // P(X ≤ 2), n = 10, p = ½: (C(10,0) + C(10,1) + C(10,2)) / 2¹⁰ = (1 + 10 + 45)/1024 = 0.0546875
    expectClose(binomialCdf(2, 10, 0.5), 56 / 1024, 1e-12);
    expectClose(binomialSurvival(2, 10, 0.5), 968 / 1024, 1e-12);
    expect(binomialCdf(-1, 10, 0.5)).to.equal(0);
    expect(binomialCdf(10, 10, 0.5)).to.equal(1);
  });

  it('binomial quantile follows R qbinom (smallest r with F(r) ≥ p)', () => {
    expect(binomialQuantile(0.025, 100, 0.3)).to.equal(21); // qbinom(0.025, 100, 0.3)
    // Exactly on a step: F(2) = 56/1024 for Binomial(10, ½), so p = 56/1024 gives 2, not 3.
    expect(binomialQuantile(56 / 1024, 10, 0.5)).to.equal(2);
    expect(binomialQuantile(56 / 1024 + 1e-9, 10, 0.5)).to.equal(3);
  });

  it('Poisson cdf and quantile', () => {
    // P(X ≤ 2), mean 1: e⁻¹(1 + 1 + ½) = 2.5/e = 0.9196986029286058
    expectClose(poissonCdf(2, 1), 2.5 / Math.E, 1e-12);
    expect(poissonQuantile(0.975, 12.5)).to.equal(20); // qpois(0.975, 12.5)
    expect(poissonQuantile(0.001, 0.5)).to.equal(0);
  });
});
