// Width every chart draws at: the peers' plots and the stage our widgets fill. Shared by the
// pages (bundled) and the page shell (bench/build-pages.mjs).
export const CHART_WIDTH = 960;
