import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApolloServer } from "@apollo/server";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createApolloServer } from "../graphql/apollo.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import { fromGlobalId } from "../graphql/node-id.js";
import { AttemptThrottle, THROTTLES } from "../auth/throttle.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Round } from "../round/round.entity.js";
import type { Viewer } from "../auth/actor.js";
import { Proposal } from "./proposal.entity.js";

const CREATE = `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id slug } userErrors { code message } } }`;
const ADVANCE = `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code message } } }`;
const SUBMIT = `mutation($input: ProposalSubmitInput!) { proposalSubmit(input: $input) {
  reference proposal { id title status categories area estimatedCost { amountMinor currency } }
  userErrors { code field message retryAfterSeconds } } }`;
const REVIEW = `mutation($input: ProposalReviewInput!) { proposalReview(input: $input) {
  proposal { id status reviewReason cost { amountMinor } revisedCost { amountMinor } costRevisionReason bid { id title status category amountRequested { amountMinor } } }
  userErrors { code field message } } }`;
const PUBLIC = `query($slug: String!) { round(slug: $slug) {
  proposalsOpen
  acceptedProposals { id title description area categories status reviewReason estimatedCost { amountMinor } cost { amountMinor } costRevisionReason createdAt reviewedAt bid { id } }
  bids { id title status category amountRequested { amountMinor } } } }`;
const STATUS = `query($reference: String!) { proposalStatus(reference: $reference) {
  title status reviewReason estimatedCost { amountMinor } cost { amountMinor } costRevisionReason round { slug } } }`;
const OFFICER_LIST = `query($slug: String!) { round(slug: $slug) { proposals { reference contact sameContactProposals proposal { id title status } } } }`;

interface SubmitData {
  proposalSubmit: {
    reference: string | null;
    proposal: { id: string; title: string; status: string; categories: string[]; area: string | null } | null;
    userErrors: { code: string; field: string[]; message: string; retryAfterSeconds: number | null }[];
  };
}

describe(`residents' proposals for a PB round (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let foreign: Viewer;
  let roundId: string;
  let slug: string;
  let commissioningId: string;

  const benches = {
    title: "Benches on Brixton Hill",
    description: "Six benches so older residents can rest on the walk to the shops.",
    estimatedCost: { amountMinor: 1_200_000, currency: "GBP" },
    area: "Brixton Hill",
    categories: ["Public space", "Older people"],
    contact: "Sam.Resident@Example.org ",
  };
  const garden = {
    title: "A garden at the youth club",
    description: "Raised beds for the youth club to grow food.",
    estimatedCost: { amountMinor: 300_000, currency: "GBP" },
    categories: ["greenery"],
    contact: "07700 900456",
  };

  async function submit(input: Record<string, unknown>, viewer?: Viewer) {
    return (await client.data<SubmitData>(SUBMIT, { input: { round: roundId, ...input } }, viewer)).proposalSubmit;
  }

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    const councils = db.dataSource.getRepository(Council);
    const lambeth = await councils.findOneByOrFail({ slug: "lambeth" });
    const southwark = await councils.findOneByOrFail({ slug: "southwark" });
    const users = db.dataSource.getRepository(UserAccount);
    const own = await users.findOneByOrFail({ councilKey: lambeth.key, role: "officer" });
    const other = await users.findOneByOrFail({ councilKey: southwark.key, role: "officer" });
    officer = { kind: "officer", userKey: own.key, councilKey: lambeth.key };
    foreign = { kind: "officer", userKey: other.key, councilKey: southwark.key };
    const created = await client.data<{ roundCreate: { round: { id: string; slug: string } } }>(
      CREATE,
      {
        input: {
          title: "Brixton ideas fund",
          kind: "PARTICIPATORY_BUDGETING",
          theme: "participatory_budgeting",
          potMinor: 5_000_000,
          currency: "GBP",
          decisionMethod: "VOTING",
          ballotType: "APPROVAL",
          allocationRule: "GREEDY",
          year: 2026,
        },
      },
      officer,
    );
    roundId = created.roundCreate.round.id;
    slug = created.roundCreate.round.slug;
    const commissioning = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ councilKey: lambeth.key, kind: "commissioning" });
    commissioningId = commissioning.id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("takes no proposal before the round is BIDDING, nor for a commissioning round", async () => {
    const early = await submit(benches);
    expect(early.userErrors.map((e) => e.code)).toEqual(["WRONG_PHASE"]);
    const closed = await client.data<{ round: { proposalsOpen: boolean } }>(PUBLIC, { slug });
    expect(closed.round.proposalsOpen).toBe(false);
    const commissioning = await client.data<SubmitData>(SUBMIT, { input: { ...benches, round: commissioningId } });
    expect(commissioning.proposalSubmit.userErrors.map((e) => [e.code, e.field.join(".")])).toEqual([
      ["INVALID", "input.round"],
    ]);
    expect(await db.dataSource.getRepository(Proposal).count()).toBe(0);

    const advanced = await client.data<{ roundAdvancePhase: { round: { phase: string } } }>(
      ADVANCE,
      { input: { round: roundId, to: "BIDDING" } },
      officer,
    );
    expect(advanced.roundAdvancePhase.round.phase).toBe("BIDDING");
    const open = await client.data<{ round: { proposalsOpen: boolean } }>(PUBLIC, { slug });
    expect(open.round.proposalsOpen).toBe(true);
  });

  it("refuses a bad proposal field by field, with codes, writing nothing", async () => {
    const bad = await submit({
      ...benches,
      title: " ",
      estimatedCost: { amountMinor: 5_000_001, currency: "GBP" },
      categories: ["Sport", "sport "],
    });
    expect(bad.reference).toBeNull();
    expect(bad.userErrors.map((e) => [e.code, e.field.join(".")])).toEqual([
      ["REQUIRED", "input.title"],
      ["EXCEEDS_POT", "input.estimatedCost"],
      ["DUPLICATE", "input.categories"],
    ]);
    const euros = await submit({ ...benches, estimatedCost: { amountMinor: 100, currency: "EUR" } });
    expect(euros.userErrors.map((e) => e.code)).toEqual(["CURRENCY_MISMATCH"]);
    expect(await db.dataSource.getRepository(Proposal).count()).toBe(0);
  });

  it("takes a resident's proposal with two categories, keeps the contact private and hashed, gives a reference", async () => {
    const taken = await submit(benches);
    expect(taken.userErrors).toEqual([]);
    expect(taken.reference).toMatch(/^PB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(taken.proposal).toMatchObject({
      title: "Benches on Brixton Hill",
      status: "SUBMITTED",
      categories: ["public space", "older people"],
      area: "Brixton Hill",
    });
    const row = await db.dataSource.getRepository(Proposal).findOneByOrFail({ reference: taken.reference! });
    expect(row.contact).toBe("Sam.Resident@Example.org");
    const roundKey = fromGlobalId(roundId)!.id;
    const expectedHash = createHash("sha256")
      .update(`applicant-contact:${roundKey}:email:sam.resident@example.org`, "utf8")
      .digest("hex");
    expect(row.contactHash).toBe(expectedHash);
    // The audit log records the proposal but not who made it.
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneByOrFail({ action: "proposalSubmit", entityId: String(row.key) });
    expect(JSON.stringify(audit)).not.toMatch(/example\.org|PB-/i);

    const second = await submit(garden);
    expect(second.userErrors).toEqual([]);
    // The same person again (contact typed differently): counted for the officer.
    const again = await submit({ ...garden, title: "Another garden", contact: "sam.resident@example.org" });
    expect(again.userErrors).toEqual([]);
    const list = await client.data<{
      round: {
        proposals: {
          reference: string;
          contact: string | null;
          sameContactProposals: number;
          proposal: { title: string; status: string };
        }[];
      };
    }>(OFFICER_LIST, { slug }, officer);
    expect(list.round.proposals.map((p) => [p.proposal.title, p.proposal.status, p.sameContactProposals])).toEqual([
      ["Benches on Brixton Hill", "SUBMITTED", 2],
      ["A garden at the youth club", "SUBMITTED", 1],
      ["Another garden", "SUBMITTED", 2],
    ]);
    expect(list.round.proposals[0]!.contact).toBe("Sam.Resident@Example.org");
    expect(list.round.proposals[0]!.reference).toBe(taken.reference);
  });

  it("shows the officers' list to the round's own council only", async () => {
    const anonymous = await client.run(OFFICER_LIST, { slug });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const intruder = await client.run(OFFICER_LIST, { slug }, foreign);
    expect(intruder.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("lets the proposer check their proposal by reference, typed loosely", async () => {
    const row = await db.dataSource.getRepository(Proposal).findOneByOrFail({ title: "Benches on Brixton Hill" });
    const typed = row.reference.toLowerCase().replace("-", " ");
    const found = await client.data<{ proposalStatus: { title: string; status: string; reviewReason: string | null } }>(
      STATUS,
      { reference: typed },
    );
    expect(found.proposalStatus).toMatchObject({
      title: "Benches on Brixton Hill",
      status: "SUBMITTED",
      reviewReason: null,
    });
    const unknown = await client.data<{ proposalStatus: null }>(STATUS, { reference: "PB-0000-0000" });
    expect(unknown.proposalStatus).toBeNull();
  });

  it("accepts one onto the ballot at a revised cost, rejects another with a reason, once each", async () => {
    const repo = db.dataSource.getRepository(Proposal);
    const benchesRow = await repo.findOneByOrFail({ title: "Benches on Brixton Hill" });
    const gardenRow = await repo.findOneByOrFail({ title: "A garden at the youth club" });
    const bidsBefore = await db.dataSource.getRepository(Bid).countBy({ roundKey: benchesRow.roundKey });

    // A revised cost needs its reason: nothing written.
    const missing = await client.data<{ proposalReview: { userErrors: { code: string; field: string[] }[] } }>(
      REVIEW,
      {
        input: {
          proposal: benchesRow.id,
          outcome: "accepted",
          reason: "Feasible.",
          revisedCost: { amountMinor: 1_500_000, currency: "GBP" },
        },
      },
      officer,
    );
    expect(missing.proposalReview.userErrors.map((e) => [e.code, e.field.join(".")])).toEqual([
      ["REQUIRED", "input.costReason"],
    ]);
    expect((await repo.findOneByOrFail({ key: benchesRow.key })).status).toBe("submitted");

    type Reviewed = {
      proposalReview: {
        proposal: {
          status: string;
          reviewReason: string;
          cost: { amountMinor: number };
          revisedCost: { amountMinor: number } | null;
          costRevisionReason: string | null;
          bid: {
            id: string;
            title: string;
            status: string;
            category: string | null;
            amountRequested: { amountMinor: number };
          } | null;
        } | null;
        userErrors: { code: string }[];
      };
    };
    const accepted = await client.data<Reviewed>(
      REVIEW,
      {
        input: {
          proposal: benchesRow.id,
          outcome: "accepted",
          reason: "A good idea we can deliver.",
          revisedCost: { amountMinor: 1_500_000, currency: "GBP" },
          costReason: "Fixing benches to the pavement costs more.",
        },
      },
      officer,
    );
    expect(accepted.proposalReview.userErrors).toEqual([]);
    expect(accepted.proposalReview.proposal).toMatchObject({
      status: "ACCEPTED",
      reviewReason: "A good idea we can deliver.",
      cost: { amountMinor: 1_500_000 },
      revisedCost: { amountMinor: 1_500_000 },
      costRevisionReason: "Fixing benches to the pavement costs more.",
      bid: {
        title: "Benches on Brixton Hill",
        status: "SUBMITTED",
        category: "public space,older people",
        amountRequested: { amountMinor: 1_500_000 },
      },
    });
    const rejected = await client.data<Reviewed>(
      REVIEW,
      { input: { proposal: gardenRow.id, outcome: "rejected", reason: "The youth club is not council land." } },
      officer,
    );
    expect(rejected.proposalReview.proposal).toMatchObject({ status: "REJECTED", bid: null });
    expect(await db.dataSource.getRepository(Bid).countBy({ roundKey: benchesRow.roundKey })).toBe(bidsBefore + 1);

    const again = await client.data<Reviewed>(
      REVIEW,
      { input: { proposal: gardenRow.id, outcome: "accepted", reason: "Changed my mind." } },
      officer,
    );
    expect(again.proposalReview.userErrors.map((e) => e.code)).toEqual(["FROZEN"]);

    const audits = await db.dataSource.getRepository(AuditLogEntry).findBy({ action: "proposalReview" });
    expect(audits.map((a) => [a.entityId, a.actor])).toEqual([
      [String(benchesRow.key), `user:${officer.userKey}`],
      [String(gardenRow.key), `user:${officer.userKey}`],
    ]);
  });

  it("lists accepted proposals publicly and puts them on the ballot, without personal data", async () => {
    const data = await client.data<{
      round: {
        acceptedProposals: { title: string; cost: { amountMinor: number }; bid: { id: string } }[];
        bids: { id: string; title: string; status: string; category: string | null }[];
      };
    }>(PUBLIC, { slug });
    expect(data.round.acceptedProposals.map((p) => [p.title, p.cost.amountMinor])).toEqual([
      ["Benches on Brixton Hill", 1_500_000],
    ]);
    expect(data.round.bids.map((b) => [b.title, b.status, b.category])).toEqual([
      ["Benches on Brixton Hill", "SUBMITTED", "public space,older people"],
    ]);
    expect(data.round.bids[0]!.id).toBe(data.round.acceptedProposals[0]!.bid.id);
    const refs = (await db.dataSource.getRepository(Proposal).find()).map((p) => p.reference);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/example\.org|07700|900456/i);
    for (const r of refs) expect(text).not.toContain(r);
    // No field of the public type can carry the contact or the reference.
    const type = await client.data<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Proposal") { fields { name } } }`,
    );
    const names = type.__type.fields.map((f) => f.name);
    expect(names).toContain("title");
    expect(names.filter((n) => /contact|reference|reviewedBy/i.test(n))).toEqual([]);
  });

  it("tells each proposer the outcome and the reason", async () => {
    const repo = db.dataSource.getRepository(Proposal);
    const benchesRow = await repo.findOneByOrFail({ title: "Benches on Brixton Hill" });
    const gardenRow = await repo.findOneByOrFail({ title: "A garden at the youth club" });
    type Status = {
      proposalStatus: {
        status: string;
        reviewReason: string;
        cost: { amountMinor: number };
        costRevisionReason: string | null;
        round: { slug: string };
      };
    };
    const a = await client.data<Status>(STATUS, { reference: benchesRow.reference });
    expect(a.proposalStatus).toMatchObject({
      status: "ACCEPTED",
      cost: { amountMinor: 1_500_000 },
      costRevisionReason: "Fixing benches to the pavement costs more.",
      round: { slug },
    });
    const r = await client.data<Status>(STATUS, { reference: gardenRow.reference });
    expect(r.proposalStatus).toMatchObject({ status: "REJECTED", reviewReason: "The youth club is not council land." });
    expect(JSON.stringify(r)).not.toMatch(/07700/);
  });

  it("finds an accepted proposal in search (as the ballot project it became)", async () => {
    const found = await client.data<{ search: { edges: { node: { __typename: string; title?: string } }[] } }>(
      `query { search(query: "benches brixton") { edges { node { __typename ... on Bid { title } } } } }`,
    );
    expect(found.search.edges.map((e) => e.node.title)).toContain("Benches on Brixton Hill");
    const rejected = await client.data<{ search: { edges: { node: { title?: string } }[] } }>(
      `query { search(query: "youth club garden") { edges { node { ... on Bid { title } } } } }`,
    );
    expect(rejected.search.edges.map((e) => e.node.title)).not.toContain("A garden at the youth club");
  });

  describe("flood protection", () => {
    let apollo: ApolloServer<GraphQLContext>;
    beforeAll(async () => {
      apollo = await createApolloServer({});
    });
    afterAll(async () => {
      await apollo.stop();
    });
    async function exec<T>(
      query: string,
      variables: Record<string, unknown>,
      address: string,
      throttle: AttemptThrottle,
    ) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.dataSource, { kind: "anonymous" }, address, undefined, throttle) },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as { data?: T; errors?: { extensions?: Record<string, unknown> }[] };
    }

    it("limits anonymous proposals per address; a refused one writes nothing", async () => {
      const throttle = AttemptThrottle.memory({ ...THROTTLES, proposeAddress: { points: 2, duration: 60 } });
      const input = { ...garden, round: roundId, title: "Flood" };
      for (let i = 0; i < 2; i++) {
        const ok = await exec<SubmitData>(SUBMIT, { input }, "198.51.100.7", throttle);
        expect(ok.data?.proposalSubmit.userErrors).toEqual([]);
      }
      const before = await db.dataSource.getRepository(Proposal).count();
      const refused = await exec<SubmitData>(SUBMIT, { input }, "198.51.100.7", throttle);
      const error = refused.data!.proposalSubmit.userErrors[0]!;
      expect(error.code).toBe("TOO_MANY_ATTEMPTS");
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.data!.proposalSubmit.reference).toBeNull();
      expect(await db.dataSource.getRepository(Proposal).count()).toBe(before);
      const elsewhere = await exec<SubmitData>(SUBMIT, { input }, "198.51.100.8", throttle);
      expect(elsewhere.data?.proposalSubmit.userErrors).toEqual([]);
    });

    it("limits guessing reference codes per address", async () => {
      const throttle = AttemptThrottle.memory({ ...THROTTLES, proposalStatusAddress: { points: 2, duration: 60 } });
      const real = (await db.dataSource.getRepository(Proposal).findOneByOrFail({ title: "Benches on Brixton Hill" }))
        .reference;
      // Right codes cost nothing.
      for (let i = 0; i < 3; i++) {
        const ok = await exec<{ proposalStatus: { status: string } }>(
          STATUS,
          { reference: real },
          "203.0.113.5",
          throttle,
        );
        expect(ok.data?.proposalStatus.status).toBe("ACCEPTED");
      }
      for (const guess of ["PB-0000-0001", "not a code"]) {
        const miss = await exec<{ proposalStatus: null }>(STATUS, { reference: guess }, "203.0.113.5", throttle);
        expect(miss.data?.proposalStatus).toBeNull();
      }
      const refused = await exec(STATUS, { reference: real }, "203.0.113.5", throttle);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    });
  });
});
