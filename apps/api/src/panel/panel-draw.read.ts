import type { DataSource } from "typeorm";
import { LotteryInputError, NO_DATA_CATEGORY, parseCommitmentJson } from "@coproduce/domain";
import { UserError, UserErrorCode } from "../command/user-error.js";
import { checkQuotaFeasibilityOffThread } from "../lottery/lottery-thread.js";
import type { Round } from "../round/round.entity.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { categoriesOf, DIMENSION_NAMES } from "./dimensions.js";
import {
  committedHouseholds,
  lotteryApplicants,
  lotteryPool,
  nestedQuotas,
  quotaProblems,
  type QuotaRow,
} from "./panel-draw.js";
import {
  CeremonyDraw,
  HouseholdRule,
  PanelDrawRecord,
  PoolCategoryCount,
  ProbabilitySpread,
  QuotaConflict,
  QuotaFeasibility,
  QuotaRange,
} from "./panel-draw.types.js";

const range = (q: QuotaRow): QuotaRange => Object.assign(new QuotaRange(), q);

/** The published draw of a round (public: commitment, pool file, seed, panel, probabilities). */
export function panelDrawRecord(draw: PanelDraw, round: Pick<Round, "slug">): PanelDrawRecord {
  const c = parseCommitmentJson(draw.commitmentJson);
  const o = draw.outcome;
  return Object.assign(new PanelDrawRecord(), {
    committedAt: draw.committedAt,
    commitmentSha256: draw.commitmentSha256,
    commitment: draw.commitmentJson,
    poolSha256: draw.poolSha256,
    poolCsv: draw.poolCsv,
    applicants: c.applicants,
    panelSize: c.panelSize,
    quotas: c.quotas.map(range),
    algorithm: c.algorithm,
    algorithmVersion: c.algorithmVersion,
    randomnessDate: draw.randomnessDate,
    randomnessSource: draw.randomnessSource,
    seed: draw.seed,
    drawnAt: draw.drawnAt,
    panel: o?.panel ?? [],
    alternates: o?.alternates ?? [],
    // Known from the commitment on (the distribution does not depend on the seed); the draw's own after it.
    probabilities: o
      ? Object.assign(new ProbabilitySpread(), {
          min: o.minProbability,
          median: o.medianProbability,
          max: o.maxProbability,
        })
      : draw.committedProbabilities
        ? Object.assign(new ProbabilitySpread(), draw.committedProbabilities)
        : null,
    ceremonyTickets: c.ceremonyTickets ?? null,
    ceremony: o?.ceremony ? Object.assign(new CeremonyDraw(), o.ceremony) : null,
    household: Object.assign(new HouseholdRule(), committedHouseholds(draw)),
    verifyCommand: `pnpm coproduce lottery verify --round ${round.slug}`,
  });
}

export async function roundPanelDraw(db: DataSource, round: Round): Promise<PanelDrawRecord | null> {
  const draw = await db.getRepository(PanelDraw).findOneBy({ roundKey: round.key });
  return draw ? panelDrawRecord(draw, round) : null;
}

/**
 * Would these quotas admit a panel of this size from the round's pool? Saves nothing; the MILP
 * runs on the lottery worker thread. Input problems come back as `problems` (no solve then).
 */
export async function quotaFeasibility(
  db: DataSource,
  round: Round,
  panelSize: number,
  quotas: QuotaRow[],
): Promise<QuotaFeasibility> {
  const pool = await lotteryPool(db.manager, round.key);
  const counts = new Map<string, number>();
  for (const a of pool) {
    const cats = categoriesOf(a);
    for (const d of DIMENSION_NAMES) {
      const key = `${d}\u0000${cats[d] ?? NO_DATA_CATEGORY}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const result = Object.assign(new QuotaFeasibility(), {
    feasible: false,
    applicants: pool.length,
    reason: null,
    message: null,
    conflicts: [],
    suggestedQuotas: null,
    pool: [...counts.entries()]
      .map(([key, applicants]) => {
        const [dimension, category] = key.split("\u0000") as [string, string];
        return Object.assign(new PoolCategoryCount(), { dimension, category, applicants });
      })
      .sort(
        (a, b) =>
          DIMENSION_NAMES.indexOf(a.dimension as never) - DIMENSION_NAMES.indexOf(b.dimension as never) ||
          (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
      ),
    problems: quotaProblems(panelSize, quotas),
  });
  if (result.problems.length > 0) return result;
  if (pool.length < panelSize)
    return Object.assign(result, {
      reason: "POOL_TOO_SMALL",
      message: `Only ${pool.length} applicants in the pool for a panel of ${panelSize}.`,
    });
  const dimensions = [...new Set(quotas.map((q) => q.dimension))];
  try {
    const check = await checkQuotaFeasibilityOffThread({
      applicants: lotteryApplicants(pool, dimensions),
      quotas: nestedQuotas(quotas),
      panelSize,
    });
    if (check.feasible) return Object.assign(result, { feasible: true });
    const why = check.infeasible!;
    return Object.assign(result, {
      reason: why.code,
      message: why.message,
      conflicts: why.conflicts.map((c) => Object.assign(new QuotaConflict(), c)),
      suggestedQuotas: quotas.map((q) =>
        range({ ...q, ...(why.suggestedQuotas[q.dimension]?.[q.category] ?? { min: q.min, max: q.max }) }),
      ),
    });
  } catch (error) {
    if (!(error instanceof LotteryInputError)) throw error;
    return Object.assign(result, {
      problems: [UserError.of(UserErrorCode.INVALID, `${error.message} (${error.code})`, ["quotas"])],
    });
  }
}
