import { defaultThrottle } from "../auth/throttle.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";
import { VoterTally } from "./voter-tally.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { hashToken } from "../auth/token.js";
import { issueVoterTokens, pbRound, type FixtureProject } from "./pb-round.fixture.js";
import { UserAccount } from "../auth/user.entity.js";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { round { id } receipt replaced userErrors { code message field } } }`;
const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id rule parameters result projects { bid { externalId } funded rank score explanation explanationText } verify { matches differences } } userErrors { code message } } }`;

let db: TestDatabase;
let client: TestClient;
let councilKey: number;
let officer: Viewer;

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";

async function makeRound(overrides: Partial<Round>, projects: FixtureProject[], memberCount: number) {
  const { round, roundId, bidId } = await pbRound(db.dataSource, { councilKey, overrides, projects });
  const members: Viewer[] = [];
  for (let i = 0; i < memberCount; i++) {
    const m = await db.dataSource.getRepository(PanelMember).save(
      Object.assign(new PanelMember(), {
        roundKey: round.key,
        pseudonym: `Voter ${i + 1}`,
        role: "member",
        active: true,
      }),
    );
    members.push({ kind: "panel_member", memberKey: m.key, roundKey: round.key });
  }
  return { round, roundId, bidId, members };
}

function choices(bidId: Record<string, string>, ids: string[], points?: number[]) {
  return ids.map((id, i) => ({ bid: bidId[id], ...(points ? { points: points[i] } : {}) }));
}

async function cast(viewer: Viewer | undefined, input: Record<string, unknown>): Promise<Data> {
  return (await client.data<Data>(CAST, { input }, viewer)).ballotCast as Data;
}

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  const council = await db.dataSource.getRepository(Council).save(
    Object.assign(new Council(), {
      slug: "ballot-town",
      name: "Ballot Town Council",
      onsCode: null,
      region: null,
      orgIdentifier: null,
    }),
  );
  councilKey = council.key;
  officer = { kind: "officer", userKey: 7, councilKey };
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe("ballotCast", () => {
  it("validates ballots against the round's type and constraints (INVALID_BALLOT), and voting only while deciding", async () => {
    const { round, roundId, bidId, members } = await makeRound(
      {},
      [
        { id: "A", cost: 6_000 },
        { id: "B", cost: 3_000 },
        { id: "W", cost: 1_000, status: "withdrawn" },
      ],
      2,
    );
    const [m1] = members as [Viewer];
    const codes = async (input: Record<string, unknown>) =>
      ((await cast(m1, input)).userErrors as { code: string }[]).map((e) => e.code);
    expect(await codes({ round: roundId, choices: [] })).toEqual(["INVALID_BALLOT"]);
    expect(await codes({ round: roundId, choices: choices(bidId, ["A", "A"]) })).toEqual(["INVALID_BALLOT"]);
    expect(await codes({ round: roundId, choices: choices(bidId, ["W"]) })).toEqual(["INVALID_BALLOT"]);
    expect(await codes({ round: roundId, choices: choices(bidId, ["A"], [3]) })).toEqual(["INVALID_BALLOT"]);

    await db.dataSource.getRepository(Round).update(round.key, { ballotType: "choose_1" });
    expect(await codes({ round: roundId, choices: choices(bidId, ["A", "B"]) })).toEqual(["INVALID_BALLOT"]);
    await db.dataSource
      .getRepository(Round)
      .update(round.key, { ballotType: "cumulative", allocationParams: { ballot: { totalPoints: 5 } } });
    expect(await codes({ round: roundId, choices: choices(bidId, ["A", "B"], [3, 3]) })).toEqual(["INVALID_BALLOT"]);
    expect(await codes({ round: roundId, choices: choices(bidId, ["A", "B"]) })).toEqual([
      "INVALID_BALLOT",
      "INVALID_BALLOT",
    ]);
    await db.dataSource
      .getRepository(Round)
      .update(round.key, { ballotType: "scoring", allocationParams: { ballot: { scaleMin: 1, scaleMax: 3 } } });
    expect(await codes({ round: roundId, choices: choices(bidId, ["A"], [4]) })).toEqual(["INVALID_BALLOT"]);
    await db.dataSource
      .getRepository(Round)
      .update(round.key, { phase: "bidding", ballotType: "approval", allocationParams: null });
    expect(await codes({ round: roundId, choices: choices(bidId, ["A"]) })).toEqual(["WRONG_PHASE"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(0);
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(0);
  });

  it("accepts one ballot per voter: a second is ALREADY_VOTED and writes nothing", async () => {
    const { round, roundId, bidId, members } = await makeRound(
      {},
      [
        { id: "A", cost: 6_000 },
        { id: "B", cost: 3_000 },
      ],
      1,
    );
    const first = await cast(members[0], { round: roundId, choices: choices(bidId, ["A", "B"]) });
    expect(first.userErrors).toEqual([]);
    expect(typeof first.receipt).toBe("string");
    const second = await cast(members[0], { round: roundId, choices: choices(bidId, ["B"]) });
    expect((second.userErrors as { code: string }[]).map((e) => e.code)).toEqual(["ALREADY_VOTED"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(1);
    // The ballot waits sealed in the mixing pool (1 of k = 10) until voting closes.
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(1);
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(0);
    expect(
      ((await client.data<Data>(DECIDE, { input: { round: roundId } }, officer)).decisionTake as Data).userErrors,
    ).toEqual([]);
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(0);
    const ballots = await db.dataSource.getRepository(Ballot).findBy({ roundKey: round.key });
    expect(ballots).toHaveLength(1);
    expect(await db.dataSource.getRepository(BallotChoice).countBy({ ballotKey: ballots[0]!.key })).toBe(2);
    const forbidden = await client.run(CAST, { input: { round: roundId, choices: choices(bidId, ["A"]) } }, officer);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps ballot content apart from who voted: no voter, participation link or time on the content", () => {
    const ballotColumns = db.dataSource
      .getMetadata(Ballot)
      .columns.map((c) => c.databaseName)
      .sort();
    const choiceColumns = db.dataSource
      .getMetadata(BallotChoice)
      .columns.map((c) => c.databaseName)
      .sort();
    expect(ballotColumns).toEqual(["ageBand", "importedVoter", "key", "receiptHash", "roundKey", "sex"]);
    expect(choiceColumns).toEqual(["ballotKey", "bidKey", "key", "points", "rank"]);
    expect(
      db.dataSource
        .getMetadata(BallotParticipation)
        .columns.map((c) => c.databaseName)
        .sort(),
    ).toEqual(["key", "roundKey", "voterRef"]);
    expect(
      db.dataSource
        .getMetadata(BallotPending)
        .columns.map((c) => c.databaseName)
        .sort(),
    ).toEqual(["key", "roundKey", "sealed"]);
  });

  it("lets a voter change their ballot with the receipt until voting closes, sealed or mixed, counted once", async () => {
    // Batches of 2: voter 1's ballot is changed while still sealed, voter 2's after it was mixed.
    const { round, roundId, bidId, members } = await makeRound(
      { ballotsChangeable: true, allocationParams: { ballot: { mixBatch: 2 } } },
      [
        { id: "A", cost: 6_000 },
        { id: "B", cost: 3_000 },
        { id: "C", cost: 500 },
      ],
      3,
    );
    const [m1, m2, m3] = members as [Viewer, Viewer, Viewer];
    const status = async (receipt: string) =>
      (
        await client.data<{ ballotReceipt: string }>(
          `query($round: ID!, $receipt: String!) { ballotReceipt(round: $round, receipt: $receipt) }`,
          { round: roundId, receipt },
        )
      ).ballotReceipt;
    const bidKey = (id: string) => Number(Buffer.from(bidId[id]!, "base64url").toString().split(":")[1]);
    const contents = async () =>
      (await db.dataSource.getRepository(BallotChoice).find({ relations: { ballot: true } }))
        .filter((c) => c.ballot!.roundKey === round.key)
        .reduce(
          (m, c) => m.set(c.ballot!.receiptHash!, [...(m.get(c.ballot!.receiptHash!) ?? []), c.bidKey].sort()),
          new Map<string, number[]>(),
        );

    const first = await cast(m1, { round: roundId, choices: choices(bidId, ["A"]) });
    expect(first.userErrors).toEqual([]);
    const r1 = first.receipt as string;
    expect(r1.length).toBeGreaterThan(20);
    expect(await status(r1)).toBe("SEALED");
    expect(await status("not-the-receipt-000")).toBe("UNKNOWN");
    expect(
      ((await cast(m1, { round: roundId, choices: choices(bidId, ["B"]) })).userErrors as { code: string }[])[0]!.code,
    ).toBe("ALREADY_VOTED");
    expect(
      (
        (await cast(m1, { round: roundId, choices: choices(bidId, ["B"]), receipt: "not-the-receipt-000" }))
          .userErrors as { code: string }[]
      )[0]!.code,
    ).toBe("NOT_FOUND");
    // Another voter cannot use voter 1's receipt: they have not voted.
    expect(
      (
        (await cast(m3, { round: roundId, choices: choices(bidId, ["C"]), receipt: r1 })).userErrors as {
          code: string;
        }[]
      )[0]!.code,
    ).toBe("NOT_FOUND");
    // Changed while sealed: the envelope is replaced, the pool still holds one.
    expect(await cast(m1, { round: roundId, choices: choices(bidId, ["B"]), receipt: r1 })).toMatchObject({
      replaced: true,
      userErrors: [],
    });
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(1);
    // Voter 2 fills the pool (k = 2): both are mixed in.
    const second = await cast(m2, { round: roundId, choices: choices(bidId, ["A", "C"]) });
    const r2 = second.receipt as string;
    expect(await db.dataSource.getRepository(BallotPending).countBy({ roundKey: round.key })).toBe(0);
    expect([await status(r1), await status(r2)]).toEqual(["STORED", "STORED"]);
    expect(await contents()).toEqual(
      new Map([
        [hashToken(r1), [bidKey("B")]],
        [hashToken(r2), [bidKey("A"), bidKey("C")].sort()],
      ]),
    );
    // Changed after mixing: a replacing envelope waits in the pool; the close mixes it in, replacing the old one.
    expect(await cast(m2, { round: roundId, choices: choices(bidId, ["C"]), receipt: r2 })).toMatchObject({
      replaced: true,
      userErrors: [],
    });
    expect(await status(r2)).toBe("SEALED");
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(2);

    const roundQuery = `{ round(slug: "${round.slug}") { countedReceipts } }`;
    expect((await client.data<Data>(roundQuery)).round.countedReceipts).toBeNull();
    expect(
      ((await client.data<Data>(DECIDE, { input: { round: roundId } }, officer)).decisionTake as Data).userErrors,
    ).toEqual([]);
    expect(await contents()).toEqual(
      new Map([
        [hashToken(r1), [bidKey("B")]],
        [hashToken(r2), [bidKey("C")]],
      ]),
    );
    expect(await db.dataSource.getRepository(Ballot).countBy({ roundKey: round.key })).toBe(2);
    expect([await status(r1), await status(r2)]).toEqual(["COUNTED", "COUNTED"]);
    expect((await client.data<Data>(roundQuery)).round.countedReceipts).toEqual([hashToken(r1), hashToken(r2)].sort());
    const late = await cast(m1, { round: roundId, choices: choices(bidId, ["A"]), receipt: r1 });
    expect((late.userErrors as { code: string }[]).map((e) => e.code)).toEqual(["VOTING_CLOSED"]);
  });

  it("refuses a receipt where ballots cannot be changed (INVALID)", async () => {
    const { roundId, bidId, members } = await makeRound(
      {},
      [
        { id: "A", cost: 6_000 },
        { id: "B", cost: 3_000 },
      ],
      1,
    );
    const first = await cast(members[0], { round: roundId, choices: choices(bidId, ["A"]) });
    const again = await cast(members[0], { round: roundId, choices: choices(bidId, ["B"]), receipt: first.receipt });
    expect((again.userErrors as { code: string }[]).map((e) => e.code)).toEqual(["INVALID"]);
  });

  it("lets residents vote with voter tokens issued by an officer (PB rounds); a forged token is NOT_ELIGIBLE", async () => {
    const { round, roundId, bidId } = await makeRound({}, [{ id: "A", cost: 6_000 }], 0);
    const issued = (
      await client.data<Data>(
        `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens userErrors { code } } }`,
        { input: { round: roundId, count: 2 } },
        officer,
      )
    ).voterTokensIssue as Data;
    expect(issued.userErrors).toEqual([]);
    const [t1] = issued.tokens as string[];
    expect(
      (await cast(undefined, { round: roundId, choices: choices(bidId, ["A"]), voterToken: t1 })).userErrors,
    ).toEqual([]);
    expect(
      (
        (await cast(undefined, { round: roundId, choices: choices(bidId, ["A"]), voterToken: t1 })).userErrors as {
          code: string;
        }[]
      )[0]!.code,
    ).toBe("ALREADY_VOTED");
    const forged = `${round.key}.abcdefghijklmnop.${"x".repeat(43)}`;
    expect(
      (
        (await cast(undefined, { round: roundId, choices: choices(bidId, ["A"]), voterToken: forged })).userErrors as {
          code: string;
        }[]
      )[0]!.code,
    ).toBe("NOT_ELIGIBLE");
    const [participation] = await db.dataSource.getRepository(BallotParticipation).findBy({ roundKey: round.key });
    expect(participation!.voterRef).toBe(`token:${hashToken(t1!)}`);
  });

  it("counts and lists the voter tokens officers issued (how many, by whom, when); others may not see them", async () => {
    const { roundId } = await makeRound({}, [{ id: "A", cost: 6_000 }], 0);
    const account = await db.dataSource.getRepository(UserAccount).save(
      Object.assign(new UserAccount(), {
        email: "issuer@ballot-town.example",
        displayName: "Ballot Town issuer",
        passwordHash: "unusable",
        role: "officer",
        councilKey,
        disabledAt: null,
      }),
    );
    const issuer: Viewer = { kind: "officer", userKey: account.key, councilKey };
    const ISSUE = `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens userErrors { code } } }`;
    const before = Date.now();
    for (const count of [3, 2]) {
      const issued = (await client.data<Data>(ISSUE, { input: { round: roundId, count } }, issuer))
        .voterTokensIssue as Data;
      expect(issued.tokens).toHaveLength(count);
    }
    const ISSUED = `query($id: ID!) { node(id: $id) { ... on Round { voterTokensIssued { total batches { count issuedBy issuedByName issuedAt } } } } }`;
    const seen = ((await client.data<Data>(ISSUED, { id: roundId }, officer)).node as Data).voterTokensIssued as Data;
    expect(seen.total).toBe(5);
    const batches = seen.batches as Data[];
    expect(batches.map((b) => [b.count, b.issuedBy])).toEqual([
      [3, `user:${account.key}`],
      [2, `user:${account.key}`],
    ]);
    expect(batches.map((b) => b.issuedByName)).toEqual(["Ballot Town issuer", "Ballot Town issuer"]);
    for (const b of batches) expect(new Date(b.issuedAt as string).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // A foreign council's officer and an anonymous resident are refused.
    const foreign = await client.run(
      ISSUED,
      { id: roundId },
      { kind: "officer", userKey: 999, councilKey: councilKey + 1 },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await client.run(ISSUED, { id: roundId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("throttles invalid voter tokens per address: 20 guesses, then TOO_MANY_ATTEMPTS with the wait", async () => {
    const { round, roundId, bidId } = await makeRound({}, [{ id: "A", cost: 6_000 }], 0);
    // This test's guesses only: the in-process client's address ("local") starts with its full allowance.
    await defaultThrottle().clear("voterTokenAddress", "local");
    const codes: string[] = [];
    for (let i = 0; i < 22; i++) {
      const forged = `${round.key}.guess${String(i).padStart(11, "0")}.${"y".repeat(43)}`;
      const r = await client.data<Data>(
        `mutation($input: BallotCastInput!) { ballotCast(input: $input) { userErrors { code retryAfterSeconds } } }`,
        { input: { round: roundId, choices: choices(bidId, ["A"]), voterToken: forged } },
      );
      codes.push(((r.ballotCast as Data).userErrors as Data[])[0]!.code as string);
      if (i === 21) {
        const wait = ((r.ballotCast as Data).userErrors as Data[])[0]!.retryAfterSeconds as number;
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(15 * 60);
      }
    }
    const firstRefused = codes.indexOf("TOO_MANY_ATTEMPTS");
    expect(codes.slice(0, firstRefused).every((c) => c === "NOT_ELIGIBLE")).toBe(true);
    expect(firstRefused).toBe(20);
    expect(codes.slice(firstRefused).every((c) => c === "TOO_MANY_ATTEMPTS")).toBe(true);
    // The other tests of this file vote from the same address.
    await defaultThrottle().clear("voterTokenAddress", "local");
  });
});

describe("eligibility questions", () => {
  it("checks the round's questions and records only what the round allows, frozen at voting time", async () => {
    const { round, roundId, bidId, members } = await makeRound(
      {
        allocationParams: {
          ballot: { mixBatch: 2, eligibility: { ageBands: ["16-24", "25-64"], areas: ["north"], record: ["ageBand"] } },
        },
        ballotsChangeable: true,
      },
      [
        { id: "A", cost: 6_000 },
        { id: "B", cost: 3_000 },
      ],
      3,
    );
    const [m1, m2, m3] = members as [Viewer, Viewer, Viewer];
    const errors = (r: Data) =>
      (r.userErrors as { code: string; field: string[] }[]).map((e) => `${e.code}:${e.field.join(".")}`);
    const vote = (m: Viewer, answers: Record<string, string> | undefined, extra: Record<string, unknown> = {}) =>
      cast(m, { round: roundId, choices: choices(bidId, ["A"]), ...(answers ? { answers } : {}), ...extra });
    expect(errors(await vote(m1, undefined))).toEqual([
      "REQUIRED:input.answers.ageBand",
      "REQUIRED:input.answers.area",
    ]);
    expect(errors(await vote(m1, { ageBand: "65+", area: "north" }))).toEqual(["NOT_ELIGIBLE:input.answers.ageBand"]);
    expect(errors(await vote(m1, { ageBand: "16-24", area: "south" }))).toEqual(["NOT_ELIGIBLE:input.answers.area"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(0);
    const first = await vote(m1, { ageBand: "16-24", sex: "female", area: "north" });
    expect(errors(first)).toEqual([]);
    expect(errors(await vote(m2, { ageBand: "25-64", sex: "male", area: "north" }))).toEqual([]);
    // Mixed (k = 2): the age band is kept, sex is not (the round does not record it), the area never.
    const stored = await db.dataSource.getRepository(Ballot).findBy({ roundKey: round.key });
    expect(stored.map((b) => [b.ageBand, b.sex]).sort()).toEqual([
      ["16-24", null],
      ["25-64", null],
    ]);
    // Changing the ballot keeps the answers given when voting.
    expect(errors(await cast(m1, { round: roundId, choices: choices(bidId, ["B"]), receipt: first.receipt }))).toEqual(
      [],
    );
    expect(errors(await vote(m3, { ageBand: "25-64", area: "north" }))).toEqual([]);
    expect(
      ((await client.data<Data>(DECIDE, { input: { round: roundId } }, officer)).decisionTake as Data).userErrors,
    ).toEqual([]);
    const after = await db.dataSource.getRepository(Ballot).findBy({ roundKey: round.key });
    expect(after.map((b) => b.ageBand).sort()).toEqual(["16-24", "25-64", "25-64"]);
    const tally = await db.dataSource.getRepository(VoterTally).findBy({ roundKey: round.key, dimension: "age_band" });
    expect(tally.map((t) => [t.category, t.count]).sort()).toEqual([
      ["16-24", 1],
      ["25-64", 2],
    ]);
  });
});

describe("kiosk sessions", () => {
  it("a kiosk token casts only with a fresh voter code, never alone, never with a receipt, only for its round", async () => {
    const { round, roundId, bidId } = await makeRound({ ballotsChangeable: true }, [{ id: "A", cost: 6_000 }], 0);
    const other = await makeRound({}, [{ id: "A", cost: 6_000 }], 0);
    const start = async (input: Record<string, unknown>) =>
      (
        await client.data<Data>(
          `mutation($input: KioskSessionStartInput!) { kioskSessionStart(input: $input) { kioskToken expiresAt userErrors { code } } }`,
          { input },
          officer,
        )
      ).kioskSessionStart as Data;
    expect((await start({ round: roundId, hours: 25 })).userErrors).toEqual([{ code: "OUT_OF_RANGE" }]);
    const session = await start({ round: roundId, hours: 2 });
    expect(session.userErrors).toEqual([]);
    const hoursLeft = (Date.parse(session.expiresAt as string) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(1.9);
    expect(hoursLeft).toBeLessThanOrEqual(2);
    const kioskToken = session.kioskToken as string;
    const tokens = await issueVoterTokens(client, roundId, officer, 2);
    const codes = async (input: Record<string, unknown>) =>
      (
        (await cast(undefined, { round: roundId, choices: choices(bidId, ["A"]), ...input })).userErrors as {
          code: string;
        }[]
      ).map((e) => e.code);
    expect(await codes({ kioskToken })).toEqual(["NOT_ELIGIBLE"]);
    const first = await cast(undefined, {
      round: roundId,
      choices: choices(bidId, ["A"]),
      kioskToken,
      voterToken: tokens[0],
    });
    expect(first.userErrors).toEqual([]);
    expect(await codes({ kioskToken, voterToken: tokens[0] })).toEqual(["ALREADY_VOTED"]);
    expect(await codes({ kioskToken, voterToken: tokens[0], receipt: first.receipt })).toEqual(["INVALID"]);
    // Another round's kiosk, a forged one, an expired one: refused.
    const foreign = (await start({ round: other.roundId, hours: 1 })).kioskToken as string;
    expect(await codes({ kioskToken: foreign, voterToken: tokens[1] })).toEqual(["NOT_ELIGIBLE"]);
    const parts = kioskToken.split(".");
    const expired = [parts[0], parts[1], String(Math.floor(Date.now() / 1000) - 60), parts[3], parts[4]].join(".");
    expect(await codes({ kioskToken: expired, voterToken: tokens[1] })).toEqual(["NOT_ELIGIBLE"]);
    expect(await db.dataSource.getRepository(BallotParticipation).countBy({ roundKey: round.key })).toBe(1);
  });
});

describe("decisionTake for voting rounds", () => {
  // Pot £100; A £60 (3 approvals), B £30 (3 approvals), C £25 (1 approval).
  // Greedy: B first on the tie (minCost), then A (£90 spent), C does not fit the £10 left → {A, B}.
  // MES: £25 per voter. B: supporters pay £10 each; then A needs £60 from supporters holding £45 → not
  // affordable; C: its one supporter pays £25 → {B, C}.
  const projects = [
    { id: "A", cost: 6_000 },
    { id: "B", cost: 3_000 },
    { id: "C", cost: 2_500 },
  ];
  const ballots = [["A", "B"], ["A", "B"], ["A", "B"], ["C"]];

  async function voteAndDecide(rule: "greedy" | "mes") {
    const { round, roundId, bidId, members } = await makeRound(
      { allocationRule: rule, allocationParams: { tieBreak: ["maxVotes", "minCost"] } },
      projects,
      4,
    );
    for (const [i, b] of ballots.entries())
      expect((await cast(members[i], { round: roundId, choices: choices(bidId, b) })).userErrors).toEqual([]);
    const taken = (await client.data<Data>(DECIDE, { input: { round: roundId } }, officer)).decisionTake as Data;
    expect(taken.userErrors).toEqual([]);
    return { round, roundId, bidId, members, decision: taken.decision as Data };
  }

  it("greedy funds by approvals within the pot and explains each project", async () => {
    const { decision, members, roundId, bidId } = await voteAndDecide("greedy");
    expect(decision.rule).toBe("greedy");
    expect(decision.parameters).toMatchObject({
      rule: "greedy",
      ballotType: "approval",
      pot: { amountMinor: 10_000, currency: "GBP" },
      costUnitMinor: 100,
    });
    expect(decision.result).toMatchObject({
      selected: ["A", "B"],
      selectionOrder: ["B", "A"],
      spentMinor: 9_000,
      ballots: 4,
      votesPerProject: { A: { voters: 3 }, B: { voters: 3 }, C: { voters: 1 } },
    });
    expect((decision.projects as Data[]).map((p) => [p.bid.externalId, p.funded, p.rank, p.score])).toEqual([
      ["B", true, 1, 3],
      ["A", true, 2, 3],
      ["C", false, 3, 1],
    ]);
    expect((decision.projects as Data[])[2]!.explanation).toMatchObject({
      reason: "didNotFit",
      greedy: { budgetLeftWhenReached: 10 },
    });
    expect(decision.verify).toEqual({ matches: true, differences: [] });
    const late = await cast(members[0], { round: roundId, choices: choices(bidId, ["C"]) });
    expect((late.userErrors as { code: string }[]).map((e) => e.code)).toEqual(["VOTING_CLOSED"]);
  });

  it("taking the decision freezes the voting record the analytics read: 3 of 4 ballots include a funded project", async () => {
    const { round } = await voteAndDecide("greedy");
    const [stored] = await db.dataSource.getRepository(Decision).findBy({ roundKey: round.key });
    expect([stored?.ballotCount, stored?.votersWithFundedChoice]).toEqual([4, 3]);
    const tally = await db.dataSource.getRepository(VoterTally).findBy({ roundKey: round.key });
    // Ballots cast in the app record no demographics: 4 "not said" per dimension.
    expect(tally.map((t) => [t.dimension, t.category, t.count]).sort()).toEqual([
      ["age_band", null, 4],
      ["sex", null, 4],
    ]);
    const fairness = await client.data<{ fairness: { proportionality: Data }[] }>(
      `{ fairness(rounds: ["${round.slug}"]) { proportionality { ballots votersWithFundedChoice share } } }`,
    );
    expect(fairness.fairness[0]!.proportionality).toEqual({ ballots: 4, votersWithFundedChoice: 3, share: 0.75 });
  });

  it("stores greedy vs Equal Shares at decision time: projects that differ, voters with a funded project, money vs votes per category", async () => {
    const { round, roundId, bidId, members } = await makeRound(
      { allocationRule: "mes", allocationParams: { tieBreak: ["maxVotes", "minCost"] } },
      [
        { id: "A", cost: 6_000, category: "green" },
        { id: "B", cost: 3_000, category: "play" },
        { id: "C", cost: 2_500, category: "green" },
      ],
      4,
    );
    for (const [i, b] of ballots.entries())
      expect((await cast(members[i], { round: roundId, choices: choices(bidId, b) })).userErrors).toEqual([]);
    expect(
      ((await client.data<Data>(DECIDE, { input: { round: roundId } }, officer)).decisionTake as Data).userErrors,
    ).toEqual([]);
    const money = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
    const fairness = await client.data<{ fairness: { ruleComparison: Data }[] }>(
      `{ fairness(rounds: ["${round.slug}"]) { ruleComparison { greedy mes greedyProportionality mesProportionality onlyGreedy onlyMes categories { category votes voteShare greedyAmount { amountMinor currency } mesAmount { amountMinor currency } } } } }`,
    );
    // Greedy {A, B}: the three A+B voters have a funded project, the C voter not (3/4); MES {B, C}: all four.
    // green = A + C: 3 + 1 votes; greedy gives it A's £60, MES C's £25. play = B: 3 votes, £30 under both.
    expect(fairness.fairness[0]!.ruleComparison).toEqual({
      greedy: [bidId.A, bidId.B],
      mes: [bidId.B, bidId.C],
      greedyProportionality: 0.75,
      mesProportionality: 1,
      onlyGreedy: [bidId.A],
      onlyMes: [bidId.C],
      categories: [
        { category: "green", votes: 4, voteShare: 4 / 7, greedyAmount: money(6_000), mesAmount: money(2_500) },
        { category: "play", votes: 3, voteShare: 3 / 7, greedyAmount: money(3_000), mesAmount: money(3_000) },
      ],
    });
  });

  it("the Method of Equal Shares funds {B, C}; decisionRecompute reports a match, and a tampered decision is caught", async () => {
    const { decision } = await voteAndDecide("mes");
    expect(decision.rule).toBe("mes");
    expect(decision.result).toMatchObject({ selected: ["B", "C"], spentMinor: 5_500 });
    expect((decision.projects as Data[]).filter((p) => p.funded).map((p) => p.bid.externalId)).toEqual(["B", "C"]);
    const recompute = `mutation($input: DecisionRecomputeInput!) { decisionRecompute(input: $input) { verification { matches differences recomputedSelected { externalId } } userErrors { code } } }`;
    const checked = (await client.data<Data>(recompute, { input: { decision: decision.id } }, officer))
      .decisionRecompute as Data;
    expect(checked.verification).toEqual({
      matches: true,
      differences: [],
      recomputedSelected: [{ externalId: "B" }, { externalId: "C" }],
    });
    // Someone edits a stored ballot behind the application's back: the recomputation no longer matches.
    const decisionKey = Number(
      Buffer.from(decision.id as string, "base64url")
        .toString()
        .split(":")[1],
    );
    await db.dataSource.query(
      `UPDATE decision_project SET "funded" = ${db.kind === "postgres" ? "true" : "1"} WHERE "decisionKey" = ${decisionKey} AND "bidKey" = (SELECT "key" FROM bid WHERE "externalId" = 'A' AND "roundKey" = (SELECT "roundKey" FROM decision WHERE "key" = ${decisionKey}))`,
    );
    const tampered = (await client.data<Data>(recompute, { input: { decision: decision.id } }, officer))
      .decisionRecompute as Data;
    expect(tampered.verification.matches).toBe(false);
    expect(tampered.verification.differences).toEqual(["“Project A” is not funded on recomputation, stored funded."]);
  });
});
