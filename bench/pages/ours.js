// Our page: the drop-in bundle exactly as an intranet page loads it, one element per chart.
// Tags that are not registered yet are reported to the runner, which marks them "not built yet".
import '../../dist/hcx-widgets.js';
import { install, twoFrames } from './harness.js';
import { oursImpl } from './ours-impl.js';

install(oursImpl(twoFrames));
