import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { EntityManager } from "typeorm";
import {
  anonymisedPoolCsv,
  householdCounts,
  NO_DATA_CATEGORY,
  parseCommitmentJson,
  POOL_HOUSEHOLD_COLUMN,
  quotasFromCommitment,
  type LotteryAlgorithm,
  type LotteryApplicant,
  type PanelLotteryInput,
  type PanelLotteryResult,
  type PanelQuotas,
} from "@coproduce/domain";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Applicant } from "./applicant.entity.js";
import { Quota } from "./quota.entity.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { categoriesOf, DIMENSION_NAMES, inLotteryPool, isDimension } from "./dimensions.js";

/**
 * Helpers of commit-then-draw (docs/lottery.md "Commit, draw, verify"): the round's lottery pool
 * and quotas as the lottery reads them, the anonymised pool file, SHA-256, and the freeze a
 * commitment puts on the pool and the quotas.
 */
export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

export interface QuotaRow {
  dimension: string;
  category: string;
  min: number;
  max: number;
}

export function nestedQuotas(rows: readonly QuotaRow[]): PanelQuotas {
  const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
  for (const q of rows) (quotas[q.dimension] ??= {})[q.category] = { min: q.min, max: q.max };
  return quotas;
}

/** The round's lottery pool (eligible, consenting, not withdrawn or rejected), by key. */
export async function lotteryPool(manager: EntityManager, roundKey: number): Promise<Applicant[]> {
  return (await manager.getRepository(Applicant).find({ where: { roundKey }, order: { key: "ASC" } })).filter(
    inLotteryPool,
  );
}

/**
 * The pool as the lottery sees it: pseudonyms and the quota dimensions' answers only; with
 * `household` also each applicant's private address (to compute the pool file's household labels
 * and the feasibility check — never published).
 */
export function lotteryApplicants(
  pool: readonly Applicant[],
  dimensions: readonly string[],
  household = false,
): LotteryApplicant[] {
  return pool.map((a) => {
    const all = categoriesOf(a);
    return {
      id: a.pseudonym,
      categories: Object.fromEntries(dimensions.map((d) => [d, all[d] ?? NO_DATA_CATEGORY])),
      ...(household ? { household: a.household } : {}),
    };
  });
}

export async function roundQuotaRows(manager: EntityManager, roundKey: number): Promise<QuotaRow[]> {
  return (await manager.getRepository(Quota).find({ where: { roundKey }, order: { key: "ASC" } })).map((q) => ({
    dimension: q.dimension,
    category: q.category,
    min: q.min,
    max: q.max,
  }));
}

/**
 * The anonymised pool file of these applicants for these quotas (dimensions = the quotas'
 * dimensions); with the household rule, a last column of household group labels (no addresses).
 */
export function poolFile(pool: readonly Applicant[], quotas: readonly QuotaRow[], household = false): string {
  const dimensions = [...new Set(quotas.map((q) => q.dimension))];
  return anonymisedPoolCsv(lotteryApplicants(pool, dimensions, household), dimensions, { household });
}

/**
 * Reads an anonymised pool file back into the lottery's applicants (header `id,<dimension>…`).
 * With `household` (a commitment with the household rule) the last column must be `household`:
 * its labels become the applicants' households (empty: none shared).
 */
export function applicantsFromPoolCsv(text: string, household = false): LotteryApplicant[] {
  const records: string[][] = parse(text, { relax_column_count: false });
  const [header, ...rows] = records;
  if (!header || header[0] !== "id") throw new Error('The pool file must start with the column "id".');
  if (household && header[header.length - 1] !== POOL_HOUSEHOLD_COLUMN)
    throw new Error(
      `The commitment names the household rule: the pool file's last column must be "${POOL_HOUSEHOLD_COLUMN}".`,
    );
  const dims = header.slice(1, household ? -1 : undefined);
  return rows.map((r) => ({
    id: r[0]!,
    categories: Object.fromEntries(dims.map((d, i) => [d, r[i + 1]!])),
    ...(household ? { household: r[r.length - 1]! || null } : {}),
  }));
}

/** The household rule of a committed draw: whether it applies and, from the pool file's labels, whom it affects. */
export function committedHouseholds(draw: Pick<PanelDraw, "poolCsv" | "commitmentJson">): {
  applied: boolean;
  affected: number;
  households: number;
} {
  if (!parseCommitmentJson(draw.commitmentJson).household) return { applied: false, affected: 0, households: 0 };
  return { applied: true, ...householdCounts(applicantsFromPoolCsv(draw.poolCsv, true).map((a) => a.household)) };
}

/**
 * The household labels of a committed draw (pseudonym → H-label; "" = shares no household in the
 * pool), or null when the draw was committed without the household rule (or not committed).
 */
export function committedHouseholdLabels(
  draw: Pick<PanelDraw, "poolCsv" | "commitmentJson"> | null,
): Map<string, string> | null {
  if (!draw || !parseCommitmentJson(draw.commitmentJson).household) return null;
  return new Map(applicantsFromPoolCsv(draw.poolCsv, true).map((a) => [a.id, a.household ?? ""]));
}

/**
 * The lottery's input for a committed draw, read back from what was committed (the pool file and
 * the commitment document): the same input at the commitment (for the probabilities) and at the
 * draw (with the seed), so both compute the same distribution.
 */
export function committedLotteryInput(
  draw: Pick<PanelDraw, "poolCsv" | "commitmentJson">,
  seed: string,
): PanelLotteryInput {
  const commitment = parseCommitmentJson(draw.commitmentJson);
  const household = commitment.household === true;
  return {
    applicants: applicantsFromPoolCsv(draw.poolCsv, household),
    quotas: quotasFromCommitment(commitment.quotas),
    panelSize: commitment.panelSize,
    seed,
    options: {
      algorithm: commitment.algorithm as LotteryAlgorithm,
      ...(commitment.ceremonyTickets != null ? { ceremonyTickets: commitment.ceremonyTickets } : {}),
      ...(household ? { household: true } : {}),
    },
  };
}

/** Everyone's chance of selection under what the draw will do (a public ceremony: its m tickets). */
export function drawnProbabilities(result: PanelLotteryResult): Record<string, number> {
  return result.ceremony?.selectionProbability ?? result.selectionProbability;
}

export async function committedDraw(manager: EntityManager, roundKey: number): Promise<PanelDraw | null> {
  return manager.getRepository(PanelDraw).findOneBy({ roundKey });
}

/** After a commitment the pool and the quotas are frozen: refuses with DRAW_COMMITTED. */
export async function refuseIfCommitted(
  manager: EntityManager,
  roundKey: number,
  what: string,
  field: string[],
): Promise<void> {
  const draw = await committedDraw(manager, roundKey);
  if (draw)
    throw UserErrorException.of(
      UserErrorCode.DRAW_COMMITTED,
      `The draw commitment was published on ${draw.committedAt.toISOString().slice(0, 10)}: ${what} can no longer change.`,
      field,
    );
}

/** The same checks as panelQuotasSet, as a list (for the feasibility read, which saves nothing). */
export function quotaProblems(
  panelSize: number,
  quotas: readonly QuotaRow[],
  base: string[] = ["quotas"],
): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isInteger(panelSize) || panelSize < 1)
    errors.push(
      UserError.of(UserErrorCode.OUT_OF_RANGE, "The panel size must be a whole number above 0.", ["panelSize"]),
    );
  const seen = new Set<string>();
  quotas.forEach((q, i) => {
    const field = [...base, String(i)];
    if (!isDimension(q.dimension))
      errors.push(
        UserError.of(
          UserErrorCode.INVALID,
          `Unknown dimension "${q.dimension}"; use one of ${DIMENSION_NAMES.join(", ")}.`,
          [...field, "dimension"],
        ),
      );
    if (!Number.isInteger(q.min) || q.min < 0 || !Number.isInteger(q.max) || q.max < 0)
      errors.push(
        UserError.of(UserErrorCode.OUT_OF_RANGE, "Minimum and maximum must be whole numbers, 0 or more.", [
          ...field,
          "min",
        ]),
      );
    else if (q.min > q.max)
      errors.push(UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the maximum.", [...field, "min"]));
    else if (q.min > panelSize)
      errors.push(UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the panel size.", [...field, "min"]));
    const id = `${q.dimension}\u0000${q.category}`;
    if (seen.has(id))
      errors.push(
        UserError.of(UserErrorCode.DUPLICATE, `Two quotas for ${q.dimension} = ${q.category}.`, [...field, "category"]),
      );
    seen.add(id);
  });
  return errors;
}
