import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/contract/validate.js';
import { LIMITS } from '../../src/contract/limits.js';
import { counted } from '../support/counted.js';

const load = async (file: string) => (await fetch(`/examples/${file}`)).json() as Promise<Record<string, unknown>>;
const paths = (value: unknown) => validateDocument(value).errors.map((e) => e.path);
const clone = <T>(v: T): T => structuredClone(v);

describe('contract: validateDocument', () => {
  it('accepts the control-chart example', async () => {
    const result = validateDocument(await load('control-chart.json'));
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.document).to.not.equal(null);
  });

  it('refuses non-objects at the document path', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const r = validateDocument(value);
      expect(r.errors).to.have.length(1);
      expect(r.errors[0]).to.include({ path: '', code: 'type' });
    }
  });

  it('unknown kind and version give one clear error each, before any field error', () => {
    const r = validateDocument({ kind: 'pie-chart', version: 3, title: 42 });
    expect(r.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['kind', 'unknown-kind'],
      ['version', 'unknown-version'],
    ]);
    expect(r.errors[0].message).to.contain('"pie-chart"');
    expect(r.errors[0].message).to.contain('"control-chart"');
  });

  it('restricts the kinds accepted when asked', async () => {
    const doc = await load('control-chart.json');
    expect(validateDocument(doc, ['satisfaction-heatmap']).errors[0]).to.include({ path: 'kind', code: 'unknown-kind' });
  });

  it('reports every problem with its JSON path, not just the first', async () => {
    const doc = clone(await load('control-chart.json')) as { points: Record<string, unknown>[]; title?: unknown; chartType?: unknown };
    doc.points[3].value = 'abc';
    doc.points[5].x = 7;
    delete doc.title;
    doc.chartType = 'pie';
    const r = validateDocument(doc);
    expect(r.errors.map((e) => e.path)).to.have.members(['title', 'chartType', 'points[3].value', 'points[5].x']);
    const abc = r.errors.find((e) => e.path === 'points[3].value')!;
    expect(`${abc.path}: ${abc.message}`).to.equal('points[3].value: expected a number, got "abc"');
  });

  it('NaN and Infinity are not numbers in the contract', async () => {
    const doc = clone(await load('control-chart.json')) as { points: Record<string, unknown>[] };
    doc.points[0].value = NaN;
    doc.points[1].value = Infinity;
    expect(paths(doc)).to.deep.equal(['points[0].value', 'points[1].value']);
  });

  it('checks references across fields (phase starts, annotations)', async () => {
    const doc = clone(await load('control-chart.json')) as { phases: { start: string }[]; annotations: { x: string }[] };
    doc.phases[1].start = '1999-01-01';
    doc.annotations[0].x = 'nowhere';
    const r = validateDocument(doc);
    expect(r.errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['phases[1].start', 'unknown-ref'],
      ['annotations[0].x', 'unknown-ref'],
    ]);
  });

  it('requires n for p charts and refuses value > n', () => {
    const doc = {
      kind: 'control-chart',
      version: 1,
      title: 'Completion',
      chartType: 'p',
      points: [
        { x: '2024-01', value: 5 },
        { x: '2024-02', value: 12, n: 10 },
      ],
    };
    expect(validateDocument(doc).errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['points[0].n', 'required'],
      ['points[1].value', 'max'],
    ]);
  });

  it('dates must be ISO 8601', () => {
    const doc = { kind: 'control-chart', version: 1, title: 't', generatedAt: 'yesterday', points: [] };
    expect(validateDocument(doc).errors[0]).to.include({ path: 'generatedAt', code: 'format' });
  });

  it('refuses too-large input by its length, before reading an item, naming the limit', () => {
    const { list: points, reads } = counted(new Array(LIMITS.points + 1).fill({ x: 'a', value: 1 }));
    const r = validateDocument({ kind: 'control-chart', version: 1, title: 'big', points });
    expect(reads()).to.equal(0);
    expect(r.errors[0]).to.include({ path: 'points', code: 'max-items' });
    expect(r.errors[0].message).to.contain(String(LIMITS.points));
    const long = validateDocument({ kind: 'control-chart', version: 1, title: 'x'.repeat(1_000_000), points: [] });
    expect(long.errors[0]).to.include({ path: 'title', code: 'max-length' });
  });

  it('caps the number of listed problems for garbage input', () => {
    const points = new Array(5000).fill({ x: 1, value: 'no' });
    const r = validateDocument({ kind: 'control-chart', version: 1, title: 't', points });
    expect(r.errors).to.have.length(200);
    expect(r.truncated).to.equal(true);
  });

  it('__proto__ keys are plain unknown fields, never prototype pollution', () => {
    const doc = JSON.parse('{"kind":"control-chart","version":1,"title":"t","points":[],"__proto__":{"polluted":true}}');
    const r = validateDocument(doc);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('unknown fields are warnings with paths', async () => {
    const doc = clone(await load('control-chart.json')) as { points: Record<string, unknown>[] };
    doc.points[2].vlaue = 3;
    const r = validateDocument(doc);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['points[2].vlaue']);
  });

  it('fields named like Object.prototype members are unknown fields too', async () => {
    const doc = clone(await load('control-chart.json')) as { points: Record<string, unknown>[] };
    Object.assign(doc.points[0]!, { toString: 'x' });
    Object.assign(doc.points[1]!, { constructor: 1, hasOwnProperty: null });
    const r = validateDocument(doc);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['points[0].toString', 'points[1].constructor', 'points[1].hasOwnProperty']);
  });

  it('dashboard documents validate each dataset by its kind, with full paths', async () => {
    const cc = await load('control-chart.json');
    const ok = validateDocument({ kind: 'dashboard', version: 1, title: 'D', datasets: { waiting: cc } });
    expect(ok.errors).to.deep.equal([]);
    const bad = validateDocument({ kind: 'dashboard', version: 1, title: 'D', datasets: { waiting: { ...cc, points: 'x' }, other: { kind: 'nope' } } });
    expect(bad.errors.map((e) => e.path)).to.deep.equal(['datasets.waiting.points', 'datasets.other.kind']);
  });
});
