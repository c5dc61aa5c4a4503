import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/control-chart/hcx-control-chart.js';
import type { HcxControlChart } from '../../../src/components/control-chart/control-chart.js';
import type { ControlChartDocument } from '../../../src/contract/control-chart.js';
import { example, fmt, gapDoc, pDoc, phasedDoc, plot, root, smallDoc, texts, week } from './fixtures.js';

const draw = (doc: unknown, attrs = '') => {
  const el = document.createElement('hcx-control-chart');
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [k, v] = a.split('=');
    el.setAttribute(k!, v ?? '');
  }
  el.data = doc as ControlChartDocument;
  return fixture<HcxControlChart>(html`${el}`);
};
const d = (el: HcxControlChart, selector: string) => plot(el).querySelector(selector)?.getAttribute('d') ?? '';
const subpaths = (path: string) => (path.match(/M/g) ?? []).length;

describe('<hcx-control-chart>: what is drawn equals analysis', () => {
  it('labels the limits at the right edge with the analysis values (hand-computed XmR)', async () => {
    const el = await draw(smallDoc());
    const phase = el.analysis!.phases[0]!;
    // Hand-computed in fixtures: mean 11.875, UCL 16.435, LCL 7.315.
    expect(phase.center).to.be.closeTo(11.875, 1e-12);
    expect(phase.ucl).to.be.closeTo(16.435, 1e-12);
    expect(phase.lcl).to.be.closeTo(7.315, 1e-12);
    expect(texts(el, 'text.edge-label.kind-ucl')[0]).to.equal(`UCL ${fmt(phase.ucl!, 1)}`);
    expect(texts(el, 'text.edge-label.kind-centre')[0]).to.equal(`Mean ${fmt(phase.center!, 1)}`);
    expect(texts(el, 'text.edge-label.kind-lcl')[0]).to.equal(`LCL ${fmt(phase.lcl!, 1)}`);
    // The moving-range panel: its own centre (average moving range 12/7) and UCL 3.267 × 12/7.
    const mr = el.analysis!.movingRange!.phases[0]!;
    expect(mr.center).to.be.closeTo(12 / 7, 1e-12);
    expect(texts(el, 'text.edge-label.kind-ucl')[1]).to.equal(`UCL ${fmt(mr.ucl!, 1)}`);
    expect(texts(el, 'text.panel-title')).to.deep.equal(['Moving range']);
    // Trial limits (8 points): the phase band says so, the lines are drawn as trial.
    expect(texts(el, 'text.phase-label')).to.deep.equal(['All points · trial limits']);
    expect(d(el, 'path.limit.trial')).to.not.equal('');
    expect(d(el, 'path.limit:not(.trial)')).to.equal('');
  });

  it('the data table and the CSV carry the same numbers as analysis', async () => {
    const el = await draw(smallDoc());
    el.view = 'table';
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(8);
    const a = el.analysis!;
    const cells = [...rows[1]!.children].map((c) => c.textContent!.trim());
    // Period, value, centre, LCL, UCL, moving range, signal, rules, phase, excluded, note.
    expect(cells.slice(0, 6)).to.deep.equal(['Jan 8, 2024', '12', fmt(a.points[1]!.center!, 1), fmt(a.points[1]!.lcl!, 1), fmt(a.points[1]!.ucl!, 1), '2']);
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('\uFEFFPeriod,Value (min),Centre,LCL,UCL,Moving range,Signal,Rules,Phase,Excluded,Note');
    expect(csv[2]).to.equal(`2024-01-08,12,${a.points[1]!.center},${a.points[1]!.lcl},${a.points[1]!.ucl},2,,,,,`);
    expect(csv[1]!.split(',')[5], 'the first week has no moving range').to.equal('');
  });

  it('gaps break the line (never zero) and excluded points get a hollow crossed marker', async () => {
    const el = await draw(gapDoc());
    const line = d(el, 'path.line');
    expect(subpaths(line), 'two pieces around the gap').to.equal(2);
    // Four values before… no: weeks 0–2, then 4–7 (week 3 is the gap): 3 + 4 points.
    expect((line.match(/[ML]/g) ?? []).length).to.equal(7);
    expect(root(el).querySelector('path.mark.excluded.crossed')).to.not.equal(null);
    expect(el.analysis!.points[3]!.value).to.equal(null);
    const zeroY = el.analysis!.points.some((p) => p.value === 0);
    expect(zeroY).to.equal(false);
    expect(el.toCSV().split('\r\n')[4]).to.match(/^2024-01-22,,/);
    expect(el.toCSV().split('\r\n')[4]).to.contain('Kiosk outage');
    expect(el.toCSV().split('\r\n')[6]).to.contain(',true,');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('No data for 1 week.');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('1 week left out of the limits.');
  });

  it('phases: the line breaks, labels, the previous limits continue as a band, the verdict judges the change', async () => {
    const el = await draw(phasedDoc());
    const a = el.analysis!;
    expect(a.phases).to.have.length(2);
    expect(subpaths(d(el, 'path.line'))).to.equal(2);
    expect(texts(el, 'text.phase-label')).to.deep.equal(['Before · trial limits', 'After redesign · trial limits']);
    expect(d(el, 'path.projected-band')).to.not.equal('');
    expect(subpaths(d(el, 'path.separator'))).to.equal(1);
    expect(texts(el, 'text.note-number')).to.deep.equal(['1']);
    expect(texts(el, '.notes li')[0]).to.equal('1Mar 11, 2024: PDSA 1');
    // Before: mean 50.1, after: 40.3; every week after lies below the old LCL.
    const before = a.phases[0]!;
    const after = a.phases[1]!;
    expect(before.center).to.be.closeTo(50.1, 1e-9);
    expect(after.center).to.be.closeTo(40.3, 1e-9);
    const verdict = texts(el, 'text.verdict')[0]!;
    expect(verdict).to.contain(`Since “After redesign” the mean fell from ${fmt(before.center!, 1)} to ${fmt(after.center!, 1)} min`);
    expect(verdict).to.contain('10 of 10 weeks beyond the previous limits: a real change, not noise');
    // The earlier phase's mean is labelled at its end.
    expect(texts(el, 'text.phase-mean')).to.deep.equal([fmt(before.center!, 1)]);
    // project-limits="false" drops the band.
    el.setAttribute('project-limits', 'false');
    await el.updateComplete;
    expect(root(el).querySelector('path.projected-band')).to.equal(null);
  });

  it('p charts: percent axis and labels, ratio tooltips, CSV fractions (hand-computed p̄ 0.9, limits 0.81–0.99)', async () => {
    const el = await draw(pDoc());
    const a = el.analysis!;
    expect(a.points[0]!.ucl).to.be.closeTo(0.99, 1e-12);
    expect(a.points[0]!.lcl).to.be.closeTo(0.81, 1e-12);
    expect(texts(el, 'text.edge-label.kind-ucl')[0]).to.equal('UCL 99%');
    expect(texts(el, 'text.edge-label.kind-lcl')[0]).to.equal('LCL 81%');
    expect(texts(el, 'text.edge-label.kind-target')[0]).to.equal('Target 95%');
    expect(texts(el, 'g.y-axis text').every((t) => t.endsWith('%'))).to.equal(true);
    // Monthly data: periods by month and year.
    expect(texts(el, 'g.x-axis text')[0]).to.equal('Jan 2024');
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.equal('\uFEFFPeriod,Proportion,Count,n,Centre,LCL,UCL,Signal,Rules,Phase,Excluded,Note');
    expect(csv[1]).to.equal(`2024-01-01,0.9,90,100,${a.points[0]!.center},${a.points[0]!.lcl},${a.points[0]!.ucl},,,,,`);
    expect(root(el).querySelector('path.secondary-line')).to.equal(null);
  });

  it('the variation and assurance icons say what they mean, with letters', async () => {
    const el = await draw(pDoc());
    const icons = [...root(el).querySelectorAll('g.icon')];
    expect(icons.map((i) => i.getAttribute('aria-label'))).to.deep.equal(['Variation: common cause', 'Assurance: the target will be met only sometimes']);
    expect(icons[1]!.querySelector('.icon-letter')!.textContent).to.equal('?');
    const doc = smallDoc();
    doc.points.push(...[6, 6.5, 6.2].map((value, i) => ({ x: week(8 + i), value })));
    const low = await draw(doc);
    expect(low.analysis!.variation).to.equal('improvement-low');
    const icon = root(low).querySelector('g.icon.variation')!;
    expect(icon.classList.contains('improvement')).to.equal(true);
    expect(icon.querySelector('.icon-letter')!.textContent).to.equal('L');
    expect(root(low).querySelector('g.icon.assurance'), 'no target, no assurance icon').to.equal(null);
  });

  it('draws every chart type of the examples without errors, with its panel', async () => {
    const files: [string, string, string | null][] = [
      ['control-chart-run.json', 'run', null],
      ['control-chart-logistics.json', 'p', null],
      ['control-chart-pprime.json', 'pprime', null],
      ['control-chart-u.json', 'u', null],
      ['control-chart-logistics-reminders.json', 'uprime', null],
      ['control-chart-c.json', 'c', null],
      ['control-chart-falls.json', 't', null],
      ['control-chart-g.json', 'g', null],
      ['control-chart-xbar-s.json', 'xbar-s', 'Standard deviation (S)'],
      ['control-chart.json', 'xmr', 'Moving range'],
    ];
    for (const [file, type, panel] of files) {
      const el = await draw(await example(file));
      expect(el.state, file).to.equal('ready');
      expect(el.analysis!.chartType).to.equal(type);
      expect(d(el, 'path.line'), file).to.match(/^M/);
      expect(texts(el, 'text.panel-title'), file).to.deep.equal(panel ? [panel] : []);
      expect(texts(el, 'text.verdict').join(' ').length, file).to.be.greaterThan(20);
      if (type === 'run') expect(root(el).querySelector('text.edge-label.kind-ucl'), 'a run chart has no limits').to.equal(null);
    }
  });

  it('sigma-lines draws the 2σ lines (and 1σ for Western Electric)', async () => {
    const el = await draw(smallDoc(), 'sigma-lines');
    const sigma = d(el, 'path.sigma');
    expect(subpaths(sigma)).to.equal(2);
    const we = await draw({ ...smallDoc(), rules: 'western-electric' }, 'sigma-lines');
    expect(subpaths(d(we, 'path.sigma'))).to.equal(4);
    const off = await draw({ ...smallDoc(), sigmaLines: true }, 'sigma-lines=false');
    expect(root(off).querySelector('path.sigma')).to.equal(null);
    const table = el.toCSV().split('\r\n')[0];
    expect(table).to.contain('Lower 2σ,Upper 2σ');
  });

  it('moving-range="false" hides the moving-range panel', async () => {
    const el = await draw(smallDoc(), 'moving-range=false');
    expect(root(el).querySelector('text.panel-title')).to.equal(null);
    expect(root(el).querySelector('path.secondary-line')).to.equal(null);
  });

  it('20,000 points stay a small DOM: paths per kind of mark, one focus mark', async () => {
    const points = Array.from({ length: 20_000 }, (_, i) => ({ x: `P${i + 1}`, value: 50 + 5 * Math.sin(i * 0.7) + ((i * 37) % 11) / 2 + (i % 997 === 0 ? 30 : 0) }));
    const el = await draw({ kind: 'control-chart', version: 1, title: 'Large', unit: 'min', improvement: 'decrease', points });
    expect(el.analysis!.points).to.have.length(20_000);
    const nodes = root(el).querySelectorAll('*').length;
    expect(nodes, `${nodes} nodes`).to.be.below(1000);
    expect(plot(el).querySelectorAll('path.line')).to.have.length(1);
    expect(root(el).querySelectorAll('circle, rect, use')).to.have.length.below(20);
    // Special points are still marked (the spikes every 997th point are above the UCL).
    expect(d(el, 'path.mark.concern')).to.match(/^M/);
    expect(plot(el).getAttribute('tabindex')).to.equal('0');
  });

  it('day ticks name the year on the first tick and where the year changes', async () => {
    // 40 weeks from 2 Oct 2023: the ticks cross into 2024.
    const doc = smallDoc();
    doc.points = Array.from({ length: 40 }, (_, i) => ({ x: week(i - 13), value: 10 + (i % 3) }));
    const el = await draw(doc);
    const ticks = texts(el, 'g.x-axis text');
    expect(ticks[0]).to.match(/^\w{3} \d+, 2023$/);
    const newYear = ticks.findIndex((t) => t.endsWith('2024'));
    expect(newYear, 'a tick names 2024').to.be.greaterThan(0);
    expect(ticks.filter((t) => /\d{4}$/.test(t)), 'only those two name a year').to.have.length(2);
    expect(ticks[newYear + 1]).to.match(/^\w{3} \d+$/);
  });

  it('x values that are not dates are shown as given', async () => {
    const el = await draw({ kind: 'control-chart', version: 1, title: 'Weeks', points: ['Week 1', 'Week 2', 'Week 3', 'Week 4'].map((x, i) => ({ x, value: 10 + (i % 2) })) });
    expect(texts(el, 'g.x-axis text')[0]).to.equal('Week 1');
  });
});
