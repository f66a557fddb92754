import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { UserAccount } from "../auth/user.entity.js";

// The officer's voting desk: labelled batches of voter codes and how many were used, the paper
// ballots' double entry by serial, and the public split of online and paper ballots once voting closes.

process.env.VOTER_TOKEN_SECRET ??= "test-secret-for-voter-tokens-0123456789";
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ISSUE = `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens userErrors { code field } } }`;
const CAST = `mutation($input: BallotCastInput!) { ballotCast(input: $input) { receipt userErrors { code } } }`;
const ENTER = `mutation($input: PaperBallotEnterInput!) { paperBallotEnter(input: $input) { status userErrors { code } } }`;
const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id } userErrors { code message } } }`;
const DESK = `query($id: ID!) { node(id: $id) { ... on Round {
  voterTokensIssued { total used batches { count label issuedByName } }
  paperBallots { serial status entries enteredBy }
  ballotChannels { total online { value display suppressed } paper { value display suppressed } }
} } }`;
const CHANNELS = `query($id: ID!) { node(id: $id) { ... on Round { ballotsCast ballotChannels { total online { value display suppressed } paper { value display suppressed } } } } }`;

let db: TestDatabase;
let client: TestClient;
let councilKey: number;
let officers: Viewer[];
let roundId: string;
let bidIds: string[];

beforeAll(async () => {
  db = await openTestDatabase();
  client = await TestClient.create(db.dataSource);
  const council = await db.dataSource.getRepository(Council).save(
    Object.assign(new Council(), {
      slug: "desk",
      name: "Desk Council",
      onsCode: null,
      region: null,
      orgIdentifier: null,
    }),
  );
  councilKey = council.key;
  const accounts = await db.dataSource.getRepository(UserAccount).save(
    ["Ada Officer", "Ben Officer", "Cy Officer"].map((displayName, i) =>
      Object.assign(new UserAccount(), {
        email: `o${i}@desk.example`,
        displayName,
        passwordHash: "unusable",
        role: "officer",
        councilKey,
        disabledAt: null,
      }),
    ),
  );
  officers = accounts.map((a) => ({ kind: "officer", userKey: a.key, councilKey }));
  const round = await db.dataSource.getRepository(Round).save(
    Object.assign(new Round(), {
      slug: "desk-pb",
      councilKey,
      areaKey: null,
      title: "Desk PB",
      description: "",
      kind: "participatory_budgeting",
      phase: "deciding",
      theme: "parks",
      targetGroup: null,
      potMinor: 100_000,
      currency: "GBP",
      compensationCurrency: null,
      ballotType: "approval",
      decisionMethod: "voting",
      allocationRule: "greedy",
      allocationParams: null,
      year: 2026,
      opensOn: null,
      closesOn: null,
      panelSize: null,
      lotterySeed: null,
      ballotsChangeable: false,
      dataSource: null,
    }),
  );
  roundId = toGlobalId("Round", round.key);
  const bids = await db.dataSource.getRepository(Bid).save(
    ["P1", "P2"].map((id) =>
      Object.assign(new Bid(), {
        roundKey: round.key,
        providerKey: null,
        externalId: id,
        title: id,
        summary: "",
        category: null,
        amountRequestedMinor: 10_000,
        currency: "GBP",
        status: "submitted",
        extra: null,
      }),
    ),
  );
  bidIds = bids.map((b) => toGlobalId("Bid", b.key));
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

describe("the officer's voting desk", () => {
  it("labels batches, counts the codes used, lists paper ballots by serial and splits online from paper", async () => {
    const [ada, ben, cy] = officers as [Viewer, Viewer, Viewer];
    const issued = (
      await client.data<Data>(ISSUE, { input: { round: roundId, count: 7, label: "  Library, Saturday " } }, ada)
    ).voterTokensIssue as Data;
    expect(issued.userErrors).toEqual([]);
    const codes = issued.tokens as string[];
    expect(codes).toHaveLength(7);
    const second = (await client.data<Data>(ISSUE, { input: { round: roundId, count: 2 } }, ben))
      .voterTokensIssue as Data;
    expect(second.tokens).toHaveLength(2);
    // a label over 80 characters is refused, with nothing issued
    const long = await client.run(ISSUE, { input: { round: roundId, count: 1, label: "x".repeat(81) } }, ada);
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((long.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(["label"]);

    for (const code of codes.slice(0, 6)) {
      const cast = (
        await client.data<Data>(CAST, { input: { round: roundId, voterToken: code, choices: [{ bid: bidIds[0] }] } })
      ).ballotCast as Data;
      expect(cast.userErrors).toEqual([]);
    }
    const enter = async (viewer: Viewer, serial: string, bid: number) =>
      (
        (await client.data<Data>(ENTER, { input: { round: roundId, serial, choices: [{ bid: bidIds[bid] }] } }, viewer))
          .paperBallotEnter as Data
      ).status as string;
    expect(await enter(ada, "P-001", 0)).toBe("PENDING");
    expect(await enter(ben, "P-001", 0)).toBe("COUNTED");
    expect(await enter(ada, "P-002", 0)).toBe("PENDING");
    expect(await enter(ben, "P-002", 1)).toBe("MISMATCH");
    expect(await enter(ben, "P-003", 1)).toBe("PENDING");

    const desk = (await client.data<Data>(DESK, { id: roundId }, cy)).node as Data;
    expect(desk.voterTokensIssued).toEqual({
      total: 9,
      used: 6,
      batches: [
        { count: 7, label: "Library, Saturday", issuedByName: "Ada Officer" },
        { count: 2, label: null, issuedByName: "Ben Officer" },
      ],
    });
    expect(desk.paperBallots).toEqual([
      { serial: "P-001", status: "COUNTED", entries: 2, enteredBy: ["Ada Officer", "Ben Officer"] },
      { serial: "P-002", status: "MISMATCH", entries: 2, enteredBy: ["Ada Officer", "Ben Officer"] },
      { serial: "P-003", status: "PENDING", entries: 1, enteredBy: ["Ben Officer"] },
    ]);
    // officers see exact figures while voting: 6 online, 1 paper counted
    expect(desk.ballotChannels).toEqual({
      total: 7,
      online: { value: 6, display: "6", suppressed: false },
      paper: { value: 1, display: "1", suppressed: false },
    });
    // the public sees nothing while voting is open
    const open = (await client.data<Data>(CHANNELS, { id: roundId })).node as Data;
    expect(open.ballotChannels).toBeNull();
    // the paper list is the council's officers' only
    const anon = await client.run(`query($id: ID!) { node(id: $id) { ... on Round { paperBallots { serial } } } }`, {
      id: roundId,
    });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const foreign = await client.run(
      `query($id: ID!) { node(id: $id) { ... on Round { paperBallots { serial } } } }`,
      { id: roundId },
      { kind: "officer", userKey: 999, councilKey: councilKey + 1 },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // the mismatch is resolved by a third officer agreeing with one reading
    expect(await enter(cy, "P-002", 1)).toBe("COUNTED");
    const taken = (await client.data<Data>(DECIDE, { input: { round: roundId } }, ada)).decisionTake as Data;
    expect(taken.userErrors).toEqual([]);
    // closed: 6 online and 2 paper of 8; 2 is under 5 ("<5") and the other cell would give it away ("[c]")
    const closed = (await client.data<Data>(CHANNELS, { id: roundId })).node as Data;
    expect(closed.ballotsCast).toBe(8);
    expect(closed.ballotChannels).toEqual({
      total: 8,
      online: { value: null, display: "[c]", suppressed: true },
      paper: { value: null, display: "<5", suppressed: true },
    });
  });
});
