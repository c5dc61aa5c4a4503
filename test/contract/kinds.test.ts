import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/contract/validate.js';

/** Each kind's own rules: the right path and code for each kind of invalid input. */
const problems = (doc: unknown) => validateDocument(doc).errors.map((e) => `${e.path} ${e.code}`);

const heatmap = () => ({
  kind: 'satisfaction-heatmap',
  version: 1,
  title: 'Top-box by touchpoint',
  measure: 'top-box',
  rows: [
    { id: 'reg', label: 'Registration' },
    { id: 'pha', label: 'Pharmacy' },
  ],
  columns: [
    { id: 'w1', label: 'Week 1' },
    { id: 'w2', label: 'Week 2' },
  ],
  cells: [
    { row: 'reg', column: 'w1', value: 40, n: 50 },
    { row: 'pha', column: 'w2', value: 0, n: 12 },
  ],
});

const brand = () => ({
  kind: 'brand-health',
  version: 1,
  title: 'Brand health',
  period: '2024-06',
  kpis: [
    { id: 'nps', label: 'NPS', type: 'nps', direction: 'increase', current: { promoters: 120, passives: 50, detractors: 30 } },
    { id: 'ret', label: 'Return visits', type: 'proportion', direction: 'increase', current: { count: 300, n: 800 } },
  ],
  indicators: [{ id: 'care', label: 'Care', weight: 1, children: [{ id: 'doc', label: 'Doctor communication', weight: 1, score: 81 }] }],
});

const valueStream = () => ({
  kind: 'value-stream',
  version: 1,
  title: 'Outpatient visit',
  states: [
    {
      id: 'current',
      label: 'Current',
      steps: [
        { id: 'reg', label: 'Registration', waitBefore: 10, processTime: 5, valueAdded: 2 },
        { id: 'con', label: 'Consultation', waitBefore: 30, processTime: 15, valueAdded: 12 },
      ],
    },
  ],
});

describe('contract: satisfaction-heatmap rules', () => {
  it('a valid document passes, a real zero included', () => expect(problems(heatmap())).to.deep.equal([]));
  it('cells must refer to existing rows and columns', () => {
    const doc = heatmap();
    doc.cells[0].row = 'lab';
    doc.cells[1].column = 'w9';
    expect(problems(doc)).to.deep.equal(['cells[0].row unknown-ref', 'cells[1].column unknown-ref']);
  });
  it('ids are unique and a cell appears once', () => {
    const doc = heatmap();
    doc.rows[1].id = 'reg';
    expect(problems(doc)).to.include('rows[1].id duplicate');
    const twice = heatmap();
    twice.cells.push({ row: 'reg', column: 'w1', value: 1, n: 5 });
    expect(problems(twice)).to.deep.equal(['cells[2] rule']);
  });
  it('top-box counts cannot exceed n; measure must be known', () => {
    const doc = heatmap();
    doc.cells[0].value = 51;
    expect(problems(doc)).to.deep.equal(['cells[0].value max']);
    expect(problems({ ...heatmap(), measure: 'average' })).to.deep.equal(['measure enum']);
  });
  it('negative n is refused', () => {
    const doc = heatmap();
    doc.cells[1].n = -1;
    expect(problems(doc)).to.deep.equal(['cells[1].n min']);
  });
});

describe('contract: brand-health rules', () => {
  it('a valid document passes', () => expect(problems(brand())).to.deep.equal([]));
  it('each KPI type checks its own value shape', () => {
    const doc = brand() as unknown as { kpis: Record<string, unknown>[] };
    doc.kpis[0].current = { count: 3, n: 4 };
    expect(problems(doc)).to.have.members(['kpis[0].current.promoters required', 'kpis[0].current.passives required', 'kpis[0].current.detractors required']);
    const unknownType = brand() as unknown as { kpis: Record<string, unknown>[] };
    unknownType.kpis[1].type = 'ratio';
    expect(problems(unknownType)).to.deep.equal(['kpis[1].type enum']);
  });
  it('proportion count cannot exceed n; scores stay on 0–100; null means missing', () => {
    const doc = brand();
    doc.kpis[1].current = { count: 900, n: 800 } as never;
    expect(problems(doc)).to.deep.equal(['kpis[1].current.count max']);
    const score = brand();
    score.indicators[0].children[0].score = 130;
    expect(problems(score)).to.deep.equal(['indicators[0].children[0].score max']);
    const missing = brand();
    (missing.indicators[0].children[0] as { score: number | null }).score = null;
    expect(problems(missing)).to.deep.equal([]);
  });
});

describe('contract: value-stream rules', () => {
  it('a valid document passes', () => expect(problems(valueStream())).to.deep.equal([]));
  it('value-added time cannot exceed process time; times cannot be negative', () => {
    const doc = valueStream();
    doc.states[0].steps[0].valueAdded = 6;
    doc.states[0].steps[1].waitBefore = -5;
    expect(problems(doc)).to.deep.equal(['states[0].steps[1].waitBefore min']);
    const va = valueStream();
    va.states[0].steps[0].valueAdded = 6;
    expect(problems(va)).to.deep.equal(['states[0].steps[0].valueAdded max']);
  });
  it('after must name an earlier step of the same state', () => {
    const doc = valueStream() as unknown as { states: { steps: Record<string, unknown>[] }[] };
    doc.states[0].steps[0].after = ['con'];
    doc.states[0].steps[1].after = ['nowhere'];
    expect(problems(doc)).to.deep.equal(['states[0].steps[0].after[0] rule', 'states[0].steps[1].after[0] unknown-ref']);
  });
  it('kaizen bursts must target an existing state and step', () => {
    const doc = { ...valueStream(), kaizen: [{ state: 'future', step: 'reg', label: 'x' }, { state: 'current', step: 'lab', label: 'y' }] };
    expect(problems(doc)).to.deep.equal(['kaizen[0].state unknown-ref', 'kaizen[1].step unknown-ref']);
  });
  it('a state needs at least one step', () => {
    const doc = valueStream();
    doc.states[0].steps = [];
    expect(problems(doc)).to.deep.equal(['states[0].steps min-items']);
  });
});
