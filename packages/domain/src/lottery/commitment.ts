/**
 * The published commitment of a panel draw (commit, then draw): the canonical texts whose SHA-256
 * an officer publishes before the seed is known, so that anyone can later check that the pool,
 * quotas, panel size and algorithm were fixed before the randomness. Pure text; hashing is left to
 * the caller (node:crypto, `sha256sum`, any tool), see docs/lottery.md "Commit, draw, verify".
 */
import { ceremonyTicketsProblem } from "./ceremony.js";
import { NO_DATA_CATEGORY, normaliseAddress, type LotteryApplicant, type PanelQuotas } from "./panel-lottery.js";

export const COMMITMENT_FORMAT = "coproduce-lottery-commitment/v1";

/** RFC 4180 field: quoted only when it holds a comma, a quote, CR or LF. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The pool file's household column (last, after the dimensions), present only with the household rule. */
export const POOL_HOUSEHOLD_COLUMN = "household";

/**
 * Household group labels for the household rule, without revealing addresses: applicants whose
 * normalised addresses ({@link normaliseAddress}) are equal and shared by two or more of `applicants`
 * get the same label `H1`, `H2`, … numbered in the order the households are first met in
 * `applicants`; everyone else (alone at an address, or no address given) gets "".
 */
export function householdLabels(applicants: readonly LotteryApplicant[]): string[] {
  const keys = applicants.map((a) => (typeof a.household === "string" ? normaliseAddress(a.household) : ""));
  const size = new Map<string, number>();
  for (const k of keys) if (k !== "") size.set(k, (size.get(k) ?? 0) + 1);
  const label = new Map<string, string>();
  return keys.map((k) => {
    if (k === "" || (size.get(k) ?? 0) < 2) return "";
    let l = label.get(k);
    if (l === undefined) label.set(k, (l = `H${label.size + 1}`));
    return l;
  });
}

/**
 * The anonymised pool file: a header `id,<dimension>,…` (the quota dimensions, sorted), then one
 * row per applicant sorted by id (UTF-16 code-unit order), each value as the lottery reads it (an
 * absent or empty answer is `(no data)`); fields quoted as RFC 4180 only when needed; LF line
 * endings, a final LF; UTF-8 without a byte-order mark. Ids and quota categories only.
 * With `household: true` (the household rule) a last column `household` holds each applicant's
 * {@link householdLabels} label in file order — `H1`, `H2`, … for those sharing a household with
 * another applicant of the pool, empty otherwise: never an address.
 */
export function anonymisedPoolCsv(
  applicants: readonly LotteryApplicant[],
  dimensions: readonly string[],
  options: { household?: boolean } = {},
): string {
  const dims = [...dimensions].sort(byCodeUnits);
  const sorted = [...applicants].sort((a, b) => byCodeUnits(a.id, b.id));
  const labels = options.household ? householdLabels(sorted) : null;
  const rows = sorted.map((a, i) =>
    [
      a.id,
      ...dims.map((d) => {
        const v = a.categories[d];
        return typeof v === "string" && v !== "" ? v : NO_DATA_CATEGORY;
      }),
      ...(labels ? [labels[i]!] : []),
    ]
      .map(csvField)
      .join(","),
  );
  const header = ["id", ...dims, ...(labels ? [POOL_HOUSEHOLD_COLUMN] : [])];
  return [header.map(csvField).join(","), ...rows].join("\n") + "\n";
}

/** Applicants sharing a household and the number of shared households, from a pool file's labels. */
export function householdCounts(labels: readonly (string | null | undefined)[]): {
  affected: number;
  households: number;
} {
  const shared = labels.filter((l): l is string => typeof l === "string" && l !== "");
  return { affected: shared.length, households: new Set(shared).size };
}

export interface CommitmentQuota {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
}

export interface DrawCommitment {
  readonly round: string;
  readonly poolSha256: string;
  readonly applicants: number;
  readonly dimensions: readonly string[];
  readonly quotas: readonly CommitmentQuota[];
  readonly panelSize: number;
  /** "maximin" or "leximin". */
  readonly algorithm: string;
  /** Implementation and solver versions, e.g. "cg/v2+highs-1.15.1". */
  readonly algorithmVersion: string;
  /** The civil date (YYYY-MM-DD) of the public randomness, and where it comes from. */
  readonly randomnessDate: string;
  readonly randomnessSource: string;
  /**
   * Public ceremony: the number m of equally likely tickets the distribution is rounded to
   * (docs/lottery.md "Public ceremony"). Absent or null: the exact distribution is drawn from.
   * Written to the document only when set, so commitments without it are unchanged.
   */
  readonly ceremonyTickets?: number | null;
  /**
   * The household rule: at most one person per household, from the pool file's `household`
   * labels. Written to the document (`"household":true`) only when set.
   */
  readonly household?: boolean;
}

/** Quotas as a flat list, sorted by dimension then category (the commitment's order). */
export function commitmentQuotas(quotas: PanelQuotas): CommitmentQuota[] {
  return Object.entries(quotas)
    .flatMap(([dimension, cats]) =>
      Object.entries(cats).map(([category, q]) => ({ dimension, category, min: q.min, max: q.max })),
    )
    .sort((a, b) => byCodeUnits(a.dimension, b.dimension) || byCodeUnits(a.category, b.category));
}

/** Back from the flat list to the lottery's nested quotas. */
export function quotasFromCommitment(quotas: readonly CommitmentQuota[]): PanelQuotas {
  const out: Record<string, Record<string, { min: number; max: number }>> = {};
  for (const q of quotas) (out[q.dimension] ??= {})[q.category] = { min: q.min, max: q.max };
  return out;
}

/**
 * The commitment document: JSON without whitespace, keys in this fixed order, quotas sorted by
 * dimension then category, dimensions sorted. Its SHA-256 (hex) is the commitment hash.
 */
export function commitmentJson(c: DrawCommitment): string {
  return JSON.stringify({
    format: COMMITMENT_FORMAT,
    round: c.round,
    pool: { sha256: c.poolSha256, applicants: c.applicants, dimensions: [...c.dimensions].sort(byCodeUnits) },
    quotas: [...c.quotas]
      .sort((a, b) => byCodeUnits(a.dimension, b.dimension) || byCodeUnits(a.category, b.category))
      .map((q) => ({ dimension: q.dimension, category: q.category, min: q.min, max: q.max })),
    panelSize: c.panelSize,
    algorithm: c.algorithm,
    algorithmVersion: c.algorithmVersion,
    randomness: { date: c.randomnessDate, source: c.randomnessSource },
    ...(c.ceremonyTickets != null ? { ceremony: { tickets: c.ceremonyTickets } } : {}),
    ...(c.household ? { household: true } : {}),
  });
}

/** Reads a commitment document back (the CLI verifier's input); throws on a wrong format. */
export function parseCommitmentJson(text: string): DrawCommitment {
  const j = JSON.parse(text) as {
    format?: string;
    round: string;
    pool: { sha256: string; applicants: number; dimensions: string[] };
    quotas: CommitmentQuota[];
    panelSize: number;
    algorithm: string;
    algorithmVersion: string;
    randomness: { date: string; source: string };
    ceremony?: { tickets?: unknown };
    household?: unknown;
  };
  if (j.format !== COMMITMENT_FORMAT) throw new Error(`Not a ${COMMITMENT_FORMAT} document.`);
  // Absent: an ordinary draw (every v1 document before the ceremony option). Present: validated.
  const ceremonyTickets = j.ceremony === undefined ? null : j.ceremony?.tickets;
  if (j.ceremony !== undefined) {
    const problem = ceremonyTicketsProblem(ceremonyTickets);
    if (problem) throw new Error(`ceremony.tickets: ${problem}`);
  }
  if (j.household !== undefined && j.household !== true) throw new Error("household: must be true when present.");
  return {
    round: j.round,
    poolSha256: j.pool.sha256,
    applicants: j.pool.applicants,
    dimensions: j.pool.dimensions,
    quotas: j.quotas,
    panelSize: j.panelSize,
    algorithm: j.algorithm,
    algorithmVersion: j.algorithmVersion,
    randomnessDate: j.randomness.date,
    randomnessSource: j.randomness.source,
    ceremonyTickets: ceremonyTickets as number | null,
    household: j.household === true,
  };
}

/** Minimum, median (lower middle for an even count) and maximum of selection probabilities. */
export function probabilitySpread(values: readonly number[]): { min: number; median: number; max: number } | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  const median = s.length % 2 === 1 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
}
