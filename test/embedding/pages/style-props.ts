/**
 * Harness of style-props.html (served with the strict CSP): renders the same positioned
 * element with Lit's styleMap and with the base's styleProps, then updates and removes a
 * property, so the test can compare what each applied and which CSP violations each caused.
 */
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps, type StyleProps } from '../../../src/base/style-props.js';
import { installRecorders } from '../../support/recorders.js';
import type { PageApi } from '../../support/frame.js';

export interface StylePropsPageApi extends PageApi {
  /** Renders both with `props`; returns the inline styles each element ended up with. */
  show(props: StyleProps): Promise<{ map: string; props: string }>;
}

const recorders = installRecorders();
const mapHost = document.getElementById('with-style-map')!;
const propsHost = document.getElementById('with-style-props')!;

async function show(props: StyleProps): Promise<{ map: string; props: string }> {
  render(html`<div class="tip" style=${styleMap(props)}>map</div>`, mapHost);
  render(html`<div class="tip" style=${styleProps(props)}>props</div>`, propsHost);
  await new Promise((r) => setTimeout(r, 50));
  const inline = (host: HTMLElement) => (host.querySelector('.tip') as HTMLElement).style.cssText;
  return { map: inline(mapHost), props: inline(propsHost) };
}

const api: StylePropsPageApi = { recorders, ready: Promise.resolve(), tags: [], show };
window.hcxPage = api;
