import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { ProbeWidget } from './probe-widget.js';
import { shadow, validDoc } from './fixtures.js';

/** A subclass that forgot its schema, as plain JavaScript can. */
@customElement('hcx-probe-without-schema')
class ProbeWithoutSchema extends ProbeWidget {
  protected override readonly schema = undefined as never;
}

describe('the widget validates against its own schema', () => {
  it('the probe (control-chart schema) refuses another kind with one clear error', async () => {
    const el = await fixture<ProbeWidget>(html`<hcx-probe></hcx-probe>`);
    el.data = { kind: 'satisfaction-heatmap', version: 1 } as never;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.errors.map((e) => [e.path, e.code, e.params.options])).to.deep.equal([['kind', 'unknown-kind', '"control-chart"']]);
  });

  it('a subclass without a schema shows a contract error instead of throwing', async () => {
    const error = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      const el = await fixture<ProbeWithoutSchema>(html`<hcx-probe-without-schema .data=${validDoc()}></hcx-probe-without-schema>`);
      expect(el.state).to.equal('error');
      expect(el.errors[0]?.code).to.equal('unknown-kind');
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      expect(String(logged[0])).to.contain('has no schema');
    } finally {
      console.error = error;
    }
  });
});
