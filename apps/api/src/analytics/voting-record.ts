import { execute, nonEmpty, sql, sqlFor, TRUE, type Db } from "../db/sql.js";

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
 * Voters per round × dimension × category (category null = not said), for the rounds `keys`
 * (only those with a decision when `decidedOnly`). Columns: roundKey, dimension, category, n.
 */
export function voterCounts(db: Db, keys: readonly number[], decidedOnly = false) {
  const k = sqlFor(db);
  const [first, ...rest] = VOTER_COLUMNS.map((d) =>
    k
      .selectFrom("ballot as x")
      .select((eb) => [
        "x.roundKey",
        sql.lit(d.dimension).as("dimension"),
        eb.ref(`x.${d.column}`).as("category"),
        eb.fn.countAll().as("n"),
      ])
      .where("x.roundKey", "in", nonEmpty(keys))
      .$if(decidedOnly, (q) =>
        q.where(
          "x.roundKey",
          "in",
          k.selectFrom("decision as d").select("d.roundKey").where("d.roundKey", "in", nonEmpty(keys)),
        ),
      )
      .groupBy(["x.roundKey", `x.${d.column}`]),
  );
  return rest.reduce((q, next) => q.unionAll(next), first!);
}

/** Ballots per round. Columns: roundKey, n. */
export function ballotTotals(db: Db, keys: readonly number[]) {
  return sqlFor(db)
    .selectFrom("ballot as x")
    .select((eb) => ["x.roundKey", eb.fn.countAll().as("n")])
    .where("x.roundKey", "in", nonEmpty(keys))
    .groupBy("x.roundKey");
}

/**
 * Ballots with at least one funded choice (a positive number of points, or a rank), per round with
 * a decision. Columns: roundKey, satisfied.
 */
export function votersWithFundedChoice(db: Db, keys: readonly number[]) {
  return sqlFor(db)
    .selectFrom("decision as d")
    .innerJoin("decision_project as dp", (j) => j.onRef("dp.decisionKey", "=", "d.key").on("dp.funded", "=", TRUE))
    .innerJoin("ballot_choice as bc", (j) =>
      j
        .onRef("bc.bidKey", "=", "dp.bidKey")
        .on((eb) => eb.or([eb("bc.points", ">", 0), eb("bc.rank", "is not", null)])),
    )
    .select((eb) => ["d.roundKey", eb.fn.count("bc.ballotKey").distinct().as("satisfied")])
    .where("d.roundKey", "in", nonEmpty(keys))
    .groupBy("d.roundKey");
}

/**
 * Freezes the voting record of rounds whose decision is stored: replaces their voter tallies and
 * sets `decision.ballotCount` and `decision.votersWithFundedChoice`. Call it in the transaction that
 * closes voting (after the decision and its funded projects are written). Rounds without a decision
 * row are left alone.
 */
export async function freezeVotingRecord(db: Db, roundKeys: readonly number[]): Promise<void> {
  if (roundKeys.length === 0) return;
  const k = sqlFor(db);
  const keys = [...roundKeys];
  await execute(db, k.deleteFrom("voter_tally").where("roundKey", "in", keys));
  await execute(
    db,
    k
      .insertInto("voter_tally")
      .columns(["roundKey", "dimension", "category", "count"])
      .expression(
        k
          .selectFrom(voterCounts(db, keys, true).as("q"))
          .select(["q.roundKey", "q.dimension", "q.category", "q.n"]) as never,
      ),
  );
  await execute(
    db,
    k.updateTable("decision").set({ ballotCount: 0, votersWithFundedChoice: 0 }).where("roundKey", "in", keys),
  );
  // UPDATE … FROM (PostgreSQL; SQLite ≥ 3.33): one aggregate pass, not a correlated subquery per decision.
  await execute(
    db,
    k
      .updateTable("decision")
      .from(ballotTotals(db, keys).as("t"))
      .set((eb) => ({ ballotCount: eb.ref("t.n") as never }))
      .whereRef("t.roundKey", "=", "decision.roundKey"),
  );
  await execute(
    db,
    k
      .updateTable("decision")
      .from(votersWithFundedChoice(db, keys).as("s"))
      .set((eb) => ({ votersWithFundedChoice: eb.ref("s.satisfied") as never }))
      .whereRef("s.roundKey", "=", "decision.roundKey"),
  );
}
