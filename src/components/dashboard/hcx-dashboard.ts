import { HcxDashboard } from './dashboard.js';

export { HcxDashboard };

if (!customElements.get('hcx-dashboard')) customElements.define('hcx-dashboard', HcxDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'hcx-dashboard': HcxDashboard;
  }
}
