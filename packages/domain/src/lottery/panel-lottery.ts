/**
 * Panel selection by stratified lottery ("sortition"): maximin / leximin selection probabilities by
 * column generation, as in Flanigan, Gölz, Gupta, Hennig & Procaccia, "Fair algorithms for selecting
 * citizens' assemblies", Nature 596 (2021) — see docs/lottery.md for the full description.
 *
 * 1. **Validate** the input (coded {@link LotteryInputError}s, never a silent result).
 * 2. **Cells.** Applicants with the same category in every quota dimension are interchangeable for
 *    the quotas; a panel is described by how many it takes from each cell. By symmetry the maximin
 *    (and the unique leximin) probabilities are equal within a cell, so optimising over cells is
 *    exact. With the household rule, members of a shared household are cells of one, and at most
 *    one per household may be selected.
 * 3. **Feasibility MILP** (HiGHS): is there any panel meeting every quota? If not, a second MILP
 *    finds the smallest widening of the quotas (lower minimums / raise maximums, as
 *    stratification-app's min_flex / max_flex) that admits a panel, and reports it.
 * 4. **Column generation.** Master LP over the panels found so far: maximise t subject to
 *    P(cell j) = Σ_P λ_P·c_j(P)/n_j ≥ t, Σ λ_P = 1. Its duals y_j price a MILP over all feasible
 *    panels: maximise Σ_j (y_j/n_j)·c_j. If that panel beats the panels in hand it is added; the
 *    MILP's bound also gives an upper bound on the optimum (weak duality), so we stop with a
 *    certified gap (default 1e-3 relative; 0 when no improving panel remains). Leximin: cells whose
 *    dual is positive are tight in every optimum; fix them at t and maximise the next level.
 *    Two warm-up phases make it fast on realistic pools (4–8 quota categories, hundreds of cells),
 *    where plain column generation stalls on degenerate duals: first *cover* every cell (panels
 *    that move seats into all uncovered cells at once), then reach τ = the LP-relaxation bound
 *    (less half the tolerance) by minimising the total shortfall below τ, a box-stabilised master
 *    whose duals weight every short cell at once. The maximin master then starts at t ≥ τ, or
 *    carries on from the panels in hand when integer panels cannot reach τ.
 * 5. **Draw.** The distribution λ is rounded to integer weights out of 10^9 (the published,
 *    exact distribution); the seeded generator (`prng.ts`) picks a panel composition, then the
 *    members within each cell, then an ordered list of alternates from the same stream. A public
 *    ceremony (`ceremonyTickets: m`, `ceremony.ts`) first rounds it to m equally likely tickets
 *    and the first draw of the stream picks the ticket.
 */
import { SeededRandom } from "./prng.js";
import { integerWeights } from "./weights.js";
import {
  ceremonyTicketRanges,
  ceremonyTicketsProblem,
  roundPortfolioForCeremony,
  type CeremonyTicketRange,
} from "./ceremony.js";

export { integerWeights } from "./weights.js";
import type { Highs, HighsModel } from "./solver.js";

export const NO_DATA_CATEGORY = "(no data)";
export type LotteryAlgorithm = "maximin" | "leximin";
export const LOTTERY_ALGORITHMS: readonly LotteryAlgorithm[] = ["maximin", "leximin"];
/** Version of this implementation, part of every published result (with HiGHS's version). */
export const LOTTERY_VERSION = "cg/v2";
/** Algorithm id of the default (maximin) lottery. */
export const LOTTERY_ALGORITHM = `maximin-${LOTTERY_VERSION}`;
/** Denominator of the published distribution's integer panel weights. */
export const LOTTERY_WEIGHT_DENOMINATOR = 1_000_000_000;

export interface CategoryQuota {
  readonly min: number;
  readonly max: number;
}
/** Per dimension, per category: min..max panel members (inclusive). Unlisted categories: 0..k. */
export type PanelQuotas = Readonly<Record<string, Readonly<Record<string, CategoryQuota>>>>;

export interface LotteryApplicant {
  /** Pseudonymous applicant id (never a name). Eligibility must already be filtered. */
  readonly id: string;
  /** Category per dimension, e.g. `{ sex: "Female" }`. Absent or "" = "(no data)". */
  readonly categories: Readonly<Record<string, unknown>>;
  /** Address or UPRN, used only with the household rule (normalised before comparing). */
  readonly household?: string | null;
}

export interface PanelLotteryOptions {
  /** "maximin" (default): the lowest probability as high as possible; "leximin": then the next… */
  readonly algorithm?: LotteryAlgorithm;
  /** Never select two applicants of one (normalised) household. Default false. */
  readonly household?: boolean;
  /** Every category value must be listed in its dimension's quotas (the CSV convention). */
  readonly strictCategories?: boolean;
  /** Relative optimality gap at which column generation stops. Default 1e-3. */
  readonly tolerance?: number;
  /** Cap on column-generation iterations (per leximin level). Default 3,000. */
  readonly maxIterations?: number;
  /** How many alternates to list (default: everyone not selected). */
  readonly alternates?: number;
  /**
   * Public ceremony ("Fair Sortition Made Transparent", NeurIPS 2021): round the distribution to
   * this many equally likely tickets (2..10,000) and draw one uniformly. Absent: the exact draw.
   */
  readonly ceremonyTickets?: number;
}

export interface PanelLotteryInput {
  readonly applicants: readonly LotteryApplicant[];
  readonly quotas: PanelQuotas;
  readonly panelSize: number;
  /** The published seed: anyone re-running the lottery with it gets the same panel. */
  readonly seed: string;
  readonly options?: PanelLotteryOptions;
}

export type LotteryInputCode =
  | "PANEL_SIZE_INVALID"
  | "QUOTA_INVALID"
  | "ID_INVALID"
  | "DUPLICATE_ID"
  | "CATEGORIES_MISSING"
  | "CATEGORY_VALUE_NULL"
  | "CATEGORY_VALUE_NOT_TEXT"
  | "CATEGORY_VALUE_MISSING"
  | "CATEGORY_SPELLING_MISMATCH"
  | "CATEGORY_NOT_IN_QUOTAS"
  | "PANEL_LARGER_THAN_POOL"
  | "HOUSEHOLDS_TOO_FEW"
  | "OPTION_INVALID";

/** Bad input: a code, a sentence, and where (applicant id, dimension, category) when known. */
export class LotteryInputError extends Error {
  constructor(
    readonly code: LotteryInputCode,
    message: string,
    readonly where: { applicantId?: string; dimension?: string; category?: string } = {},
  ) {
    super(message);
    this.name = "LotteryInputError";
  }
}

export type InfeasibleCode =
  "CATEGORY_SHORT_OF_APPLICANTS" | "MINIMUMS_EXCEED_PANEL" | "MAXIMUMS_BELOW_PANEL" | "NO_PANEL_MEETS_ALL_QUOTAS";

export interface QuotaAdjustment {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
  /** The nearest achievable range: the smallest total widening that admits a panel. */
  readonly suggestedMin: number;
  readonly suggestedMax: number;
}

export interface InfeasibleReason {
  readonly code: InfeasibleCode;
  /** A sentence an officer can act on. */
  readonly message: string;
  readonly dimension?: string;
  readonly category?: string;
  /** The quotas that conflict (those the nearest achievable quotas change), with the change. */
  readonly conflicts: readonly QuotaAdjustment[];
  /** All quotas, with the conflicting ones widened: a panel exists for these. */
  readonly suggestedQuotas: PanelQuotas;
}

export interface QuotaOutcome {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
  readonly listed: boolean;
  /** Applicants in the pool with this category. */
  readonly applicants: number;
  /** Members of the drawn panel with this category (0 when infeasible). */
  readonly selected: number;
}

export interface LotteryCell {
  /** Category per quota dimension (sorted dimension order). */
  readonly categories: Readonly<Record<string, string>>;
  /** Applicant ids in the cell, sorted. */
  readonly members: readonly string[];
}

export interface PortfolioPanel {
  /** Members taken from each cell (indices into `cells`), zero counts omitted. */
  readonly counts: Readonly<Record<number, number>>;
  /** Integer weight out of {@link LOTTERY_WEIGHT_DENOMINATOR}: the panel's exact probability. */
  readonly weight: number;
  readonly probability: number;
}

/** How a public-ceremony draw went: m tickets, the one drawn, and what the rounding cost. */
export interface CeremonyOutcome {
  /** m: the number of equally likely tickets. */
  readonly tickets: number;
  /** The ticket drawn, numbered 1..m (the seeded generator's first draw, nextInt(m), plus one). */
  readonly ticket: number;
  /** The ticket table: consecutive ticket numbers per composition of `portfolio`. */
  readonly ticketRanges: readonly CeremonyTicketRange[];
  /** Each applicant's selection probability under the uniform lottery over the m tickets (multiples of 1/m per composition). */
  readonly selectionProbability: Record<string, number>;
  readonly minProbability: number;
  /** max over applicants of |ceremony probability − probability under the exact distribution|. */
  readonly loss: number;
}

export interface PanelLotteryResult {
  /** The drawn panel's applicant ids, sorted; empty when the quotas are infeasible. */
  readonly panel: string[];
  /** Everyone else, in the order replacements are offered (same seed). */
  readonly alternates: string[];
  readonly quotasMet: boolean;
  readonly infeasible?: InfeasibleReason;
  /** Each applicant's probability of selection under the published distribution. */
  readonly selectionProbability: Record<string, number>;
  readonly minProbability: number;
  readonly cells: LotteryCell[];
  /** The distribution the panel was drawn from (canonical order). */
  readonly portfolio: PortfolioPanel[];
  /**
   * Index into `portfolio` of the drawn composition; ticket that chose it, in 0..10^9−1 (in
   * 0..m−1 for a ceremony draw: `ceremony.ticket` is this plus one).
   */
  readonly drawIndex: number | null;
  readonly drawTicket: number | null;
  /** The public ceremony, when `options.ceremonyTickets` was given (null otherwise). */
  readonly ceremony: CeremonyOutcome | null;
  readonly quotaOutcomes: QuotaOutcome[];
  readonly algorithm: LotteryAlgorithm;
  /** e.g. "maximin-cg/v2+highs-1.15.1": enough to re-run the lottery identically. */
  readonly algorithmId: string;
  readonly seed: string;
  readonly optimality: {
    /** Minimum probability of the LP solution (before rounding to integer weights). */
    readonly lowerBound: number;
    /** Certified upper bound on the maximin optimum (weak duality with the pricing MILP's bound). */
    readonly upperBound: number;
    readonly relativeGap: number;
    readonly iterations: number;
    readonly panelsGenerated: number;
    readonly leximinLevels: number;
  };
  readonly household: { readonly applied: boolean; readonly affected: number; readonly households: number };
}

// ---------------------------------------------------------------------------------------------
// Validation and cells

/** Lower-case, accents off, punctuation to spaces, whitespace collapsed: "12 High St." = "12 high st". */
export function normaliseAddress(address: string): string {
  return address
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const normaliseCategory = (s: string): string => s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

interface Constraint {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
  readonly listed: boolean;
  /** Cell indices in this category. */
  readonly cells: number[];
  applicants: number;
}

interface Prepared {
  readonly k: number;
  readonly dimensions: readonly string[];
  /** Applicants sorted by id. */
  readonly ids: readonly string[];
  readonly categoryOf: readonly (readonly string[])[];
  readonly cells: { readonly values: readonly string[]; readonly members: number[] }[];
  readonly cellOf: Int32Array;
  readonly constraints: Constraint[];
  /** Shared households: cell indices of their members. */
  readonly households: number[][];
  readonly householdOf: (string | null)[];
  readonly affected: number;
}

function validateNumbers(input: PanelLotteryInput): void {
  const k = input.panelSize;
  if (!Number.isInteger(k) || k < 1)
    throw new LotteryInputError("PANEL_SIZE_INVALID", `The panel size must be a positive integer, got ${String(k)}.`);
  if (input.quotas === null || typeof input.quotas !== "object")
    throw new LotteryInputError("QUOTA_INVALID", "The quotas must be an object of dimensions.");
  for (const [dimension, categories] of Object.entries(input.quotas)) {
    if (categories === null || typeof categories !== "object")
      throw new LotteryInputError("QUOTA_INVALID", `The quotas for ${dimension} must be an object of categories.`, {
        dimension,
      });
    for (const [category, q] of Object.entries(categories)) {
      if (!q || !Number.isInteger(q.min) || !Number.isInteger(q.max) || q.min < 0 || q.max < q.min)
        throw new LotteryInputError(
          "QUOTA_INVALID",
          `The quota ${dimension} = ${category} must have integers 0 ≤ min ≤ max, got ${String(q?.min)}..${String(q?.max)}.`,
          { dimension, category },
        );
    }
  }
  const o = input.options ?? {};
  if (o.algorithm !== undefined && !LOTTERY_ALGORITHMS.includes(o.algorithm))
    throw new LotteryInputError(
      "OPTION_INVALID",
      `The algorithm must be maximin or leximin, got ${String(o.algorithm)}.`,
    );
  if (o.tolerance !== undefined && !(o.tolerance >= 0 && o.tolerance < 1))
    throw new LotteryInputError("OPTION_INVALID", `The tolerance must be in [0, 1).`);
  if (o.ceremonyTickets !== undefined) {
    const problem = ceremonyTicketsProblem(o.ceremonyTickets);
    if (problem) throw new LotteryInputError("OPTION_INVALID", problem);
  }
}

function prepare(input: PanelLotteryInput): Prepared {
  validateNumbers(input);
  const strict = input.options?.strictCategories ?? false;
  const k = input.panelSize;
  const dimensions = Object.keys(input.quotas).sort();
  const seen = new Set<string>();
  for (const a of input.applicants) {
    if (typeof a?.id !== "string" || a.id === "")
      throw new LotteryInputError("ID_INVALID", `Every applicant needs a non-empty text id.`);
    if (seen.has(a.id))
      throw new LotteryInputError("DUPLICATE_ID", `Applicant id "${a.id}" appears twice.`, { applicantId: a.id });
    seen.add(a.id);
  }
  const applicants = input.applicants.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (applicants.length < k)
    throw new LotteryInputError(
      "PANEL_LARGER_THAN_POOL",
      `The panel of ${k} is larger than the pool of ${applicants.length} applicants.`,
    );
  const normalisedQuotaNames = dimensions.map(
    (d) => new Map(Object.keys(input.quotas[d] ?? {}).map((c) => [normaliseCategory(c), c])),
  );
  const categoryOf = applicants.map((a) => {
    if (a.categories === null || typeof a.categories !== "object" || Array.isArray(a.categories))
      throw new LotteryInputError("CATEGORIES_MISSING", `Applicant "${a.id}" has no categories object.`, {
        applicantId: a.id,
      });
    return dimensions.map((dimension, d) => {
      const value = a.categories[dimension];
      const where = { applicantId: a.id, dimension };
      if (value === null)
        throw new LotteryInputError("CATEGORY_VALUE_NULL", `Applicant "${a.id}" has null for ${dimension}.`, where);
      if (value !== undefined && typeof value !== "string")
        throw new LotteryInputError(
          "CATEGORY_VALUE_NOT_TEXT",
          `Applicant "${a.id}" has ${typeof value} ${JSON.stringify(value)} for ${dimension}; categories are text.`,
          where,
        );
      if (value === undefined || value === "") {
        if (strict)
          throw new LotteryInputError(
            "CATEGORY_VALUE_MISSING",
            `Applicant "${a.id}" has no value for ${dimension}.`,
            where,
          );
        return NO_DATA_CATEGORY;
      }
      const listed = input.quotas[dimension] ?? {};
      if (!Object.hasOwn(listed, value)) {
        const near = normalisedQuotaNames[d]?.get(normaliseCategory(value));
        if (near !== undefined)
          throw new LotteryInputError(
            "CATEGORY_SPELLING_MISMATCH",
            `Applicant "${a.id}" has ${dimension} = "${value}", but the quota is for "${near}": spell them the same.`,
            { ...where, category: value },
          );
        if (strict)
          throw new LotteryInputError(
            "CATEGORY_NOT_IN_QUOTAS",
            `Applicant "${a.id}" has ${dimension} = "${value}", which has no quota (listed: ${Object.keys(listed).join(", ")}).`,
            { ...where, category: value },
          );
      }
      return value;
    });
  });

  // Households: only those with two or more applicants in the pool matter.
  const useHouseholds = input.options?.household ?? false;
  const householdOf = applicants.map((a) => {
    if (!useHouseholds || typeof a.household !== "string") return null;
    const key = normaliseAddress(a.household);
    return key === "" ? null : key;
  });
  const householdSize = new Map<string, number>();
  for (const h of householdOf) if (h !== null) householdSize.set(h, (householdSize.get(h) ?? 0) + 1);
  const shared = (i: number): string | null => {
    const h = householdOf[i] ?? null;
    return h !== null && (householdSize.get(h) ?? 0) > 1 ? h : null;
  };

  const cellIndex = new Map<string, number>();
  const cells: { values: string[]; members: number[] }[] = [];
  const cellOf = new Int32Array(applicants.length);
  const householdCells = new Map<string, number[]>();
  categoryOf.forEach((values, i) => {
    const h = shared(i);
    const key = values.join("\u0001") + (h === null ? "" : `\u0002${i}`);
    let c = cellIndex.get(key);
    if (c === undefined) {
      c = cells.length;
      cellIndex.set(key, c);
      cells.push({ values, members: [] });
      if (h !== null) {
        const list = householdCells.get(h) ?? [];
        list.push(c);
        householdCells.set(h, list);
      }
    }
    cells[c]!.members.push(i);
    cellOf[i] = c;
  });
  const households = [...householdCells.values()];
  const slots = applicants.length - households.reduce((s, h) => s + h.length - 1, 0);
  if (slots < k)
    throw new LotteryInputError(
      "HOUSEHOLDS_TOO_FEW",
      `With at most one person per household, only ${slots} of the ${applicants.length} applicants can sit together: fewer than the panel of ${k}.`,
    );

  const constraints: Constraint[] = [];
  dimensions.forEach((dimension, d) => {
    const listed = input.quotas[dimension] ?? {};
    const present = new Set(cells.map((c) => c.values[d] as string));
    const names = [...new Set([...Object.keys(listed), ...present])].sort();
    for (const category of names) {
      const q = listed[category];
      const inCat = cells.flatMap((c, j) => (c.values[d] === category ? [j] : []));
      constraints.push({
        dimension,
        category,
        min: q?.min ?? 0,
        max: q?.max ?? k,
        listed: q !== undefined,
        cells: inCat,
        applicants: inCat.reduce((s, j) => s + cells[j]!.members.length, 0),
      });
    }
  });
  return {
    k,
    dimensions,
    ids: applicants.map((a) => a.id),
    categoryOf,
    cells,
    cellOf,
    constraints,
    households,
    householdOf,
    affected: households.reduce((s, h) => s + h.length, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// MILPs

const INF = Number.POSITIVE_INFINITY;

/** The panel MILP: integer c_j ∈ [0, n_j], quotas, Σc = k, at most one per shared household. */
function panelModel(highs: Highs, p: Prepared): HighsModel {
  const m = highs.createModel();
  m.options.set(PRICING_OPTIONS);
  const n = p.cells.length;
  m.addVars(
    new Float64Array(n),
    Float64Array.from(p.cells, (c) => c.members.length),
  );
  m.changeColsIntegrality({ kind: "range", from: 0, to: n - 1 }, new Int32Array(n).fill(1));
  for (const c of p.constraints) {
    if (!c.listed) continue;
    m.addRow(c.min, c.max, { indices: c.cells, values: c.cells.map(() => 1) });
  }
  m.addRow(p.k, p.k, { indices: p.cells.map((_, j) => j), values: p.cells.map(() => 1) });
  for (const h of p.households) m.addRow(0, 1, { indices: h, values: h.map(() => 1) });
  m.changeObjectiveSense(highs.constants.objectiveSense.maximize);
  return m;
}

function roundCounts(values: Float64Array, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = Math.round(values[j] ?? 0);
  return out;
}

function simpleReason(p: Prepared): Omit<InfeasibleReason, "conflicts" | "suggestedQuotas"> {
  for (const c of p.constraints) {
    if (c.min > c.applicants)
      return {
        code: "CATEGORY_SHORT_OF_APPLICANTS",
        message: `The quota for ${c.dimension} = ${c.category} needs at least ${c.min} panel members but only ${c.applicants} applicants are in that category.`,
        dimension: c.dimension,
        category: c.category,
      };
  }
  for (const dimension of p.dimensions) {
    const cs = p.constraints.filter((c) => c.dimension === dimension);
    const minSum = cs.reduce((s, c) => s + c.min, 0);
    if (minSum > p.k)
      return {
        code: "MINIMUMS_EXCEED_PANEL",
        message: `The minimums for ${dimension} add up to ${minSum}, more than the panel size of ${p.k}.`,
        dimension,
      };
    const maxSum = cs.reduce((s, c) => s + Math.min(c.max, c.applicants), 0);
    if (maxSum < p.k)
      return {
        code: "MAXIMUMS_BELOW_PANEL",
        message: `The maximums for ${dimension}, capped by the applicants in each category, add up to ${maxSum}, fewer than the panel size of ${p.k}.`,
        dimension,
      };
  }
  return {
    code: "NO_PANEL_MEETS_ALL_QUOTAS",
    message: `Each quota can be met on its own, but no panel of ${p.k} from these applicants meets all of them together.`,
  };
}

/** Smallest total widening of the listed quotas (Σ lowered minimums + raised maximums) admitting a panel. */
function relaxQuotas(highs: Highs, p: Prepared, quotas: PanelQuotas): InfeasibleReason {
  const m = highs.createModel();
  try {
    m.options.set({ output_flag: false });
    const n = p.cells.length;
    const listed = p.constraints.filter((c) => c.listed);
    const q = listed.length;
    // columns: c_0..c_{n-1}, then lower_0..lower_{q-1}, then raise_0..raise_{q-1}
    m.addVars(
      new Float64Array(n + 2 * q),
      Float64Array.from({ length: n + 2 * q }, (_, i) =>
        i < n ? p.cells[i]!.members.length : i < n + q ? listed[i - n]!.min : p.k,
      ),
    );
    m.changeColsIntegrality({ kind: "range", from: 0, to: n + 2 * q - 1 }, new Int32Array(n + 2 * q).fill(1));
    m.changeColsCost({ kind: "range", from: n, to: n + 2 * q - 1 }, new Float64Array(2 * q).fill(1));
    listed.forEach((c, r) => {
      m.addRow(c.min, INF, { indices: [...c.cells, n + r], values: [...c.cells.map(() => 1), 1] });
      m.addRow(-INF, c.max, { indices: [...c.cells, n + q + r], values: [...c.cells.map(() => 1), -1] });
    });
    m.addRow(p.k, p.k, { indices: p.cells.map((_, j) => j), values: p.cells.map(() => 1) });
    for (const h of p.households) m.addRow(0, 1, { indices: h, values: h.map(() => 1) });
    m.run();
    const x = m.getSolution().colValue;
    const conflicts: QuotaAdjustment[] = [];
    const suggested: Record<string, Record<string, CategoryQuota>> = {};
    for (const [d, cats] of Object.entries(quotas)) suggested[d] = { ...cats };
    listed.forEach((c, r) => {
      const lower = Math.round(x[n + r] ?? 0);
      const raise = Math.round(x[n + q + r] ?? 0);
      if (lower === 0 && raise === 0) return;
      const adj = { min: c.min - lower, max: c.max + raise };
      conflicts.push({
        dimension: c.dimension,
        category: c.category,
        min: c.min,
        max: c.max,
        suggestedMin: adj.min,
        suggestedMax: adj.max,
      });
      suggested[c.dimension]![c.category] = adj;
    });
    const reason = simpleReason(p);
    const advice = conflicts
      .map((c) => `${c.dimension} = ${c.category} from ${c.min}–${c.max} to ${c.suggestedMin}–${c.suggestedMax}`)
      .join("; ");
    return {
      ...reason,
      message: `${reason.message} These quotas conflict; the nearest quotas that admit a panel change ${advice}.`,
      conflicts,
      suggestedQuotas: suggested,
    };
  } finally {
    m.dispose();
  }
}

/**
 * Upper bound on the maximin level from the LP relaxation: the expected counts x = E[c] of any
 * distribution lie in the relaxed quota polytope, and P(cell j) = x_j/n_j.
 */
function relaxationBound(highs: Highs, p: Prepared): number {
  const m = panelModel(highs, p);
  try {
    const n = p.cells.length;
    m.clearIntegrality();
    m.changeColsCost({ kind: "range", from: 0, to: n - 1 }, new Float64Array(n));
    m.addCol(1, 0, 1, { indices: [], values: [] });
    p.cells.forEach((c, j) => m.addRow(0, INF, { indices: [j, n], values: [1, -c.members.length] }));
    m.run();
    return m.getModelStatus() === highs.constants.modelStatus.optimal ? m.getObjectiveValue() : 1;
  } finally {
    m.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Column generation

/** At most this many heuristic columns per round; the exact MILP prices at least every EXACT_EVERY rounds. */
const NEW_COLUMNS_PER_ROUND = 8;
const EXACT_EVERY = 2;
/** Feasible panels the pricing MILP meets on its way, kept as extra columns (per solve). */
const POOL_PER_SOLVE = 32;
/**
 * HiGHS settings. Pricing MILP: presolve and symmetry detection off (the model is small and
 * re-solved with new costs), and no feasibility-jump heuristic (a feasible panel is always at
 * hand; the heuristic cost more than the solve, measured). Masters: primal simplex without
 * presolve, so each re-solve starts from the last basis after columns are added.
 */
const PRICING_OPTIONS = {
  output_flag: false,
  mip_rel_gap: 1e-6,
  presolve: "off",
  mip_detect_symmetry: false,
  mip_heuristic_run_feasibility_jump: false,
} as const;
const MASTER_OPTIONS = { output_flag: false, simplex_strategy: 4, presolve: "off" } as const;

interface Distribution {
  columns: Int32Array[];
  lambda: number[];
  lowerBound: number;
  upperBound: number;
  iterations: number;
  levels: number;
}

function columnGeneration(
  highs: Highs,
  p: Prepared,
  first: Int32Array,
  algorithm: LotteryAlgorithm,
  tolerance: number,
  maxIterations: number,
): Distribution {
  const n = p.cells.length;
  const size = Float64Array.from(p.cells, (c) => c.members.length);
  const pricing = panelModel(highs, p);
  const master = highs.createModel();
  try {
    master.options.set(MASTER_OPTIONS);
    master.changeObjectiveSense(highs.constants.objectiveSense.maximize);
    master.addCol(1, 0, 1, { indices: [], values: [] }); // t
    for (let j = 0; j < n; j++) master.addRow(0, INF, { indices: [0], values: [-1] });
    master.addRow(1, 1, { indices: [], values: [] }); // Σ λ = 1
    const columns: Int32Array[] = [];
    const keys = new Set<string>();
    /** A panel as a master column: P(cell j) coefficients c_j/n_j, then 1 in the convexity row. */
    const entries = (c: Int32Array): { indices: number[]; values: number[] } => {
      const indices: number[] = [];
      const values: number[] = [];
      for (let j = 0; j < n; j++)
        if ((c[j] as number) > 0) {
          indices.push(j);
          values.push((c[j] as number) / (size[j] as number));
        }
      indices.push(n);
      values.push(1);
      return { indices, values };
    };
    const addColumn = (c: Int32Array): boolean => {
      const key = c.join(",");
      if (keys.has(key)) return false;
      keys.add(key);
      columns.push(c);
      const column = entries(c);
      master.addCol(0, 0, INF, column);
      deficit?.addCol(0, 0, INF, column);
      return true;
    };
    let deficit: HighsModel | null = null;
    addColumn(first);

    const fixed = new Float64Array(n).fill(-1); // fixed level per cell, −1 = free
    let unfixed = n;
    let iterations = 0;
    let levels = 0;
    let firstLevel = { lower: 0, upper: 1 };
    const weights = new Float64Array(n);
    /** Every feasible panel the pricing MILP met on its way (extra columns for the cost of one solve). */
    const pricingPool: Int32Array[] = [];
    const price = (yp: Float64Array): { counts: Int32Array; bound: number } => {
      for (let j = 0; j < n; j++) weights[j] = (yp[j] as number) / (size[j] as number);
      pricing.changeColsCost({ kind: "range", from: 0, to: n - 1 }, weights);
      pricingPool.length = 0;
      pricing.run({
        [highs.constants.callbackType.mipSolution]: (event) => {
          const x = event.data.mip_solution;
          if (x && pricingPool.length < POOL_PER_SOLVE) pricingPool.push(roundCounts(x, n));
        },
      });
      const counts = roundCounts(pricing.getSolution().colValue, n);
      let value = 0;
      for (let j = 0; j < n; j++) value += (weights[j] as number) * (counts[j] as number);
      return { counts, bound: Math.max(value, Number(pricing.info.get("mip_dual_bound"))) };
    };
    // Swap ascent: move one seat from a cell to a heavier one while every quota (and the household
    // rule) still holds. `order` lists cells by decreasing weight.
    const dims = p.dimensions.length;
    const catRow = new Int32Array(n * dims);
    p.constraints.forEach((c, q) => {
      const d = p.dimensions.indexOf(c.dimension);
      for (const j of c.cells) catRow[j * dims + d] = q;
    });
    const qMin = Int32Array.from(p.constraints, (c) => c.min);
    const qMax = Int32Array.from(p.constraints, (c) => c.max);
    const hhOf = new Int32Array(n).fill(-1);
    p.households.forEach((h, i) => h.forEach((j) => (hhOf[j] = i)));
    const swapAscent = (start: Int32Array, order: Int32Array): { counts: Int32Array; value: number } => {
      const c = Int32Array.from(start);
      const cnt = new Int32Array(p.constraints.length);
      const hh = new Int32Array(p.households.length);
      for (let j = 0; j < n; j++) {
        const cj = c[j] as number;
        if (cj === 0) continue;
        for (let d = 0; d < dims; d++) {
          const q = catRow[j * dims + d] as number;
          cnt[q] = (cnt[q] as number) + cj;
        }
        const h = hhOf[j] as number;
        if (h >= 0) hh[h] = (hh[h] as number) + cj;
      }
      // Sweeps from the lightest cell in the panel up; each seat moves to the heaviest cell that
      // keeps every quota, and the sweep goes on from there (no restart), until a sweep moves nothing.
      let moves = 0;
      for (let moved = true; moved && moves < 4 * p.k;) {
        moved = false;
        for (let ia = n - 1; ia >= 0 && moves < 4 * p.k; ia--) {
          const a = order[ia] as number;
          if ((c[a] as number) === 0) continue;
          const wa = weights[a] as number;
          for (let ib = 0; ib < ia; ib++) {
            const b = order[ib] as number;
            if ((weights[b] as number) <= wa * (1 + 1e-12) + 1e-15) break;
            if ((c[b] as number) >= (size[b] as number)) continue;
            let ok = true;
            for (let d = 0; d < dims && ok; d++) {
              const qa = catRow[a * dims + d] as number;
              const qb = catRow[b * dims + d] as number;
              if (
                qa !== qb &&
                ((cnt[qa] as number) - 1 < (qMin[qa] as number) || (cnt[qb] as number) + 1 > (qMax[qb] as number))
              )
                ok = false;
            }
            const hb = hhOf[b] as number;
            if (ok && hb >= 0 && hb !== hhOf[a] && (hh[hb] as number) >= 1) ok = false;
            if (!ok) continue;
            c[a] = (c[a] as number) - 1;
            c[b] = (c[b] as number) + 1;
            for (let d = 0; d < dims; d++) {
              const qa = catRow[a * dims + d] as number;
              const qb = catRow[b * dims + d] as number;
              cnt[qa] = (cnt[qa] as number) - 1;
              cnt[qb] = (cnt[qb] as number) + 1;
            }
            const ha = hhOf[a] as number;
            if (ha >= 0) hh[ha] = (hh[ha] as number) - 1;
            if (hb >= 0) hh[hb] = (hh[hb] as number) + 1;
            moves++;
            moved = true;
            if (c[a] > 0) ia++; // the same cell may give up another seat
            break;
          }
        }
      }
      let value = 0;
      for (let j = 0; j < n; j++) value += (weights[j] as number) * (c[j] as number);
      return { counts: c, value };
    };
    // Cover first: while some cell is on no panel in hand, the master's duals sit on one such cell
    // at a time (every cell ties at probability 0), so plain column generation would spend one
    // round per cell. Instead, weight every uncovered cell at once and move seats into them by
    // swaps (the exact MILP when swaps find nothing): each new panel covers many cells.
    {
      const covered = new Uint8Array(n);
      const mark = (c: Int32Array): number => {
        let fresh = 0;
        for (let j = 0; j < n; j++)
          if ((c[j] as number) > 0 && covered[j] === 0) {
            covered[j] = 1;
            fresh++;
          }
        return fresh;
      };
      mark(first);
      const y = new Float64Array(n);
      for (let round = 0; round < n; round++) {
        let uncovered = 0;
        for (let j = 0; j < n; j++) {
          y[j] = covered[j] === 0 ? 1 : 0;
          uncovered += y[j] as number;
        }
        if (uncovered === 0) break;
        for (let j = 0; j < n; j++) weights[j] = y[j] as number;
        const order = Int32Array.from({ length: n }, (_, j) => j).sort(
          (a, b) => (weights[b] as number) - (weights[a] as number) || a - b,
        );
        let fresh = 0;
        for (let i = columns.length - 1; i >= 0 && fresh === 0; i--) {
          const better = swapAscent(columns[i] as Int32Array, order);
          const gain = mark(better.counts);
          if (gain > 0 && addColumn(better.counts)) fresh += gain;
        }
        if (fresh === 0) {
          const found = price(y);
          const gain = mark(found.counts);
          if (gain === 0) break; // the remaining cells are on no feasible panel
          addColumn(found.counts);
        }
      }
    }
    // Reach the target first. Maximising t directly stalls: its duals pile onto the few cells at
    // the current minimum. Instead, with τ just below the relaxation's bound (an upper bound on the
    // optimum), minimise the total shortfall Σ s_j subject to P(cell j) + s_j ≥ τ. Each short cell
    // then has dual 1 (its shortfall variable is basic), so pricing weights every short cell at
    // once — a box-stabilised master. When no shortfall is left, the maximin master below starts
    // at t ≥ τ; if the exact pricing MILP finds no improving panel first, τ is out of reach of
    // integer panels and the maximin master carries on from the panels in hand.
    const relaxationFirst = relaxationBound(highs, p);
    {
      const tau = relaxationFirst * (1 - tolerance / 2);
      deficit = highs.createModel();
      deficit.options.set(MASTER_OPTIONS);
      for (let j = 0; j < n; j++) deficit.addRow(tau, INF, { indices: [], values: [] });
      deficit.addRow(1, 1, { indices: [], values: [] });
      for (let j = 0; j < n; j++) deficit.addCol(1, 0, INF, { indices: [j], values: [1] });
      for (const c of columns) deficit.addCol(0, 0, INF, entries(c));
      const yd = new Float64Array(n);
      for (let it = 0; it < maxIterations; it++) {
        iterations++;
        deficit.run();
        if (deficit.getModelStatus() !== highs.constants.modelStatus.optimal) break;
        const sol = deficit.getSolution();
        const shortfall = deficit.getObjectiveValue();
        for (let j = 0; j < n; j++) yd[j] = Math.abs(sol.rowDual[j] ?? 0);
        const mu = -(sol.rowDual[n] ?? 0);
        if (shortfall <= 1e-9) break;
        const eps = 1e-9 * Math.max(1, Math.abs(mu));
        const value = (c: Int32Array): number => {
          let v = 0;
          for (let j = 0; j < n; j++) v += ((yd[j] as number) * (c[j] as number)) / (size[j] as number);
          return v;
        };
        for (let j = 0; j < n; j++) weights[j] = (yd[j] as number) / (size[j] as number);
        const order = Int32Array.from({ length: n }, (_, j) => j).sort(
          (a, b) => (weights[b] as number) - (weights[a] as number) || a - b,
        );
        let added = 0;
        const inUse = columns.length;
        for (let i = 0; i < inUse && added < NEW_COLUMNS_PER_ROUND; i++) {
          if ((sol.colValue[n + i] ?? 0) <= 1e-12) continue;
          const better = swapAscent(columns[i] as Int32Array, order);
          if (value(better.counts) > mu + eps && addColumn(better.counts)) added++;
        }
        if (added === 0 || it % EXACT_EVERY === 0) {
          const found = price(yd);
          if (value(found.counts) > mu + eps && addColumn(found.counts)) added++;
          for (const c of pricingPool) if (value(c) > mu + eps && addColumn(c)) added++;
        }
        if (added === 0) break;
      }
      deficit.dispose();
      deficit = null;
    }
    for (;;) {
      levels++;
      let upper = levels === 1 ? relaxationFirst : INF;
      let lower = 0;
      let y = new Float64Array(n);
      for (let it = 0; ; it++) {
        iterations++;
        master.run();
        const sol = master.getSolution();
        lower = sol.colValue[0] ?? 0;
        y = Float64Array.from({ length: n }, (_, j) => Math.abs(sol.rowDual[j] ?? 0));
        const yFree = y.reduce((s, v, j) => ((fixed[j] as number) < 0 ? s + v : s), 0) || 1;
        for (let j = 0; j < n; j++) {
          y[j] = (y[j] as number) / yFree;
          weights[j] = (y[j] as number) / (size[j] as number);
        }
        // Value of the best panel in hand at these duals (the convexity row's dual, by complementarity).
        const inHand = Math.abs(sol.rowDual[n] ?? 0) / yFree;
        const eps = 1e-9 * Math.max(1, inHand);
        if (upper - lower <= tolerance * Math.max(upper, 1e-12)) break;
        // Cheap pricing first: improve the panels in use by single swaps between cells.
        let added = 0;
        const order = Int32Array.from({ length: n }, (_, j) => j).sort(
          (a, b) => (weights[b] as number) - (weights[a] as number) || a - b,
        );
        const inUse = columns.length;
        for (let i = 0; i < inUse && added < NEW_COLUMNS_PER_ROUND; i++) {
          if ((sol.colValue[i + 1] ?? 0) <= 1e-12) continue;
          const better = swapAscent(columns[i] as Int32Array, order);
          if (better.value > inHand + eps && addColumn(better.counts)) added++;
        }
        // Exact pricing (the MILP) when swaps find nothing, and regularly for the certified bound.
        if (added === 0 || it % EXACT_EVERY === 0) {
          const found = price(y);
          const fixedTerm = y.reduce((s, v, j) => ((fixed[j] as number) < 0 ? s : s + v * (fixed[j] as number)), 0);
          upper = Math.min(upper, found.bound - fixedTerm);
          let value = 0;
          for (let j = 0; j < n; j++) value += (weights[j] as number) * (found.counts[j] as number);
          if (value > inHand + eps && addColumn(found.counts)) added++;
        }
        if (added === 0 || upper - lower <= tolerance * Math.max(upper, 1e-12) || it >= maxIterations) break;
      }
      if (levels === 1) firstLevel = { lower, upper: Math.max(upper, lower) };
      if (algorithm === "maximin") break;
      // Leximin: fix the free cells whose dual is positive (tight in every optimum) at this level.
      const sol = master.getSolution();
      const freeY = [...y].reduce((s, v, j) => ((fixed[j] as number) < 0 ? s + v : s), 0) || 1;
      const level = Math.max(0, lower - 1e-12);
      let newlyFixed = 0;
      for (let j = 0; j < n; j++) {
        if ((fixed[j] as number) >= 0 || (y[j] as number) / freeY <= 1e-7) continue;
        fixed[j] = level;
        newlyFixed++;
      }
      if (newlyFixed === 0) {
        // Numerical safety: fix the lowest free cells.
        const prob = cellProbabilities(columns, sol.colValue, n, size, 1);
        for (let j = 0; j < n; j++)
          if ((fixed[j] as number) < 0 && (prob[j] as number) <= lower + 1e-9) {
            fixed[j] = level;
            newlyFixed++;
          }
      }
      unfixed -= newlyFixed;
      for (let j = 0; j < n; j++) {
        if ((fixed[j] as number) < 0) continue;
        master.changeCoefficient(j, 0, 0);
        master.changeRowBounds(j, fixed[j] as number, INF);
      }
      if (unfixed <= 0 || newlyFixed === 0) break;
    }
    master.run();
    const lambdaAll = master.getSolution().colValue;
    return {
      columns,
      lambda: columns.map((_, i) => Math.max(0, lambdaAll[i + 1] ?? 0)),
      lowerBound: firstLevel.lower,
      upperBound: firstLevel.upper,
      iterations,
      levels,
    };
  } finally {
    master.dispose();
    pricing.dispose();
  }
}

function cellProbabilities(
  columns: readonly Int32Array[],
  lambda: ArrayLike<number>,
  n: number,
  size: Float64Array,
  offset: number,
): Float64Array {
  const prob = new Float64Array(n);
  columns.forEach((c, i) => {
    const l = lambda[i + offset] ?? 0;
    for (let j = 0; j < n; j++) prob[j] = (prob[j] as number) + (l * (c[j] as number)) / (size[j] as number);
  });
  return prob;
}

// ---------------------------------------------------------------------------------------------
// The lottery

function quotaOutcomes(p: Prepared, panel: readonly number[]): QuotaOutcome[] {
  return p.constraints.map((c) => {
    const inCat = new Set(c.cells);
    return {
      dimension: c.dimension,
      category: c.category,
      min: c.min,
      max: c.max,
      listed: c.listed,
      applicants: c.applicants,
      selected: panel.filter((i) => inCat.has(p.cellOf[i] as number)).length,
    };
  });
}

/** Runs the lottery with a loaded HiGHS runtime. Deterministic: same input and seed, same result. */
export function selectPanelByLotteryWith(highs: Highs, input: PanelLotteryInput): PanelLotteryResult {
  const p = prepare(input);
  const algorithm = input.options?.algorithm ?? "maximin";
  const tolerance = input.options?.tolerance ?? 1e-3;
  const maxIterations = input.options?.maxIterations ?? 3000;
  const algorithmId = `${algorithm}-${LOTTERY_VERSION}+highs-${highs.version.string}`;
  const n = p.cells.length;
  const cells: LotteryCell[] = p.cells.map((c) => ({
    categories: Object.fromEntries(p.dimensions.map((d, i) => [d, c.values[i] as string])),
    members: c.members.map((i) => p.ids[i] as string),
  }));
  const household = {
    applied: input.options?.household ?? false,
    affected: p.affected,
    households: p.households.length,
  };

  const feasibility = panelModel(highs, p);
  let first: Int32Array | null = null;
  try {
    feasibility.run();
    if (feasibility.getModelStatus() === highs.constants.modelStatus.optimal)
      first = roundCounts(feasibility.getSolution().colValue, n);
  } finally {
    feasibility.dispose();
  }
  if (first === null) {
    return {
      panel: [],
      alternates: [],
      quotasMet: false,
      infeasible: relaxQuotas(highs, p, input.quotas),
      selectionProbability: Object.fromEntries(p.ids.map((id) => [id, 0])),
      minProbability: 0,
      cells,
      portfolio: [],
      drawIndex: null,
      drawTicket: null,
      ceremony: null,
      quotaOutcomes: quotaOutcomes(p, []),
      algorithm,
      algorithmId,
      seed: input.seed,
      optimality: { lowerBound: 0, upperBound: 0, relativeGap: 0, iterations: 0, panelsGenerated: 0, leximinLevels: 0 },
      household,
    };
  }

  const dist = columnGeneration(highs, p, first, algorithm, tolerance, maxIterations);
  const D = LOTTERY_WEIGHT_DENOMINATOR;
  const kept = dist.columns
    .map((c, i) => ({ c, key: c.join(","), l: dist.lambda[i] as number }))
    .filter((e) => e.l > 1e-12)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const weights = integerWeights(
    kept.map((e) => e.l),
    D,
  );
  const portfolio: PortfolioPanel[] = [];
  const used: Int32Array[] = [];
  kept.forEach((e, i) => {
    const w = weights[i] as number;
    if (w === 0) return;
    used.push(e.c);
    const counts: Record<number, number> = {};
    for (let j = 0; j < n; j++) if ((e.c[j] as number) > 0) counts[j] = e.c[j] as number;
    portfolio.push({ counts, weight: w, probability: w / D });
  });
  // Exact published probabilities: Σ_P w_P·c_j(P) / (D·n_j), with integer numerators.
  const numerators = new Array<number>(n).fill(0);
  portfolio.forEach((entry, i) => {
    const c = used[i] as Int32Array;
    for (let j = 0; j < n; j++) numerators[j] = (numerators[j] as number) + entry.weight * (c[j] as number);
  });
  const cellProbability = numerators.map((num, j) => num / D / p.cells[j]!.members.length);

  // A public ceremony draws uniformly among m tickets (the rounded portfolio, same order); the
  // same seeded stream then picks the members and the alternates, exactly as the exact draw does.
  const m = input.options?.ceremonyTickets;
  const rounding = m === undefined ? null : roundPortfolioForCeremony(cells, portfolio, m);
  const drawn = drawFromPortfolio(cells, rounding ? rounding.portfolio : portfolio, input.seed);
  const indexOf = new Map(p.ids.map((id, i) => [id, i]));
  const chosen = drawn.panel.map((id) => indexOf.get(id) as number);
  const alternatesLimit = input.options?.alternates ?? drawn.alternates.length;
  const outcomes = quotaOutcomes(p, chosen);
  const selectionProbability: Record<string, number> = {};
  p.ids.forEach((id, i) => (selectionProbability[id] = cellProbability[p.cellOf[i] as number] as number));
  const minProbability = Math.min(...cellProbability);
  const upper = Math.max(dist.upperBound, minProbability);
  return {
    panel: drawn.panel,
    alternates: drawn.alternates.slice(0, alternatesLimit),
    quotasMet:
      chosen.length === p.k &&
      outcomes.every((o) => o.selected >= o.min && o.selected <= o.max) &&
      p.households.every((h) => chosen.filter((i) => h.includes(p.cellOf[i] as number)).length <= 1),
    selectionProbability,
    minProbability,
    cells,
    portfolio,
    drawIndex: drawn.drawIndex,
    drawTicket: drawn.ticket,
    ceremony: rounding
      ? {
          tickets: rounding.m,
          ticket: drawn.ticket + 1,
          ticketRanges: ceremonyTicketRanges(rounding),
          selectionProbability: Object.fromEntries(p.ids.map((id) => [id, rounding.selectionProbability[id] ?? 0])),
          minProbability: Math.min(...p.ids.map((id) => rounding.selectionProbability[id] ?? 0)),
          loss: rounding.loss,
        }
      : null,
    quotaOutcomes: outcomes,
    algorithm,
    algorithmId,
    seed: input.seed,
    optimality: {
      lowerBound: dist.lowerBound,
      upperBound: upper,
      relativeGap: upper > 0 ? Math.max(0, (upper - minProbability) / upper) : 0,
      iterations: dist.iterations,
      panelsGenerated: dist.columns.length,
      leximinLevels: dist.levels,
    },
    household,
  };
}

export interface QuotaFeasibilityInput {
  readonly applicants: readonly LotteryApplicant[];
  readonly quotas: PanelQuotas;
  readonly panelSize: number;
  readonly options?: Pick<PanelLotteryOptions, "household" | "strictCategories">;
}

export interface QuotaFeasibilityResult {
  /** Whether at least one panel of the size meets every quota (and the household rule). */
  readonly feasible: boolean;
  /** Why not, the conflicting quotas and the nearest achievable ones (absent when feasible). */
  readonly infeasible?: InfeasibleReason;
  /** Applicants in the pool per quota (listed categories). */
  readonly quotaOutcomes: readonly QuotaOutcome[];
}

/**
 * Feasibility only (step 3 of the lottery, no distribution): the feasibility MILP and, when it
 * fails, the nearest achievable quotas. What an officer's quotas form checks while typing; input
 * errors throw the same coded {@link LotteryInputError}s as the draw.
 */
export function quotaFeasibilityWith(highs: Highs, input: QuotaFeasibilityInput): QuotaFeasibilityResult {
  const p = prepare({ ...input, seed: "" });
  const m = panelModel(highs, p);
  let feasible: boolean;
  try {
    m.run();
    feasible = m.getModelStatus() === highs.constants.modelStatus.optimal;
  } finally {
    m.dispose();
  }
  return feasible
    ? { feasible, quotaOutcomes: quotaOutcomes(p, []) }
    : { feasible, infeasible: relaxQuotas(highs, p, input.quotas), quotaOutcomes: quotaOutcomes(p, []) };
}

/**
 * Draws from a published distribution (no solver needed: this is what a verifier re-runs): a
 * ticket in 0..10^9−1 picks the composition, then the members of each cell (sorted ids, seeded
 * shuffle), then everyone else is shuffled into the ordered list of alternates.
 */
export function drawFromPortfolio(
  cells: readonly LotteryCell[],
  portfolio: readonly PortfolioPanel[],
  seed: string,
): { panel: string[]; alternates: string[]; drawIndex: number; ticket: number } {
  const rng = new SeededRandom(seed);
  const total = portfolio.reduce((s, e) => s + e.weight, 0);
  const ticket = rng.nextInt(total);
  let drawIndex = 0;
  for (let acc = 0; drawIndex < portfolio.length - 1; drawIndex++) {
    acc += portfolio[drawIndex]!.weight;
    if (ticket < acc) break;
  }
  const counts = portfolio[drawIndex]?.counts ?? {};
  const chosen: string[] = [];
  cells.forEach((cell, j) => {
    const take = counts[j] ?? 0;
    if (take > 0) chosen.push(...rng.shuffle(cell.members).slice(0, take));
  });
  const chosenSet = new Set(chosen);
  const everyone = cells.flatMap((c) => c.members).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alternates = rng.shuffle(everyone.filter((id) => !chosenSet.has(id)));
  return { panel: chosen.sort(), alternates, drawIndex, ticket };
}

// ---------------------------------------------------------------------------------------------
// Quotas check and replacements

/** Checks a panel against quotas (for tests, audits and re-verification of a published panel). */
export function panelMeetsQuotas(
  panel: readonly Readonly<Record<string, unknown>>[],
  quotas: PanelQuotas,
  panelSize: number,
): boolean {
  return panel.length === panelSize && quotaViolation(panel, quotas) === 0;
}

function categoryValue(categories: Readonly<Record<string, unknown>>, dimension: string): string {
  const v = categories[dimension];
  return typeof v === "string" && v !== "" ? v : NO_DATA_CATEGORY;
}

/** Total distance of a panel from its quotas: Σ max(0, min − count, count − max). */
export function quotaViolation(panel: readonly Readonly<Record<string, unknown>>[], quotas: PanelQuotas): number {
  let total = 0;
  for (const [dimension, categories] of Object.entries(quotas)) {
    for (const [category, q] of Object.entries(categories)) {
      const count = panel.filter((c) => categoryValue(c, dimension) === category).length;
      total += Math.max(0, q.min - count, count - q.max);
    }
  }
  return total;
}

export interface ReplacementInput {
  readonly applicants: readonly LotteryApplicant[];
  readonly quotas: PanelQuotas;
  /** The current panel's ids, including the withdrawn member. */
  readonly panel: readonly string[];
  readonly withdrawn: string;
  /** The draw's ordered alternates. */
  readonly alternates: readonly string[];
  /** Apply the household rule (never two of one normalised address). */
  readonly household?: boolean;
}

export interface ReplacementResult {
  /** The alternate who takes the seat, or null when no alternate is left. */
  readonly replacement: string | null;
  /** Quota distance of the new panel (0: every quota kept). */
  readonly violation: number;
  readonly quotasKept: boolean;
  /** Position in the alternates list. */
  readonly alternateIndex: number | null;
  /** Why: a sentence stating openly when quotas could not be kept. */
  readonly explanation: string;
}

/**
 * Replacement for a withdrawn member: the first alternate (in draw order) whose entry keeps every
 * quota; if none does, the first least-violating one, stated openly. Household rule respected.
 */
export function replaceWithdrawnMember(input: ReplacementInput): ReplacementResult {
  const byId = new Map(input.applicants.map((a) => [a.id, a]));
  const remaining = input.panel.filter((id) => id !== input.withdrawn);
  const cats = (id: string) => byId.get(id)?.categories ?? {};
  const home = (id: string): string | null => {
    const h = byId.get(id)?.household;
    return input.household && typeof h === "string" && normaliseAddress(h) !== "" ? normaliseAddress(h) : null;
  };
  const taken = new Set(remaining.map(home).filter((h): h is string => h !== null));
  const inPanel = new Set(input.panel);
  let best: { id: string; index: number; violation: number } | null = null;
  for (let index = 0; index < input.alternates.length; index++) {
    const id = input.alternates[index] as string;
    if (inPanel.has(id) || !byId.has(id)) continue;
    const h = home(id);
    if (h !== null && taken.has(h)) continue;
    const violation = quotaViolation([...remaining, id].map(cats), input.quotas);
    if (violation === 0) {
      return {
        replacement: id,
        violation: 0,
        quotasKept: true,
        alternateIndex: index,
        explanation: `Alternate ${index + 1} (${id}) keeps every quota.`,
      };
    }
    if (best === null || violation < best.violation) best = { id, index, violation };
  }
  if (best === null)
    return {
      replacement: null,
      violation: quotaViolation(remaining.map(cats), input.quotas),
      quotasKept: false,
      alternateIndex: null,
      explanation: "No alternate is left.",
    };
  return {
    replacement: best.id,
    violation: best.violation,
    quotasKept: false,
    alternateIndex: best.index,
    explanation: `No alternate keeps every quota; alternate ${best.index + 1} (${best.id}) misses them by the least (${best.violation} seat${best.violation === 1 ? "" : "s"}).`,
  };
}
