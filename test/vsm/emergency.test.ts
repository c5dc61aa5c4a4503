import { expect } from '@open-wc/testing';
import { analyseValueStream } from '../../src/vsm/index.js';
import { doc, emergency, step } from './fixtures.js';

const TOL = 1e-12;

describe('vsm: emergency department with lab and imaging in parallel', () => {
  const [ed] = analyseValueStream(emergency).states;
  const byId = (id: string) => ed!.steps.find((s) => s.id === id)!;

  it('lead time follows the longer branch (lab 20 + 45 = 65 beats imaging 30 + 20 = 50)', () => {
    // arrival 0→10, triage 10→28; lab 28→93 and imaging 28→78 in parallel;
    // consultation starts at max(93, 78) = 93 → 123; discharge 123→138.
    expect(ed!.leadTime).to.equal(138);
    expect(ed!.criticalPath).to.deep.equal(['arrival', 'triage', 'lab', 'consultation', 'discharge']);
    expect(byId('consultation').earliestStart).to.equal(93);
    expect(byId('lab').processStart).to.equal(48); // 28 + 20 wait
    expect(byId('imaging').earliestFinish).to.equal(78);
  });

  it('imaging has 15 minutes of slack; the path has none', () => {
    // Backward pass: consultation must start by 93, so imaging may finish by 93 and start by 93 − 50 = 43.
    expect(byId('imaging').latestStart).to.equal(43);
    expect(byId('imaging').slack).to.equal(15);
    expect(byId('imaging').onCriticalPath).to.equal(false);
    expect(ed!.steps.filter((s) => s.onCriticalPath).map((s) => s.slack)).to.deep.equal([0, 0, 0, 0, 0]);
    expect(byId('triage').latestFinish).to.equal(28); // min(lab 28, imaging 43)
  });

  it('VA counts the critical path only, so PCE stays a share of the lead time', () => {
    // VA on the path 1 + 6 + 15 + 12 + 2 = 36; NVA = 138 − 36 = 102.
    expect(ed!.valueAddedTime).to.equal(36);
    expect(ed!.nonValueAddedTime).to.equal(102);
    expect(ed!.pce).to.be.closeTo(36 / 138, TOL); // 0.2608…
    expect(ed!.nvaShare).to.be.closeTo(102 / 138, TOL);
    // Path waits 5+10+20+15+10 = 60, process 5+8+45+15+5 = 78 (60 + 78 = 138).
    expect(ed!.waitTime).to.equal(60);
    expect(ed!.processTime).to.equal(78);
    // All steps: waits 90, work content 98, VA 36 + imaging's 10 = 46, NVA 90 + 98 − 46 = 142.
    expect(ed!.totals).to.deep.equal({ waitTime: 90, processTime: 98, valueAddedTime: 46, nonValueAddedTime: 142 });
  });

  it('bottleneck and longest wait are taken on the critical path', () => {
    // Path NVA: arrival 9, triage 12, lab 20 + 45 − 15 = 50, consultation 18, discharge 13.
    expect(ed!.bottleneck).to.equal('lab');
    // Imaging waits 30, but with 15 minutes of slack it does not delay the patient: lab's 20 is the longest on the path.
    expect(ed!.longestWait).to.equal('lab');
  });

  it('rolled %C&A covers both branches', () => {
    // 0.90 (triage) × 0.95 (lab) = 0.855; rework 8 × 10/90 + 45 × 5/95 = 0.888… + 2.368… = 3.2573…
    expect(ed!.rolledCA).to.be.closeTo(0.855, TOL);
    expect(ed!.expectedRework).to.be.closeTo(8 / 9 + 225 / 95, 1e-12);
  });

  it('the critical path moves to imaging when point-of-care testing shortens the lab branch', () => {
    const future = {
      ...emergency.states[0]!,
      id: 'future',
      steps: emergency.states[0]!.steps.map((s) => (s.id === 'lab' ? { ...s, waitBefore: 5, processTime: 30 } : s.id === 'imaging' ? { ...s, waitBefore: 20 } : s)),
    };
    const a = analyseValueStream(doc([emergency.states[0]!, future]));
    const f = a.states[1]!;
    // lab 28→63, imaging 28→68: consultation 68→98, discharge 98→113.
    expect(f.leadTime).to.equal(113);
    expect(f.criticalPath).to.deep.equal(['arrival', 'triage', 'imaging', 'consultation', 'discharge']);
    expect(f.steps.find((s) => s.id === 'lab')!.slack).to.equal(5);
    // VA on the path 1 + 6 + 10 + 12 + 2 = 31.
    expect(f.valueAddedTime).to.equal(31);
    expect(a.comparison!.leadTimeChange).to.equal(-25);
    expect(a.comparison!.valueAddedTimeChange).to.equal(-5);
    expect(a.comparison!.steps.every((r) => r.kind === 'kept' && r.matchedBy === 'id')).to.equal(true);
  });

  it('equal branches: both have zero slack, the first one in `after` is the critical path', () => {
    const tie = doc([
      {
        id: 's',
        label: 'Tie',
        steps: [step('a', 0, 5, 5), step('x', 10, 10, 4), step('y', 5, 15, 10, { after: ['a'] }), step('z', 0, 5, 5, { after: ['y', 'x'] })],
      },
    ]);
    const [s] = analyseValueStream(tie).states;
    // x: 5→25, y: 5→25 (both 20 long). z starts 25, ends 30. `after: ['y', 'x']` lists y first.
    expect(s!.leadTime).to.equal(30);
    expect(s!.criticalPath).to.deep.equal(['a', 'y', 'z']);
    expect(s!.steps.map((st) => st.slack)).to.deep.equal([0, 0, 0, 0]);
    expect(s!.steps.map((st) => st.onCriticalPath)).to.deep.equal([true, false, true, true]);
    expect(s!.valueAddedTime).to.equal(20); // 5 + 10 + 5
  });
});
