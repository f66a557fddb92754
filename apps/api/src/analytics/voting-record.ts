import type { DataSource, EntityManager } from "typeorm";
import { Params, TRUE } from "./sql.js";

/**
 * A round's voting record, frozen when voting closes. Ballots can be cast or changed only while a
 * round is deciding and its decision not yet taken (ballot.commands.ts), so once the decision exists
 * the counts below never change again. They are written then — by the decision, the pabulib import
 * and the benchmark generator — so "who voted" and "how proportional" read a few stored rows
 * instead of counting every ballot of a city-sized round on every request. Rounds whose record is
 * not frozen yet (voting still open, or data from before this table existed) are counted live with
 * the same SQL, so both paths give the same answer by construction (tested).
 */

/** The dimensions a ballot records: `ballot` column per published dimension name. */
export const VOTER_COLUMNS = [
  { dimension: "age_band", column: "ageBand" },
  { dimension: "sex", column: "sex" },
] as const;

/**
 * Voters per round × dimension × category (category null = not said), over `ballot x`, for the
 * rounds in `list` (a bound IN list). Columns: roundKey, dimension, category, n.
 */
export function voterCountsSql(list: string): string {
  return VOTER_COLUMNS.map(
    (d) =>
      `SELECT x."roundKey" AS "roundKey", '${d.dimension}' AS "dimension", x."${d.column}" AS "category", COUNT(*) AS "n" FROM ballot x WHERE x."roundKey" IN ${list} GROUP BY x."roundKey", x."${d.column}"`,
  ).join("\nUNION ALL\n");
}

/** Ballots per round. Columns: roundKey, n. */
export function ballotTotalsSql(list: string): string {
  return `SELECT x."roundKey" AS "roundKey", COUNT(*) AS "n" FROM ballot x WHERE x."roundKey" IN ${list} GROUP BY x."roundKey"`;
}

/**
 * Ballots with at least one funded choice (a positive number of points, or a rank), per round with
 * a decision. Columns: roundKey, satisfied.
 */
export function votersWithFundedChoiceSql(list: string): string {
  return `SELECT d."roundKey" AS "roundKey", COUNT(DISTINCT bc."ballotKey") AS "satisfied"
    FROM decision d JOIN decision_project dp ON dp."decisionKey" = d."key" AND dp."funded" = ${TRUE}
    JOIN ballot_choice bc ON bc."bidKey" = dp."bidKey" AND (bc."points" > 0 OR bc."rank" IS NOT NULL)
    WHERE d."roundKey" IN ${list} GROUP BY d."roundKey"`;
}

/**
 * Freezes the voting record of rounds whose decision is stored: replaces their voter tallies and
 * sets `decision.ballotCount` and `decision.votersWithFundedChoice`. Call it in the transaction that
 * closes voting (after the decision and its funded projects are written). Rounds without a decision
 * row are left alone.
 */
export async function freezeVotingRecord(db: DataSource | EntityManager, roundKeys: readonly number[]): Promise<void> {
  if (roundKeys.length === 0) return;
  const p = Params.for(db);
  const list = p.list([...roundKeys]);
  const decided = `(SELECT d."roundKey" FROM decision d WHERE d."roundKey" IN ${list})`;
  await p.run(db, `DELETE FROM voter_tally WHERE "roundKey" IN ${list}`);
  await p.run(
    db,
    `INSERT INTO voter_tally ("roundKey", "dimension", "category", "count") SELECT q."roundKey", q."dimension", q."category", q."n" FROM (${voterCountsSql(decided)}) q`,
  );
  await p.run(db, `UPDATE decision SET "ballotCount" = 0, "votersWithFundedChoice" = 0 WHERE "roundKey" IN ${list}`);
  // UPDATE … FROM (PostgreSQL; SQLite ≥ 3.33): one aggregate pass, not a correlated subquery per decision.
  await p.run(
    db,
    `UPDATE decision SET "ballotCount" = t."n" FROM (${ballotTotalsSql(list)}) t WHERE t."roundKey" = decision."roundKey"`,
  );
  await p.run(
    db,
    `UPDATE decision SET "votersWithFundedChoice" = s."satisfied" FROM (${votersWithFundedChoiceSql(list)}) s WHERE s."roundKey" = decision."roundKey"`,
  );
}
