import { expect } from '@open-wc/testing';
import type { BrandIndicator } from '../../src/contract/brand-health.js';
import { analyseIndex } from '../../src/brand/index.js';
import { expectClose } from '../stats/close.js';

const child = (id: string, weight: number, score: number | null, previousScore?: number | null, n?: number) => ({
  id,
  label: id,
  weight,
  score,
  ...(previousScore === undefined ? {} : { previousScore }),
  ...(n === undefined ? {} : { n }),
});

describe('brand: indicator index', () => {
  it('plain case: contributions are weight × parent weight × change and sum to the change', () => {
    // A (0.5): a1 (1) 80 ← 70, a2 (1) 60 ← 60 → A = 70 ← 65; B (0.5): b1 50 ← 60 → B = 50 ← 60.
    // Index = 0.5·70 + 0.5·50 = 60 ← 0.5·65 + 0.5·60 = 62.5: change −2.5.
    // a1: 0.5 · 0.5 · 10 = 2.5; a2: 0; b1: 0.5 · 1 · (−10) = −5 → sum −2.5.
    const a = analyseIndex([
      { id: 'A', label: 'A', weight: 0.5, children: [child('a1', 1, 80, 70), child('a2', 1, 60, 60)] },
      { id: 'B', label: 'B', weight: 0.5, children: [child('b1', 2, 50, 60)] },
    ]);
    expect(a.score).to.equal(60);
    expect(a.previousScore).to.equal(62.5);
    expect(a.change).to.equal(-2.5);
    expect(a.indicators.map((i) => i.contribution)).to.deep.equal([2.5, -5]);
    expect(a.indicators[0]!.children.map((c) => c.contribution)).to.deep.equal([2.5, 0]);
    expect(a.indicators[0]!.children.map((c) => c.weight)).to.deep.equal([0.5, 0.5]);
  });

  it('renormalizes weights around a missing child and lists it', () => {
    // Experience (0.6): satisfaction 0.5 → 80, wait 0.3 → null, cleanliness 0.2 → 90.
    // Score = (0.5·80 + 0.2·90)/0.7 = 58/0.7 = 82.857143; weights 0.5/0.7 = 0.714286, 0, 0.2/0.7 = 0.285714.
    const experience: BrandIndicator = {
      id: 'experience',
      label: 'Experience',
      weight: 0.6,
      children: [child('satisfaction', 0.5, 80, 75, 400), child('wait', 0.3, null, 60), child('cleanliness', 0.2, 90, 85, 25)],
    };
    const reputation: BrandIndicator = {
      id: 'reputation',
      label: 'Reputation',
      weight: 0.4,
      children: [child('reviews', 1, 70, 72), child('mentions', 1, 60, null)],
    };
    const a = analyseIndex([experience, reputation]);
    const e = a.indicators[0]!;
    expectClose(e.score, 58 / 0.7, 1e-14);
    expect(e.missing).to.deep.equal(['wait']);
    expectClose(e.children[0]!.weight, 0.5 / 0.7, 1e-14);
    expect(e.children[1]!.weight).to.equal(0);
    expectClose(e.children[2]!.weight, 0.2 / 0.7, 1e-14);
    expect(e.children[0]!.reliability).to.equal('ok');
    expect(e.children[2]!.reliability).to.equal('insufficient');
    expect(a.indicators.map((i) => i.weight)).to.deep.equal([0.6, 0.4]);

    // Index now: 0.6 · 82.857143 + 0.4 · (70 + 60)/2 = 49.714286 + 26 = 75.714286.
    // Before: Experience = 0.5·75 + 0.3·60 + 0.2·85 = 72.5; Reputation = 72 (mentions missing):
    // 0.6 · 72.5 + 0.4 · 72 = 43.5 + 28.8 = 72.3. Change = 3.414286.
    expectClose(a.score, 0.6 * (58 / 0.7) + 0.4 * 65, 1e-14);
    expectClose(a.previousScore, 72.3, 1e-14);
    // Contributions (missing scores imputed with their indicator's score of that period):
    // satisfaction 0.6·0.5·(80 − 75) = 1.5; wait 0.6·0.3·(82.857143 − 60) = 4.114286;
    // cleanliness 0.6·0.2·(90 − 85) = 0.6 → Experience 6.214286 = 0.6 · (82.857143 − 72.5).
    // reviews 0.4·0.5·(70 − 72) = −0.4; mentions 0.4·0.5·(60 − 72) = −2.4 → Reputation −2.8 = 0.4 · (65 − 72).
    const contributions = e.children.map((c) => c.contribution!);
    expectClose(contributions[0], 1.5, 1e-12);
    expectClose(contributions[1], 0.18 * (58 / 0.7 - 60), 1e-12);
    expectClose(contributions[2], 0.6, 1e-12);
    expectClose(e.contribution, 0.6 * (58 / 0.7 - 72.5), 1e-12);
    expectClose(a.indicators[1]!.children[0]!.contribution, -0.4, 1e-12);
    expectClose(a.indicators[1]!.children[1]!.contribution, -2.4, 1e-12);
    expectClose(a.indicators[1]!.contribution, -2.8, 1e-12);
    const sum = a.indicators.reduce((s, i) => s + i.contribution!, 0);
    expectClose(sum, a.change!, 1e-12);
  });

  it('contributions always sum to the index change (random trees with gaps)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const score = () => (random() < 0.2 ? null : Math.round(random() * 1000) / 10);
    for (let t = 0; t < 200; t++) {
      const tree: BrandIndicator[] = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
        id: `i${i}`,
        label: `i${i}`,
        weight: random() < 0.1 ? 0 : random() * 3,
        children: Array.from({ length: 1 + Math.floor(random() * 4) }, (_, j) => child(`c${j}`, random() * 2, score(), score())),
      }));
      const a = analyseIndex(tree);
      if (a.change === null) {
        expect(a.indicators.every((i) => i.contribution === null)).to.equal(true);
        continue;
      }
      const sum = a.indicators.reduce((s, i) => s + i.contribution!, 0);
      expect(Math.abs(sum - a.change), `tree ${t}`).to.be.below(1e-9);
      for (const ind of a.indicators) {
        const childSum = ind.children.reduce((s, c) => s + c.contribution!, 0);
        expect(Math.abs(childSum - ind.contribution!), `tree ${t} ${ind.id}`).to.be.below(1e-9);
      }
    }
  });

  it('without previous scores there is no change and no contribution', () => {
    const a = analyseIndex([{ id: 'A', label: 'A', weight: 1, children: [child('a1', 1, 80)] }]);
    expect(a.score).to.equal(80);
    expect(a.previousScore).to.equal(null);
    expect(a.change).to.equal(null);
    expect(a.indicators[0]!.contribution).to.equal(null);
    expect(a.indicators[0]!.children[0]!.contribution).to.equal(null);
    const none = analyseIndex([{ id: 'A', label: 'A', weight: 1, children: [child('a1', 1, null, 50)] }]);
    expect(none.score).to.equal(null);
    expect(none.missing).to.deep.equal(['A']);
    expect(analyseIndex([]).score).to.equal(null);
  });
});
