import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { Round } from "../round/round.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { toGlobalId } from "../graphql/node-id.js";

const ATTEND = `mutation($input: AttendanceRecordInput!) { attendanceRecord(input: $input) { session { id } userErrors { code } } }`;
const SESSION_ATTENDANCE = `query($id: ID!) { node(id: $id) { ... on PanelSession { attendance { member { id pseudonym } present } } } }`;
const LOG = `query($council: ID, $round: ID, $after: String) { auditLog(council: $council, round: $round, first: 1, after: $after) { nodes { action actor actorName after round { slug } } pageInfo { hasNextPage endCursor } } }`;

interface LogPage {
  auditLog: {
    nodes: { action: string; actor: string; actorName: string; after: unknown; round: { slug: string } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe("reading who attended and who did what (officer console)", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer;
  let user: UserAccount;
  let council: Council;
  let round: Round;
  let session: PanelSession;
  let members: PanelMember[];
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    council = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "lambeth" });
    user = await db.dataSource.getRepository(UserAccount).findOneByOrFail({ councilKey: council.key });
    officer = { kind: "officer", userKey: user.key, councilKey: council.key };
    round = await db.dataSource.getRepository(Round).findOneByOrFail({ slug: "lambeth-2023-young-offenders-service" });
    session = await db.dataSource
      .getRepository(PanelSession)
      .findOneOrFail({ where: { roundKey: round.key }, order: { key: "ASC" } });
    members = await db.dataSource
      .getRepository(PanelMember)
      .find({ where: { roundKey: round.key }, order: { key: "ASC" }, take: 2 });
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("shows a session's attendance by member to the council's officers only", async () => {
    const sessionId = toGlobalId("PanelSession", session.key);
    const [a, b] = members;
    await client.data(
      ATTEND,
      { input: { session: sessionId, member: toGlobalId("PanelMember", a!.key), present: false } },
      officer,
    );
    await client.data(
      ATTEND,
      { input: { session: sessionId, member: toGlobalId("PanelMember", b!.key), present: true } },
      officer,
    );
    const stored = await db.dataSource
      .getRepository(Attendance)
      .find({ where: { sessionKey: session.key }, order: { key: "ASC" } });
    const { node } = await client.data<{ node: { attendance: { member: { pseudonym: string }; present: boolean }[] } }>(
      SESSION_ATTENDANCE,
      { id: sessionId },
      officer,
    );
    expect(node.attendance).toHaveLength(stored.length);
    const byPseudonym = new Map(node.attendance.map((r) => [r.member.pseudonym, r.present]));
    expect(byPseudonym.get(a!.pseudonym)).toBe(false);
    expect(byPseudonym.get(b!.pseudonym)).toBe(true);
    const anonymous = await client.data<{ node: { attendance: unknown } }>(SESSION_ATTENDANCE, { id: sessionId });
    expect(anonymous.node.attendance).toBeNull();
  });

  it("names the officer who acted and the round, newest first, a page at a time", async () => {
    const councilId = toGlobalId("Council", council.key);
    const first = await client.data<LogPage>(LOG, { council: councilId }, officer);
    const second = await client.data<LogPage>(
      LOG,
      { council: councilId, after: first.auditLog.pageInfo.endCursor },
      officer,
    );
    const [a, b] = members;
    expect(
      [...first.auditLog.nodes, ...second.auditLog.nodes].map((n) => [
        n.action,
        n.actor,
        n.actorName,
        n.after,
        n.round?.slug,
      ]),
    ).toEqual([
      ["attendanceRecord", `user:${user.key}`, user.displayName, { member: b!.key, present: true }, round.slug],
      ["attendanceRecord", `user:${user.key}`, user.displayName, { member: a!.key, present: false }, round.slug],
    ]);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const byRound = await client.data<LogPage>(LOG, { round: toGlobalId("Round", round.key) }, officer);
    expect(byRound.auditLog.nodes.every((n) => n.round?.slug === round.slug)).toBe(true);
  });
});
