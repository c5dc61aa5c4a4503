import type { PropertyDeclarations } from 'lit';

/**
 * Reactive declarations for an element's internal state: each named field re-renders the
 * element when set and has no attribute. Used in `static properties` instead of `@state()`
 * decorators, which cost a helper call per field in every bundle.
 */
export function internalState(...names: string[]): PropertyDeclarations {
  return Object.fromEntries(names.map((name) => [name, { attribute: false }]));
}
