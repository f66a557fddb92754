import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { Area } from "../area/area.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Round } from "../round/round.entity.js";
import { issueVoterTokens, pbRound } from "./pb-round.fixture.js";
import { Ballot } from "./ballot.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

const SET = `mutation($input: VoterQuestionsSetInput!) { voterQuestionsSet(input: $input) { round { id } userErrors { code field message } } }`;
const READ = `query($slug: String!) { round(slug: $slug) { voterQuestions { ageBands ageBandRequired sexes areas { slug name } recordAgeBand recordSex } } }`;
const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { receipt userErrors { code field message } } }`;

const { db, client } = specClient();

async function votingRound(name: string) {
  const fixture = await pbRound(db.dataSource, {
    councilName: name,
    overrides: { allocationParams: { ballot: { mixBatch: 2 } } },
    projects: [
      { id: "1", cost: 3_000 },
      { id: "2", cost: 4_000 },
    ],
  });
  for (const [slug, areaName] of [
    ["north-ward", "North Ward"],
    ["south-ward", "South Ward"],
  ] as const)
    await db.dataSource.getRepository(Area).save(
      Object.assign(new Area(), {
        councilKey: fixture.councilKey,
        slug,
        name: areaName,
        kind: "ward",
        parentKey: null,
        onsCode: null,
      }),
    );
  return fixture;
}

describe("voterQuestionsSet: what a voting round asks its voters", () => {
  it("an officer sets the questions; the booth reads them; votes are checked and only what is recorded is kept", async () => {
    const { officer, round, roundId, bidId } = await votingRound("Questions Town");
    const set = async (input: Record<string, unknown>, viewer = officer) =>
      ((await client.data<Data>(SET, { input: { round: roundId, ...input } }, viewer)).voterQuestionsSet as Data)
        .userErrors as { code: string; field: string[]; message: string }[];

    expect(
      await set({ ageBands: ["16-24", "25-64"], areas: ["north-ward"], recordAgeBand: true, recordSex: true }),
    ).toEqual([]);
    const read = (await client.data<Data>(READ, { slug: round.slug })).round as Data;
    expect(read.voterQuestions).toEqual({
      ageBands: ["16-24", "25-64"],
      ageBandRequired: true,
      sexes: ["Female", "Male"],
      areas: [{ slug: "north-ward", name: "North Ward" }],
      recordAgeBand: true,
      recordSex: true,
    });
    const stored = await db.dataSource.getRepository(Round).findOneByOrFail({ key: round.key });
    // the round's other ballot settings are kept
    expect(stored.allocationParams).toEqual({
      ballot: {
        mixBatch: 2,
        eligibility: { ageBands: ["16-24", "25-64"], areas: ["north-ward"], record: ["ageBand", "sex"] },
      },
    });
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneByOrFail({ action: "voterQuestionsSet", roundKey: round.key });
    expect(audit.after).toEqual({ ageBands: ["16-24", "25-64"], areas: ["north-ward"], record: ["ageBand", "sex"] });
    expect(audit.before).toEqual({});

    const [t1, t2, t3] = await issueVoterTokens(client, roundId, officer, 3);
    const cast = async (token: string, answers: Record<string, string>) =>
      (
        (
          await client.data<Data>(CAST, {
            input: { round: roundId, voterToken: token, choices: [{ bid: bidId["1"] }], answers },
          })
        ).ballotCast as Data
      ).userErrors as { code: string; field: string[] }[];
    expect((await cast(t1!, { ageBand: "16-24", area: "south-ward" })).map((e) => e.code)).toEqual(["NOT_ELIGIBLE"]);
    expect(
      (await cast(t1!, { ageBand: "16-24", sex: "female", area: "north-ward" })).map((e) => e.field.join(".")),
    ).toEqual(["input.answers.sex"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(0);
    expect(await cast(t1!, { ageBand: "16-24", sex: "Female", area: "north-ward" })).toEqual([]);
    // prefer not to say: no sex is recorded
    expect(await cast(t2!, { ageBand: "25-64", area: "north-ward" })).toEqual([]);
    const ballots = await db.dataSource.getRepository(Ballot).findBy({ roundKey: round.key });
    expect(ballots.map((b) => [b.ageBand, b.sex]).sort()).toEqual([
      ["16-24", "Female"],
      ["25-64", null],
    ]);

    // once voters have answered, the questions are frozen
    expect((await set({ ageBands: [], areas: [], recordAgeBand: false, recordSex: false })).map((e) => e.code)).toEqual(
      ["FROZEN"],
    );
    expect(await cast(t3!, { ageBand: "25-64", area: "north-ward" })).toEqual([]);
  });

  it("refuses bad age bands and unknown areas with a code and the field, and writes nothing", async () => {
    const { officer, round, roundId } = await votingRound("Bad Questions Town");
    const set = async (input: Record<string, unknown>) =>
      ((await client.data<Data>(SET, { input: { round: roundId, ...input } }, officer)).voterQuestionsSet as Data)
        .userErrors as { code: string; field: string[] }[];
    expect(await set({ ageBands: ["16-24", "young"], areas: [], recordAgeBand: false, recordSex: false })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "ageBands", "1"] }),
    ]);
    expect(await set({ ageBands: [], areas: ["atlantis"], recordAgeBand: true, recordSex: false })).toEqual([
      expect.objectContaining({ code: "NOT_FOUND", field: ["input", "areas", "0"] }),
    ]);
    const stored = await db.dataSource.getRepository(Round).findOneByOrFail({ key: round.key });
    expect(stored.allocationParams).toEqual({ ballot: { mixBatch: 2 } });
    // an empty set of questions asks nothing
    expect(await set({ ageBands: [], areas: [], recordAgeBand: false, recordSex: false })).toEqual([]);
    const read = (await client.data<Data>(READ, { slug: round.slug })).round as Data;
    expect(read.voterQuestions).toEqual({
      ageBands: [],
      ageBandRequired: false,
      sexes: [],
      areas: [],
      recordAgeBand: false,
      recordSex: false,
    });
  });

  it("offers census-style age bands, with prefer not to say, when age is only recorded", async () => {
    const { officer, round, roundId } = await votingRound("Recorded Age Town");
    const result = (
      await client.data<Data>(
        SET,
        { input: { round: roundId, ageBands: [], areas: [], recordAgeBand: true, recordSex: false } },
        officer,
      )
    ).voterQuestionsSet as Data;
    expect(result.userErrors).toEqual([]);
    const read = (await client.data<Data>(READ, { slug: round.slug })).round as Data;
    expect(read.voterQuestions).toMatchObject({
      ageBands: ["16-24", "25-34", "35-49", "50-64", "65+"],
      ageBandRequired: false,
    });
  });
});
