import { HcxControlChart } from './control-chart.js';
export { HcxControlChart };
export type * from '../../spc/types.js';
if (!customElements.get('hcx-control-chart')) customElements.define('hcx-control-chart', HcxControlChart);
declare global {
  interface HTMLElementTagNameMap {
    'hcx-control-chart': HcxControlChart;
  }
}
