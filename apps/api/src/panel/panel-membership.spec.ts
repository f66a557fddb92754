import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Round } from "../round/round.entity.js";
import { fromGlobalId, toGlobalId } from "../graphql/node-id.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelMemberStatus, SelectionRun } from "./panel-selection.entity.js";
import {
  apply,
  createRecruitingRound,
  officerOf,
  selectPanel,
  type ApplicantSpec,
} from "./recruiting-round.fixture.js";

// 3 women and 5 men for a panel of 2 + 2: the draw leaves 1 woman and 3 men as alternates.
const POOL: ApplicantSpec[] = [
  ...Array.from({ length: 3 }, (_, i) => ({ pseudonym: `F-${i + 1}`, sex: "Female", ageBand: "20-24" })),
  ...Array.from({ length: 5 }, (_, i) => ({ pseudonym: `M-${i + 1}`, sex: "Male", ageBand: "15-19" })),
];
const SEX = new Map(POOL.map((a) => [a.pseudonym, a.sex!]));
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 2, max: 2 },
  { dimension: "sex", category: "Male", min: 2, max: 2 },
];

const ROSTER = `query($id: ID!) { round(id: $id) { panelRoster { drawn active confirmed openSeats quotasMet alternatesStored
  seats { member { id pseudonym active } applicantPseudonym status withdrawalReason replacedBy { pseudonym } replaces { pseudonym } }
  alternates { position state applicant { pseudonym } } } } }`;
interface Roster {
  round: {
    panelRoster: {
      drawn: boolean;
      active: number;
      confirmed: number;
      openSeats: number;
      quotasMet: boolean;
      alternatesStored: boolean;
      seats: {
        member: { id: string; pseudonym: string; active: boolean };
        applicantPseudonym: string;
        status: string;
        withdrawalReason: string | null;
        replacedBy: { pseudonym: string } | null;
        replaces: { pseudonym: string } | null;
      }[];
      alternates: { position: number; state: string; applicant: { pseudonym: string } }[];
    };
  };
}
const WITHDRAW = `mutation($input: PanelMemberWithdrawInput!) { panelMemberWithdraw(input: $input) { member { active } userErrors { code field message } } }`;
const REPLACE = `mutation($input: PanelMemberReplaceInput!) { panelMemberReplace(input: $input) { withdrawn { pseudonym } member { id pseudonym }
  applicantPseudonym alternatePosition quotasKept violation explanation userErrors { code message } } }`;
const CONFIRM = `mutation($input: PanelMemberConfirmInput!) { panelMemberConfirm(input: $input) { member { pseudonym } userErrors { code } } }`;
interface ReplaceResult {
  panelMemberReplace: {
    withdrawn: { pseudonym: string } | null;
    member: { id: string; pseudonym: string } | null;
    applicantPseudonym: string | null;
    alternatePosition: number | null;
    quotasKept: boolean;
    violation: number | null;
    explanation: string | null;
    userErrors: { code: string; message: string }[];
  };
}

describe("the panel after the draw: confirm, withdraw, replace, history, report, funnel", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let foreign: Viewer & { councilKey: number };
  let round: string;
  let drawAlternates: string[];
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
    foreign = await officerOf(db.dataSource, "lambeth");
    round = await createRecruitingRound(client, db.dataSource, officer, "after-the-draw");
    await apply(client, officer, round, POOL);
    const drawn = await selectPanel(client, officer, round, 4, QUOTAS, "after-the-draw-seed");
    expect(drawn.panelSelect.userErrors).toEqual([]);
    // The draw's alternates as the audit log recorded them (independent of the new tables).
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneByOrFail({ action: "panelSelect", roundKey: fromGlobalId(round)!.id });
    drawAlternates = (audit.after as { alternates: string[] }).alternates;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const roster = async () => (await client.data<Roster>(ROSTER, { id: round }, officer)).round.panelRoster;

  it("stores the draw's alternates in order and the draw in the history", async () => {
    const r = await roster();
    expect(r).toMatchObject({
      drawn: true,
      active: 4,
      confirmed: 0,
      openSeats: 0,
      quotasMet: true,
      alternatesStored: true,
    });
    expect(r.alternates.map((a) => a.applicant.pseudonym)).toEqual(drawAlternates);
    expect(r.alternates.map((a) => a.position)).toEqual([1, 2, 3, 4]);
    expect(r.seats.map((s) => s.status)).toEqual(["selected", "selected", "selected", "selected"]);
    expect(r.seats.filter((s) => SEX.get(s.applicantPseudonym) === "Female")).toHaveLength(2);
  });

  it("confirms a member once (audited), refuses a second confirmation", async () => {
    const seat = (await roster()).seats[0]!;
    const ok = await client.data<{ panelMemberConfirm: { userErrors: unknown[] } }>(
      CONFIRM,
      { input: { member: seat.member.id } },
      officer,
    );
    expect(ok.panelMemberConfirm.userErrors).toEqual([]);
    const again = await client.data<{ panelMemberConfirm: { userErrors: { code: string }[] } }>(
      CONFIRM,
      { input: { member: seat.member.id } },
      officer,
    );
    expect(again.panelMemberConfirm.userErrors.map((e) => e.code)).toEqual(["DUPLICATE"]);
    expect((await roster()).seats[0]!.status).toBe("confirmed");
    expect(await db.dataSource.getRepository(AuditLogEntry).countBy({ action: "panelMemberConfirm" })).toBe(1);
  });

  it("refuses a withdrawal without a reason, and replacing a member still on the panel; nothing written", async () => {
    const seat = (await roster()).seats[1]!;
    const before = await db.dataSource.getRepository(PanelMemberStatus).count();
    const noReason = await client.data<{ panelMemberWithdraw: { userErrors: { code: string; field: string[] }[] } }>(
      WITHDRAW,
      { input: { member: seat.member.id, reason: "   " } },
      officer,
    );
    expect(noReason.panelMemberWithdraw.userErrors).toMatchObject([{ code: "REQUIRED", field: ["input", "reason"] }]);
    const early = await client.data<ReplaceResult>(REPLACE, { input: { member: seat.member.id } }, officer);
    expect(early.panelMemberReplace.userErrors.map((e) => e.code)).toEqual(["MEMBER_NOT_WITHDRAWN"]);
    expect(await db.dataSource.getRepository(PanelMemberStatus).count()).toBe(before);
    expect(await db.dataSource.getRepository(SelectionRun).countBy({ kind: "replacement" })).toBe(0);
  });

  it("replaces a withdrawn woman with the first alternate who keeps the quotas — the first woman in the draw's order", async () => {
    const woman = (await roster()).seats.find((s) => SEX.get(s.applicantPseudonym) === "Female")!;
    const w = await client.data<{ panelMemberWithdraw: { member: { active: boolean }; userErrors: unknown[] } }>(
      WITHDRAW,
      { input: { member: woman.member.id, reason: "Started a new job on session evenings." } },
      officer,
    );
    expect(w.panelMemberWithdraw).toEqual({ member: { active: false }, userErrors: [] });
    const expected = drawAlternates.find((p) => SEX.get(p) === "Female")!;
    const r = await client.data<ReplaceResult>(REPLACE, { input: { member: woman.member.id } }, officer);
    expect(r.panelMemberReplace).toMatchObject({
      userErrors: [],
      withdrawn: { pseudonym: woman.member.pseudonym },
      applicantPseudonym: expected,
      alternatePosition: drawAlternates.indexOf(expected) + 1,
      quotasKept: true,
      violation: 0,
      member: { pseudonym: "Panel member E" },
    });
    const after = await roster();
    expect(after).toMatchObject({ active: 4, openSeats: 0, quotasMet: true });
    expect(
      after.seats.filter((s) => s.member.active).filter((s) => SEX.get(s.applicantPseudonym) === "Female"),
    ).toHaveLength(2);
    const old = after.seats.find((s) => s.member.id === woman.member.id)!;
    expect(old).toMatchObject({
      status: "withdrawn",
      withdrawalReason: "Started a new job on session evenings.",
      replacedBy: { pseudonym: "Panel member E" },
    });
    expect(after.alternates.find((a) => a.applicant.pseudonym === expected)!.state).toBe("on_panel");
    const again = await client.data<ReplaceResult>(REPLACE, { input: { member: woman.member.id } }, officer);
    expect(again.panelMemberReplace.userErrors.map((e) => e.code)).toEqual(["FROZEN"]);
  });

  it("takes the least-violating alternate when no woman is left, and says so", async () => {
    const woman = (await roster()).seats.find((s) => s.member.active && SEX.get(s.applicantPseudonym) === "Female")!;
    await client.data(WITHDRAW, { input: { member: woman.member.id, reason: "Moved out of the borough." } }, officer);
    // Every woman has held a seat: any man gives 1 woman and 3 men, missing the quotas by 2 seats
    // (one short of the women's minimum, one above the men's maximum); the first waiting man wins.
    const seatedBefore = new Set((await roster()).seats.map((s) => s.applicantPseudonym));
    const expected = drawAlternates.find((p) => !seatedBefore.has(p))!;
    expect(SEX.get(expected)).toBe("Male");
    const r = await client.data<ReplaceResult>(REPLACE, { input: { member: woman.member.id } }, officer);
    expect(r.panelMemberReplace).toMatchObject({
      userErrors: [],
      applicantPseudonym: expected,
      alternatePosition: drawAlternates.indexOf(expected) + 1,
      quotasKept: false,
      violation: 2,
    });
    expect(r.panelMemberReplace.explanation).toContain("No alternate keeps every quota");
    expect((await roster()).quotasMet).toBe(false);
  });

  it("lists every run with its inputs, who and when", async () => {
    const h = await client.data<{
      round: {
        selectionHistory: {
          kind: string;
          actor: string;
          at: string;
          seed: string | null;
          withdrawnMember: string | null;
          reason: string | null;
          replacement: string | null;
          quotasKept: boolean | null;
          quotas: { dimension: string; category: string; min: number; max: number }[];
          inputsJson: string;
        }[];
      };
    }>(
      `query($id: ID!) { round(id: $id) { selectionHistory { kind actor at seed withdrawnMember reason replacement quotasKept quotas { dimension category min max } inputsJson } } }`,
      { id: round },
      officer,
    );
    const runs = h.round.selectionHistory;
    expect(runs.map((r) => [r.kind, r.quotasKept])).toEqual([
      ["draw", true],
      ["replacement", true],
      ["replacement", false],
    ]);
    expect(runs.every((r) => r.actor === `user:${officer.userKey}`)).toBe(true);
    expect(runs[0]!.seed).toBe("after-the-draw-seed");
    expect(runs[2]!.reason).toBe("Moved out of the borough.");
    for (const r of runs) expect(r.quotas).toEqual(QUOTAS);
    expect(JSON.parse(runs[1]!.inputsJson)).toMatchObject({
      panelSize: 4,
      quotas: { sex: { Female: { min: 2, max: 2 } } },
    });
    expect(await db.dataSource.getRepository(AuditLogEntry).countBy({ action: "panelMemberReplace" })).toBe(2);
    const withdrawals = await db.dataSource.getRepository(AuditLogEntry).findBy({ action: "panelMemberWithdraw" });
    expect(withdrawals.map((a) => (a.after as { reason: string }).reason).sort()).toEqual([
      "Moved out of the borough.",
      "Started a new job on session evenings.",
    ]);
  });

  it("exports the selection report with figures checked against the pool, the panel and the census", async () => {
    const csv = (
      await client.data<{ round: { selectionReportCsv: string } }>(
        `query($id: ID!) { round(id: $id) { selectionReportCsv } }`,
        { id: round },
        officer,
      )
    ).round.selectionReportCsv;
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    const active = (await roster()).seats.filter((s) => s.member.active).map((s) => SEX.get(s.applicantPseudonym));
    const roundRow = await db.dataSource.getRepository(Round).findOneByOrFail({ key: fromGlobalId(round)!.id });
    const census = await db.dataSource
      .getRepository(PopulationBaseline)
      .findBy({ areaKey: roundRow.areaKey!, dimension: "sex" });
    const censusTotal = census.reduce((s, c) => s + Number(c.count), 0);
    const pct = (x: number, of: number) => String(Math.round((x / of) * 1000) / 10);
    expect(rows.map((r) => r.category)).toEqual(["Female", "Male"]);
    for (const sex of ["Female", "Male"]) {
      const row = rows.find((r) => r.category === sex)!;
      const pool = POOL.filter((a) => a.sex === sex).length;
      const selected = active.filter((s) => s === sex).length;
      const people = Number(census.find((c) => c.category === sex)!.count);
      expect(row).toEqual({
        dimension: "sex",
        category: sex,
        quota_min: "2",
        quota_max: "2",
        target_percent: pct(people, censusTotal),
        target_scope: "area",
        pool_count: String(pool),
        pool_percent: pct(pool, POOL.length),
        selected_count: String(selected),
        selected_percent: pct(selected, 4),
      });
    }
    expect(rows.find((r) => r.category === "Female")!.selected_count).toBe("1");
  });

  it("shows the funnel: applied → selected → confirmed, per category, against the census", async () => {
    const f = (
      await client.data<{
        round: {
          representationFunnel: {
            stages: { stage: string; total: number }[];
            dimensions: {
              dimension: string;
              scope: string;
              categories: {
                category: string;
                targetShare: number | null;
                stages: { stage: string; count: number; share: number | null }[];
              }[];
            }[];
          };
        };
      }>(
        `query($id: ID!) { round(id: $id) { representationFunnel { stages { stage total } dimensions { dimension scope categories { category targetShare stages { stage count share } } } } } }`,
        { id: round },
        officer,
      )
    ).round.representationFunnel;
    // 8 applied; 6 held a seat (4 drawn + 2 replacements); 1 confirmed; no sessions yet.
    expect(f.stages).toEqual([
      { stage: "applied", total: 8 },
      { stage: "selected", total: 6 },
      { stage: "confirmed", total: 1 },
      { stage: "attended", total: 0 },
      { stage: "spoke", total: 0 },
      { stage: "scored", total: 0 },
    ]);
    const sex = f.dimensions.find((d) => d.dimension === "sex")!;
    const female = sex.categories.find((c) => c.category === "Female")!;
    expect(female.stages[0]).toEqual({ stage: "applied", count: 3, share: 3 / 8 });
    expect(female.stages[1]).toEqual({ stage: "selected", count: 3, share: 3 / 6 });
    const roundRow = await db.dataSource.getRepository(Round).findOneByOrFail({ key: fromGlobalId(round)!.id });
    const census = await db.dataSource
      .getRepository(PopulationBaseline)
      .findBy({ areaKey: roundRow.areaKey!, dimension: "sex" });
    const total = census.reduce((s, c) => s + Number(c.count), 0);
    expect(female.targetShare).toBeCloseTo(Number(census.find((c) => c.category === "Female")!.count) / total, 12);
  });

  it("refuses another council's officer every read (FORBIDDEN)", async () => {
    for (const field of [
      "panelRoster { active }",
      "selectionHistory { kind }",
      "selectionReportCsv",
      "representationFunnel { stages { total } }",
    ]) {
      const r = await client.run(`query($id: ID!) { round(id: $id) { ${field} } }`, { id: round }, foreign);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      const anon = await client.run(
        `query($id: ID!) { round(id: $id) { ${field} } }`,
        { id: round },
        { kind: "anonymous" },
      );
      expect(anon.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("counts attended, spoke and scored from the sessions and scores of a seeded round (checked in SQL)", async () => {
    const seeded = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ councilKey: officer.councilKey, phase: "awarded" });
    const f = (
      await client.data<{ round: { representationFunnel: { stages: { stage: string; total: number }[] } } }>(
        `query($id: ID!) { round(id: $id) { representationFunnel { stages { stage total } } } }`,
        { id: toGlobalId("Round", seeded.key) },
        officer,
      )
    ).round.representationFunnel.stages;
    const n = async (sql: string) =>
      Number((await db.dataSource.query<{ n: number | string }[]>(sql.replaceAll("$1", String(seeded.key))))[0]!.n);
    const members = `SELECT m."key" FROM "panel_member" m WHERE m."roundKey" = $1 AND m."role" = 'member' AND m."applicantKey" IS NOT NULL`;
    const expected = {
      applied: await n(`SELECT COUNT(*) AS n FROM "applicant" WHERE "roundKey" = $1`),
      selected: await n(`SELECT COUNT(*) AS n FROM (${members}) x`),
      attended: await n(
        `SELECT COUNT(DISTINCT a."memberKey") AS n FROM "attendance" a JOIN "session" s ON s."key" = a."sessionKey" WHERE s."roundKey" = $1 AND a."present" = ${db.kind === "postgres" ? "true" : "1"} AND a."memberKey" IN (${members})`,
      ),
      spoke: await n(
        `SELECT COUNT(DISTINCT c."memberKey") AS n FROM "contribution" c JOIN "session" s ON s."key" = c."sessionKey" WHERE s."roundKey" = $1 AND c."amount" > 0 AND c."memberKey" IN (${members})`,
      ),
      scored: await n(
        `SELECT COUNT(DISTINCT i."memberKey") AS n FROM "interview_score" i WHERE i."memberKey" IN (${members})`,
      ),
    };
    const got = Object.fromEntries(f.map((s) => [s.stage, s.total]));
    expect(got).toMatchObject(expected);
    // The seeded rounds have sessions, contributions and scores: the stages are not trivially empty.
    expect(expected.attended).toBeGreaterThan(0);
    expect(expected.spoke).toBeGreaterThan(0);
    expect(expected.scored).toBeGreaterThan(0);
  });

  it("says openly that a panel drawn without stored alternates cannot be replaced from them", async () => {
    const seeded = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ councilKey: officer.councilKey, phase: "bidding" });
    const member = await db.dataSource
      .getRepository(PanelMember)
      .findOneOrFail({ where: { roundKey: seeded.key }, order: { key: "ASC" } });
    const id = toGlobalId("PanelMember", member.key);
    await client.data(WITHDRAW, { input: { member: id, reason: "Ill." } }, officer);
    const members = await db.dataSource.getRepository(PanelMember).countBy({ roundKey: seeded.key });
    const r = await client.data<ReplaceResult>(REPLACE, { input: { member: id } }, officer);
    expect(r.panelMemberReplace.userErrors.map((e) => e.code)).toEqual(["NO_ALTERNATE_LEFT"]);
    expect(await db.dataSource.getRepository(PanelMember).countBy({ roundKey: seeded.key })).toBe(members);
    expect(await db.dataSource.getRepository(SelectionRun).countBy({ roundKey: seeded.key })).toBe(0);
  });
});
