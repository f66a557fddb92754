import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { toGlobalId } from "../graphql/node-id.js";
import { hashToken } from "../auth/token.js";
import { issueVoterTokens, pbRound } from "./pb-round.fixture.js";

/**
 * The linkage attack of issue 11 ("ballot secrecy in the database"): someone holds a copy of the
 * database after N residents voted, one after another (the attacker's best case), and tries to
 * pair each participation row (who voted) with the ballot row (what they chose) by
 * - key order (sequential ids),
 * - physical order (PostgreSQL ctid; SQLite rowid, which is the table's storage order),
 * - the order of the ballot's choice rows' keys,
 * - PostgreSQL transaction ids (`xmin`: equal, or in the same order),
 * - time (any date/time column on the ballot tables).
 * Each voter's ballot is a distinct set of projects, so the test knows the truth and scores every
 * attack. With the mixing pool (ADR 0008) ballots reach the ballot table only in shuffled batches
 * of k, with random keys and no time, in a transaction of their own: an attack can at best guess
 * within a batch, i.e. chance (≈ 1 in k correct). Before, on main's code, every attack but time
 * linked 105 of 105 on PostgreSQL and key/rowid order 105 of 105 on SQLite.
 */
process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const VOTERS = 105;
const BATCH = 10;
/** Correct guesses when pairing at random within batches: a sum of fixed points of random permutations, about Poisson(batches). P(≥ 30) < 1e-6. */
const CHANCE_BOUND = 30;

const { db, client } = specClient();

interface Row {
  key: number;
  order: string;
  xmin: string | null;
}

async function rows(table: string): Promise<Row[]> {
  const pg = db.kind === "postgres";
  const raw: Data[] = await db.dataSource.query(
    pg
      ? `SELECT "key", ctid::text AS "order", xmin::text AS "xmin" FROM ${table}`
      : `SELECT "key", rowid AS "order", NULL AS "xmin" FROM ${table}`,
  );
  return raw.map((r) => ({
    key: Number(r.key),
    order: String(r.order),
    xmin: r.xmin === null ? null : String(r.xmin),
  }));
}

/** Physical position, comparable: "(page,item)" on PostgreSQL, the rowid on SQLite. */
function position(order: string): number[] {
  const m = /^\((\d+),(\d+)\)$/.exec(order);
  return m ? [Number(m[1]), Number(m[2])] : [Number(order)];
}

function compareBy<T>(...keys: ((x: T) => number[])[]) {
  return (a: T, b: T) => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    }
    return 0;
  };
}

/** Pairs the i-th participation with the i-th ballot under an ordering; counts pairs that are truly the same voter. */
function linkedByRank<P, B>(
  participations: P[],
  ballots: B[],
  orderP: (a: P, b: P) => number,
  orderB: (a: B, b: B) => number,
  same: (p: P, b: B) => boolean,
): number {
  const ps = [...participations].sort(orderP);
  const bs = [...ballots].sort(orderB);
  return ps.reduce((n, p, i) => n + (bs[i] !== undefined && same(p, bs[i]) ? 1 : 0), 0);
}

async function attack(roundKey: number, voterOfRef: Map<string, number>, maskOfVoter: (i: number) => number) {
  const participation = (await rows(`ballot_participation WHERE "roundKey" = ${roundKey}`)).map((r) => r);
  const refs: Data[] = await db.dataSource.query(
    `SELECT "key", "voterRef" FROM ballot_participation WHERE "roundKey" = ${roundKey}`,
  );
  const voterOfParticipation = new Map(refs.map((r) => [Number(r.key), voterOfRef.get(String(r.voterRef))!]));
  const ballots = await rows(`ballot WHERE "roundKey" = ${roundKey}`);
  const choices: Data[] = await db.dataSource.query(
    `SELECT c."key", c."ballotKey", b."key" AS "bid", b."externalId" FROM ballot_choice c JOIN bid b ON b."key" = c."bidKey" WHERE b."roundKey" = ${roundKey}`,
  );
  const maskOfBallot = new Map<number, number>();
  const firstChoiceKey = new Map<number, number>();
  for (const c of choices) {
    const ballotKey = Number(c.ballotKey);
    maskOfBallot.set(ballotKey, (maskOfBallot.get(ballotKey) ?? 0) | (1 << Number(String(c.externalId).slice(1))));
    firstChoiceKey.set(ballotKey, Math.min(firstChoiceKey.get(ballotKey) ?? Infinity, Number(c.key)));
  }
  const same = (p: Row, b: Row) => maskOfVoter(voterOfParticipation.get(p.key)!) === maskOfBallot.get(b.key);
  const byKey = compareBy<Row>((r) => [r.key]);
  const byPosition = compareBy<Row>((r) => position(r.order));
  const result: Record<string, number> = {
    ballots: ballots.length,
    key: linkedByRank(participation, ballots, byKey, byKey, same),
    physicalOrder: linkedByRank(participation, ballots, byPosition, byPosition, same),
    choiceKeyOrder: linkedByRank(
      participation,
      ballots,
      byKey,
      compareBy<Row>((r) => [firstChoiceKey.get(r.key) ?? 0]),
      same,
    ),
  };
  if (db.kind === "postgres") {
    const byXmin = compareBy<Row>(
      (r) => [Number(r.xmin)],
      (r) => position(r.order),
    );
    result.xminOrder = linkedByRank(participation, ballots, byXmin, byXmin, same);
    const ballotsByXmin = new Map<string, Row[]>();
    for (const b of ballots) ballotsByXmin.set(b.xmin!, [...(ballotsByXmin.get(b.xmin!) ?? []), b]);
    // Equal transaction ids: a link only if the participation's xmin names exactly one ballot, and it is theirs.
    result.xminEqual = participation.filter((p) => {
      const candidates = ballotsByXmin.get(p.xmin!) ?? [];
      return candidates.length === 1 && same(p, candidates[0]!);
    }).length;
  }
  // Time: the ballot tables hold no date or time column to join on.
  const timeColumns = ["ballot", "ballot_choice", "ballot_pending"].flatMap((table) =>
    db.dataSource.hasMetadata(table)
      ? db.dataSource
          .getMetadata(table)
          .columns.filter((c) => /date|time/i.test(String(c.type)) || c.type === Date)
          .map((c) => `${table}.${c.databaseName}`)
      : [],
  );
  return { result, timeColumns };
}

describe("ballot secrecy against someone holding the database", () => {
  it("no attack links participation to ballot content better than chance, before and after voting closes", async () => {
    const { officer, round, roundId, bids } = await pbRound(db.dataSource, {
      councilName: "Linkage Council",
      overrides: {
        title: "Linkage PB",
        theme: "parks",
        potMinor: 100_000,
        allocationParams: { ballot: { mixBatch: BATCH } },
      },
      projects: Array.from({ length: 7 }, (_, i) => ({ id: `P${i}`, title: `P${i}`, cost: 10_000 + i * 1_000 })),
    });
    const tokens = await issueVoterTokens(client, roundId, officer, VOTERS);
    // Voter i approves the projects of the bits of i + 1: every ballot is different.
    const maskOfVoter = (i: number) => i + 1;
    const voterOfRef = new Map(tokens.map((t, i) => [`token:${hashToken(t)}`, i]));
    for (const [i, voterToken] of tokens.entries()) {
      const choices = bids.filter((_, b) => (maskOfVoter(i) >> b) & 1).map((b) => ({ bid: toGlobalId("Bid", b.key) }));
      const cast = (
        await client.data<Data>(
          `mutation($input: BallotCastInput!) { ballotCast(input: $input) { userErrors { code } } }`,
          { input: { round: roundId, voterToken, choices } },
        )
      ).ballotCast as Data;
      expect(cast.userErrors).toEqual([]);
    }

    const open = await attack(round.key, voterOfRef, maskOfVoter);
    const decided = (
      await client.data<Data>(
        `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { userErrors { code message } } }`,
        { input: { round: roundId } },
        officer,
      )
    ).decisionTake as Data;
    expect(decided.userErrors).toEqual([]);
    const closed = await attack(round.key, voterOfRef, maskOfVoter);
    console.log(
      `[linkage ${db.kind}] ${VOTERS} voters, batches of ${BATCH}; correct links while open`,
      open.result,
      "after close",
      closed.result,
    );

    // While voting is open, the last 105 mod 10 ballots are still sealed in the pool; after closing, all are mixed in.
    expect(open.result.ballots).toBe(VOTERS - (VOTERS % BATCH));
    expect(closed.result.ballots).toBe(VOTERS);
    for (const { result, timeColumns } of [open, closed]) {
      expect(timeColumns).toEqual([]);
      const { ballots: _ballots, ...links } = result;
      for (const [attackName, correct] of Object.entries(links))
        expect({ attackName, correct: correct <= CHANCE_BOUND }).toEqual({ attackName, correct: true });
      if (db.kind === "postgres") expect(result.xminEqual).toBe(0);
    }
  });
});
