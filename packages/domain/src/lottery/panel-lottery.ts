/**
 * Panel selection by stratified random lottery ("sortition"), reproducible from a published seed.
 *
 * The problem (Flanigan, Gölz, Gupta, Hennig & Procaccia, "Fair algorithms for selecting citizens'
 * assemblies", Nature 596, 2021): the applicant pool is not like the population (some groups
 * apply far more than others), so quotas per dimension keep the panel representative. But quotas
 * alone leave open *who* gets a seat, and the usual sequential "pick at random from the most
 * needed category" procedures give some applicants (typically those in over-represented
 * combinations) a much smaller chance than others — sometimes near zero. Their answer: choose a
 * *probability distribution over quota-satisfying panels* that makes the applicants' selection
 * probabilities as equal as possible (maximise the smallest probability, then the next, …:
 * LEXIMIN), then draw one panel from that distribution.
 *
 * What this module does (algorithm `"maximin-mw/v1"`):
 *
 * 1. **Order.** Applicants are sorted by id, then shuffled with the seeded generator (`prng.ts`).
 *    That order only breaks ties, so the result does not depend on the order of the input.
 * 2. **Feasibility** (`quota-search.ts`): an exact depth-first search over how many applicants are
 *    taken from each *cell* (applicants sharing all quota categories), with interval propagation.
 *    If it finishes without a panel, the quotas are infeasible and we say why (a single category
 *    short of applicants, minimums adding up to more than the panel, maximums adding up to less,
 *    or — only found by the search — a combination of quotas no panel can meet together).
 *    We never return a panel that breaks a quota.
 * 3. **Fair portfolio** by multiplicative weights (the "Hedge" dynamics for the zero-sum game
 *    "adversary picks an applicant, we pick a panel"; its average play approaches the
 *    maximin distribution, the first level of LEXIMIN). For T rounds: each applicant has weight
 *    β^(times already selected) (β = 1 − η); we add the quota-satisfying panel of greatest total
 *    weight (branch and bound over cell counts, warm-started from the previous panel, with a node
 *    budget, so a near-best panel when the budget runs out). Applicants who were picked less often
 *    weigh more, so they are favoured next: everyone's count is pushed towards the same share.
 *    Weights use only multiplications (no `Math.exp`) so the run is bit-for-bit reproducible.
 * 4. **Lottery.** The portfolio is the T panels, each with probability 1/T (duplicates merged).
 *    Each applicant's **selection probability** is exactly (panels containing them) / T; they sum
 *    to the panel size. One panel is drawn with the seeded generator: uniform index in 0..T-1.
 *
 * Differences from Flanigan et al.: they solve linear programs (column generation) to the exact
 * LEXIMIN optimum; we have no LP solver in the domain package, so the portfolio is the MW
 * approximation of the maximin level, whose later levels are equalised by the same dynamics but
 * not proven optimal. The probabilities we publish are exact for the distribution actually used.
 *
 * Cost: T × (one branch-and-bound with ≤ `nodeLimit` nodes); for 500 applicants, 4 dimensions and a
 * panel of 40, well under a second with the defaults.
 */
import { SeededRandom } from "./prng.js";
import {
  buildQuotaModel,
  categoryOf,
  type PanelQuotas,
  type QuotaModel,
  searchCounts,
  sortCellsByWeight,
} from "./quota-search.js";

export { NO_DATA_CATEGORY, type CategoryQuota, type PanelQuotas } from "./quota-search.js";

export const LOTTERY_ALGORITHM = "maximin-mw/v1";

export interface LotteryApplicant {
  /** Pseudonymous applicant id (never a name). Eligibility must already be filtered. */
  readonly id: string;
  /** Category per dimension, e.g. `{ sex: "Female", age_band: "16-17" }`. Missing = "(no data)". */
  readonly categories: Readonly<Record<string, string | undefined>>;
}

export interface PanelLotteryInput {
  readonly applicants: readonly LotteryApplicant[];
  readonly quotas: PanelQuotas;
  readonly panelSize: number;
  /** The published seed: anyone re-running the lottery with it gets the same panel. */
  readonly seed: string;
  readonly options?: {
    /** Panels in the portfolio (T). Default 300. Probabilities are multiples of 1/T. */
    readonly iterations?: number;
    /** Node budget of each branch-and-bound step. Default 1000. */
    readonly nodeLimit?: number;
    /** Node budget of the exact feasibility search. Default 5,000,000. */
    readonly feasibilityNodeLimit?: number;
  };
}

export type InfeasibleCode =
  | "POOL_SMALLER_THAN_PANEL"
  | "CATEGORY_SHORT_OF_APPLICANTS"
  | "MINIMUMS_EXCEED_PANEL"
  | "MAXIMUMS_BELOW_PANEL"
  | "NO_PANEL_MEETS_ALL_QUOTAS"
  | "SEARCH_LIMIT_REACHED";

export interface InfeasibleReason {
  readonly code: InfeasibleCode;
  /** A sentence an officer can act on. */
  readonly message: string;
  readonly dimension?: string;
  readonly category?: string;
}

export interface QuotaOutcome {
  readonly dimension: string;
  readonly category: string;
  /** Quota range (unlisted categories: 0..panel size). */
  readonly min: number;
  readonly max: number;
  readonly listed: boolean;
  /** Applicants in the pool with this category. */
  readonly applicants: number;
  /** Members of the drawn panel with this category (0 when infeasible). */
  readonly selected: number;
}

export interface PanelLotteryResult {
  /** The drawn panel's applicant ids, sorted; empty when the quotas are infeasible. */
  readonly panel: string[];
  readonly quotasMet: boolean;
  readonly infeasible?: InfeasibleReason;
  /** Each applicant's probability of being selected under the published distribution. */
  readonly selectionProbability: Record<string, number>;
  /** Exact numerators: in how many of the `iterations` portfolio panels each applicant sits. */
  readonly selectionCount: Record<string, number>;
  /** The distribution the panel was drawn from: distinct panels (sorted ids) and probabilities. */
  readonly portfolio: { panel: string[]; probability: number }[];
  /** Index (0..T-1) of the panel drawn from the T-panel sequence. */
  readonly drawIndex: number | null;
  readonly quotaOutcomes: QuotaOutcome[];
  readonly algorithm: string;
  readonly seed: string;
  readonly iterations: number;
}

export class LotteryInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LotteryInputError";
  }
}

function validate(input: PanelLotteryInput): void {
  const { panelSize, quotas, applicants } = input;
  if (!Number.isInteger(panelSize) || panelSize < 1)
    throw new LotteryInputError(`Panel size must be a positive integer, got ${panelSize}`);
  for (const [dimension, categories] of Object.entries(quotas)) {
    for (const [category, q] of Object.entries(categories)) {
      if (!Number.isInteger(q.min) || !Number.isInteger(q.max) || q.min < 0 || q.max < q.min) {
        throw new LotteryInputError(
          `Quota ${dimension} = ${category} must have integers 0 ≤ min ≤ max, got ${q.min}..${q.max}`,
        );
      }
    }
  }
  const ids = new Set<string>();
  for (const a of applicants) {
    if (ids.has(a.id)) throw new LotteryInputError(`Applicant id "${a.id}" appears twice`);
    ids.add(a.id);
  }
}

/** Quick, explainable infeasibility checks; the exhaustive search catches the rest. */
function simpleInfeasibility(model: QuotaModel): InfeasibleReason | null {
  const k = model.panelSize;
  if (model.applicantCount < k) {
    return {
      code: "POOL_SMALLER_THAN_PANEL",
      message: `Only ${model.applicantCount} eligible applicants for a panel of ${k}.`,
    };
  }
  for (const c of model.constraints) {
    if (c.min > c.applicants) {
      return {
        code: "CATEGORY_SHORT_OF_APPLICANTS",
        message: `The quota for ${c.dimension} = ${c.category} needs at least ${c.min} panel members but only ${c.applicants} applicants are in that category.`,
        dimension: c.dimension,
        category: c.category,
      };
    }
  }
  for (let d = 0; d < model.dimensions.length; d++) {
    const dimension = model.dimensions[d] as string;
    const ids = model.constraintsByDimension[d] ?? [];
    const cs = ids.map((id) => model.constraints[id]).filter((c) => c !== undefined);
    const minSum = cs.reduce((s, c) => s + c.min, 0);
    if (minSum > k) {
      return {
        code: "MINIMUMS_EXCEED_PANEL",
        message: `The minimums for ${dimension} add up to ${minSum}, more than the panel size of ${k}.`,
        dimension,
      };
    }
    const maxSum = cs.reduce((s, c) => s + Math.min(c.max, c.applicants), 0);
    if (maxSum < k) {
      return {
        code: "MAXIMUMS_BELOW_PANEL",
        message: `The maximums for ${dimension}, capped by the applicants available in each category, add up to ${maxSum}, fewer than the panel size of ${k}.`,
        dimension,
      };
    }
  }
  return null;
}

/** Counts per cell → the panel of the heaviest members of each cell (ties: tie-break order). */
function panelFromCounts(sortedCells: readonly (readonly number[])[], counts: Int32Array): number[] {
  const panel: number[] = [];
  sortedCells.forEach((members, p) => {
    const c = counts[p] ?? 0;
    for (let i = 0; i < c; i++) panel.push(members[i] as number);
  });
  return panel;
}

/** Cell counts of the unconstrained top-k applicants by weight: the search tries these first. */
function greedyTarget(model: QuotaModel, weights: Float64Array, tieOrder: Int32Array): Int32Array {
  const indices = Array.from({ length: model.applicantCount }, (_, i) => i);
  indices.sort(
    (a, b) => (weights[b] as number) - (weights[a] as number) || (tieOrder[a] as number) - (tieOrder[b] as number),
  );
  const target = new Int32Array(model.cells.length);
  for (const i of indices.slice(0, model.panelSize)) {
    const cell = model.cellOfApplicant[i] as number;
    target[cell] = (target[cell] as number) + 1;
  }
  return target;
}

function quotaOutcomes(
  model: QuotaModel,
  panelIndices: readonly number[],
  cats: readonly Readonly<Record<string, string | undefined>>[],
): QuotaOutcome[] {
  return model.constraints.map((c) => ({
    dimension: c.dimension,
    category: c.category,
    min: c.min,
    max: c.max,
    listed: c.listed,
    applicants: c.applicants,
    selected: panelIndices.filter((i) => categoryOf(cats[i] ?? {}, c.dimension) === c.category).length,
  }));
}

/** Runs the lottery. Pure and deterministic: the same input and seed give the same result. */
export function selectPanelByLottery(input: PanelLotteryInput): PanelLotteryResult {
  validate(input);
  const iterations = input.options?.iterations ?? 300;
  const nodeLimit = input.options?.nodeLimit ?? 1000;
  const feasibilityNodeLimit = input.options?.feasibilityNodeLimit ?? 5_000_000;
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new LotteryInputError(`iterations must be a positive integer`);

  const rng = new SeededRandom(input.seed);
  const byId = input.applicants.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const applicants = rng.shuffle(byId);
  const cats = applicants.map((a) => a.categories);
  const model = buildQuotaModel(cats, input.quotas, input.panelSize);
  const n = applicants.length;
  const k = input.panelSize;

  const fail = (reason: InfeasibleReason): PanelLotteryResult => ({
    panel: [],
    quotasMet: false,
    infeasible: reason,
    selectionProbability: Object.fromEntries(byId.map((a) => [a.id, 0])),
    selectionCount: Object.fromEntries(byId.map((a) => [a.id, 0])),
    portfolio: [],
    drawIndex: null,
    quotaOutcomes: quotaOutcomes(model, [], cats),
    algorithm: LOTTERY_ALGORITHM,
    seed: input.seed,
    iterations,
  });

  const simple = simpleInfeasibility(model);
  if (simple) return fail(simple);
  const feasible = searchCounts(model, { nodeLimit: feasibilityNodeLimit });
  if (!feasible.counts) {
    return fail(
      feasible.complete
        ? {
            code: "NO_PANEL_MEETS_ALL_QUOTAS",
            message: `Each quota can be met on its own, but no panel of ${k} from these applicants meets all of them together (exhaustive search). Widen a range or recruit more applicants in the rarest combinations.`,
          }
        : {
            code: "SEARCH_LIMIT_REACHED",
            message: `The search for a panel meeting all quotas stopped after ${feasibilityNodeLimit} steps without an answer; no panel was drawn. Simplify or widen the quotas.`,
          },
    );
  }

  // Multiplicative weights. weight_i = β^(selected_i − min selected), computed from a table of
  // powers built by repeated multiplication (deterministic IEEE arithmetic).
  const eta = Math.min(0.5, Math.sqrt((8 * Math.log(Math.max(n, 2))) / iterations) / 2);
  const beta = 1 - eta;
  const powers = new Float64Array(iterations + 1);
  powers[0] = 1;
  for (let j = 1; j <= iterations; j++) powers[j] = (powers[j - 1] as number) * beta;

  const tieOrder = Int32Array.from({ length: n }, (_, i) => i);
  const timesSelected = new Int32Array(n);
  const weights = new Float64Array(n);
  const sequence: number[][] = [];
  let incumbent = feasible.counts;
  for (let t = 0; t < iterations; t++) {
    let least = Infinity;
    for (let i = 0; i < n; i++) least = Math.min(least, timesSelected[i] as number);
    for (let i = 0; i < n; i++) weights[i] = powers[(timesSelected[i] as number) - least] as number;
    const best = searchCounts(model, { nodeLimit, weights, incumbent, target: greedyTarget(model, weights, tieOrder) });
    const counts = best.counts ?? incumbent;
    incumbent = counts;
    const panel = panelFromCounts(sortCellsByWeight(model, weights).sorted, counts);
    for (const i of panel) timesSelected[i] = (timesSelected[i] as number) + 1;
    sequence.push(panel);
  }

  const drawIndex = rng.nextInt(iterations);
  const drawn = sequence[drawIndex] ?? [];
  const idsOf = (panel: readonly number[]): string[] => panel.map((i) => (applicants[i] as LotteryApplicant).id).sort();

  const portfolioMap = new Map<string, { panel: string[]; times: number }>();
  for (const panel of sequence) {
    const ids = idsOf(panel);
    const key = ids.join("\u0000");
    const entry = portfolioMap.get(key);
    if (entry) entry.times++;
    else portfolioMap.set(key, { panel: ids, times: 1 });
  }

  const outcomes = quotaOutcomes(model, drawn, cats);
  const quotasMet = drawn.length === k && outcomes.every((o) => o.selected >= o.min && o.selected <= o.max);
  const selectionProbability: Record<string, number> = {};
  const selectionCount: Record<string, number> = {};
  applicants.forEach((a, i) => {
    selectionCount[a.id] = timesSelected[i] as number;
    selectionProbability[a.id] = (timesSelected[i] as number) / iterations;
  });

  return {
    panel: idsOf(drawn),
    quotasMet,
    selectionProbability,
    selectionCount,
    portfolio: [...portfolioMap.values()].map((e) => ({ panel: e.panel, probability: e.times / iterations })),
    drawIndex,
    quotaOutcomes: outcomes,
    algorithm: LOTTERY_ALGORITHM,
    seed: input.seed,
    iterations,
  };
}

/** Checks a panel against quotas (for tests, audits and re-verification of a published panel). */
export function panelMeetsQuotas(
  panel: readonly Readonly<Record<string, string | undefined>>[],
  quotas: PanelQuotas,
  panelSize: number,
): boolean {
  if (panel.length !== panelSize) return false;
  for (const [dimension, categories] of Object.entries(quotas)) {
    for (const [category, q] of Object.entries(categories)) {
      const selected = panel.filter((c) => categoryOf(c, dimension) === category).length;
      if (selected < q.min || selected > q.max) return false;
    }
  }
  return true;
}
