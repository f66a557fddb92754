/**
 * Search over *cell counts* for panels that satisfy the quotas.
 *
 * Applicants are grouped into **cells**: applicants who share the same category on every quota
 * dimension (e.g. "Female · 16–17 · Black · not disabled"). For the quotas, two applicants of the
 * same cell are interchangeable, so a panel is described by how many it takes from each cell
 * (c_t, 0 ≤ c_t ≤ size_t, Σ c_t = panel size) and the quota on (dimension, category) is the sum
 * of c_t over the cells in that category.
 *
 * The search is a depth-first enumeration of c_t cell by cell, with interval propagation:
 * - each cell's count is bounded by the room left under every maximum it touches and by what the
 *   remaining cells can still supply towards every minimum it touches;
 * - after each choice, for every dimension, the still-missing minimums must fit in the seats left
 *   and the still-available room under the maximums must cover them.
 * These are necessary conditions only, so no panel is ever pruned wrongly: when the search runs to
 * the end without finding a panel, **no quota-satisfying panel exists** (proof by exhaustion).
 *
 * Complexity: worst case Π (size_t + 1) nodes (the problem is NP-hard with 3+ dimensions), in
 * practice a few hundred nodes for realistic pools (≤ 500 applicants, ≤ 4 dimensions, ≤ 40
 * seats) because propagation fixes most cells. A node budget keeps it bounded; running out of
 * budget is reported as "undecided", never as "infeasible".
 *
 * The same search, given a weight per applicant, works as a branch-and-bound maximiser of the
 * total weight of the panel (used by the lottery's fairness step); there a node budget makes it an
 * anytime heuristic that returns the best panel found, which always satisfies the quotas.
 */

/** The category used for an applicant who gave no answer on a quota dimension. */
export const NO_DATA_CATEGORY = "(no data)";

export interface CategoryQuota {
  /** Fewest panel members from this category (inclusive). */
  readonly min: number;
  /** Most panel members from this category (inclusive). */
  readonly max: number;
}

/** Quotas per dimension, per category. Categories not listed are unconstrained (0..panel size). */
export type PanelQuotas = Readonly<Record<string, Readonly<Record<string, CategoryQuota>>>>;

export interface QuotaConstraint {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
  /** Applicants in this category. */
  readonly applicants: number;
  /** True when the quotas list this category; false for categories only seen among applicants. */
  readonly listed: boolean;
}

export interface Cell {
  readonly key: string;
  /** Applicant indices, in the lottery's (seeded) tie-break order. */
  readonly members: readonly number[];
  /** Indices into `QuotaModel.constraints`, one per dimension. */
  readonly constraintIds: readonly number[];
}

export interface QuotaModel {
  readonly panelSize: number;
  readonly applicantCount: number;
  readonly dimensions: readonly string[];
  readonly constraints: readonly QuotaConstraint[];
  /** For each dimension (same order as `dimensions`), its constraint ids. */
  readonly constraintsByDimension: readonly (readonly number[])[];
  /** Cells, in the order the search visits them (most constrained first). */
  readonly cells: readonly Cell[];
  /** For each applicant index, its cell index. */
  readonly cellOfApplicant: readonly number[];
}

export function categoryOf(categories: Readonly<Record<string, string | undefined>>, dimension: string): string {
  const value = categories[dimension];
  return value === undefined || value === "" ? NO_DATA_CATEGORY : value;
}

/** Builds the cell model. `applicantCategories` must already be in tie-break order. */
export function buildQuotaModel(
  applicantCategories: readonly Readonly<Record<string, string | undefined>>[],
  quotas: PanelQuotas,
  panelSize: number,
): QuotaModel {
  const dimensions = Object.keys(quotas).sort();
  const constraints: QuotaConstraint[] = [];
  const constraintsByDimension: number[][] = [];
  const idByDimCategory = new Map<string, number>();
  const applicantsPer: number[] = [];

  dimensions.forEach((dimension) => {
    const ids: number[] = [];
    const listed = quotas[dimension] ?? {};
    const seen = new Set<string>(Object.keys(listed));
    for (const cats of applicantCategories) seen.add(categoryOf(cats, dimension));
    for (const category of [...seen].sort()) {
      const quota = listed[category];
      const id = constraints.length;
      constraints.push({
        dimension,
        category,
        min: quota?.min ?? 0,
        max: quota?.max ?? panelSize,
        applicants: 0,
        listed: quota !== undefined,
      });
      applicantsPer.push(0);
      idByDimCategory.set(`${dimension}\u0000${category}`, id);
      ids.push(id);
    }
    constraintsByDimension.push(ids);
  });

  const cellIndexByKey = new Map<string, number>();
  const rawCells: { key: string; members: number[]; constraintIds: number[] }[] = [];
  const cellOfApplicantRaw: number[] = [];
  applicantCategories.forEach((cats, index) => {
    const constraintIds = dimensions.map((d) => idByDimCategory.get(`${d}\u0000${categoryOf(cats, d)}`) as number);
    for (const c of constraintIds) applicantsPer[c] = (applicantsPer[c] ?? 0) + 1;
    const key = constraintIds.join(",");
    let cell = cellIndexByKey.get(key);
    if (cell === undefined) {
      cell = rawCells.length;
      cellIndexByKey.set(key, cell);
      rawCells.push({ key, members: [], constraintIds });
    }
    rawCells[cell]?.members.push(index);
    cellOfApplicantRaw.push(cell);
  });

  const finalConstraints = constraints.map((c, i) => ({ ...c, applicants: applicantsPer[i] ?? 0 }));
  // Visit the most constrained cells first: the narrowest quota range they touch, then the
  // smallest cells; ties by key so the order never depends on anything random.
  const width = (cell: { constraintIds: number[] }): number =>
    Math.min(
      panelSize + 1,
      ...cell.constraintIds.map((id) => {
        const c = finalConstraints[id] as QuotaConstraint;
        return Math.min(c.max, c.applicants) - c.min;
      }),
    );
  const order = rawCells
    .map((cell, i) => ({ cell, i, w: width(cell) }))
    .sort((x, y) => x.w - y.w || x.cell.members.length - y.cell.members.length || (x.cell.key < y.cell.key ? -1 : 1));
  const newIndexOfRaw: number[] = new Array<number>(rawCells.length);
  order.forEach((o, newIndex) => (newIndexOfRaw[o.i] = newIndex));

  return {
    panelSize,
    applicantCount: applicantCategories.length,
    dimensions,
    constraints: finalConstraints,
    constraintsByDimension,
    cells: order.map((o) => o.cell),
    cellOfApplicant: cellOfApplicantRaw.map((raw) => newIndexOfRaw[raw] as number),
  };
}

export interface CountSearchOptions {
  /** Maximum number of search nodes before giving up. */
  readonly nodeLimit: number;
  /**
   * Weight per applicant index: when given, the search maximises the panel's total weight
   * (branch and bound) instead of stopping at the first panel found.
   */
  readonly weights?: Float64Array;
  /** A known quota-satisfying count vector (per cell) to start from when maximising. */
  readonly incumbent?: Int32Array;
  /** Preferred count per cell: values closest to it are tried first. */
  readonly target?: Int32Array;
}

export interface CountSearchResult {
  /** Count per cell (cell order of the model), or null when none was found. */
  readonly counts: Int32Array | null;
  /** True when the search ran to the end (so `counts === null` proves infeasibility). */
  readonly complete: boolean;
  readonly nodes: number;
}

/**
 * For each cell, its members sorted by descending weight (ties: tie-break order), with prefix sums.
 */
export function sortCellsByWeight(
  model: QuotaModel,
  weights: Float64Array,
): { sorted: number[][]; prefix: Float64Array[] } {
  const sorted: number[][] = [];
  const prefix: Float64Array[] = [];
  for (const cell of model.cells) {
    // members are in tie-break order and Array.prototype.sort is stable.
    const members = cell.members.slice().sort((a, b) => (weights[b] as number) - (weights[a] as number));
    const sums = new Float64Array(members.length + 1);
    members.forEach((m, i) => (sums[i + 1] = (sums[i] as number) + (weights[m] as number)));
    sorted.push(members);
    prefix.push(sums);
  }
  return { sorted, prefix };
}

export function searchCounts(model: QuotaModel, options: CountSearchOptions): CountSearchResult {
  const { cells, constraints, constraintsByDimension, panelSize: k } = model;
  const m = cells.length;
  const nc = constraints.length;
  const lo = Int32Array.from(constraints, (c) => c.min);
  const hi = Int32Array.from(constraints, (c) => c.max);
  const assigned = new Int32Array(nc);
  const remaining = Int32Array.from(constraints, (c) => c.applicants);
  const suffixCapacity = new Int32Array(m + 1);
  for (let p = m - 1; p >= 0; p--)
    suffixCapacity[p] = (suffixCapacity[p + 1] as number) + (cells[p]?.members.length ?? 0);

  const maximise = options.weights !== undefined;
  let prefix: Float64Array[] = [];
  // suffixTop[p][r]: total of the r heaviest applicants in cells p..m-1 (an upper bound).
  const suffixTop: Float64Array[] = [];
  if (options.weights) {
    const w = options.weights;
    prefix = sortCellsByWeight(model, w).prefix;
    let next: number[] = [];
    suffixTop[m] = new Float64Array(k + 1);
    for (let p = m - 1; p >= 0; p--) {
      const cellWeights = (cells[p] as Cell).members.map((i) => w[i] as number);
      next = next
        .concat(cellWeights)
        .sort((a, b) => b - a)
        .slice(0, k);
      const sums = new Float64Array(k + 1);
      for (let r = 1; r <= k; r++) sums[r] = (sums[r - 1] as number) + (next[r - 1] ?? 0);
      suffixTop[p] = sums;
    }
  }

  const counts = new Int32Array(m);
  let best: Int32Array | null = null;
  let bestValue = -Infinity;
  if (maximise && options.incumbent) {
    best = options.incumbent.slice();
    bestValue = 0;
    for (let p = 0; p < m; p++) bestValue += prefix[p]?.[best[p] as number] ?? 0;
  }
  let nodes = 0;
  let aborted = false;
  let found = false;

  const dimensionsOk = (seatsLeft: number): boolean => {
    for (const ids of constraintsByDimension) {
      let need = 0;
      let room = 0;
      for (const c of ids) {
        const a = assigned[c] as number;
        const missing = (lo[c] as number) - a;
        if (missing > 0) need += missing;
        room += Math.min((hi[c] as number) - a, remaining[c] as number);
      }
      if (need > seatsLeft || room < seatsLeft) return false;
    }
    return true;
  };

  const visit = (p: number, total: number, value: number): void => {
    if (aborted || (found && !maximise)) return;
    if (++nodes > options.nodeLimit) {
      aborted = true;
      return;
    }
    const seatsLeft = k - total;
    if (p === m) {
      if (seatsLeft !== 0) return;
      if (!maximise) {
        found = true;
        best = counts.slice();
      } else if (value > bestValue) {
        bestValue = value;
        best = counts.slice();
      }
      return;
    }
    if (maximise && value + (suffixTop[p]?.[seatsLeft] ?? 0) <= bestValue) return;
    const cell = cells[p] as Cell;
    const size = cell.members.length;
    let vHi = Math.min(size, seatsLeft);
    let vLo = Math.max(0, seatsLeft - (suffixCapacity[p + 1] as number));
    for (const c of cell.constraintIds) {
      vHi = Math.min(vHi, (hi[c] as number) - (assigned[c] as number));
      vLo = Math.max(vLo, (lo[c] as number) - (assigned[c] as number) - ((remaining[c] as number) - size));
    }
    if (vLo > vHi) return;
    for (const c of cell.constraintIds) remaining[c] = (remaining[c] as number) - size;
    const target = Math.min(vHi, Math.max(vLo, options.target?.[p] ?? vLo));
    // Try the target first, then alternate above and below it.
    const order: number[] = [target];
    for (let d = 1; target + d <= vHi || target - d >= vLo; d++) {
      if (target + d <= vHi) order.push(target + d);
      if (target - d >= vLo) order.push(target - d);
    }
    for (const v of order) {
      for (const c of cell.constraintIds) assigned[c] = (assigned[c] as number) + v;
      if (dimensionsOk(seatsLeft - v)) {
        counts[p] = v;
        visit(p + 1, total + v, maximise ? value + (prefix[p]?.[v] ?? 0) : 0);
      }
      for (const c of cell.constraintIds) assigned[c] = (assigned[c] as number) - v;
      if (aborted || (found && !maximise)) break;
    }
    counts[p] = 0;
    for (const c of cell.constraintIds) remaining[c] = (remaining[c] as number) + size;
  };

  visit(0, 0, 0);
  return { counts: best, complete: !aborted, nodes };
}
