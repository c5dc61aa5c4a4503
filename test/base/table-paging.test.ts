import { expect, fixture, html } from '@open-wc/testing';
import './probe-widget.js';
import type { ProbeWidget } from './probe-widget.js';

/** A control-chart document of `count` daily points (the probe widget's table: one row a point). */
function longDoc(count: number, title = 'Long series') {
  const start = Date.UTC(2020, 0, 1);
  return {
    kind: 'control-chart' as const,
    version: 1 as const,
    title,
    points: Array.from({ length: count }, (_, i) => ({ x: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value: i % 97 })),
  };
}

const rows = (el: ProbeWidget) => el.shadowRoot!.querySelectorAll('tbody tr').length;
const more = (el: ProbeWidget) => el.shadowRoot!.querySelector<HTMLButtonElement>('.table-more button');
const note = (el: ProbeWidget) => el.shadowRoot!.querySelector('.table-more')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('table view of a long series', function () {
  // axe reads every row of a 1,000-row table: seconds on a loaded 2-core machine.
  this.timeout(60000);
  it('draws the first 1,000 rows, grows a page per click, and says the CSV has every row', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe lang="en" view="table" .data=${longDoc(2500)}></hcx-probe>`);
    expect(rows(el)).to.equal(1000);
    expect(note(el)).to.equal('Rows 1–1,000 of 2,500 are shown; the CSV download has every row. Show 1,000 more rows');
    await expect(el).to.be.accessible();
    more(el)!.click();
    await el.updateComplete;
    expect(rows(el)).to.equal(2000);
    expect(more(el)!.textContent!.trim()).to.equal('Show 500 more rows');
    more(el)!.click();
    await el.updateComplete;
    expect(rows(el)).to.equal(2500);
    expect(more(el), 'nothing left to show').to.equal(null);
    // The CSV is never paged: a header line and one line a point.
    expect(el.toCSV().trimEnd().split('\r\n')).to.have.length(2501);
  });

  it('starts again at one page for a new document, and a short table has no button', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe lang="fi" view="table" .data=${longDoc(1500)}></hcx-probe>`);
    // note() folds Finnish no-break group separators into spaces.
    expect(note(el)).to.contain('rivit 1–1 000/1 500;').and.contain('Näytä 500 riviä lisää');
    more(el)!.click();
    await el.updateComplete;
    expect(rows(el)).to.equal(1500);
    el.data = longDoc(1200, 'Another series');
    await el.updateComplete;
    expect(rows(el)).to.equal(1000);
    el.data = longDoc(1000, 'Exactly one page');
    await el.updateComplete;
    expect(rows(el)).to.equal(1000);
    expect(note(el)).to.equal(null);
  });
});
