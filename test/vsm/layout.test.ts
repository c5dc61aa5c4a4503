import { expect } from '@open-wc/testing';
import { layoutFlow } from '../../src/vsm/index.js';
import { emergency, outpatientCurrent, step } from './fixtures.js';

const grid = (layout: ReturnType<typeof layoutFlow>) => Object.fromEntries(layout.nodes.map((n) => [n.id, [n.column, n.row]]));

describe('vsm: layoutFlow', () => {
  it('a straight journey is one row, one column per step', () => {
    const layout = layoutFlow(outpatientCurrent);
    expect(layout.columns).to.equal(8);
    expect(layout.rows).to.equal(1);
    expect(layout.nodes.map((n) => n.column)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(layout.edges.every((e) => e.critical)).to.equal(true);
    expect(layout.edges).to.have.length(7);
  });

  it('parallel branches sit one above the other, the critical branch on row 0', () => {
    const layout = layoutFlow(emergency.states[0]!);
    expect(grid(layout)).to.deep.equal({
      arrival: [0, 0],
      triage: [1, 0],
      lab: [2, 0],
      imaging: [2, 1],
      consultation: [3, 0],
      discharge: [4, 0],
    });
    expect([layout.columns, layout.rows]).to.deep.equal([5, 2]);
    expect(layout.edges.map((e) => `${e.from}>${e.to}${e.critical ? '*' : ''}`)).to.deep.equal([
      'arrival>triage*',
      'triage>lab*',
      'triage>imaging',
      'lab>consultation*',
      'imaging>consultation',
      'consultation>discharge*',
    ]);
  });

  it('the critical branch takes row 0 even when listed after the other branch; a branch keeps its row', () => {
    const layout = layoutFlow({
      id: 's',
      label: 'S',
      steps: [
        step('triage', 0, 5, 5),
        step('xray', 10, 10, 5, { after: ['triage'] }), // 20 long
        step('xray-report', 5, 5, 2), // default predecessor: xray
        step('draw', 5, 5, 5, { after: ['triage'] }),
        step('analyse', 10, 30, 10), // draw + analyse = 50 long: critical
        step('consult', 5, 10, 10, { after: ['xray-report', 'analyse'] }),
      ],
    });
    // Columns by longest chain: triage 0; xray, draw 1; xray-report, analyse 2; consult 3.
    expect(grid(layout)).to.deep.equal({
      triage: [0, 0],
      xray: [1, 1],
      'xray-report': [2, 1],
      draw: [1, 0],
      analyse: [2, 0],
      consult: [3, 0],
    });
  });

  it('columns are chain depths, not times: a join sits right of its longest chain', () => {
    const layout = layoutFlow({
      id: 's',
      label: 'S',
      steps: [step('a', 0, 1, 0), step('b', 0, 1, 0), step('c', 0, 1, 0), step('long', 0, 100, 0, { after: ['a'] }), step('end', 0, 1, 0, { after: ['c', 'long'] })],
    });
    // a→b→c→end is 3 links deep, a→long→end only 2: end goes to column 3. long (critical) is on row 0.
    expect(grid(layout)).to.deep.equal({ a: [0, 0], b: [1, 1], c: [2, 1], long: [1, 0], end: [3, 0] });
  });

  it('independent starts (`after: []`) share column 0 on separate rows', () => {
    const layout = layoutFlow({
      id: 's',
      label: 'S',
      steps: [step('a', 0, 5, 0), step('b', 0, 10, 0, { after: [] }), step('c', 0, 5, 0, { after: [] }), step('join', 0, 1, 0, { after: ['a', 'b', 'c'] })],
    });
    expect(grid(layout)).to.deep.equal({ a: [0, 1], b: [0, 0], c: [0, 2], join: [1, 0] });
    expect(layout.rows).to.equal(3);
  });

  it('the ladder tiles 0…lead time along the critical path: wait then process for each step', () => {
    const layout = layoutFlow(emergency.states[0]!);
    expect(layout.ladder.map((s) => [s.step, s.kind, s.start, s.length, s.valueAdded])).to.deep.equal([
      ['arrival', 'wait', 0, 5, 0],
      ['arrival', 'process', 5, 5, 1],
      ['triage', 'wait', 10, 10, 0],
      ['triage', 'process', 20, 8, 6],
      ['lab', 'wait', 28, 20, 0],
      ['lab', 'process', 48, 45, 15],
      ['consultation', 'wait', 93, 15, 0],
      ['consultation', 'process', 108, 15, 12],
      ['discharge', 'wait', 123, 10, 0],
      ['discharge', 'process', 133, 5, 2],
    ]);
    expect(layout.leadTime).to.equal(138);
    const last = layout.ladder.at(-1)!;
    expect(last.start + last.length).to.equal(layout.leadTime);
  });

  it('lanes list the roles; steps without a role have lane null', () => {
    const layout = layoutFlow({
      id: 's',
      label: 'S',
      steps: [step('a', 0, 1, 0, { role: 'Nurse' }), step('b', 0, 1, 0, { role: 'Physician' }), step('c', 0, 1, 0), step('d', 0, 1, 0, { role: 'Nurse' })],
    });
    expect(layout.lanes).to.deep.equal(['Nurse', 'Physician']);
    expect(layout.nodes.map((n) => n.lane)).to.deep.equal([0, 1, null, 0]);
  });
});
