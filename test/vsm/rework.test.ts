import { expect } from '@open-wc/testing';
import { analyseValueStream, completeAccurate, expectedRework, rolledCompleteAccurate, stepRework } from '../../src/vsm/index.js';
import { doc, step } from './fixtures.js';

describe('vsm: rework from %C&A', () => {
  it('a step is repeated until it passes: extra passes (1 − ca)/ca', () => {
    // ca 0.80: 1/0.8 = 1.25 passes, 0.25 extra; 10 min × 0.25 = 2.5.
    expect(stepRework(step('a', 0, 10, 5, { pctCompleteAccurate: 80 }))).to.equal(2.5);
    // ca 0.50: 2 passes on average, one extra; 12 min × 1 = 12.
    expect(stepRework(step('b', 0, 12, 5, { pctCompleteAccurate: 50 }))).to.equal(12);
    // ca 0.25: 4 passes, 3 extra; 4 min × 3 = 12.
    expect(stepRework(step('c', 0, 4, 0, { pctCompleteAccurate: 25 }))).to.equal(12);
    // Default 100 %: no rework; the wait is never redone in this model.
    expect(stepRework(step('d', 30, 10, 5))).to.equal(0);
  });

  it('ca = 0 never passes: unbounded rework is null, not Infinity or NaN', () => {
    expect(stepRework(step('a', 0, 10, 5, { pctCompleteAccurate: 0 }))).to.equal(null);
    expect(expectedRework([step('a', 0, 10, 5), step('b', 0, 1, 0, { pctCompleteAccurate: 0 })])).to.equal(null);
    // Nothing to redo when there is no process time.
    expect(stepRework(step('c', 5, 0, 0, { pctCompleteAccurate: 0 }))).to.equal(0);
  });

  it('rolled %C&A is the product over all steps, parallel branches included', () => {
    const steps = [
      step('a', 0, 10, 5, { pctCompleteAccurate: 80 }),
      step('b', 0, 12, 5, { pctCompleteAccurate: 50, after: ['a'] }),
      step('c', 0, 2, 0, { pctCompleteAccurate: 90, after: ['a'] }), // short branch, off the critical path
      step('d', 0, 1, 1, { after: ['b', 'c'] }),
    ];
    // 0.8 × 0.5 × 0.9 × 1 = 0.36.
    expect(rolledCompleteAccurate(steps)).to.be.closeTo(0.36, 1e-15);
    expect(completeAccurate(steps[3]!)).to.equal(1);
    // Rework 10 × 20/80 + 12 × 50/50 + 2 × 10/90 = 2.5 + 12 + 0.222… = 14.722…
    expect(expectedRework(steps)).to.be.closeTo(2.5 + 12 + 2 / 9, 1e-12);
    const [s] = analyseValueStream(doc([{ id: 's', label: 'S', steps }])).states;
    expect(s!.criticalPath).to.deep.equal(['a', 'b', 'd']);
    expect(s!.rolledCA).to.be.closeTo(0.36, 1e-15);
    expect(s!.expectedRework).to.be.closeTo(2.5 + 12 + 2 / 9, 1e-12);
    expect(s!.steps.map((x) => x.expectedRework)).to.deep.equal([2.5, 12, 20 / 90, 0]);
  });

  it('a state where one step never passes: rolledCA 0, expectedRework null, comparison change null', () => {
    const a = analyseValueStream(
      doc([
        { id: 'bad', label: 'Bad', steps: [step('x', 0, 5, 5, { pctCompleteAccurate: 0 })] },
        { id: 'good', label: 'Good', steps: [step('x', 0, 5, 5)] },
      ]),
    );
    expect(a.states[0]!.rolledCA).to.equal(0);
    expect(a.states[0]!.expectedRework).to.equal(null);
    expect(a.comparison!.rolledCAChange).to.equal(1);
    expect(a.comparison!.expectedReworkChange).to.equal(null);
  });
});
