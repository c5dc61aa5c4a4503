import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/value-stream/hcx-value-stream-map.js';
import type { HcxValueStreamMap } from '../../../src/components/value-stream/value-stream-map.js';
import { example, parallelDoc, root, sequentialDoc, settle, stepGroup, stepVisual, texts } from './fixtures.js';

const TOL = 1e-12;

describe('<hcx-value-stream-map>: analysis and drawing', () => {
  it('sequential map: analysis matches the hand-computed figures', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    const s = el.analysis!.states[0]!;
    expect(s.leadTime).to.equal(55);
    expect(s.valueAddedTime).to.equal(20);
    expect(s.nonValueAddedTime).to.equal(35);
    expect(s.pce).to.be.closeTo(20 / 55, TOL);
    expect(s.nvaShare).to.be.closeTo(35 / 55, TOL);
    expect(s.criticalPath).to.deep.equal(['a', 'b', 'c']);
    expect(s.bottleneck).to.equal('b');
    expect(s.rolledCA).to.be.closeTo(0.8, TOL);
    expect(s.expectedRework).to.equal(3.75);
    expect(el.analysis!.comparison).to.equal(undefined);
  });

  it('draws process boxes with their data, wait triangles and the ladder with the right numbers', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    expect(root(el).querySelectorAll('g.step')).to.have.length(3);
    const b = stepVisual(el, 0, 1);
    expect([...b.querySelectorAll('.box-label')].map((n) => n.textContent).join(' ')).to.equal('Consultation');
    expect(b.querySelector('.role')?.textContent).to.equal('Physician');
    expect([...b.querySelectorAll('.data-text')].map((n) => n.textContent)).to.deep.equal(['PT 15 min', 'VA 10 min', '%C&A 80%', 'Rework 3.8 min']);
    // Triangles only where there is a wait: b (20) and c (5), not a (0).
    expect(texts(el, 'g.wait .wait-text')).to.deep.equal(['20 min', '5 min']);
    // Ladder: wait up, process down, along the critical path.
    expect(texts(el, '.ladder-wait')).to.deep.equal(['0 min', '20 min', '5 min']);
    expect(texts(el, '.ladder-proc')).to.deep.equal(['10 min', '15 min', '5 min']);
    expect(texts(el, '.ladder-va')).to.deep.equal(['VA 5 min', 'VA 10 min', 'VA 5 min']);
    // Totals: minutes and percentages together.
    expect(texts(el, 'text.totals').join(' ')).to.equal('Lead time 55 min · value-added 20 min (PCE 36.4%) · non-value-added 35 min (63.6%)');
    expect(texts(el, '.state-map text.muted').join(' ')).to.contain('Rolled %C&A 80% · expected rework 3.8 min');
  });

  it('marks the bottleneck and the longest wait with words, and places kaizen bursts on their step', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    const b = stepVisual(el, 0, 1);
    expect(b.classList.contains('bottleneck')).to.equal(true);
    expect(stepGroup(el, 0, 1).classList.contains('bottleneck')).to.equal(true);
    expect(root(el).querySelectorAll('g.step.bottleneck')).to.have.length(1);
    expect([...b.querySelectorAll('.badge')].map((n) => n.textContent)).to.deep.equal(['Bottleneck', 'Longest wait']);
    expect(root(el).querySelectorAll('g.wait.longest')).to.have.length(1);
    expect(root(el).querySelector('g.wait.longest .wait-text')?.textContent).to.equal('20 min');
    expect(b.querySelector('.kaizen polygon.burst')).to.not.equal(null);
    expect(b.querySelector('.kaizen-text')?.textContent).to.equal('Level the schedule');
    expect(stepVisual(el, 0, 0).querySelector('.kaizen')).to.equal(null);
  });

  it('parallel map: lead time and ladder follow the critical path, which is highlighted', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${parallelDoc()}></hcx-value-stream-map>`);
    const s = el.analysis!.states[0]!;
    expect(s.leadTime).to.equal(45);
    expect(s.criticalPath).to.deep.equal(['a', 'b', 'd']);
    expect(s.valueAddedTime).to.equal(22);
    expect(s.nonValueAddedTime).to.equal(23);
    expect(s.pce).to.be.closeTo(22 / 45, TOL);
    expect(s.nvaShare).to.be.closeTo(23 / 45, TOL);
    expect(s.bottleneck).to.equal('b');
    expect(s.longestWait).to.equal('b');
    expect(s.steps.find((x) => x.id === 'c')!.slack).to.equal(20);
    // Highlight: path boxes carry .critical, the branch .branch (dashed) with its slack written out.
    expect([0, 1, 3].map((i) => stepGroup(el, 0, i).classList.contains('critical'))).to.deep.equal([true, true, true]);
    const c = stepVisual(el, 0, 2);
    expect(c.classList.contains('branch')).to.equal(true);
    expect(stepGroup(el, 0, 2).classList.contains('branch')).to.equal(true);
    expect([...c.querySelectorAll('.data-text')].map((n) => n.textContent)).to.include('Slack 20 min');
    // Edges a→b, b→d on the path; a→c, c→d off it.
    expect(root(el).querySelectorAll('path.edge.critical')).to.have.length(2);
    expect(root(el).querySelectorAll('path.edge:not(.critical)')).to.have.length(2);
    // The branch is drawn below the path (its own row), in the same column as b.
    const box = (g: SVGGElement) => g.querySelector<SVGRectElement>('rect.box')!;
    expect(Number(box(c).getAttribute('x'))).to.equal(Number(box(stepVisual(el, 0, 1)).getAttribute('x')));
    expect(Number(box(c).getAttribute('y'))).to.be.greaterThan(Number(box(stepVisual(el, 0, 1)).getAttribute('y')));
    // Ladder: a, b, d only.
    expect(texts(el, '.ladder-proc')).to.deep.equal(['5 min', '20 min', '7 min']);
    expect(texts(el, '.ladder-wait')).to.deep.equal(['0 min', '10 min', '3 min']);
    expect(texts(el, 'text.totals').join(' ')).to.contain('Lead time 45 min');
  });

  it('lanes layout: one swim lane per role, labelled', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map layout="lanes" .data=${parallelDoc()}></hcx-value-stream-map>`);
    expect(root(el).querySelectorAll('rect.lane')).to.have.length(4);
    expect(texts(el, '.lane-label')).to.deep.equal(['Nurse', 'Lab', 'Radiology', 'Physician']);
    const y = (i: number) => Number(stepVisual(el, 0, i).querySelector('rect.box')!.getAttribute('y'));
    expect(y(0) < y(1) && y(1) < y(2) && y(2) < y(3)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('before/after: key figures, the bars and the step-by-step rows tell the story', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${await example('value-stream.json')}></hcx-value-stream-map>`);
    const c = el.analysis!.comparison!;
    expect(c.leadTimeChange).to.equal(-75);
    expect(c.leadTimeChangeRelative).to.be.closeTo(-0.625, TOL);
    expect(c.pceChange).to.be.closeTo(2 / 3 - 0.35, TOL);
    const tiles = texts(el, '.kpi').map((s) => s.replace(/\s+/g, ' '));
    expect(tiles[0]).to.equal('Lead time Current state: 120 min → , Future state: 45 min -75 min (-62.5%)');
    expect(tiles[1]).to.contain('42 min (35%)').and.contain('30 min (66.7%)').and.contain('-12 min (-28.6%)');
    expect(tiles[2]).to.contain('78 min (65%)').and.contain('15 min (33.3%)').and.contain('-63 min (-80.8%)');
    expect(tiles[3]).to.contain('35%').and.contain('66.7%').and.contain('+31.7 pp');
    expect(root(el).querySelector('.kpi-change')?.classList.contains('good')).to.equal(true);
    expect(texts(el, '.bar-value')).to.deep.equal(['120 min', '45 min · -75 min (-62.5%)']);
    expect(texts(el, '.compare-row .kind')).to.deep.equal(['Merged', '→', '→', '→', 'Removed', 'Merged']);
    expect(texts(el, '.compare-row .change')).to.deep.equal(['-17 min', '-5 min', '-9 min', '-16 min', '-17 min', '-11 min']);
    // Removed and merged steps are marked on the maps too.
    expect(stepVisual(el, 0, 5).querySelector('.badge.mark')?.textContent).to.equal('Removed');
    expect(stepVisual(el, 0, 0).querySelector('.badge.mark')?.textContent).to.equal('Merged');
    expect(stepGroup(el, 0, 5).getAttribute('aria-label')).to.contain('removed in Future state');
    expect(stepGroup(el, 1, 0).getAttribute('aria-label')).to.contain('merges “Appointment check-in” and “Registration and insurance check” of Current state');
    expect(root(el).querySelector('.summary')?.textContent).to.equal(
      'Lead time fell from 120 min to 45 min (-62.5%); value-added share rose from 35% to 66.7%. Longest wait in Future state: 5 min before Consultation with results at hand.',
    );
  });

  it('a single state gets a one-sentence summary with minutes and percentages', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${sequentialDoc()}></hcx-value-stream-map>`);
    expect(root(el).querySelector('.summary')?.textContent).to.equal(
      'Lead time 55 min, of which 20 min (36.4%) adds value and 35 min (63.6%) does not. Longest wait: 20 min before Consultation.',
    );
  });

  it('the emergency example draws lab and imaging as branches and compares the two states', async () => {
    const el = await fixture<HcxValueStreamMap>(html`<hcx-value-stream-map .data=${await example('value-stream-ed.json')}></hcx-value-stream-map>`);
    await settle(el);
    const [now, next] = el.analysis!.states;
    expect(now!.leadTime).to.equal(138);
    expect(next!.leadTime).to.equal(103);
    // Point-of-care testing moves the critical path from the laboratory to imaging.
    expect(now!.criticalPath).to.include('lab');
    expect(next!.criticalPath).to.include('imaging');
    expect(stepGroup(el, 0, 3).classList.contains('branch')).to.equal(true); // current imaging
    expect(stepGroup(el, 1, 2).classList.contains('branch')).to.equal(true); // future lab
    expect(texts(el, '.bar-value')[1]).to.equal('103 min · -35 min (-25.4%)');
  });
});
