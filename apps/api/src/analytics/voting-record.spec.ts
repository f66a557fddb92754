import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { Ballot } from "../ballot/ballot.entity.js";
import { VoterTally } from "../ballot/voter-tally.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { insertFixture, type Fixture } from "./analytics.fixture.js";
import { ParticipationService } from "./participation.service.js";
import { FairnessService } from "./fairness.service.js";
import { freezeVotingRecord } from "./voting-record.js";

let db: TestDatabase;
let f: Fixture;
beforeAll(async () => {
  db = await openTestDatabase();
  f = await insertFixture(db.dataSource);
});
afterAll(async () => {
  await db.close();
});

const sexCells = (dims: { dimension: string; categories: { category: string; count: { display: string } }[] }[]) =>
  dims.find((d) => d.dimension === "sex")!.categories.map((c) => [c.category, c.count.display]);

describe(`the frozen voting record (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  it("gives the same answers as the live count, then stays as it was when voting closed", async () => {
    const participation = new ParticipationService(db.dataSource);
    const fairness = new FairnessService(db.dataSource);
    // Round r4 (the fixture's vote): 10 ballots, 6 Female and 4 Male, 7 with a funded choice. r1 has none.
    // One round is one published grouping (two rounds together are a council's to publish, not an arbitrary set).
    const liveVoters = await participation.summarise([f.r4.key]);
    const liveProportion = await fairness.proportionality([f.r4.key, f.r1.key]);
    expect(liveVoters.voterCount.count).toBe(10);
    expect(sexCells(liveVoters.voters)).toEqual([
      ["Female", "[c]"],
      ["Male", "<5"],
    ]);
    expect(liveProportion.get(f.r4.key)).toEqual({ ballots: 10, votersWithFundedChoice: 7, share: 0.7 });

    await freezeVotingRecord(db.dataSource, [f.r4.key, f.r1.key]);
    const decision = await db.dataSource.getRepository(Decision).findOneByOrFail({ roundKey: f.r4.key });
    expect([decision.ballotCount, decision.votersWithFundedChoice]).toEqual([10, 7]);
    const tally = await db.dataSource.getRepository(VoterTally).findBy({ roundKey: f.r4.key });
    expect(tally.map((t) => [t.dimension, t.category, t.count]).sort()).toEqual([
      ["age_band", null, 10],
      ["sex", "Female", 6],
      ["sex", "Male", 4],
    ]);
    // r1 has no decision: nothing is frozen for it, and it is still counted live.
    expect(await db.dataSource.getRepository(VoterTally).countBy({ roundKey: f.r1.key })).toBe(0);

    expect(await participation.summarise([f.r4.key])).toEqual(liveVoters);
    expect(await fairness.proportionality([f.r4.key, f.r1.key])).toEqual(liveProportion);

    // A ballot written behind the application's back after voting closed does not count.
    await db.dataSource.getRepository(Ballot).save(
      Object.assign(new Ballot(), {
        roundKey: f.r4.key,
        receiptHash: null,
        importedVoter: null,
        ageBand: null,
        sex: "Male",
      }),
    );
    const after = await participation.summarise([f.r4.key]);
    expect(after.voterCount.count).toBe(10);
    // Counted live, 6 F + 5 M would show the 5; the frozen record still says "<5".
    expect(sexCells(after.voters)).toEqual([
      ["Female", "[c]"],
      ["Male", "<5"],
    ]);
    expect((await fairness.proportionality([f.r4.key])).get(f.r4.key)?.ballots).toBe(10);
  });

  it("freezing again recounts (idempotent replace, no duplicate tallies)", async () => {
    await freezeVotingRecord(db.dataSource, [f.r4.key]);
    await freezeVotingRecord(db.dataSource, [f.r4.key]);
    const tally = await db.dataSource.getRepository(VoterTally).findBy({ roundKey: f.r4.key, dimension: "sex" });
    // The ballot added behind the application's back in the previous test is counted by an explicit re-freeze.
    expect(tally.map((t) => [t.category, t.count]).sort()).toEqual([
      ["Female", 6],
      ["Male", 5],
    ]);
    expect((await db.dataSource.getRepository(Decision).findOneByOrFail({ roundKey: f.r4.key })).ballotCount).toBe(11);
  });
});
