// Our page built from the TypeScript sources without minifying, so a CPU profile names the
// functions (`node bench/run.mjs` profiles our slowest workload with it).
import '../../src/hcx-widgets.ts';
import { install, twoFrames } from './harness.js';
import { oursImpl } from './ours-impl.js';

install(oursImpl(twoFrames));
