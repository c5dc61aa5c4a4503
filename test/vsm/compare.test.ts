import { expect } from '@open-wc/testing';
import { analyseValueStream, matchSteps } from '../../src/vsm/index.js';
import { doc, step } from './fixtures.js';

const current = {
  id: 'current',
  label: 'Current',
  steps: [
    step('call', 5, 3, 1, { label: 'Phone call' }),
    step('log', 2, 4, 0, { label: 'Write the ticket' }),
    step('dispatch', 10, 2, 0, { label: 'Dispatch' }),
    step('repair', 5, 30, 25, { label: 'Repair' }),
    step('confirm', 40, 2, 1, { label: 'Confirm by phone' }),
  ],
};

describe('vsm: comparing states', () => {
  it('matches by replaces, then id, then label; reports removed, added and merged', () => {
    const future = {
      id: 'future',
      label: 'Future',
      steps: [
        step('request', 0, 2, 1, { label: 'App request', replaces: ['call', 'log'] }),
        step('auto-dispatch', 1, 1, 0, { label: '  DISPATCH ' }), // new id, same label (case and spaces ignored)
        step('repair', 2, 30, 25, { label: 'Repair' }),
        step('photo', 0, 1, 1, { label: 'Photo of the finished repair' }),
      ],
    };
    const rows = matchSteps(current, future);
    expect(rows.map((r) => [r.kind, r.from.join('+'), r.to, r.matchedBy])).to.deep.equal([
      ['merged', 'call+log', 'request', 'replaces'],
      ['kept', 'dispatch', 'auto-dispatch', 'label'],
      ['kept', 'repair', 'repair', 'id'],
      ['added', '', 'photo', null],
      ['removed', 'confirm', null, null],
    ]);
    // request: wait 0 − (5+2) = −7, process 2 − (3+4) = −5, VA 1 − 1 = 0, NVA 1 − (7+6) = −12, duration 2 − 14 = −12.
    const request = rows[0]!;
    expect([request.waitChange, request.processTimeChange, request.valueAddedChange, request.nonValueAddedChange, request.durationChange]).to.deep.equal([-7, -5, 0, -12, -12]);
    // added: its own values; removed: minus its values (confirm 40 + 2, VA 1).
    expect(rows[3]!.durationChange).to.equal(1);
    expect([rows[4]!.durationChange, rows[4]!.valueAddedChange, rows[4]!.nonValueAddedChange]).to.deep.equal([-42, -1, -41]);

    const c = analyseValueStream(doc([current, future])).comparison!;
    expect(c.removed).to.deep.equal(['confirm']);
    expect(c.added).to.deep.equal(['photo']);
    expect(c.merged).to.deep.equal([{ to: 'request', from: ['call', 'log'] }]);
    // Lead times: current 8+6+12+35+42 = 103; future 2+2+32+1 = 37; change −66, relative −66/103.
    expect(c.leadTimeChange).to.equal(-66);
    expect(c.leadTimeChangeRelative).to.be.closeTo(-66 / 103, 1e-12);
  });

  it('places a removed step where it was, before the first later-listed match', () => {
    const future = { id: 'f', label: 'F', steps: [step('call', 0, 3, 1), step('repair', 0, 30, 25)] };
    // log and dispatch were between call and repair; confirm after repair.
    expect(matchSteps(current, future).map((r) => r.to ?? `−${r.from[0]}`)).to.deep.equal(['call', '−log', '−dispatch', 'repair', '−confirm']);
  });

  it('a step keeps its own id when `replaces` adds another; explicit replaces wins over an id match elsewhere', () => {
    const future = {
      id: 'f',
      label: 'F',
      steps: [step('dispatch', 0, 2, 0), step('repair', 0, 30, 25, { replaces: ['dispatch'] })],
    };
    const rows = matchSteps(current, future);
    // repair takes dispatch (explicit) and repair (own id); the future dispatch matches nothing and is added.
    expect(rows.map((r) => [r.kind, r.from.join('+'), r.to])).to.deep.equal([
      ['added', '', 'dispatch'],
      ['removed', 'call', null],
      ['removed', 'log', null],
      ['merged', 'dispatch+repair', 'repair'],
      ['removed', 'confirm', null],
    ]);
  });

  it('a `replaces` naming only ids absent from the compared state falls back to id and label', () => {
    const future = { id: 'f', label: 'F', steps: [step('repair', 0, 30, 25, { replaces: ['interim-step'] })] };
    expect(matchSteps(current, future).find((r) => r.to === 'repair')!.matchedBy).to.equal('id');
  });

  it('empty labels never match', () => {
    const a = { id: 'a', label: 'A', steps: [step('x', 0, 1, 0, { label: '' })] };
    const b = { id: 'b', label: 'B', steps: [step('y', 0, 1, 0, { label: '' })] };
    expect(matchSteps(a, b).map((r) => r.kind)).to.deep.equal(['added', 'removed']);
  });

  it('compares the first and last states by default; options pick another pair', () => {
    const interim = { id: 'interim', label: 'Interim', steps: [step('call', 0, 3, 1), step('repair', 10, 30, 25)] };
    const future = { id: 'future', label: 'Future', steps: [step('call', 0, 3, 1), step('repair', 0, 30, 25)] };
    const d = doc([current, interim, future]);
    expect(analyseValueStream(d).comparison!.from).to.equal('current');
    expect(analyseValueStream(d).comparison!.to).to.equal('future');
    const c = analyseValueStream(d, { from: 'interim' }).comparison!;
    // interim 3 + 40 = 43 → future 3 + 30 = 33.
    expect([c.from, c.to, c.leadTimeChange]).to.deep.equal(['interim', 'future', -10]);
    expect(analyseValueStream(d, { to: 'interim' }).comparison!.to).to.equal('interim');
    expect(() => analyseValueStream(d, { from: 'nope' })).to.throw(RangeError, /nope/);
  });

  it('one state: no comparison, unless a pair is asked for (then it is compared with itself)', () => {
    const one = doc([current]);
    expect(analyseValueStream(one).comparison).to.equal(undefined);
    const self = analyseValueStream(one, { from: 'current' }).comparison!;
    expect([self.leadTimeChange, self.pceChange, self.removed.length, self.added.length]).to.deep.equal([0, 0, 0, 0]);
    expect(self.steps.every((r) => r.kind === 'kept' && r.durationChange === 0)).to.equal(true);
  });
});
