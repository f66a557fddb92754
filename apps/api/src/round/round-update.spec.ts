import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldEditRefusal } from "@coproduce/domain";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Round } from "./round.entity.js";
import { fromGlobalId } from "../graphql/node-id.js";

const CREATE = `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id slug } userErrors { code field message } } }`;
const UPDATE = `mutation($input: RoundUpdateInput!) { roundUpdate(input: $input) { round { id title theme targetGroup panelSize pot { amountMinor currency } compensationCurrency closesOn } userErrors { code field message } } }`;

interface UpdatePayload {
  roundUpdate: {
    round: {
      id: string;
      title: string;
      theme: string;
      targetGroup: string | null;
      panelSize: number | null;
      pot: { amountMinor: number; currency: string };
      compensationCurrency: string | null;
      closesOn: string | null;
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

async function officerOf(db: TestDatabase, slug: string): Promise<Viewer> {
  const council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug });
  const user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key });
  return { kind: "officer", userKey: user.key, councilKey: council.key };
}

describe("roundUpdate: editing a round's settings while its phase allows", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let intruder: Viewer;
  let roundId: string;
  let roundKey: number;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db, "hackney");
    intruder = await officerOf(db, "lambeth");
    const { roundCreate } = await client.data<{ roundCreate: { round: { id: string } } }>(
      CREATE,
      {
        input: {
          title: "Youth voice fund",
          theme: "youth",
          potMinor: 3_200_000,
          currency: "GBP",
          compensationCurrency: "GBP",
          panelSize: 12,
          year: 2025,
          slug: "edit-me-2025",
        },
      },
      officer,
    );
    roundId = roundCreate.round.id;
    roundKey = fromGlobalId(roundId)!.id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const audits = () =>
    db.dataSource.getRepository(AuditLogEntry).find({ where: { action: "roundUpdate" }, order: { key: "ASC" } });
  const setPhase = (phase: string) => db.dataSource.getRepository(Round).update({ key: roundKey }, { phase });

  it("changes the settings given, leaves the others, and audits before/after of the changed ones only", async () => {
    const { roundUpdate } = await client.data<UpdatePayload>(
      UPDATE,
      {
        input: {
          round: roundId,
          title: "Young people's voice fund",
          targetGroup: "Residents aged 16–24",
          potMinor: 4_000_000,
          panelSize: 12, // unchanged: not a change
          closesOn: "2025-12-31",
        },
      },
      officer,
    );
    expect(roundUpdate.userErrors).toEqual([]);
    expect(roundUpdate.round).toMatchObject({
      title: "Young people's voice fund",
      theme: "youth",
      targetGroup: "Residents aged 16–24",
      panelSize: 12,
      pot: { amountMinor: 4_000_000, currency: "GBP" },
      closesOn: "2025-12-31",
    });
    const [entry, ...more] = await audits();
    expect(more).toEqual([]);
    expect(entry!.actor).toBe(`user:${officer.userKey}`);
    expect(entry!.roundKey).toBe(roundKey);
    expect(entry!.before).toEqual({
      title: "Youth voice fund",
      targetGroup: null,
      potMinor: 3_200_000,
      closesOn: null,
    });
    expect(entry!.after).toEqual({
      title: "Young people's voice fund",
      targetGroup: "Residents aged 16–24",
      potMinor: 4_000_000,
      closesOn: "2025-12-31",
    });
  });

  it("refuses the pot once bids can arrive with FIELD_LOCKED on that field, writing nothing (not even the title)", async () => {
    await setPhase("deciding");
    const before = await audits();
    const { roundUpdate } = await client.data<UpdatePayload>(
      UPDATE,
      { input: { round: roundId, title: "Changed while deciding", potMinor: 5_000_000, panelSize: 10 } },
      officer,
    );
    expect(roundUpdate.round).toBeNull();
    expect(roundUpdate.userErrors).toEqual([
      { code: "FIELD_LOCKED", field: ["input", "panelSize"], message: fieldEditRefusal("panelSize", "deciding") },
      { code: "FIELD_LOCKED", field: ["input", "potMinor"], message: fieldEditRefusal("potMinor", "deciding") },
    ]);
    const round = await db.dataSource.getRepository(Round).findOneByOrFail({ key: roundKey });
    expect([round.title, round.potMinor, round.panelSize]).toEqual(["Young people's voice fund", 4_000_000, 12]);
    expect(await audits()).toHaveLength(before.length);
    // the title alone is still editable while deciding
    const ok = await client.data<UpdatePayload>(
      UPDATE,
      { input: { round: roundId, title: "Changed while deciding" } },
      officer,
    );
    expect(ok.roundUpdate.userErrors).toEqual([]);
    expect(ok.roundUpdate.round?.title).toBe("Changed while deciding");
  });

  it("locks everything once closed", async () => {
    await setPhase("closed");
    const { roundUpdate } = await client.data<UpdatePayload>(
      UPDATE,
      { input: { round: roundId, title: "Late" } },
      officer,
    );
    expect(roundUpdate.userErrors).toEqual([
      {
        code: "FIELD_LOCKED",
        field: ["input", "title"],
        message: "The round is closed: the title can no longer change.",
      },
    ]);
  });

  it("validates the new values as roundCreate does, and refuses another council's officer", async () => {
    await setPhase("draft");
    const bad = await client.data<UpdatePayload>(
      UPDATE,
      { input: { round: roundId, potMinor: 0, currency: "XYZ", opensOn: "2026-02-01", closesOn: "2026-01-01" } },
      officer,
    );
    expect(bad.roundUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["OUT_OF_RANGE", ["input", "potMinor"]],
      ["INVALID", ["input", "currency"]],
      ["INVALID", ["input", "closesOn"]],
    ]);
    const before = await audits();
    const foreign = await client.run(UPDATE, { input: { round: roundId, title: "Intruder title" } }, intruder);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const round = await db.dataSource.getRepository(Round).findOneByOrFail({ key: roundKey });
    expect(round.title).toBe("Changed while deciding");
    expect(await audits()).toHaveLength(before.length);
  });
});
