import { expect } from '@open-wc/testing';
import { tCritical95 } from '../../src/stats/t-critical-95.js';
import { tCritical } from '../../src/stats/student-t.js';
import { expectClose } from './close.js';

describe('tCritical95 (closed form for whole df)', () => {
  it('matches the incomplete-beta inversion to 1e-11 for df 1…400 and spot checks to 10,000', () => {
    const dfs = [...Array.from({ length: 400 }, (_, i) => i + 1), 999, 1000, 2081, 4401, 9143, 10_000];
    for (const df of dfs) expectClose(tCritical95(df), tCritical(0.95, df), 1e-11, `df ${df}`);
  });

  it('the Cornish–Fisher start is the one studentTQuantile uses (df ≥ 1,000 returns it as is)', () => {
    for (const df of [1000, 1234, 5000, 1e6]) expectClose(tCritical95(df), tCritical(0.95, df), 1e-15, `df ${df}`);
  });

  it('gives the published table values (df 1: 12.706, df 10: 2.228, df 30: 2.042, df 120: 1.980)', () => {
    expect(tCritical95(1).toFixed(3)).to.equal('12.706');
    expect(tCritical95(10).toFixed(3)).to.equal('2.228');
    expect(tCritical95(30).toFixed(3)).to.equal('2.042');
    expect(tCritical95(120).toFixed(3)).to.equal('1.980');
  });
});
