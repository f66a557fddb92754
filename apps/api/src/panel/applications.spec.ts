import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In } from "typeorm";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Round } from "../round/round.entity.js";
import { Council } from "../council/council.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { viewerFromAuthorization } from "../auth/viewer.js";
import type { Viewer } from "../auth/actor.js";
import { DEMO_INVITATIONS } from "../seed/demo-access.js";

const FORM = `query($slug: String!) { round(slug: $slug) { id applicationForm { open received quotaQuestions { dimension categories } equalityQuestions { dimension categories } } } }`;
const APPLY = `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id pseudonym status } userErrors { code field } } }`;
const LIST = `query($slug: String!) { round(slug: $slug) { applicants { applicant { id pseudonym status } name contact source rejectionReason reviewedAt quotaAnswers { dimension category } } panel { applicants } } }`;
const REVIEW = `mutation($input: ApplicantReviewInput!) { applicantReview(input: $input) { applicant { applicant { status } rejectionReason } userErrors { code field } } }`;
const JOIN = `mutation($input: PanelJoinInput!) { panelJoin(input: $input) { token viewer { pseudonym } userErrors { code } } }`;
const INVITE = `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode member { invitation { state } } userErrors { code } } }`;

interface JoinResult {
  panelJoin: { token: string | null; viewer: { pseudonym: string } | null; userErrors: { code: string }[] };
}

describe(`applications, officers' review and panel members' device sessions (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  let round: Round;
  let officer: Viewer;
  let foreign: Viewer;
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    const councils = db.dataSource.getRepository(Council);
    const lambeth = await councils.findOneByOrFail({ slug: "lambeth" });
    const southwark = await councils.findOneByOrFail({ slug: "southwark" });
    round = await db.dataSource
      .getRepository(Round)
      .findOneByOrFail({ councilKey: lambeth.key, phase: "recruiting", kind: "commissioning" });
    officer = { kind: "officer", userKey: 1, councilKey: lambeth.key };
    foreign = { kind: "officer", userKey: 2, councilKey: southwark.key };
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("publishes the form: quota questions are the round's quota dimensions, the rest are equality questions", async () => {
    const baseline = await db.dataSource
      .getRepository(PopulationBaseline)
      .findBy({ areaKey: round.areaKey!, dimension: In(["sex", "age_band", "ethnic_group", "disability"]) });
    const categoriesOf = (d: string) => baseline.filter((b) => b.dimension === d).map((b) => b.category);
    const applied = await db.dataSource.getRepository(Applicant).countBy({ roundKey: round.key });
    const data = await client.data<{
      round: {
        applicationForm: {
          open: boolean;
          received: number;
          quotaQuestions: { dimension: string; categories: string[] }[];
          equalityQuestions: { dimension: string; categories: string[] }[];
        };
      };
    }>(FORM, { slug: round.slug });
    const form = data.round.applicationForm;
    expect(form.open).toBe(true);
    expect(form.received).toBe(applied);
    // The seed sets quotas on sex only (Female and Male).
    expect(form.quotaQuestions.map((q) => q.dimension)).toEqual(["sex"]);
    expect([...form.quotaQuestions[0]!.categories].sort()).toEqual(["Female", "Male"]);
    expect(form.equalityQuestions.map((q) => q.dimension)).toEqual(["age_band", "ethnic_group", "disability"]);
    for (const q of form.equalityQuestions) expect([...q.categories].sort()).toEqual(categoriesOf(q.dimension).sort());
  });

  it("takes an application, lists it for the council's officers with quota answers only, and audits a rejection", async () => {
    const roundId = toGlobalId("Round", round.key);
    const before = await db.dataSource.getRepository(Applicant).countBy({ roundKey: round.key });
    const applied = await client.data<{ applicantApply: { applicant: { id: string; pseudonym: string } } }>(APPLY, {
      input: {
        round: roundId,
        name: "Jay",
        contact: "07700 900123",
        sex: "Female",
        ageBand: "15-19",
        disability: "Not disabled under the Equality Act",
        consent: true,
        eligible: true,
      },
    });
    expect(applied.applicantApply.applicant.pseudonym).toBe(`A-${String(before + 1).padStart(3, "0")}`);
    const paper = await client.data<{ applicantApply: { applicant: { id: string } } }>(
      APPLY,
      {
        input: { round: roundId, name: "Sam", contact: "sam@example.org", sex: "Male", consent: true, eligible: true },
      },
      officer,
    );
    expect(paper.applicantApply.applicant.id).toBeTruthy();

    type Row = {
      applicant: { id: string; pseudonym: string; status: string };
      name: string | null;
      contact: string | null;
      source: string;
      rejectionReason: string | null;
      quotaAnswers: { dimension: string; category: string | null }[];
    };
    const listed = await client.data<{ round: { applicants: Row[]; panel: { applicants: number } } }>(
      LIST,
      { slug: round.slug },
      officer,
    );
    expect(listed.round.applicants).toHaveLength(before + 2);
    const jay = listed.round.applicants.find((r) => r.applicant.id === applied.applicantApply.applicant.id)!;
    // The equality answers (age, disability) are not shown; only the quota dimension (sex).
    expect(jay).toMatchObject({ name: "Jay", contact: "07700 900123", source: "online" });
    expect(jay.quotaAnswers).toEqual([{ dimension: "sex", category: "Female" }]);
    const sam = listed.round.applicants.find((r) => r.applicant.id === paper.applicantApply.applicant.id)!;
    expect(sam.source).toBe("paper");
    const poolBefore = listed.round.panel.applicants;

    // Private: anonymous callers and another council's officers are refused.
    expect((await client.run(LIST, { slug: round.slug })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await client.run(LIST, { slug: round.slug }, foreign)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const noReason = await client.data<{ applicantReview: { userErrors: { code: string; field: string[] }[] } }>(
      REVIEW,
      { input: { applicant: jay.applicant.id, accept: false, reason: "  " } },
      officer,
    );
    expect(noReason.applicantReview.userErrors).toEqual([{ code: "REQUIRED", field: ["input", "reason"] }]);
    const rejected = await client.data<{
      applicantReview: { applicant: { applicant: { status: string }; rejectionReason: string } };
    }>(REVIEW, { input: { applicant: jay.applicant.id, accept: false, reason: "Lives in Croydon." } }, officer);
    expect(rejected.applicantReview.applicant).toEqual({
      applicant: { status: "rejected" },
      rejectionReason: "Lives in Croydon.",
    });
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "applicantReview" }, order: { key: "DESC" } });
    expect(audit.before).toEqual({ status: "applied", reason: null });
    expect(audit.after).toEqual({ status: "rejected", reason: "Lives in Croydon." });
    // A rejected application leaves the lottery pool.
    const after = await client.data<{ round: { panel: { applicants: number } } }>(LIST, { slug: round.slug }, officer);
    expect(after.round.panel.applicants).toBe(poolBefore - 1);
    const foreignReview = await client.run(
      REVIEW,
      { input: { applicant: sam.applicant.id, accept: false, reason: "x" } },
      foreign,
    );
    expect(foreignReview.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("records the language each applicant and panel member reads, for what the council sends them", async () => {
    const roundId = toGlobalId("Round", round.key);
    const input = (language: string | undefined, contact: string) => ({
      input: { round: roundId, contact, sex: "Female", consent: true, eligible: true, language },
    });
    const welsh = await client.data<{ applicantApply: { applicant: { id: string; pseudonym: string } } }>(
      APPLY,
      input("cy", "ceri@example.org"),
      officer, // paper applications (residents' own are throttled per address, see above)
    );
    const unsaid = await client.data<{ applicantApply: { applicant: { id: string; pseudonym: string } } }>(
      APPLY,
      input(undefined, "sam@example.org"),
      officer,
    );
    const count = () => db.dataSource.getRepository(Applicant).countBy({ roundKey: round.key });
    const before = await count();
    const french = await client.data<{
      applicantApply: { applicant: null; userErrors: { code: string; field: string[] }[] };
    }>(APPLY, input("fr", "luc@example.org"));
    expect(french.applicantApply.applicant).toBeNull();
    expect(french.applicantApply.userErrors).toEqual([{ code: "INVALID", field: ["input", "language"] }]);
    expect(await count()).toBe(before);
    // the council's officers see it beside the contact details
    const listed = await client.data<{
      round: { applicants: { applicant: { pseudonym: string }; language: string }[] };
    }>(
      `query($slug: String!) { round(slug: $slug) { applicants { applicant { pseudonym } language } } }`,
      { slug: round.slug },
      officer,
    );
    const languageOf = (p: string) => listed.round.applicants.find((a) => a.applicant.pseudonym === p)?.language;
    expect(languageOf(welsh.applicantApply.applicant.pseudonym)).toBe("cy");
    expect(languageOf(unsaid.applicantApply.applicant.pseudonym)).toBe("en");

    // a panel member changes theirs on their own page; nobody else can
    const member = await db.dataSource
      .getRepository(PanelMember)
      .findOneOrFail({ where: { active: true }, order: { key: "ASC" } });
    const self: Viewer = { kind: "panel_member", memberKey: member.key, roundKey: member.roundKey };
    const SET = `mutation($input: PanelMemberLanguageSetInput!) { panelMemberLanguageSet(input: $input) { member { id language } userErrors { code field } } }`;
    const set = await client.data<{ panelMemberLanguageSet: { member: { id: string; language: string } | null } }>(
      SET,
      { input: { language: "cy" } },
      self,
    );
    expect(set.panelMemberLanguageSet.member).toEqual({ id: toGlobalId("PanelMember", member.key), language: "cy" });
    expect((await db.dataSource.getRepository(PanelMember).findOneByOrFail({ key: member.key })).language).toBe("cy");
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelMemberLanguageSet" }, order: { key: "DESC" } });
    expect(audit.entityId).toBe(String(member.key));
    const wrong = await client.data<{ panelMemberLanguageSet: { userErrors: { code: string; field: string[] }[] } }>(
      SET,
      { input: { language: "xx" } },
      self,
    );
    expect(wrong.panelMemberLanguageSet.userErrors).toEqual([{ code: "INVALID", field: ["input", "language"] }]);
    for (const intruder of [officer, foreign, undefined]) {
      const refused = await client.run(SET, { input: { language: "en" } }, intruder);
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(intruder)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect((await db.dataSource.getRepository(PanelMember).findOneByOrFail({ key: member.key })).language).toBe("cy");
  });

  it("keeps a member signed in per device: the same code again on the same device works, elsewhere it does not", async () => {
    const lambeth = DEMO_INVITATIONS.find((d) => d.council === "lambeth")!;
    const deviceA = "device-a-0123456789abcdef";
    const first = await client.data<JoinResult>(JOIN, { input: { invitationCode: lambeth.code, device: deviceA } });
    expect(first.panelJoin.userErrors).toEqual([]);
    expect(first.panelJoin.viewer?.pseudonym).toBe("Panel member A");
    // Typed in lower case with spaces on the same device after the tab was closed: signed in again.
    const again = await client.data<JoinResult>(JOIN, {
      input: { invitationCode: ` ${lambeth.code.toLowerCase()} `, device: deviceA },
    });
    expect(again.panelJoin.userErrors).toEqual([]);
    expect(again.panelJoin.token).not.toBe(first.panelJoin.token);
    const elsewhere = await client.data<JoinResult>(JOIN, {
      input: { invitationCode: lambeth.code, device: "device-b-0123456789abcdef" },
    });
    expect(elsewhere.panelJoin.userErrors.map((e) => e.code)).toEqual(["INVITATION_USED"]);
    const noDevice = await client.data<JoinResult>(JOIN, { input: { invitationCode: lambeth.code } });
    expect(noDevice.panelJoin.userErrors.map((e) => e.code)).toEqual(["INVITATION_USED"]);
    for (const t of [first.panelJoin.token!, again.panelJoin.token!])
      await expect(viewerFromAuthorization(db.dataSource, `Bearer ${t}`)).resolves.toMatchObject({
        kind: "panel_member",
      });

    // The officer re-issues the code: the old code and both device sessions stop working; the new code works.
    const viewer = await viewerFromAuthorization(db.dataSource, `Bearer ${first.panelJoin.token!}`);
    const memberId = toGlobalId("PanelMember", viewer.memberKey!);
    const reissued = await client.data<{
      panelMemberInvite: { invitationCode: string; member: { invitation: { state: string } } };
    }>(INVITE, { input: { member: memberId } }, officer);
    expect(reissued.panelMemberInvite.member.invitation.state).toBe("issued");
    for (const t of [first.panelJoin.token!, again.panelJoin.token!])
      await expect(viewerFromAuthorization(db.dataSource, `Bearer ${t}`)).rejects.toThrow("Invalid or expired token");
    const old = await client.data<JoinResult>(JOIN, { input: { invitationCode: lambeth.code, device: deviceA } });
    expect(old.panelJoin.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    const fresh = await client.data<JoinResult>(JOIN, {
      input: { invitationCode: reissued.panelMemberInvite.invitationCode, device: deviceA },
    });
    expect(fresh.panelJoin.userErrors).toEqual([]);
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelMemberInvite" }, order: { key: "DESC" } });
    expect(audit.after).toEqual({ reissued: true, revokedSessions: 2 });
    const members = await client.data<{
      round: { panel: { members: { id: string; invitation: { state: string } }[] } };
    }>(
      `query($id: ID!) { round(id: $id) { panel { members { id invitation { state } } } } }`,
      { id: toGlobalId("Round", viewer.roundKey!) },
      officer,
    );
    expect(members.round.panel.members.find((m) => m.id === memberId)?.invitation.state).toBe("joined");
  });

  it("shows the demo member their next session with time and place, their scores and their payments", async () => {
    // Every other demo code works on a fresh start too (Lambeth's was used above).
    for (const demo of DEMO_INVITATIONS.filter((d) => d.council !== "lambeth")) {
      const joined = await client.data<JoinResult>(JOIN, {
        input: { invitationCode: demo.code, device: `device-${demo.council}-0123456789abcdef` },
      });
      expect(joined.panelJoin.userErrors).toEqual([]);
      expect(joined.panelJoin.viewer?.pseudonym).toBe("Panel member A");
    }

    // Lambeth's interviewing round: its demo member, as that member.
    const rounds = await db.dataSource.getRepository(Round).findBy({ phase: "interviewing", kind: "commissioning" });
    const lambethRound = rounds.find((r) => r.slug.startsWith("lambeth-"))!;
    const member = await db.dataSource
      .getRepository(PanelMember)
      .findOneByOrFail({ roundKey: lambethRound.key, pseudonym: "Panel member A" });
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = (await db.dataSource.getRepository(PanelSession).findBy({ roundKey: lambethRound.key }))
      .filter((s) => s.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date));
    const scores = await db.dataSource.getRepository(InterviewScore).findBy({ memberKey: member.key });
    const payments = await db.dataSource.getRepository(Payment).findBy({ memberKey: member.key });
    const data = await client.data<{
      myPanel: {
        nextSession: { session: { date: string; startTime: string; place: string } } | null;
        scores: { bid: { id: string }; scores: { score: number }[] }[];
        canChangeScores: boolean;
        payments: { amount: { amountMinor: number }; paidOn: string }[];
      };
    }>(
      `{ myPanel { nextSession { session { date startTime place } } scores { bid { id } scores { score } } canChangeScores payments { amount { amountMinor } paidOn } } }`,
      {},
      { kind: "panel_member", memberKey: member.key, roundKey: lambethRound.key },
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(data.myPanel.nextSession?.session).toEqual({
      date: upcoming[0]!.date,
      startTime: "17:30",
      place: "Brixton Library, meeting room 2",
    });
    expect(scores.length).toBeGreaterThan(0);
    expect(data.myPanel.scores.map((b) => b.bid.id).sort()).toEqual(
      [...new Set(scores.map((s) => toGlobalId("Bid", s.bidKey)))].sort(),
    );
    expect(data.myPanel.scores.flatMap((b) => b.scores).reduce((s, x) => s + x.score, 0)).toBe(
      scores.reduce((s, x) => s + x.score, 0),
    );
    expect(data.myPanel.canChangeScores).toBe(true);
    expect(data.myPanel.payments.reduce((s, p) => s + p.amount.amountMinor, 0)).toBe(
      payments.reduce((s, p) => s + p.amountMinor, 0),
    );
  });
});
