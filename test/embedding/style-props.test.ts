import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import type { StylePropsPageApi } from './pages/style-props.js';

/**
 * Lit's styleMap writes the style attribute on its first render, which a strict CSP blocks
 * (the element stays unpositioned and the page reports a violation); the base's styleProps
 * goes through CSSOM from the start. Widgets position tooltips and canvases with styleProps.
 */
describe('styleProps (src/base/style-props.ts) under the strict CSP', function () {
  this.timeout(30000);

  it('applies, updates and removes properties with no CSP violation — where styleMap is blocked', async () => {
    const handle = await openPage<StylePropsPageApi>('/test/embedding/pages/style-props.html?csp=strict');
    try {
      const { page } = handle;
      const first = await page.show({ left: '7px', top: '3px', '--hcx-x': '1' });
      // styleMap's first render is an attribute write: blocked.
      expect(first.map).to.equal('');
      expect(page.recorders.violations.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
      expect(page.recorders.violations[0].element).to.contain('div.tip');
      expect(first.props).to.equal('left: 7px; top: 3px; --hcx-x: 1;');
      page.recorders.clear();
      const second = await page.show({ left: '9px', top: null, '--hcx-x': '2' });
      expect(second.props).to.equal('left: 9px; --hcx-x: 2;');
      expect(page.recorders.violations, 'no violation from either on updates (CSSOM)').to.deep.equal([]);
    } finally {
      handle.close();
    }
  });
});
