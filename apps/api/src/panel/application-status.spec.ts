import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApolloServer } from "@apollo/server";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createApolloServer } from "../graphql/apollo.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import { AttemptThrottle, THROTTLES } from "../auth/throttle.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Applicant } from "./applicant.entity.js";
import { createRecruitingRound, officerOf } from "./recruiting-round.fixture.js";

// 4 women, 8 men; 2 + 2 seats: each woman's chance is 2/4, each man's 2/8 (the maximin draw gives exactly that).
const POOL = [
  ...Array.from({ length: 4 }, (_, i) => ({ pseudonym: `F-${i + 1}`, sex: "Female" })),
  ...Array.from({ length: 8 }, (_, i) => ({ pseudonym: `M-${i + 1}`, sex: "Male" })),
];
const EXPECTED_CHANCE = { Female: 2 / 4, Male: 2 / 8 };
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 2, max: 2 },
  { dimension: "sex", category: "Male", min: 2, max: 2 },
];
const REFERENCE_FORMAT = /^AP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const today = () => new Date().toISOString().slice(0, 10);

const APPLY = `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { pseudonym } reference userErrors { code } } }`;
const STATUS = `query($round: ID!, $reference: String!) { applicationStatus(round: $round, reference: $reference) {
  status rejectionReason selectionProbability drawCommitted drawn } }`;
const PUBLIC = `query($id: ID!) { round(id: $id) { panelDraw { probabilities { min median max } } lottery { probabilities { min median max } } } }`;
const OFFICER_VIEW = `query($id: ID!) { round(id: $id) { lottery { selections { applicant { pseudonym } probability selected } } } }`;

interface Status {
  status: string;
  rejectionReason: string | null;
  selectionProbability: number | null;
  drawCommitted: boolean;
  drawn: boolean;
}
type Spread = { min: number; median: number; max: number } | null;

describe("an applicant's own status and chance of selection (applicationStatus)", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let round: string;
  let otherRound: string;
  const references = new Map<string, string>();
  let otherReference: string;

  const status = (reference: string, r = round) =>
    client.run<{ applicationStatus: Status }>(STATUS, { round: r, reference });
  const errorCodes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.map((e) => e.extensions?.code);

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
    round = await createRecruitingRound(client, db.dataSource, officer, "app-status");
    otherRound = await createRecruitingRound(client, db.dataSource, officer, "app-status-other");
    // Officers entering paper applications get a code to hand over, like residents applying online.
    for (const a of POOL) {
      const r = await client.data<{ applicantApply: { reference: string | null; userErrors: unknown[] } }>(
        APPLY,
        { input: { round, ...a, consent: true, eligible: true } },
        officer,
      );
      expect(r.applicantApply.userErrors).toEqual([]);
      references.set(a.pseudonym, r.applicantApply.reference!);
    }
    const other = await client.data<{ applicantApply: { reference: string | null } }>(APPLY, {
      input: { round: otherRound, sex: "Female", consent: true, eligible: true },
    });
    otherReference = other.applicantApply.reference!;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("gives every applicant a distinct, unguessable reference code, storing only its hash", async () => {
    const all = [...references.values(), otherReference];
    for (const code of all) expect(code).toMatch(REFERENCE_FORMAT);
    expect(new Set(all).size).toBe(all.length);
    const rows = await db.dataSource.getRepository(Applicant).find({ where: { round: { slug: "app-status" } } });
    expect(rows).toHaveLength(POOL.length);
    for (const row of rows) {
      const code = references.get(row.pseudonym)!;
      const expected = createHash("sha256").update(`application:${code}`, "utf8").digest("hex");
      expect(row.referenceHash).toBe(expected);
      // The code itself is nowhere in the row, nor in the audit log.
      expect(JSON.stringify(row)).not.toContain(code);
      expect(JSON.stringify(row)).not.toContain(code.replace(/-/g, ""));
    }
    const audit = JSON.stringify(await db.dataSource.getRepository(AuditLogEntry).find());
    for (const code of all) expect(audit).not.toContain(code);
    // A failed application gets no code.
    const refused = await client.data<{ applicantApply: { reference: string | null; userErrors: { code: string }[] } }>(
      APPLY,
      { input: { round, sex: "Female", consent: false, eligible: true } },
    );
    expect(refused.applicantApply.userErrors.map((e) => e.code)).toEqual(["REQUIRED"]);
    expect(refused.applicantApply.reference).toBeNull();
  });

  it("before the commitment: the status, no chance yet; codes work only in their own round", async () => {
    const code = references.get("F-1")!;
    const before = await status(code);
    expect(before.errors).toBeUndefined();
    expect(before.data!.applicationStatus).toEqual({
      status: "applied",
      rejectionReason: null,
      selectionProbability: null,
      drawCommitted: false,
      drawn: false,
    });
    // Typed as a person would: lower case, spaces, no prefix.
    const typed = await status(` ${code.slice(3).toLowerCase().replace(/-/g, " ")} `);
    expect(typed.data?.applicationStatus.status).toBe("applied");
    // Another round's code, a wrong code, a malformed one: NOT_FOUND, coded, nothing leaked.
    for (const [reference, r] of [
      [otherReference, round],
      [code, otherRound],
      ["AP-0000-0000-0000", round],
      ["not a code", round],
    ] as const) {
      const miss = await status(reference, r);
      expect(errorCodes(miss)).toEqual(["NOT_FOUND"]);
      expect(miss.data?.applicationStatus ?? null).toBeNull();
      expect(JSON.stringify(miss.errors)).not.toMatch(/stack|at \w+ \(/);
    }
  });

  it("tells a rejected applicant the officer's reason", async () => {
    const m8 = await db.dataSource
      .getRepository(Applicant)
      .findOneByOrFail({ pseudonym: "M-8", round: { slug: "app-status" } });
    const review = await client.data<{ applicantReview: { userErrors: unknown[] } }>(
      `mutation($input: ApplicantReviewInput!) { applicantReview(input: $input) { userErrors { code } } }`,
      { input: { applicant: m8.id, accept: false, reason: "You live outside the borough." } },
      officer,
    );
    expect(review.applicantReview.userErrors).toEqual([]);
    const rejected = await status(references.get("M-8")!);
    expect(rejected.data!.applicationStatus).toMatchObject({
      status: "rejected",
      rejectionReason: "You live outside the borough.",
      selectionProbability: null,
    });
    // Accepted again: back in the pool (the test's pool stays 4 women and 8 men).
    const back = await client.data<{ applicantReview: { userErrors: unknown[] } }>(
      `mutation($input: ApplicantReviewInput!) { applicantReview(input: $input) { userErrors { code } } }`,
      { input: { applicant: m8.id, accept: true } },
      officer,
    );
    expect(back.applicantReview.userErrors).toEqual([]);
    expect((await status(references.get("M-8")!)).data!.applicationStatus.status).toBe("applied");
  });

  it("from the commitment on: each applicant's chance, and publicly min/median/max — the same the draw then gives", async () => {
    const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: QUOTAS } },
      officer,
    );
    expect(q.panelQuotasSet.userErrors).toEqual([]);
    const publicBefore = await client.data<{ round: { panelDraw: { probabilities: Spread } | null } }>(PUBLIC, {
      id: round,
    });
    expect(publicBefore.round.panelDraw).toBeNull();
    const committed = await client.data<{ panelDrawCommit: { userErrors: unknown[] } }>(
      `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) { userErrors { code message } } }`,
      { input: { round, randomnessDate: today(), randomnessSource: "Dice thrown at the public meeting" } },
      officer,
    );
    expect(committed.panelDrawCommit.userErrors).toEqual([]);

    const chances = new Map<string, number>();
    for (const a of POOL) {
      const s = (await status(references.get(a.pseudonym)!)).data!.applicationStatus;
      expect(s).toMatchObject({ status: "applied", drawCommitted: true, drawn: false });
      expect(s.selectionProbability).toBeCloseTo(EXPECTED_CHANCE[a.sex as "Female" | "Male"], 9);
      chances.set(a.pseudonym, s.selectionProbability!);
    }
    // Public before the draw: women 1/2, men 1/4 → min 1/4, median (6th and 7th of 12: men) 1/4, max 1/2.
    const publicCommitted = await client.data<{
      round: { panelDraw: { probabilities: Spread }; lottery: { probabilities: Spread } };
    }>(PUBLIC, { id: round });
    for (const spread of [publicCommitted.round.panelDraw.probabilities, publicCommitted.round.lottery.probabilities]) {
      expect(spread!.min).toBeCloseTo(0.25, 9);
      expect(spread!.median).toBeCloseTo(0.25, 9);
      expect(spread!.max).toBeCloseTo(0.5, 9);
    }

    // The commitment's audit entry records the spread it published.
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelDrawCommit" }, order: { key: "DESC" } });
    const audited = (audit.after as { probabilities: { min: number; median: number; max: number } }).probabilities;
    expect(audited.min).toBeCloseTo(0.25, 9);
    expect(audited.median).toBeCloseTo(0.25, 9);
    expect(audited.max).toBeCloseTo(0.5, 9);

    const drawn = await client.data<{ panelSelect: { quotasMet: boolean; userErrors: unknown[] } }>(
      `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code message } } }`,
      { input: { round, seed: "dice 6 1 4 4 2" } },
      officer,
    );
    expect(drawn.panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const view = await client.data<{
      round: {
        lottery: { selections: { applicant: { pseudonym: string }; probability: number; selected: boolean }[] };
      };
    }>(OFFICER_VIEW, { id: round }, officer);
    const selections = view.round.lottery.selections;
    expect(selections).toHaveLength(POOL.length);
    for (const sel of selections) {
      // What the applicant was told before the draw is exactly what the draw stored.
      expect(sel.probability).toBe(chances.get(sel.applicant.pseudonym));
      const after = (await status(references.get(sel.applicant.pseudonym)!)).data!.applicationStatus;
      expect(after).toEqual({
        status: sel.selected ? "selected" : "reserve",
        rejectionReason: null,
        selectionProbability: sel.probability,
        drawCommitted: true,
        drawn: true,
      });
    }
    expect(selections.filter((s) => s.selected)).toHaveLength(4);
  });

  describe("guessing codes", () => {
    let apollo: ApolloServer<GraphQLContext>;
    beforeAll(async () => {
      apollo = await createApolloServer({});
    });
    afterAll(async () => {
      await apollo.stop();
    });
    async function exec(reference: string, address: string, throttle: AttemptThrottle) {
      const response = await apollo.executeOperation(
        { query: STATUS, variables: { round, reference } },
        { contextValue: createContext(db.dataSource, { kind: "anonymous" }, address, undefined, throttle) },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as {
        data?: { applicationStatus: Status } | null;
        errors?: { extensions?: Record<string, unknown> }[];
      };
    }

    it("throttles an address after repeated unknown codes; right codes cost nothing", async () => {
      const throttle = AttemptThrottle.memory({ ...THROTTLES, applicationStatusAddress: { points: 3, duration: 60 } });
      const real = references.get("M-1")!;
      for (let i = 0; i < 4; i++) expect((await exec(real, "203.0.113.9", throttle)).errors).toBeUndefined();
      for (const guess of ["AP-0000-0000-0001", "AP-0000-0000-0002", "nonsense"])
        expect(errorCodes(await exec(guess, "203.0.113.9", throttle))).toEqual(["NOT_FOUND"]);
      // Now even the right code is refused from that address, with the wait…
      const refused = await exec(real, "203.0.113.9", throttle);
      expect(errorCodes(refused)).toEqual(["RATE_LIMITED"]);
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.data?.applicationStatus ?? null).toBeNull();
      // …while another address is not affected.
      expect((await exec(real, "198.51.100.20", throttle)).data?.applicationStatus.status).toMatch(
        /^(selected|reserve)$/,
      );
    });
  });
});
