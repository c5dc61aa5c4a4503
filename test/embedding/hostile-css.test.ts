import { expect } from '@open-wc/testing';
import { openPage, type PageHandle } from '../support/frame.js';
import { diffGeometry, geometry, type NodeShot } from '../support/geometry.js';
import { summarize } from '../support/recorders.js';
import { notRendered, settle, stateOf } from '../support/widget.js';
import { WIDGETS } from '../support/widgets.js';
import type { EmbedPageApi } from './pages/embed.js';

/**
 * The same widgets on a clean page and on a page with a hostile portal stylesheet
 * (pages/hostile.css: the rules of issue 8 plus inherited text properties on body) must
 * have the same rendered geometry: boxes of parts and SVG marks relative to the host,
 * fonts, fills and strokes, and the table's display in table view.
 */
const PAGE = '/test/embedding/pages/embed.html?only=data';

interface Shots {
  /** `<id> (chart|table)` → snapshot. */
  shots: Map<string, NodeShot[]>;
  handle: PageHandle<EmbedPageApi>;
}

async function snapshotPage(url: string, check?: (h: PageHandle<EmbedPageApi>) => void): Promise<Shots> {
  const handle = await openPage<EmbedPageApi>(url);
  check?.(handle);
  const shots = new Map<string, NodeShot[]>();
  const { page } = handle;
  for (const instance of page.instances) shots.set(`${instance.id} (chart)`, geometry(page.element(instance.id)));
  for (const instance of page.instances) {
    const el = page.element(instance.id);
    if (el.localName === 'hcx-dashboard' || instance.how !== 'data') continue;
    el.view = 'table';
    await settle(el);
    shots.set(`${instance.id} (table)`, geometry(el));
    el.view = 'chart';
    await settle(el);
  }
  handle.close();
  return { shots, handle };
}

function differences(clean: Shots, hostile: Shots, keep: (key: string) => boolean): string {
  const out: string[] = [];
  for (const [key, shots] of clean.shots) {
    if (!keep(key)) continue;
    expect(shots.length, `${key} has parts to compare`).to.be.greaterThan(3);
    const other = hostile.shots.get(key);
    if (!other) {
      out.push(`${key}: missing on the hostile page`);
      continue;
    }
    const diff = diffGeometry(shots, other);
    if (diff) out.push(`${key} differs on the hostile page:\n${diff.split('\n').slice(0, 8).join('\n')}`);
  }
  return out.join('\n\n');
}

describe('embedding: hostile global CSS', function () {
  this.timeout(60000);
  let clean: Shots;
  let hostile: Shots;

  before(async () => {
    clean = await snapshotPage(PAGE);
    hostile = await snapshotPage(`${PAGE}&hostile=1`, ({ win, doc }) => {
      // The hostile rules are really in force on the page itself, so this test can fail.
      const h1 = win.getComputedStyle(doc.querySelector('h1')!);
      expect(h1.fontSize).to.equal('30px');
      expect(h1.fontFamily).to.equal('serif');
      expect(win.getComputedStyle(doc.documentElement).fontSize, 'rem is 30px').to.equal('30px');
      const probe = doc.createElement('table');
      doc.body.append(probe);
      expect(win.getComputedStyle(probe).display).to.equal('none');
      probe.remove();
    });
  });

  it('every widget renders on the hostile page, with no error', () => {
    const { page } = hostile.handle;
    for (const instance of page.instances) {
      const el = page.element(instance.id);
      if (instance.title === null) expect(stateOf(el), instance.id).to.equal('error');
      else expect(notRendered(el, instance.title), `${instance.id} renders`).to.equal('');
    }
    const r = page.recorders;
    expect(r.errors.concat(r.rejections, r.consoleErrors), summarize(r)).to.deep.equal([]);
    expect([...hostile.shots.keys()]).to.deep.equal([...clean.shots.keys()]);
  });

  it('the shell (error view of every widget) looks the same as on a clean page', () => {
    expect(differences(clean, hostile, (key) => key.includes('--invalid'))).to.equal('');
  });

  /** The tag a snapshot key belongs to (widgets inside the dashboard belong to the dashboard's layout). */
  const ownerOf = (key: string) => (key.startsWith('dashboard-child--') ? 'hcx-dashboard' : key.slice(0, key.indexOf('--')));
  const knownBroken = (key: string) => Boolean(WIDGETS.find((w) => w.tag === ownerOf(key))?.knownIssues?.hostileCss);

  it('every widget and the dashboard look the same as on a clean page (chart and table view)', () => {
    expect(differences(clean, hostile, (key) => !key.includes('--invalid') && !knownBroken(key))).to.equal('');
  });

  it('the known hostile-CSS issues in the registry are still there (remove an entry once fixed)', () => {
    for (const entry of WIDGETS) {
      if (!entry.knownIssues?.hostileCss || !hostile.handle.page.tags.includes(entry.tag)) continue;
      const diff = differences(clean, hostile, (key) => !key.includes('--invalid') && ownerOf(key) === entry.tag);
      expect(diff, `<${entry.tag}> now looks the same: remove knownIssues.hostileCss from test/support/widgets.ts`).to.not.equal('');
    }
  });
});
