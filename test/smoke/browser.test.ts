import { expect } from '@open-wc/testing';

describe('test runner', () => {
  it('runs in a real Chromium with custom elements and the test server', async () => {
    expect(navigator.userAgent).to.contain('Chrome');
    const res = await fetch('/api/test/status?code=404');
    expect(res.status).to.equal(404);
  });
});
