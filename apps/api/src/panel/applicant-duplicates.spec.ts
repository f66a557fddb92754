import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { createApp, type App } from "../server/app.js";
import { Applicant } from "./applicant.entity.js";
import { ApplicantContactHash } from "./applicant-contact.entity.js";
import { contactHash, normaliseContact } from "./applicant-contact.js";
import { createRecruitingRound, officerOf } from "./recruiting-round.fixture.js";
import { decodeIdOf } from "../graphql/ids.js";

interface Applied {
  applicantApply: {
    applicant: { id: string; pseudonym: string; possibleDuplicateOf: { pseudonym: string } | null } | null;
    userErrors: { code: string; field: string[] | null; retryAfterSeconds: number | null }[];
  };
}

const APPLY = `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id pseudonym possibleDuplicateOf { pseudonym } } userErrors { code field retryAfterSeconds } } }`;

describe("normalised contact details", () => {
  it("reads emails without case or spaces and phones by their digits (a UK +44 as 0)", () => {
    expect(normaliseContact("  Ana.Silva@Example.ORG ")).toBe("email:ana.silva@example.org");
    expect(normaliseContact("+44 7700 900123")).toBe("phone:07700900123");
    expect(normaliseContact("07700-900-123")).toBe("phone:07700900123");
    expect(normaliseContact("(020) 7946 0018")).toBe("phone:02079460018");
    expect(normaliseContact("   ")).toBeNull();
    expect(contactHash(1, "ANA.SILVA@example.org")).toBe(contactHash(1, "ana.silva@example.org "));
    // Per round: the same person in two rounds is not a duplicate.
    expect(contactHash(1, "ana.silva@example.org")).not.toBe(contactHash(2, "ana.silva@example.org"));
    expect(contactHash(1, null)).toBeNull();
  });
});

describe("anonymous applications: duplicates and the per-address limit", () => {
  let db: TestDatabase;
  let client: TestClient;
  let app: App;
  let server: Server;
  let base: string;
  let round: string;
  let officer: Awaited<ReturnType<typeof officerOf>>;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    app = await createApp(db.dataSource, { webDist: "/nonexistent" });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    officer = await officerOf(db.dataSource, "lambeth");
    round = await createRecruitingRound(client, db.dataSource, officer, "duplicates-round");
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await client.stop();
    await db.close();
  });

  const application = (contact: string) => ({ round, contact, consent: true, eligible: true });

  it("refuses a resident's second application with the same contact details (DUPLICATE_APPLICATION)", async () => {
    const first = (await client.data<Applied>(APPLY, { input: application("Sam.Jones@example.org") })).applicantApply;
    expect(first.userErrors).toEqual([]);
    const again = (await client.data<Applied>(APPLY, { input: application("  sam.jones@EXAMPLE.org") })).applicantApply;
    expect(again.applicant).toBeNull();
    expect(again.userErrors).toEqual([
      { code: "DUPLICATE_APPLICATION", field: ["input", "contact"], retryAfterSeconds: null },
    ]);
    const phone = (await client.data<Applied>(APPLY, { input: application("+44 7700 900456") })).applicantApply;
    expect(phone.userErrors).toEqual([]);
    const phoneAgain = (await client.data<Applied>(APPLY, { input: application("07700 900 456") })).applicantApply;
    expect(phoneAgain.userErrors.map((e) => e.code)).toEqual(["DUPLICATE_APPLICATION"]);
    const roundKey = decodeIdOf("Round", round, "round");
    expect(await db.dataSource.getRepository(Applicant).countBy({ roundKey })).toBe(2);
  });

  it("accepts an officer's paper entry with the same details, flagged for officers only", async () => {
    const entered = (await client.data<Applied>(APPLY, { input: application("SAM.JONES@example.org") }, officer))
      .applicantApply;
    expect(entered.userErrors).toEqual([]);
    expect(entered.applicant?.possibleDuplicateOf).toEqual({ pseudonym: "A-001" });
    const id = entered.applicant?.id ?? "";
    const key = decodeIdOf("Applicant", id, "id");
    const row = await db.dataSource.getRepository(ApplicantContactHash).findOneByOrFail({ applicantKey: key });
    expect(row.contactHash).toBe(contactHash(decodeIdOf("Round", round, "round"), "sam.jones@example.org"));
    // Raw contact data is not in the hash table.
    expect(JSON.stringify(row)).not.toContain("sam.jones");
    // Anyone else sees no flag.
    const NODE = `query($id: ID!) { node(id: $id) { ... on Applicant { possibleDuplicateOf { pseudonym } } } }`;
    const seen = await client.run<{ node: { possibleDuplicateOf?: { pseudonym: string } | null } | null }>(NODE, {
      id,
    });
    expect(seen.data?.node?.possibleDuplicateOf ?? null).toBeNull();
  });

  it("limits anonymous applications from one address: 10 an hour, then TOO_MANY_ATTEMPTS", async () => {
    const codes: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(base, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: APPLY, variables: { input: application(`flood${i}@example.org`) } }),
      });
      const body = (await res.json()) as { data: Applied };
      codes.push(body.data.applicantApply.userErrors[0]?.code ?? null);
    }
    expect(codes).toEqual([...Array<null>(10).fill(null), "TOO_MANY_ATTEMPTS", "TOO_MANY_ATTEMPTS"]);
  });
});
