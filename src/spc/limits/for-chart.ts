import type { ChartType } from '../../contract/control-chart.js';
import type { PhaseWindow } from '../phases.js';
import type { PreparedSeries } from '../prepare.js';
import { cLimits } from './c.js';
import { gLimits } from './g.js';
import type { LimitModel } from './model.js';
import { finiteOrNull } from '../stats.js';
import { pLimits } from './p.js';
import { runLimits } from './run.js';
import { tLimits } from './t.js';
import { uLimits } from './u.js';
import { xbarSLimits, type XbarSModels } from './xbar-s.js';
import { xmrLimits, type MovingRangeOptions, type XmrModel } from './xmr.js';

export interface ChartLimitOptions extends MovingRangeOptions {
  multiplier: number;
}

export interface PhaseLimits {
  main: LimitModel;
  /** XmR only: the moving-range summary behind the limits (the MR panel's centre). */
  xmr: XmrModel | null;
  /** xbar-s only: both charts' models. */
  xbarS: XbarSModels | null;
}

/** Runs the chart type's calculator on a phase's calculation window (its first `baseline` points, or all). */
export function phaseLimits(type: ChartType, series: PreparedSeries, w: PhaseWindow, options: ChartLimitOptions): PhaseLimits {
  const limits = calculate(type, series, w, options);
  return {
    main: finite(limits.main),
    xmr: limits.xmr,
    xbarS: limits.xbarS && { ...limits.xbarS, xbar: finite(limits.xbarS.xbar), s: finite(limits.xbarS.s) },
  };
}

/** Overflowing data (sums beyond 1e308) must give `null` lines, never Infinity or NaN. */
function finite(model: LimitModel): LimitModel {
  return { ...model, center: finiteOrNull(model.center), base: finiteOrNull(model.base) };
}

function calculate(type: ChartType, series: PreparedSeries, w: PhaseWindow, options: ChartLimitOptions): PhaseLimits {
  const from = w.start;
  const to = w.calcEnd + 1;
  const values = series.values.slice(from, to);
  const excluded = series.excluded.slice(from, to);
  const ratio = () => ({ numerators: series.numerators.slice(from, to), denominators: series.denominators.slice(from, to), excluded });
  switch (type) {
    case 'run':
      return only(runLimits(values, excluded));
    case 'c':
      return only(cLimits(values, excluded));
    case 'g':
      return only(gLimits(values, excluded));
    case 't':
      return only(tLimits(values, excluded, options));
    case 'p':
    case 'pprime':
      return only(pLimits(ratio(), { ...options, laney: type === 'pprime' }));
    case 'u':
    case 'uprime':
      return only(uLimits(ratio(), { ...options, laney: type === 'uprime' }));
    case 'xbar-s': {
      const xbarS = xbarSLimits(series.subgroups.slice(from, to), excluded);
      return { main: xbarS.xbar, xmr: null, xbarS };
    }
    case 'xmr': {
      const xmr = xmrLimits(values, excluded, options);
      return { main: xmr, xmr, xbarS: null };
    }
  }
}

const only = (main: LimitModel): PhaseLimits => ({ main, xmr: null, xbarS: null });
