/**
 * Representativeness of a panel against its area's population baseline, one dimension at a time
 * (PRODUCT.md "Fairness and diversity measures").
 *
 * Rules:
 * - **Population share** p_pop,k = count_k / table total. Each dimension uses *its own* census
 *   table's total as the denominator (ONS tables of one area differ by a few people: TS007A gives
 *   317,651 usual residents for Lambeth, TS009 317,657), so shares are never mixed across tables.
 *   When no table total is given, the sum of the dimension's category counts is used.
 * - **Panel share** p_panel,k = members in k / members *who gave an answer* on this dimension.
 *   Members with no answer are **not** in the denominator (the baseline has no "no data" group,
 *   so counting them would make every panel look unrepresentative in proportion to its missing
 *   data); they are reported separately as `noData` beside the panel size, as DASHBOARD.md asks
 *   ("how many gave no data").
 * - **Proportional similarity** = Σ_k min(p_pop,k, p_panel,k) over the union of categories,
 *   in [0, 1]; 1 = identical make-up. (Equivalently 1 − half the L1 distance when both sides sum
 *   to 1.) Null when no panel member answered.
 * - **Ratio** p_panel,k / p_pop,k: 1 = proportional, < 1 under-represented, > 1 over-represented.
 *   A category present on the panel but absent from the baseline has p_pop = 0: ratio null and
 *   `inBaseline: false` (the category lists do not match — fix the mapping, do not divide by zero).
 *   A baseline category nobody on the panel belongs to has ratio 0.
 */

export interface DimensionBaseline {
  /** Population count per category (e.g. census counts for the area). */
  readonly counts: Readonly<Record<string, number>>;
  /** The census table's own total; defaults to the sum of `counts`. */
  readonly tableTotal?: number;
}

export interface DimensionPanelCounts {
  /** Panel members per category, for members who answered. */
  readonly counts: Readonly<Record<string, number>>;
  /** Panel members who gave no answer on this dimension. */
  readonly noData?: number;
}

export interface CategoryRepresentation {
  readonly category: string;
  readonly populationCount: number;
  readonly populationShare: number;
  readonly panelCount: number;
  /** Null when no panel member answered on this dimension. */
  readonly panelShare: number | null;
  /** p_panel / p_pop; null when p_pop = 0 or no panel member answered. */
  readonly ratio: number | null;
  readonly inBaseline: boolean;
}

export interface DimensionRepresentativeness {
  readonly similarity: number | null;
  readonly categories: CategoryRepresentation[];
  /** Members who answered (the panel shares' denominator). */
  readonly panelAnswered: number;
  readonly noData: number;
  /** All members: answered + no data. */
  readonly panelSize: number;
  /** The population denominator used. */
  readonly populationTotal: number;
}

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}

export function dimensionRepresentativeness(
  baseline: DimensionBaseline,
  panel: DimensionPanelCounts,
): DimensionRepresentativeness {
  Object.entries(baseline.counts).forEach(([k, v]) => checkCount(v, `Population count for ${k}`));
  Object.entries(panel.counts).forEach(([k, v]) => checkCount(v, `Panel count for ${k}`));
  const noData = panel.noData ?? 0;
  checkCount(noData, "No-data count");
  const populationSum = Object.values(baseline.counts).reduce((a, b) => a + b, 0);
  const populationTotal = baseline.tableTotal ?? populationSum;
  if (populationTotal <= 0) throw new RangeError("The population baseline is empty");
  const panelAnswered = Object.values(panel.counts).reduce((a, b) => a + b, 0);

  const keys = [...new Set([...Object.keys(baseline.counts), ...Object.keys(panel.counts)])];
  const categories = keys.map((category): CategoryRepresentation => {
    const populationCount = baseline.counts[category] ?? 0;
    const panelCount = panel.counts[category] ?? 0;
    const populationShare = populationCount / populationTotal;
    const panelShare = panelAnswered > 0 ? panelCount / panelAnswered : null;
    return {
      category,
      populationCount,
      populationShare,
      panelCount,
      panelShare,
      ratio: panelShare === null || populationShare === 0 ? null : panelShare / populationShare,
      inBaseline: baseline.counts[category] !== undefined,
    };
  });
  const similarity =
    panelAnswered > 0 ? categories.reduce((s, c) => s + Math.min(c.populationShare, c.panelShare ?? 0), 0) : null;
  return { similarity, categories, panelAnswered, noData, panelSize: panelAnswered + noData, populationTotal };
}

/**
 * All dimensions of a panel at once, from each member's answers (`undefined`/missing = no data).
 * Dimensions are those of the baseline.
 */
export function panelRepresentativeness(
  baseline: Readonly<Record<string, DimensionBaseline>>,
  members: readonly Readonly<Record<string, string | undefined>>[],
): Record<string, DimensionRepresentativeness> {
  const out: Record<string, DimensionRepresentativeness> = {};
  for (const [dimension, base] of Object.entries(baseline)) {
    const counts: Record<string, number> = {};
    let noData = 0;
    for (const m of members) {
      const category = m[dimension];
      if (category === undefined || category === "") noData++;
      else counts[category] = (counts[category] ?? 0) + 1;
    }
    out[dimension] = dimensionRepresentativeness(base, { counts, noData });
  }
  return out;
}
