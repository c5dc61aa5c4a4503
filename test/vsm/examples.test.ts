import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/contract/validate.js';
import type { ValueStreamDocument } from '../../src/contract/value-stream.js';
import { analyseValueStream, layoutFlow } from '../../src/vsm/index.js';
import { doc, outpatientCurrent, outpatientFuture, step } from './fixtures.js';

async function example(file: string): Promise<unknown> {
  const res = await fetch(`/api/test/example?file=${file}`);
  expect(res.status).to.equal(200);
  return res.json();
}

async function validExample(file: string): Promise<ValueStreamDocument> {
  const result = validateDocument(await example(file), ['value-stream']);
  expect(result.errors).to.deep.equal([]);
  expect(result.warnings).to.deep.equal([]);
  return result.document as ValueStreamDocument;
}

describe('vsm: example documents', () => {
  it('value-stream.json: the outpatient visit, 120 → 45 minutes, 65 % NVA before', async () => {
    const d = await validExample('value-stream.json');
    // Same steps and numbers as the hand-checked fixtures (labels, roles, %C&A, replaces).
    expect(d.states[0]).to.deep.equal(outpatientCurrent);
    expect(d.states[1]).to.deep.equal(outpatientFuture);
    const a = analyseValueStream(d);
    expect(a.states.map((s) => s.leadTime)).to.deep.equal([120, 45]);
    expect(a.states[0]!.nvaShare).to.be.closeTo(0.65, 1e-12);
    expect(a.comparison!.leadTimeChange).to.equal(-75);
    expect(a.states[0]!.steps.find((s) => s.id === 'consultation')!.kaizen).to.deep.equal(['Level the physician schedule']);
  });

  it('value-stream-ed.json: lab and imaging in parallel, critical path via lab, then via imaging', async () => {
    const d = await validExample('value-stream-ed.json');
    const [current, future] = analyseValueStream(d).states;
    // Current: 10 + 18 + max(65, 50) + 30 + 15 = 138.
    expect(current!.leadTime).to.equal(138);
    expect(current!.criticalPath).to.deep.equal(['arrival', 'triage', 'lab', 'consultation', 'discharge']);
    // Future: 10 + 18 + max(5 + 30, 20 + 20) + (10 + 15) + (5 + 5) = 103, now through imaging.
    expect(future!.leadTime).to.equal(103);
    expect(future!.criticalPath).to.deep.equal(['arrival', 'triage', 'imaging', 'consultation', 'discharge']);
    expect(layoutFlow(d.states[0]!).rows).to.equal(2);
  });

  it('value-stream-logistics.json: call → dispatch → arrive → repair → confirm', async () => {
    const d = await validExample('value-stream-logistics.json');
    const a = analyseValueStream(d);
    // Current: 7 + 12 + 25 + 35 + 42 = 121; future: 2 + 2 + 13 + 32 + 6 = 55.
    expect(a.states.map((s) => s.leadTime)).to.deep.equal([121, 55]);
    expect(a.states[0]!.criticalPath).to.deep.equal(['call', 'dispatch', 'arrive', 'repair', 'confirm']);
    // Confirmation waits 40 minutes: the longest wait; NVA per step 6, 12, 25, 10, 41 → confirm is the bottleneck.
    expect(a.states[0]!.bottleneck).to.equal('confirm');
    expect(a.states[0]!.longestWait).to.equal('confirm');
    // 0.85 × 0.90 × 0.92 = 0.7038.
    expect(a.states[0]!.rolledCA).to.be.closeTo(0.7038, 1e-12);
    expect(a.comparison!.steps[0]).to.include({ kind: 'kept', to: 'request', matchedBy: 'replaces' });
    expect(a.comparison!.steps[0]!.from).to.deep.equal(['call']);
  });
});

describe('vsm: contract field `replaces`', () => {
  it('accepts ids of steps in another state and refuses unknown ones, with their path', () => {
    const ok = doc([
      { id: 'a', label: 'A', steps: [step('x', 0, 1, 0), step('y', 0, 1, 0)] },
      { id: 'b', label: 'B', steps: [step('z', 0, 1, 0, { replaces: ['x', 'y'] })] },
    ]);
    expect(validateDocument(ok).errors).to.deep.equal([]);
    const bad = doc([
      { id: 'a', label: 'A', steps: [step('x', 0, 1, 0)] },
      { id: 'b', label: 'B', steps: [step('z', 0, 1, 0, { replaces: ['x', 'nope'] })] },
    ]);
    const errors = validateDocument(bad).errors;
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([['states[1].steps[0].replaces[1]', 'unknown-ref']]);
    // A step cannot take over a step of its own state.
    const self = doc([{ id: 'a', label: 'A', steps: [step('x', 0, 1, 0), step('z', 0, 1, 0, { replaces: ['x'] })] }]);
    expect(validateDocument(self).errors.map((e) => e.path)).to.deep.equal(['states[0].steps[1].replaces[0]']);
  });
});
