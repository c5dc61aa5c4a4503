import { HcxBrandHealth } from './brand-health.js';
export { HcxBrandHealth };
export type * from '../../brand/types.js';
if (!customElements.get('hcx-brand-health')) customElements.define('hcx-brand-health', HcxBrandHealth);
declare global {
  interface HTMLElementTagNameMap {
    'hcx-brand-health': HcxBrandHealth;
  }
}
