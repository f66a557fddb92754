/** Position within a comparison group: the group's median and range, not a league table. */
export function median(values: readonly number[]): number | null {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function positionText(value: number | null, group: readonly number[], format: (n: number) => string): string {
  const m = median(group);
  if (value === null || m === null) return "not reported";
  const lo = Math.min(...group);
  const hi = Math.max(...group);
  const where = value > m ? "above" : value < m ? "below" : "at";
  return `${where} the group median of ${format(m)} (range ${format(lo)}–${format(hi)})`;
}
