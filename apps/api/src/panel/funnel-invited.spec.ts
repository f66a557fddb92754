import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Round } from "../round/round.entity.js";
import { fromGlobalId } from "../graphql/node-id.js";
import { apply, createRecruitingRound, officerOf } from "./recruiting-round.fixture.js";

/**
 * "Invited" at the head of the representation funnel (issue 14): the officer records how many
 * invitation letters were sent; the funnel shows the number and the response rate applied ÷ invited,
 * as totals only (who was invited is not known).
 */
const SET = `mutation($input: InvitationsSentSetInput!) { invitationsSentSet(input: $input) {
  invitationsSent userErrors { code field message } } }`;
const FUNNEL = `query($id: ID!) { round(id: $id) { representationFunnel { invited { invited applied responseRate } stages { stage total } } } }`;

interface SetResult {
  invitationsSentSet: {
    invitationsSent: number | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
}
interface FunnelResult {
  round: {
    representationFunnel: {
      invited: { invited: number; applied: number; responseRate: number | null } | null;
      stages: { stage: string; total: number }[];
    };
  };
}

describe(`the funnel's invited stage (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let foreign: Viewer & { councilKey: number };
  let round: string;

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
    foreign = await officerOf(db.dataSource, "lambeth");
    round = await createRecruitingRound(client, db.dataSource, officer, "funnel-invited");
    await apply(client, officer, round, [
      { pseudonym: "A", sex: "Female" },
      { pseudonym: "B", sex: "Male" },
      { pseudonym: "C", sex: "Male" },
    ]);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const funnel = async () =>
    (await client.data<FunnelResult>(FUNNEL, { id: round }, officer)).round.representationFunnel;
  const set = (invitationsSent: number | null, who: Viewer = officer) =>
    client.data<SetResult>(SET, { input: { round, invitationsSent } }, who);

  it("shows no invited stage until the number is recorded", async () => {
    const f = await funnel();
    expect(f.invited).toBeNull();
    expect(f.stages[0]).toEqual({ stage: "applied", total: 3 });
  });

  it("records the letters sent (audited) and shows invited with the response rate applied ÷ invited", async () => {
    const r = await set(120);
    expect(r.invitationsSentSet).toEqual({ invitationsSent: 120, userErrors: [] });
    const key = fromGlobalId(round)!.id;
    expect((await db.dataSource.getRepository(Round).findOneByOrFail({ key })).invitationsSent).toBe(120);
    // 3 applied of 120 letters: 2.5 %
    expect((await funnel()).invited).toEqual({ invited: 120, applied: 3, responseRate: 0.025 });
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "invitationsSentSet", roundKey: key }, order: { key: "DESC" } });
    expect(audit).toMatchObject({ before: { invitationsSent: null }, after: { invitationsSent: 120 } });

    // a correction is audited with the old value; null clears it
    expect((await set(150)).invitationsSentSet.userErrors).toEqual([]);
    const second = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "invitationsSentSet", roundKey: key }, order: { key: "DESC" } });
    expect(second).toMatchObject({ before: { invitationsSent: 120 }, after: { invitationsSent: 150 } });
    expect((await funnel()).invited).toEqual({ invited: 150, applied: 3, responseRate: 0.02 });
    expect((await set(null)).invitationsSentSet).toEqual({ invitationsSent: null, userErrors: [] });
    expect((await funnel()).invited).toBeNull();
  });

  it("refuses a negative number, another council's officer and residents; nothing written", async () => {
    expect((await set(40)).invitationsSentSet.userErrors).toEqual([]);
    const negative = await client.run(SET, { input: { round, invitationsSent: -1 } }, officer);
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const other = await client.run(SET, { input: { round, invitationsSent: 9 } }, foreign);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await client.run(SET, { input: { round, invitationsSent: 9 } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const key = fromGlobalId(round)!.id;
    expect((await db.dataSource.getRepository(Round).findOneByOrFail({ key })).invitationsSent).toBe(40);
  });

  it("is allowed while recruiting only (WRONG_PHASE afterwards)", async () => {
    // past recruiting (set directly: advancing needs a drawn panel, which this test does not need)
    await db.dataSource.getRepository(Round).update({ key: fromGlobalId(round)!.id }, { phase: "defining_outcomes" });
    const late = await set(60);
    expect(late.invitationsSentSet.invitationsSent).toBeNull();
    expect(late.invitationsSentSet.userErrors.map((e) => e.code)).toEqual(["WRONG_PHASE"]);
    // the funnel still shows what was recorded
    expect((await funnel()).invited).toEqual({ invited: 40, applied: 3, responseRate: 3 / 40 });
  });
});
