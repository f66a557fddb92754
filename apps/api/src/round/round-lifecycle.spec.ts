import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";

const CREATE = `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id slug phase pot { amountMinor currency formatted } compensationCurrency council { slug } } userErrors { code field message } } }`;
const ADVANCE = `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { round { phase } userErrors { code field message } } }`;

interface Payload {
  round: {
    id: string;
    slug: string;
    phase: string;
    pot: { amountMinor: number; currency: string; formatted: string };
  } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

describe("round lifecycle: roundCreate and roundAdvancePhase", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    const hackney = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "hackney" });
    const user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: hackney.key });
    officer = { kind: "officer", userKey: user.key, councilKey: hackney.key };
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const base = {
    title: "Youth voice fund",
    theme: "youth",
    potMinor: 3_200_000,
    currency: "GBP",
    compensationCurrency: "BRX",
    year: 2025,
  };

  it("creates a DRAFT round in the officer's council, with an audit entry", async () => {
    const { roundCreate } = await client.data<{ roundCreate: Payload }>(CREATE, { input: base }, officer);
    expect(roundCreate.userErrors).toEqual([]);
    expect(roundCreate.round).toMatchObject({
      slug: "youth-voice-fund-2025",
      phase: "DRAFT",
      pot: { amountMinor: 3_200_000, currency: "GBP", formatted: "£32,000" },
      council: { slug: "hackney" },
    });
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findBy({ action: "roundCreate", councilKey: officer.councilKey! });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe(`user:${officer.userKey}`);
  });

  it("validates the pot (integer minor units > 0) and the currencies, writing nothing", async () => {
    const before = await db.dataSource.getRepository(AuditLogEntry).count();
    const { roundCreate } = await client.data<{ roundCreate: Payload }>(
      CREATE,
      { input: { ...base, slug: "bad-round", potMinor: 0, currency: "XYZ", compensationCurrency: "QQQ" } },
      officer,
    );
    expect(roundCreate.round).toBeNull();
    expect(roundCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["OUT_OF_RANGE", ["input", "potMinor"]],
      ["INVALID", ["input", "currency"]],
      ["INVALID", ["input", "compensationCurrency"]],
    ]);
    const dup = await client.data<{ roundCreate: Payload }>(CREATE, { input: base }, officer);
    expect(dup.roundCreate.userErrors[0]?.code).toBe("DUPLICATE");
    expect(await db.dataSource.getRepository(AuditLogEntry).count()).toBe(before);
    const anonymous = await client.run(CREATE, { input: base });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("moves through allowed phases and refuses others with TRANSITION_NOT_ALLOWED naming current and allowed phases", async () => {
    const { roundCreate } = await client.data<{ roundCreate: Payload }>(
      CREATE,
      { input: { ...base, slug: "lifecycle-walk" } },
      officer,
    );
    const round = roundCreate.round!.id;
    const refused = await client.data<{ roundAdvancePhase: Payload }>(
      ADVANCE,
      { input: { round, to: "TENDERING" } },
      officer,
    );
    expect(refused.roundAdvancePhase.round).toBeNull();
    expect(refused.roundAdvancePhase.userErrors).toEqual([
      {
        code: "TRANSITION_NOT_ALLOWED",
        field: ["input", "to"],
        message: "A commissioning round in phase DRAFT (Draft) can move only to: RECRUITING.",
      },
    ]);
    // (leaving recruiting needs a panel: round-requirements.spec.ts walks every phase's requirements)
    const ok = await client.data<{ roundAdvancePhase: Payload }>(
      ADVANCE,
      { input: { round, to: "RECRUITING" } },
      officer,
    );
    expect(ok.roundAdvancePhase).toEqual({ round: { phase: "RECRUITING" }, userErrors: [] });
    const back = await client.data<{ roundAdvancePhase: Payload }>(ADVANCE, { input: { round, to: "DRAFT" } }, officer);
    expect(back.roundAdvancePhase.userErrors[0]?.message).toBe(
      "A commissioning round in phase RECRUITING (Recruiting the panel) can move only to: DEFINING_OUTCOMES.",
    );
    const audit = await db.dataSource.getRepository(AuditLogEntry).findBy({ action: "roundAdvancePhase" });
    expect(audit.map((a) => [a.before, a.after])).toEqual([[{ phase: "draft" }, { phase: "recruiting" }]]);
  });
});
