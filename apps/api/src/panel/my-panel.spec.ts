import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { CompensationEntry } from "../compensation/compensation-entry.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { Attendance } from "../session/attendance.entity.js";

const MY_PANEL = `{ myPanel { pseudonym round { slug } sessions { present session { date kind } } owed { amountMinor currency formatted } paid { amountMinor } outstanding { amountMinor } } }`;

describe(`myPanel: a panel member's own round, sessions and pay (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("shows the Lambeth panel member their sessions, attendance and Brixton Pound pay, matching the ledger", async () => {
    const round = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ slug: "lambeth-2023-young-offenders-service" });
    const member = await db.dataSource
      .getRepository(PanelMember)
      .findOneByOrFail({ roundKey: round.key, pseudonym: "Panel member B" });
    const data = await client.data<{
      myPanel: {
        pseudonym: string;
        round: { slug: string };
        sessions: { present: boolean | null; session: { date: string } }[];
        owed: { amountMinor: number; currency: string; formatted: string };
        paid: { amountMinor: number };
        outstanding: { amountMinor: number };
      };
    }>(MY_PANEL, {}, { kind: "panel_member", memberKey: member.key, roundKey: round.key });
    const owed = (await db.dataSource.getRepository(CompensationEntry).findBy({ memberKey: member.key })).reduce(
      (s, e) => s + e.amountMinor,
      0,
    );
    const paid = (await db.dataSource.getRepository(Payment).findBy({ memberKey: member.key })).reduce(
      (s, p) => s + p.amountMinor,
      0,
    );
    const attended = (await db.dataSource.getRepository(Attendance).findBy({ memberKey: member.key, present: true }))
      .length;
    expect(data.myPanel.pseudonym).toBe("Panel member B");
    expect(data.myPanel.round.slug).toBe("lambeth-2023-young-offenders-service");
    expect(data.myPanel.sessions).toHaveLength(7);
    expect(data.myPanel.sessions.filter((s) => s.present === true)).toHaveLength(attended);
    expect(owed).toBeGreaterThan(0);
    expect(data.myPanel.owed.amountMinor).toBe(owed);
    expect(data.myPanel.owed.currency).toBe("BRX");
    expect(data.myPanel.owed.formatted.startsWith("B£")).toBe(true);
    expect(data.myPanel.paid.amountMinor).toBe(paid);
    expect(data.myPanel.outstanding.amountMinor).toBe(owed - paid);
  });

  it("is for panel members only: anonymous → UNAUTHENTICATED, an officer → FORBIDDEN", async () => {
    const anonymous = await client.run(MY_PANEL);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const officer = await client.run(MY_PANEL, {}, { kind: "officer", userKey: 1, councilKey: 1 });
    expect(officer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
