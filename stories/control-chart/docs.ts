import type { ControlChartDocument, RulePreset } from '../../src/contract/control-chart.js';

/**
 * Documents built in the stories (the realistic cases live in examples/). The rule series are
 * XmR charts whose limits are frozen on a stable 20-week baseline, followed by weeks crafted
 * so that each rule of the preset fires (checked against the engine when they were written).
 */

const week = (i: number) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);

/** Twenty stable weeks around 50 minutes: mean 50.08, limits 45.28–54.89 (2.66 × average moving range). */
const BASELINE = [50.2, 48.9, 51.3, 49.6, 50.8, 48.4, 51.9, 49.1, 50.5, 49.8, 51.2, 48.7, 50.9, 49.4, 51.5, 48.8, 50.1, 50.6, 49.3, 50.7];

const AFTER: Record<'mdc' | 'we' | 'anhoej', number[]> = {
  // Week 21 above the UCL; weeks 24–31 rise seven times in a row (trend); weeks 33 and 35 beyond
  // 2σ (two of three); weeks 37–45 below the mean (shift, improvement as lower is better).
  mdc: [57.9, 50.4, 49.1, 47.6, 48.2, 49.0, 49.9, 50.6, 51.4, 52.3, 53.1, 50.1, 53.9, 51.2, 54.1, 50.4, 47.9, 48.3, 47.2, 48.6, 47.7, 48.1, 47.4, 48.8, 47.9],
  // WE 1 (week 21), WE 2 (weeks 24 and 26 beyond 2σ), WE 3 (four of five beyond 1σ), WE 4 (ten below the mean).
  we: [56.8, 50.1, 49.5, 53.6, 50.6, 53.8, 49.2, 51.9, 52.2, 51.8, 50.3, 52.4, 49.9, 48.4, 49.0, 48.1, 49.6, 48.8, 49.3, 48.2, 49.1, 48.6],
  // Twelve weeks below the mean: longer than round(log2(32)) + 3 = 8, and too few crossings.
  anhoej: [48.1, 47.6, 48.9, 47.2, 48.4, 47.9, 48.8, 47.5, 48.2, 47.7, 48.6, 47.3],
};

export function rulesDoc(rules: RulePreset): ControlChartDocument {
  const after = rules === 'western-electric' ? AFTER.we : rules === 'anhoej' ? AFTER.anhoej : AFTER.mdc;
  const values = [...BASELINE, ...after];
  return {
    kind: 'control-chart',
    version: 1,
    title: `Clinic waiting time: ${rules} rules`,
    subtitle: 'Mean minutes per week; limits frozen on the first 20 weeks',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    rules,
    baseline: 20,
    sigmaLines: rules === 'western-electric',
    points: values.map((value, i) => ({ x: week(i), value })),
  };
}

/** Ten weeks only: the limits rest on fewer than 13 points (trial limits). */
export function trialDoc(): ControlChartDocument {
  return {
    kind: 'control-chart',
    version: 1,
    title: 'New same-day clinic: waiting time (first ten weeks)',
    subtitle: 'Mean minutes per week since opening; limits on fewer than 13 points are trial limits',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    target: 30,
    points: [31.2, 28.4, 33.1, 29.7, 30.5, 27.9, 32.4, 29.1, 30.8, 28.6].map((value, i) => ({ x: week(i), value })),
  };
}

/** Missing weeks (drawn as gaps, never zeros) and two excluded weeks (drawn hollow and crossed). */
export function gapsDoc(): ControlChartDocument {
  const values: (number | null)[] = [...BASELINE.slice(0, 12), null, null, ...BASELINE.slice(12), 58.4, null, 49.7, 50.9];
  return {
    kind: 'control-chart',
    version: 1,
    title: 'Pharmacy dispensing time with gaps and exclusions',
    subtitle: 'Mean minutes per week; two weeks of system migration have no data',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    points: values.map((value, i) => ({
      x: week(i),
      value,
      ...(i === 12 || i === 13 ? { note: 'Dispensing system migration: no data' } : {}),
      ...(i === 5 || i === 22 ? { exclude: true, note: i === 5 ? 'Robot breakdown (known cause)' : 'Fire alarm evacuation (known cause)' } : {}),
    })),
  };
}

/** A seeded random walk around a level, for the large-data story. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20,000 days of waiting times with an improvement after 60 % and rare spikes (the benchmark's shape). */
export function largeDoc(count = 20_000): ControlChartDocument {
  const random = mulberry32(41);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const points = Array.from({ length: count }, (_, i) => {
    const level = i < count * 0.6 ? 48 : 44;
    const spike = random() < 0.01 ? (random() < 0.5 ? -1 : 1) * (14 + 6 * random()) : 0;
    return { x: new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10), value: Math.round(Math.max(1, level + 3 * normal() + spike) * 10) / 10 };
  });
  return {
    kind: 'control-chart',
    version: 1,
    title: `Emergency department waiting time, ${count.toLocaleString('en')} days`,
    subtitle: 'Daily mean minutes; one path per kind of mark keeps the chart light',
    chartType: 'xmr',
    unit: 'min',
    improvement: 'decrease',
    points,
  };
}
