/** Largest-remainder rounding of λ to integer weights summing to D (ties to the earlier entry). */
export function integerWeights(lambda: readonly number[], D: number): number[] {
  const total = lambda.reduce((s, l) => s + l, 0) || 1;
  const raw = lambda.map((l) => (l / total) * D);
  const weights = raw.map((r) => Math.floor(r));
  let left = D - weights.reduce((s, w) => s + w, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    weights[i] = (weights[i] as number) + 1;
    left--;
  }
  return weights;
}
