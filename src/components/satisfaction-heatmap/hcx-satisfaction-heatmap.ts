import { HcxSatisfactionHeatmap } from './satisfaction-heatmap.js';
export { HcxSatisfactionHeatmap };
export type { HeatmapSort } from './grid.js';
export type * from '../../heatmap/types.js';
if (!customElements.get('hcx-satisfaction-heatmap')) customElements.define('hcx-satisfaction-heatmap', HcxSatisfactionHeatmap);
declare global {
  interface HTMLElementTagNameMap {
    'hcx-satisfaction-heatmap': HcxSatisfactionHeatmap;
  }
}
