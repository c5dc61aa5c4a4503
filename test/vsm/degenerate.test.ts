import { expect } from '@open-wc/testing';
import { analyseValueStream, layoutFlow, resolvePredecessors, scheduleSteps } from '../../src/vsm/index.js';
import { doc, step } from './fixtures.js';

/** Every number in the analysis, recursively, so "never NaN" can be checked in one place. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('vsm: degenerate inputs', () => {
  it('one step', () => {
    const [s] = analyseValueStream(doc([{ id: 's', label: 'S', steps: [step('only', 10, 20, 5)] }])).states;
    // Lead time 10 + 20 = 30; VA 5; NVA 25; PCE 5/30.
    expect(s!.leadTime).to.equal(30);
    expect(s!.criticalPath).to.deep.equal(['only']);
    expect(s!.pce).to.be.closeTo(1 / 6, 1e-15);
    expect(s!.nvaShare).to.be.closeTo(5 / 6, 1e-15);
    expect(s!.bottleneck).to.equal('only');
    expect(s!.longestWait).to.equal('only');
    expect(s!.steps[0]!.predecessors).to.deep.equal([]);
  });

  it('all times zero: lead time 0, ratios null, no bottleneck, never NaN', () => {
    const d = doc([
      { id: 'a', label: 'A', steps: [step('x', 0, 0, 0), step('y', 0, 0, 0)] },
      { id: 'b', label: 'B', steps: [step('x', 0, 0, 0)] },
    ]);
    const analysis = analyseValueStream(d);
    const s = analysis.states[0]!;
    expect(s.leadTime).to.equal(0);
    expect([s.pce, s.nvaShare, s.activityRatio]).to.deep.equal([null, null, null]);
    expect([s.bottleneck, s.longestWait]).to.deep.equal([null, null]);
    // Zero-length steps still form a path (the last-listed step ends the journey).
    expect(s.criticalPath).to.deep.equal(['x', 'y']);
    expect([s.rolledCA, s.expectedRework]).to.deep.equal([1, 0]);
    const c = analysis.comparison!;
    expect([c.leadTimeChange, c.leadTimeChangeRelative, c.pceChange, c.pceChangeRelative]).to.deep.equal([0, null, null, null]);
    expect(c.removed).to.deep.equal(['y']);
    expect(numbers(analysis).every(Number.isFinite)).to.equal(true);
    expect(numbers(layoutFlow(d.states[0]!)).every(Number.isFinite)).to.equal(true);
  });

  it('a state with waits only: PCE 0 (a real zero), and the relative PCE change from 0 is null', () => {
    const a = analyseValueStream(
      doc([
        { id: 'a', label: 'A', steps: [step('x', 10, 0, 0)] },
        { id: 'b', label: 'B', steps: [step('x', 5, 5, 5)] },
      ]),
    );
    expect(a.states[0]!.pce).to.equal(0);
    expect(a.states[0]!.nvaShare).to.equal(1);
    expect(a.states[0]!.activityRatio).to.equal(0);
    // PCE 0 → 0.5: +0.5 points; relative to 0 is undefined.
    expect(a.comparison!.pceChange).to.equal(0.5);
    expect(a.comparison!.pceChangeRelative).to.equal(null);
    // VA 0 → 5: relative change from 0 is null too.
    expect(a.comparison!.valueAddedTimeChangeRelative).to.equal(null);
  });

  it('a step with no wait and no waste: PCE 1, no bottleneck', () => {
    const [s] = analyseValueStream(doc([{ id: 's', label: 'S', steps: [step('x', 0, 10, 10)] }])).states;
    expect([s!.pce, s!.nvaShare, s!.bottleneck, s!.longestWait]).to.deep.equal([1, 0, null, null]);
  });

  it('fractional times: rounding noise in the slack of path steps is snapped to 0', () => {
    const [s] = analyseValueStream(
      doc([{ id: 's', label: 'S', steps: [step('a', 0.1, 0.2, 0.1), step('b', 0.7, 0.3, 0.3, { after: [] }), step('c', 0, 0.1, 0.1, { after: ['a', 'b'] })] }]),
    ).states;
    // a ends at 0.1 + 0.2 = 0.30000000000000004, b at 1.0: c starts at 1.0 and ends at 1.1.
    expect(s!.leadTime).to.be.closeTo(1.1, 1e-12);
    expect(s!.criticalPath).to.deep.equal(['b', 'c']);
    expect(s!.steps.map((x) => x.slack)).to.have.length(3);
    expect(s!.steps[1]!.slack).to.equal(0);
    expect(s!.steps[2]!.slack).to.equal(0);
    expect(s!.steps[0]!.slack).to.be.closeTo(0.7, 1e-12);
  });

  it('parallel sinks: lead time is the later end; the branch that ends early has slack', () => {
    const [s] = analyseValueStream(
      doc([{ id: 's', label: 'S', steps: [step('start', 0, 5, 5), step('long', 0, 30, 10), step('short', 0, 10, 5, { after: ['start'] })] }]),
    ).states;
    // start 0→5; long 5→35; short 5→15 (ends on its own): lead time 35, short has 20 slack.
    expect(s!.leadTime).to.equal(35);
    expect(s!.criticalPath).to.deep.equal(['start', 'long']);
    expect(s!.steps[2]!.slack).to.equal(20);
  });
});

describe('vsm: predecessors', () => {
  it('default is the previous listed step; `after: []` starts with the journey; duplicates collapse', () => {
    const steps = [step('a', 0, 1, 0), step('b', 0, 1, 0), step('c', 0, 1, 0, { after: [] }), step('d', 0, 1, 0, { after: ['a', 'a', 'c'] })];
    expect(resolvePredecessors(steps)).to.deep.equal([[], ['a'], [], ['a', 'c']]);
    const schedule = scheduleSteps(steps);
    expect(schedule.byId.get('a')!.successors).to.deep.equal(['b', 'd']);
  });

  it('refuses what the validator refuses: unknown, later or duplicate ids', () => {
    expect(() => resolvePredecessors([step('a', 0, 1, 0, { after: ['zz'] })])).to.throw(RangeError, /zz/);
    expect(() => resolvePredecessors([step('a', 0, 1, 0, { after: ['b'] }), step('b', 0, 1, 0)])).to.throw(RangeError, /listed before/);
    expect(() => resolvePredecessors([step('a', 0, 1, 0, { after: ['a'] })])).to.throw(RangeError);
    expect(() => resolvePredecessors([step('a', 0, 1, 0), step('a', 0, 1, 0)])).to.throw(RangeError, /duplicate/);
  });

  it('kaizen bursts are attached to their step in their state only', () => {
    const d = doc(
      [
        { id: 'cur', label: 'C', steps: [step('x', 1, 1, 1), step('y', 1, 1, 1)] },
        { id: 'fut', label: 'F', steps: [step('x', 1, 1, 1)] },
      ],
      { kaizen: [{ state: 'cur', step: 'x', label: 'Pull system' }, { state: 'cur', step: 'x', label: '5S' }, { state: 'fut', step: 'x', label: 'Next' }] },
    );
    const a = analyseValueStream(d);
    expect(a.states[0]!.steps.map((s) => s.kaizen)).to.deep.equal([['Pull system', '5S'], []]);
    expect(a.states[1]!.steps[0]!.kaizen).to.deep.equal(['Next']);
  });
});
