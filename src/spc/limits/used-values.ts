/** Values that go into a calculation: present (not a gap) and not excluded. */
export function usedValues(values: readonly (number | null)[], excluded: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && !excluded[i]) out.push(v);
  }
  return out;
}
