import type { DecisionMethod, Phase, RoundFacts, RoundKind } from "@coproduce/domain";
import { bigintOf, int, run, sql, type Db } from "../db/sql.js";
import type { Round } from "./round.entity.js";

/**
 * The facts the phase requirements (packages/domain round/requirements.ts) look at, loaded for one
 * round in three statements: the counts (panel, outcomes, bids, decision, awards, measurements, milestones) in one SELECT of scalar subqueries, the tender with its
 * criteria's weights, and, per shortlisted bid, how many panel members scored it on every criterion.
 * A decision counts as taken once it has a date or a result (an imported PB round's official outcome
 * has a result but no date; a recorded recommendation alone has neither).
 * `db` may be a command's transaction (roundAdvancePhase checks inside it, under the round's lock).
 */
export async function loadRoundFacts(db: Db, round: Round): Promise<RoundFacts> {
  const key = round.key;
  const [counts] = await run<Record<string, unknown>>(
    db,
    sql`SELECT
      (SELECT COUNT(*) FROM "panel_member" pm WHERE pm."roundKey" = ${key}) AS "members",
      (SELECT COUNT(*) FROM "panel_member" pm WHERE pm."roundKey" = ${key} AND pm."role" = 'member' AND pm."active" = ${sql`TRUE`}) AS "confirmed",
      (SELECT COUNT(*) FROM "outcome" o WHERE o."roundKey" = ${key} AND EXISTS (
        SELECT 1 FROM "indicator" i WHERE i."outcomeKey" = o."key" AND i."unit" <> ''
          AND i."baseline" IS NOT NULL AND i."target" IS NOT NULL AND i."dueOn" IS NOT NULL)) AS "outcomes",
      (SELECT COUNT(*) FROM "bid" b WHERE b."roundKey" = ${key} AND b."status" <> 'withdrawn') AS "bids",
      (SELECT COUNT(*) FROM "decision" d WHERE d."roundKey" = ${key}
        AND (d."decidedAt" IS NOT NULL OR d."result" IS NOT NULL)) AS "decided",
      (SELECT COUNT(*) FROM "bid" b WHERE b."roundKey" = ${key} AND b."status" = 'funded') AS "funded",
      (SELECT COUNT(*) FROM "bid" b WHERE b."roundKey" = ${key} AND b."status" = 'funded'
        AND EXISTS (SELECT 1 FROM "award" a WHERE a."bidKey" = b."key")) AS "fundedAwarded",
      (SELECT COUNT(*) FROM "indicator" i JOIN "outcome" o ON o."key" = i."outcomeKey"
        WHERE o."roundKey" = ${key}) AS "indicators",
      (SELECT COUNT(*) FROM "indicator" i JOIN "outcome" o ON o."key" = i."outcomeKey"
        WHERE o."roundKey" = ${key}
        AND EXISTS (SELECT 1 FROM "measurement" m WHERE m."indicatorKey" = i."key")) AS "measured",
      (SELECT COUNT(*) FROM "milestone" ms WHERE ms."roundKey" = ${key} AND ms."status" = 'scheduled') AS "openMilestones"`,
  );
  const tenderRows = await run<Record<string, unknown>>(
    db,
    sql`SELECT t."key" AS "key", t."publishedAt" AS "publishedAt", t."ceilingMinor" AS "ceilingMinor",
        t."currency" AS "currency", c."weightBasisPoints" AS "weight"
      FROM "tender" t LEFT JOIN "criterion" c ON c."tenderKey" = t."key"
      WHERE t."roundKey" = ${key} ORDER BY t."key", c."key"`,
  );
  const scorerRows = await run<Record<string, unknown>>(
    db,
    sql`SELECT s."bidKey" AS "bidKey", (
        SELECT COUNT(*) FROM (
          SELECT sc."memberKey" FROM "interview_score" sc
          JOIN "panel_member" pm ON pm."key" = sc."memberKey" AND pm."active" = ${sql`TRUE`}
          WHERE sc."bidKey" = s."bidKey"
          GROUP BY sc."memberKey"
          HAVING COUNT(DISTINCT sc."criterionKey") >= (
            SELECT COUNT(*) FROM "criterion" c JOIN "tender" t ON t."key" = c."tenderKey" WHERE t."roundKey" = ${key})
        ) full_sheets) AS "scorers"
      FROM "shortlist_entry" s JOIN "bid" b ON b."key" = s."bidKey"
      WHERE b."roundKey" = ${key} AND b."status" <> 'withdrawn' ORDER BY s."bidKey"`,
  );
  const c = counts ?? {};
  const firstTender = tenderRows[0];
  const tender =
    firstTender === undefined
      ? null
      : {
          published: firstTender.publishedAt !== null && firstTender.publishedAt !== undefined,
          criteriaWeightsBasisPoints: tenderRows
            .filter((r) => r.key === firstTender.key && r.weight !== null)
            .map((r) => int(r.weight)),
          ceilingMinor: bigintOf(firstTender.ceilingMinor),
          currency: String(firstTender.currency),
        };
  return {
    kind: round.kind as RoundKind,
    decisionMethod: round.decisionMethod as DecisionMethod,
    phase: round.phase as Phase,
    potMinor: bigintOf(round.potMinor),
    currency: round.currency,
    panelSize: round.panelSize,
    panelDrawn: int(c.members) > 0,
    confirmedMembers: int(c.confirmed),
    outcomesWithCompleteIndicator: int(c.outcomes),
    tender,
    bids: int(c.bids),
    shortlistedBidScorers: scorerRows.map((r) => int(r.scorers)),
    decisionTaken: int(c.decided) > 0,
    fundedBids: int(c.funded),
    fundedBidsWithAward: int(c.fundedAwarded),
    indicators: int(c.indicators),
    indicatorsMeasured: int(c.measured),
    openMilestones: int(c.openMilestones),
  };
}
