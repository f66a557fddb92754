import {
  ceremonyTicketsProblem,
  commitmentJson,
  commitmentQuotas,
  LOTTERY_ALGORITHMS,
  LOTTERY_VERSION,
  LotteryInputError,
  probabilitySpread,
  type LotteryAlgorithm,
} from "@coproduce/domain";
import { checkQuotaFeasibilityOffThread, selectPanelOffThread } from "../lottery/lottery-thread.js";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { isCalendarDate } from "../graphql/scalars.js";
import { Round } from "../round/round.entity.js";
import { roundScope, type RoundScope } from "../round/round-guards.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { Applicant } from "./applicant.entity.js";
import {
  committedDraw,
  committedHouseholds,
  committedLotteryInput,
  drawnProbabilities,
  lotteryApplicants,
  lotteryPool,
  nestedQuotas,
  poolFile,
  roundQuotaRows,
  sha256Hex,
} from "./panel-draw.js";

export interface PanelDrawCommitValues {
  roundKey: number;
  randomnessDate: string;
  randomnessSource: string;
  algorithm?: string | null;
  /** Public ceremony: draw one of this many equally likely tickets (docs/lottery.md); null: the exact draw. */
  ceremonyTickets?: number | null;
  /** The household rule: at most one person per household (docs/lottery.md "Household rule"). */
  household?: boolean | null;
}

/**
 * Commit, then draw: publishes the commitment of the round's draw — the SHA-256 of the anonymised
 * pool file (applicant pseudonyms and quota categories only), the quotas, the panel size, the
 * algorithm and its version, and the date and source of the public randomness the seed will come
 * from — before the seed is known. From then on the pool, quotas and panel size are frozen
 * (DRAW_COMMITTED) and `panelSelect` draws from exactly what was committed. The quotas must admit
 * a panel (QUOTAS_INFEASIBLE otherwise: commit what can be drawn). A seed stored on the round
 * before the commitment is discarded: a seed known before the commitment proves nothing. With
 * `ceremonyTickets: m` the commitment also fixes a public ceremony: the draw will round the
 * distribution to m equally likely tickets and the seed will pick one (INVALID unless 2..10,000).
 * The selection distribution does not depend on the seed, so it is computed here, from exactly what
 * was committed (on the lottery worker thread): each applicant's probability is stored and the
 * spread (min, median, max) is public before the draw; the draw later gives everyone the same.
 * With `household: true` at most one person per household is drawn: the pool file gets a column
 * of household group labels (H1, H2… for applicants sharing a normalised address, never the
 * address) and the draw and the verifier apply the rule from those labels.
 */
export const panelDrawCommit = defineCommand({
  name: "panelDrawCommit",
  who: who.councilOfficer,
  action: "panelDrawCommit",
  locks: [Round],
  load: (tx, input: PanelDrawCommitValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async guard(tx, _input: PanelDrawCommitValues, { round }: RoundScope) {
    if (await tx.manager.getRepository(PanelMember).existsBy({ roundKey: round.key }))
      throw UserErrorException.of(UserErrorCode.FROZEN, "The panel has already been drawn.", ["input", "round"]);
    const earlier = await committedDraw(tx.manager, round.key);
    if (earlier)
      throw UserErrorException.of(
        UserErrorCode.DRAW_COMMITTED,
        `The commitment was already published (${earlier.commitmentSha256.slice(0, 12)}…); it cannot be changed.`,
        ["input", "round"],
      );
  },
  async run(tx, values, { round }) {
    const errors: UserError[] = [];
    const source = values.randomnessSource.trim();
    const algorithm = (values.algorithm ?? "maximin") as LotteryAlgorithm;
    if (!isCalendarDate(values.randomnessDate))
      errors.push(
        UserError.of(UserErrorCode.INVALID, "Enter the date as a real date, for example 2026-12-05.", [
          "input",
          "randomnessDate",
        ]),
      );
    else if (values.randomnessDate < tx.clock.today())
      errors.push(
        UserError.of(
          UserErrorCode.OUT_OF_RANGE,
          "The public randomness must come on or after today: randomness already known proves nothing.",
          ["input", "randomnessDate"],
        ),
      );
    if (source.length < 3)
      errors.push(
        UserError.of(
          UserErrorCode.REQUIRED,
          "Say where the random number will come from, for example the next National Lottery draw.",
          ["input", "randomnessSource"],
        ),
      );
    if (!LOTTERY_ALGORITHMS.includes(algorithm))
      errors.push(
        UserError.of(UserErrorCode.INVALID, `The algorithm must be ${LOTTERY_ALGORITHMS.join(" or ")}.`, [
          "input",
          "algorithm",
        ]),
      );
    const ceremonyTickets = values.ceremonyTickets ?? null;
    const ceremonyProblem = ceremonyTickets === null ? null : ceremonyTicketsProblem(ceremonyTickets);
    if (ceremonyProblem)
      errors.push(UserError.of(UserErrorCode.INVALID, ceremonyProblem, ["input", "ceremonyTickets"]));
    if (!round.panelSize)
      errors.push(UserError.of(UserErrorCode.REQUIRED, "Set the panel size and quotas first.", ["input", "round"]));
    if (errors.length > 0) throw new UserErrorException(errors);
    const panelSize = round.panelSize!;
    const pool = await lotteryPool(tx.manager, round.key);
    const quotas = await roundQuotaRows(tx.manager, round.key);
    if (pool.length < panelSize)
      throw UserErrorException.of(
        UserErrorCode.QUOTAS_INFEASIBLE,
        `Only ${pool.length} applicants in the pool for a panel of ${panelSize}.`,
        ["input", "round"],
      );
    const dimensions = [...new Set(quotas.map((q) => q.dimension))];
    const household = values.household === true;
    const check = await checkQuotaFeasibilityOffThread({
      applicants: lotteryApplicants(pool, dimensions, household),
      quotas: nestedQuotas(quotas),
      panelSize,
      ...(household ? { options: { household } } : {}),
    }).catch((error: unknown) => {
      if (error instanceof LotteryInputError)
        throw UserErrorException.of(UserErrorCode.INVALID, `${error.message} (${error.code})`, ["input", "round"]);
      throw error;
    });
    if (!check.feasible)
      throw UserErrorException.of(
        UserErrorCode.QUOTAS_INFEASIBLE,
        check.infeasible?.message ?? "No panel meets all quotas.",
        ["input", "round"],
      );
    const csv = poolFile(pool, quotas, household);
    const poolSha256 = sha256Hex(csv);
    const document = commitmentJson({
      round: round.slug,
      poolSha256,
      applicants: pool.length,
      dimensions,
      quotas: commitmentQuotas(nestedQuotas(quotas)),
      panelSize,
      algorithm,
      algorithmVersion: `${LOTTERY_VERSION}+highs-${check.highsVersion}`,
      randomnessDate: values.randomnessDate,
      randomnessSource: source,
      ceremonyTickets,
      household,
    });
    const committed = { poolCsv: csv, commitmentJson: document };
    // Only the distribution is used: the seed picks a panel from it at the draw.
    const distribution = await selectPanelOffThread(committedLotteryInput(committed, "")).catch((error: unknown) => {
      if (error instanceof LotteryInputError)
        throw UserErrorException.of(UserErrorCode.INVALID, `${error.message} (${error.code})`, ["input", "round"]);
      throw error;
    });
    if (!distribution.quotasMet || distribution.infeasible)
      throw UserErrorException.of(
        UserErrorCode.QUOTAS_INFEASIBLE,
        distribution.infeasible?.message ?? "No panel meets all quotas.",
        ["input", "round"],
      );
    const probability = drawnProbabilities(distribution);
    for (const a of pool) a.selectionProbability = probability[a.pseudonym] ?? 0;
    await tx.manager.getRepository(Applicant).save(pool);
    const draw = await tx.manager.getRepository(PanelDraw).save(
      Object.assign(new PanelDraw(), {
        roundKey: round.key,
        poolCsv: csv,
        poolSha256,
        commitmentJson: document,
        commitmentSha256: sha256Hex(document),
        randomnessDate: values.randomnessDate,
        randomnessSource: source,
        committedAt: tx.clock.now(),
        seed: null,
        drawnAt: null,
        committedProbabilities: probabilitySpread(Object.values(probability)),
        outcome: null,
      }),
    );
    const discardedSeed = round.lotterySeed;
    if (discardedSeed !== null) await tx.manager.getRepository(Round).update({ key: round.key }, { lotterySeed: null });
    return {
      draw,
      discardedSeed,
      applicants: pool.length,
      ceremonyTickets,
      households: committedHouseholds(committed),
    };
  },
  audit: ({ draw, discardedSeed, applicants, ceremonyTickets, households }) => ({
    entityType: "PanelDraw",
    entityId: draw.key,
    before: discardedSeed !== null ? { seed: discardedSeed } : null,
    after: {
      commitmentSha256: draw.commitmentSha256,
      poolSha256: draw.poolSha256,
      applicants,
      randomnessDate: draw.randomnessDate,
      randomnessSource: draw.randomnessSource,
      probabilities: draw.committedProbabilities,
      ...(ceremonyTickets !== null ? { ceremonyTickets } : {}),
      ...(households.applied
        ? { household: { affected: households.affected, households: households.households } }
        : {}),
    },
  }),
});
