import { expect, waitUntil } from '@open-wc/testing';
import type { HcxControlChart } from '../../../src/components/control-chart/control-chart.js';
import { phasedDoc } from './fixtures.js';

/**
 * A same-origin frame under a strict policy (no inline styles, no inline scripts): the chart,
 * its tooltip (positioned on every move), keyboard, selection and exports must not trip it.
 */
describe('<hcx-control-chart> under a strict Content-Security-Policy', function () {
  this.timeout(30000);

  it('renders, moves the tooltip, selects and exports with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
      </head><body></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/src/components/control-chart/hcx-control-chart.ts', location.href).href;
    doc.head.append(script);
    await waitUntil(() => win.customElements.get('hcx-control-chart'), 'the element is defined', { timeout: 20000 });
    const el = doc.createElement('hcx-control-chart') as HcxControlChart;
    doc.body.append(el);
    el.data = phasedDoc();
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.hcx-chart')!;
    svg.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowDown', 'Home', 'Enter', 'End']) {
      svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip, 'the tooltip shows').to.not.equal(null);
    expect(tip.style.left, 'positioned through CSSOM').to.match(/px$/);
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true }));
    await el.updateComplete;
    el.view = 'table';
    await el.updateComplete;
    expect(el.toCSV().length).to.be.greaterThan(100);
    expect(el.toSVG().length).to.be.greaterThan(1000);
    el.view = 'chart';
    el.theme = 'dark';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
