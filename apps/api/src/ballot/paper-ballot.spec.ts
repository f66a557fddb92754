import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { pbRound } from "./pb-round.fixture.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";
import { PaperBallotEntry } from "./paper-ballot-entry.entity.js";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTER = `mutation($input: PaperBallotEnterInput!) { paperBallotEnter(input: $input) { status userErrors { code field } } }`;
const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { result } userErrors { code message } } }`;

const { db, client } = specClient();

describe("paper ballots entered twice by officers", () => {
  it("counts a paper once when two different officers agree, flags disagreement, and refuses a repeat", async () => {
    const { councilKey, round, roundId, bids } = await pbRound(db.dataSource, {
      councilName: "Paper Council",
      overrides: { title: "Paper PB", theme: "parks", potMinor: 100_000 },
      projects: ["P1", "P2", "P3"].map((id) => ({ id, title: id, cost: 10_000 })),
    });
    const [a, b, c]: Viewer[] = [7, 8, 9].map((userKey) => ({ kind: "officer", userKey, councilKey }));
    const bid = (i: number) => ({ bid: toGlobalId("Bid", bids[i]!.key) });
    const enter = async (viewer: Viewer, serial: string, choices: { bid: string }[]) => {
      const r = (
        await client.data<{ paperBallotEnter: { status: string | null; userErrors: { code: string }[] } }>(
          ENTER,
          { input: { round: roundId, serial, choices } },
          viewer,
        )
      ).paperBallotEnter;
      return [r.status ?? null, ...r.userErrors.map((e) => e.code)];
    };

    // S1: officer A, then A again (refused), then B with the same projects in another order: counted.
    expect(await enter(a!, "S1", [bid(0), bid(1)])).toEqual(["PENDING"]);
    expect(await enter(a!, "S1", [bid(0), bid(1)])).toEqual([null, "DUPLICATE"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(0);
    expect(await enter(b!, "S1", [bid(1), bid(0)])).toEqual(["COUNTED"]);
    expect(await enter(c!, "S1", [bid(0), bid(1)])).toEqual([null, "ALREADY_VOTED"]);
    // S2: A and B disagree: flagged; C reads the paper again and agrees with B: counted.
    expect(await enter(a!, "S2", [bid(0)])).toEqual(["PENDING"]);
    expect(await enter(b!, "S2", [bid(2)])).toEqual(["MISMATCH"]);
    expect(
      (await db.dataSource.getRepository(PaperBallotEntry).findBy({ roundKey: round.key, serial: "S2" })).map(
        (e) => e.outcome,
      ),
    ).toEqual(["mismatch", "mismatch"]);
    expect(await enter(c!, "S2", [bid(2)])).toEqual(["COUNTED"]);
    // An invalid paper (a project twice) is refused for every officer.
    expect(await enter(a!, "S3", [bid(0), bid(0)])).toEqual([null, "INVALID_BALLOT"]);

    expect(
      (await db.dataSource.getRepository(BallotParticipation).findBy({ roundKey: round.key }))
        .map((p) => p.voterRef)
        .sort(),
    ).toEqual(["paper:S1", "paper:S2"]);
    // Counted papers go through the mixing pool; no entry keeps what was read once it is counted.
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(2);
    const entries = await db.dataSource.getRepository(PaperBallotEntry).findBy({ roundKey: round.key });
    expect(entries.map((e) => [e.serial, e.outcome, e.choices]).sort()).toEqual([
      ["S1", "counted", null],
      ["S1", "counted", null],
      ["S2", "counted", null],
      ["S2", "counted", null],
      ["S2", "counted", null],
    ]);

    const taken = (await client.data<Data>(DECIDE, { input: { round: roundId } }, a)).decisionTake as Data;
    expect(taken.userErrors).toEqual([]);
    expect((taken.decision as Data).result).toMatchObject({
      ballots: 2,
      votesPerProject: { P1: { voters: 1 }, P2: { voters: 1 }, P3: { voters: 1 } },
    });
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(2);
    const stored = await db.dataSource.getRepository(BallotChoice).find({ relations: { ballot: true } });
    const sets = new Map<number, string[]>();
    for (const ch of stored.filter((x) => x.ballot!.roundKey === round.key))
      sets.set(
        ch.ballotKey,
        [...(sets.get(ch.ballotKey) ?? []), bids.find((x) => x.key === ch.bidKey)!.externalId].sort(),
      );
    expect([...sets.values()].map((s) => s.join("+")).sort()).toEqual(["P1+P2", "P3"]);
    expect(await enter(b!, "S4", [bid(0)])).toEqual([null, "VOTING_CLOSED"]);
  });
});
