/**
 * Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml): axe-core ships
 * its WCAG 2.2 rule `target-size` (2.5.8, targets at least 24 × 24 CSS px or spaced as far)
 * disabled, so `expect(el).to.be.accessible()` would not check it. We promise WCAG 2.2 AA.
 */
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: { configure(spec: { rules: { id: string; enabled: boolean }[] }): void };
  }
}

window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
