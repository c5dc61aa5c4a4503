// Entry of the self-contained drop-in bundle `dist/hcx-widgets.js`.
export * from './index.js';
