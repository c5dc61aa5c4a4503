import { HcxValueStreamMap } from './value-stream-map.js';
export { HcxValueStreamMap };
export type { ValueStreamLayout } from './value-stream-map.js';
export type * from '../../vsm/types.js';
if (!customElements.get('hcx-value-stream-map')) customElements.define('hcx-value-stream-map', HcxValueStreamMap);
declare global {
  interface HTMLElementTagNameMap {
    'hcx-value-stream-map': HcxValueStreamMap;
  }
}
