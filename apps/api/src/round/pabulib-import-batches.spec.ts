import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePabulibString, type PabulibInstance } from "@coproduce/domain";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { Council } from "../council/council.entity.js";
import { int } from "../db/sql.js";
import { ballotBatches, importPabulibRoundInBatches, type ImportBatchSizes } from "./pabulib-import.service.js";

// The importer writes ballots, choices and participation records with multi-row statements in
// bounded transactions. Whatever the batch and statement sizes, the rows must be the file's votes.
const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, "..", "..", "..", "..", "..", "shared", "data", "pabulib");

interface StoredChoice {
  voter: string;
  project: string;
  points: number;
  rank: number;
}

describe(`Pabulib import in batches (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let councilKey: number;
  beforeAll(async () => {
    db = await openTestDatabase();
    councilKey = (
      await db.dataSource
        .getRepository(Council)
        .save({ slug: "batch-city", name: "Batch City", onsCode: null, region: null, orgIdentifier: null })
    ).key;
  });
  afterAll(async () => {
    await db.close();
  });

  async function stored(
    roundKey: number,
  ): Promise<{ voters: Map<string, Record<string, string>>; choices: StoredChoice[]; refs: string[] }> {
    const ballots = await db.dataSource.query<{ key: number; importedVoter: string }[]>(
      `SELECT "key", "importedVoter" FROM "ballot" WHERE "roundKey" = ${roundKey}`,
    );
    const voterOf = new Map<number, Record<string, string>>(
      ballots.map((b) => [int(b.key), JSON.parse(b.importedVoter)]),
    );
    const rows = await db.dataSource.query<{ ballotKey: number; externalId: string; points: number; rank: number }[]>(
      `SELECT c."ballotKey", d."externalId", c."points", c."rank" FROM "ballot_choice" c
       JOIN "ballot" b ON b."key" = c."ballotKey" JOIN "bid" d ON d."key" = c."bidKey" WHERE b."roundKey" = ${roundKey}`,
    );
    const refs = (
      await db.dataSource.query<{ voterRef: string }[]>(
        `SELECT "voterRef" FROM "ballot_participation" WHERE "roundKey" = ${roundKey}`,
      )
    ).map((r) => r.voterRef);
    return {
      voters: new Map([...voterOf.values()].map((v) => [v.voter_id!, v])),
      choices: rows.map((r) => ({
        voter: voterOf.get(int(r.ballotKey))!.voter_id!,
        project: String(r.externalId),
        points: int(r.points),
        rank: int(r.rank),
      })),
      refs,
    };
  }

  /** What the file says, computed from the parsed votes (repeated projects of a cumulative vote summed). */
  function expected(pb: PabulibInstance): StoredChoice[] {
    const out: StoredChoice[] = [];
    for (const v of pb.votes) {
      const first = new Map<string, StoredChoice>();
      v.vote.forEach((project, rank) => {
        const points = v.points?.[rank] ?? 1;
        const seen = first.get(project);
        if (seen) seen.points += points;
        else {
          const c = { voter: v.voterId, project, points, rank };
          first.set(project, c);
          out.push(c);
        }
      });
    }
    return out;
  }
  const order = (a: StoredChoice, b: StoredChoice) =>
    a.voter.localeCompare(b.voter) || a.rank - b.rank || a.project.localeCompare(b.project);

  const cases: [string, string, ImportBatchSizes | undefined][] = [
    ["poland_warszawa_2018_las.pb", "default batches", undefined],
    [
      "poland_warszawa_2018_las.pb",
      "batches of 37 ballots, 7 rows per statement",
      { ballots: 37, rowsPerStatement: 7 },
    ],
    [
      "poland_gdansk_2020_rudniki.pb",
      "cumulative; at most 50 choices per batch",
      { choices: 50, rowsPerStatement: 11 },
    ],
    ["poland_krakow_2018_bienczyce.pb", "ordinal; batches of 100 ballots", { ballots: 100 }],
  ];
  for (const [file, label, batch] of cases) {
    it(`${file}, ${label}: every ballot, choice and participation record as in the file`, async () => {
      const pb = parsePabulibString(readFileSync(join(shared, file), "utf8"));
      const slug = `batch-${file.replace(/[^a-z0-9]+/g, "-")}-${batch ? "small" : "default"}`;
      const { round, ballots } = await importPabulibRoundInBatches(db.dataSource, pb, {
        councilKey,
        slug,
        ...(batch ? { batch } : {}),
      });
      expect(ballots).toBe(pb.votes.length);
      const got = await stored(round.key);
      expect(got.voters.size).toBe(pb.votes.length);
      for (const v of pb.votes) expect(got.voters.get(v.voterId)).toEqual({ voter_id: v.voterId, ...v.extra });
      expect([...got.choices].sort(order)).toEqual(expected(pb).sort(order));
      expect([...got.refs].sort()).toEqual(pb.votes.map((v) => `pabulib:${v.voterId}`).sort());
    });
  }

  it("a cumulative vote naming a project twice is one choice with the points summed", async () => {
    const text = [
      "META",
      "key;value",
      "description;Repeats",
      "country;Poland",
      "unit;Batch City",
      "instance;2020",
      "num_projects;2",
      "num_votes;2",
      "budget;100",
      "vote_type;cumulative",
      "rule;greedy",
      "PROJECTS",
      "project_id;cost;votes;score",
      "a;60;2;6",
      "b;50;1;1",
      "VOTES",
      "voter_id;vote;points",
      "v1;a,b,a;2,1,3",
      "v2;a;1",
    ].join("\n");
    const pb = parsePabulibString(text);
    const { round } = await importPabulibRoundInBatches(db.dataSource, pb, { councilKey, slug: "batch-repeats" });
    const got = (await stored(round.key)).choices.sort(order);
    expect(got).toEqual([
      { voter: "v1", project: "a", points: 5, rank: 0 },
      { voter: "v1", project: "b", points: 1, rank: 1 },
      { voter: "v2", project: "a", points: 1, rank: 0 },
    ]);
  });

  it("ballotBatches: bounded by ballots and by choices, covering every ballot once, in order", () => {
    const votes = [3, 1, 4, 1, 5, 9, 2, 6].map((n) => ({ vote: new Array<number>(n).fill(0) }));
    expect(ballotBatches(votes, 3, 1000)).toEqual([
      [0, 3],
      [3, 6],
      [6, 8],
    ]);
    // 3+1+4 = 8 fit; 1+5 (+9 would not); 9 alone; 2+6.
    expect(ballotBatches(votes, 100, 8)).toEqual([
      [0, 3],
      [3, 5],
      [5, 6],
      [6, 8],
    ]);
    // A ballot with more choices than the bound still gets a batch of its own.
    expect(ballotBatches([{ vote: [1, 2, 3] }], 10, 2)).toEqual([[0, 1]]);
    expect(ballotBatches([], 10, 10)).toEqual([]);
  });
});
