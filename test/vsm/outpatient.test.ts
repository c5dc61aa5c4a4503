import { expect } from '@open-wc/testing';
import { analyseValueStream } from '../../src/vsm/index.js';
import { outpatient } from './fixtures.js';

const TOL = 1e-12;

describe('vsm: the 120-minute outpatient visit and its 45-minute redesign', () => {
  const analysis = analyseValueStream(outpatient);
  const [current, future] = analysis.states;

  it('current state: lead time 120, VA 42, NVA 78 (65 %), PCE 35 %', () => {
    // Sequential steps: lead time = Σ(wait + process) = 4+16+15+35+16+17+12+5 = 120.
    expect(current!.leadTime).to.equal(120);
    // VA = 1+2+7+15+6+5+5+1 = 42; NVA = 120 − 42 = 78.
    expect(current!.valueAddedTime).to.equal(42);
    expect(current!.nonValueAddedTime).to.equal(78);
    // PCE = 42/120 = 0.35; NVA share = 78/120 = 0.65.
    expect(current!.pce).to.be.closeTo(0.35, TOL);
    expect(current!.nvaShare).to.be.closeTo(0.65, TOL);
    // Waits 0+10+8+20+10+12+7+3 = 70; process 4+6+7+15+6+5+5+2 = 50; %Activity = 50/120.
    expect(current!.waitTime).to.equal(70);
    expect(current!.processTime).to.equal(50);
    expect(current!.activityRatio).to.be.closeTo(50 / 120, TOL);
    expect(analysis.unit).to.equal('min');
  });

  it('current state: every step is on the one path; the consultation is the bottleneck and the longest wait', () => {
    expect(current!.criticalPath).to.deep.equal(['check-in', 'registration', 'triage', 'consultation', 'blood-test', 'results-review', 'pharmacy', 'billing']);
    // NVA per step 3, 14, 8, 20, 10, 12, 7, 4: the consultation's 20 (20 wait + 15 − 15 VA) is the largest.
    expect(current!.steps.map((s) => s.nonValueAdded)).to.deep.equal([3, 14, 8, 20, 10, 12, 7, 4]);
    expect(current!.bottleneck).to.equal('consultation');
    expect(current!.longestWait).to.equal('consultation');
    // Cumulative starts: 0, 4, 20, 35, 70, 86, 103, 115.
    expect(current!.steps.map((s) => s.earliestStart)).to.deep.equal([0, 4, 20, 35, 70, 86, 103, 115]);
    expect(current!.steps.every((s) => s.slack === 0 && s.onCriticalPath)).to.equal(true);
    expect(current!.roles).to.deep.equal(['Reception', 'Registration clerk', 'Nurse', 'Physician', 'Phlebotomist', 'Pharmacist', 'Cashier']);
  });

  it('current state: rolled %C&A and expected rework', () => {
    // Rolled %C&A = 0.80 × 0.95 × 0.90 × 0.95 × 0.85 = 0.76 × 0.90 = 0.684; × 0.95 = 0.6498; × 0.85 = 0.55233.
    expect(current!.rolledCA).to.be.closeTo(0.55233, TOL);
    // Rework = Σ process × (1 − ca)/ca:
    //   registration 6 × 0.20/0.80 = 1.5
    //   triage       7 × 0.05/0.95 = 0.368421052…
    //   consultation 15 × 0.10/0.90 = 1.666666666…
    //   blood-test   6 × 0.05/0.95 = 0.315789473…
    //   pharmacy     5 × 0.15/0.85 = 0.882352941…
    //   total                       = 4.733230134…
    expect(current!.expectedRework).to.be.closeTo(4.7332301341589265, 1e-9);
    expect(current!.steps.find((s) => s.id === 'registration')!.expectedRework).to.equal(1.5);
  });

  it('future state: lead time 45, VA 30, PCE 2/3', () => {
    // 3+10+7+19+6 = 45; VA 2+6+5+14+3 = 30; NVA 15.
    expect(future!.leadTime).to.equal(45);
    expect(future!.valueAddedTime).to.equal(30);
    expect(future!.nonValueAddedTime).to.equal(15);
    expect(future!.pce).to.be.closeTo(2 / 3, TOL);
    expect(future!.nvaShare).to.be.closeTo(1 / 3, TOL);
    // NVA per step 1, 4, 2, 5, 3.
    expect(future!.bottleneck).to.equal('consultation');
    // Rolled %C&A 0.95 × 0.98 = 0.931; rework 3 × 0.05/0.95 + 14 × 0.02/0.98 = 0.157894… + 0.285714… = 0.443609…
    expect(future!.rolledCA).to.be.closeTo(0.931, TOL);
    expect(future!.expectedRework).to.be.closeTo(0.443609022556391, 1e-9);
  });

  it('comparison: −75 minutes (−62.5 %), PCE +31.7 points', () => {
    const c = analysis.comparison!;
    expect(c.from).to.equal('current');
    expect(c.to).to.equal('future');
    expect(c.leadTimeChange).to.equal(-75);
    expect(c.leadTimeChangeRelative).to.be.closeTo(-0.625, TOL); // −75/120
    expect(c.valueAddedTimeChange).to.equal(-12); // 30 − 42
    expect(c.valueAddedTimeChangeRelative).to.be.closeTo(-12 / 42, TOL);
    expect(c.nonValueAddedTimeChange).to.equal(-63); // 15 − 78
    expect(c.nonValueAddedTimeChangeRelative).to.be.closeTo(-63 / 78, TOL);
    expect(c.pceChange).to.be.closeTo(2 / 3 - 0.35, TOL); // 0.316666…
    expect(c.pceChangeRelative).to.be.closeTo((2 / 3 - 0.35) / 0.35, TOL); // 0.904761…
    expect(c.rolledCAChange).to.be.closeTo(0.931 - 0.55233, TOL);
    expect(c.expectedReworkChange).to.be.closeTo(0.443609022556391 - 4.7332301341589265, 1e-9);
  });

  it('comparison: merged, removed and kept steps, aligned in the future order', () => {
    const c = analysis.comparison!;
    expect(c.merged).to.deep.equal([
      { to: 'kiosk', from: ['check-in', 'registration'] },
      { to: 'pharmacy', from: ['pharmacy', 'billing'] },
    ]);
    expect(c.removed).to.deep.equal(['results-review']);
    expect(c.added).to.deep.equal([]);
    expect(c.steps.map((r) => [r.kind, r.to, r.from.join('+'), r.matchedBy])).to.deep.equal([
      ['merged', 'kiosk', 'check-in+registration', 'replaces'],
      ['kept', 'triage', 'triage', 'id'],
      ['kept', 'blood-test', 'blood-test', 'id'],
      ['kept', 'consultation', 'consultation', 'id'],
      ['removed', null, 'results-review', null],
      ['merged', 'pharmacy', 'pharmacy+billing', 'replaces'],
    ]);
    // Duration deltas (to − Σ from): kiosk 3 − (4+16) = −17; triage 10 − 15 = −5; blood 7 − 16 = −9;
    // consultation 19 − 35 = −16; results-review 0 − 17 = −17; pharmacy 6 − (12+5) = −11. Σ = −75.
    expect(c.steps.map((r) => r.durationChange)).to.deep.equal([-17, -5, -9, -16, -17, -11]);
    const kiosk = c.steps[0]!;
    // wait 0 − (0+10); process 3 − (4+6); VA 2 − (1+2); NVA 1 − (3+14).
    expect([kiosk.waitChange, kiosk.processTimeChange, kiosk.valueAddedChange, kiosk.nonValueAddedChange]).to.deep.equal([-10, -7, -1, -16]);
  });
});
