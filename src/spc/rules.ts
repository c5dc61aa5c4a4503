/**
 * Rule ids: short, stable strings. The element localizes by id; `RULES` gives the English
 * meaning (see CONVENTIONS.md for the exact semantics per preset).
 */
export const RULES = {
  'outside-limits': 'A point above the upper or below the lower control limit (3 sigma).',
  shift: 'A run of points (default 7) all above or all below the centre line; a point on the centre line breaks the run.',
  trend: 'A run of points (default 7) each higher, or each lower, than the one before; an equal value breaks the trend.',
  'two-of-three': 'Two of three consecutive points beyond 2 sigma on the same side of the centre line.',
  'runs-longest': 'Anhøj: a run on one side of the centre line longer than round(log2(useful points)) + 3.',
  'runs-crossings': 'Anhøj: fewer centre-line crossings than the 5th percentile of Binomial(useful points − 1, 0.5).',
  'we-1': 'Western Electric 1: one point beyond 3 sigma.',
  'we-2': 'Western Electric 2: two of three consecutive points beyond 2 sigma on the same side.',
  'we-3': 'Western Electric 3: four of five consecutive points beyond 1 sigma on the same side.',
  'we-4': 'Western Electric 4: eight consecutive points on the same side of the centre line.',
} as const;

export type RuleId = keyof typeof RULES;

/** Rules in precedence order: the first one that fired on a point names its direction. */
export const RULE_PRECEDENCE: readonly RuleId[] = [
  'outside-limits',
  'we-1',
  'trend',
  'two-of-three',
  'we-2',
  'we-3',
  'shift',
  'we-4',
  'runs-longest',
  'runs-crossings',
];

/** Rules that need control limits (sigma); a run chart has none, so they never apply there. */
export const LIMIT_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['outside-limits', 'two-of-three', 'we-1', 'we-2', 'we-3']);
