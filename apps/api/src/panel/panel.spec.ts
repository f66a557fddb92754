import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { viewerFromAuthorization } from "../auth/viewer.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import {
  apply,
  commitDraw,
  createRecruitingRound,
  officerOf,
  selectPanel,
  type ApplicantSpec,
} from "./recruiting-round.fixture.js";

const POOL: ApplicantSpec[] = [
  ...Array.from({ length: 3 }, (_, i) => ({ pseudonym: `F-${i + 1}`, sex: "Female" })),
  ...Array.from({ length: 9 }, (_, i) => ({ pseudonym: `M-${i + 1}`, sex: "Male" })),
];
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 3, max: 3 },
  { dimension: "sex", category: "Male", min: 3, max: 3 },
];
const PANEL = `query($id: ID!) { round(id: $id) { panel { targetSize size applicants quotas { category min max applicants { value display suppressed } selected { value display suppressed } }
  representativeness { dimension similarity noData { display } categories { category populationShare panelCount { value display suppressed } panelShare ratio } } members { pseudonym } }
  lottery { seed algorithm drawn probabilities { applicants min max mean } selections { applicant { pseudonym } probability selected } } } }`;

interface PanelView {
  round: {
    panel: {
      size: number;
      applicants: number;
      quotas: {
        category: string;
        applicants: { value: number | null; display: string };
        selected: { value: number | null; display: string; suppressed: boolean };
      }[];
      representativeness: {
        dimension: string;
        similarity: number | null;
        categories: {
          category: string;
          panelCount: { value: number | null; display: string };
          panelShare: number | null;
        }[];
      }[];
      members: { pseudonym: string }[];
    };
    lottery: {
      seed: string;
      algorithm: string;
      drawn: boolean;
      probabilities: { applicants: number; min: number; max: number; mean: number };
      selections: { applicant: { pseudonym: string }; probability: number; selected: boolean }[] | null;
    };
  };
}

describe("panel recruitment through GraphQL", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("requires consent and eligibility, checks answers against the baseline's categories, writes nothing on refusal", async () => {
    const round = await createRecruitingRound(client, db.dataSource, officer, "consent-check");
    const before = await db.dataSource.getRepository(Applicant).count();
    const r = await client.data<{
      applicantApply: { applicant: null; userErrors: { code: string; field: string[] }[] };
    }>(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code field } } }`,
      { input: { round, sex: "Other", consent: false, eligible: false } },
    );
    expect(r.applicantApply.userErrors.map((e) => e.code)).toEqual(["REQUIRED", "NOT_ELIGIBLE", "INVALID"]);
    expect(await db.dataSource.getRepository(Applicant).count()).toBe(before);
    const ok = await client.data<{ applicantApply: { applicant: { pseudonym: string; status: string } } }>(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { pseudonym status } userErrors { code } } }`,
      { input: { round, sex: "Female", contact: "07700 900123", consent: true, eligible: true } },
    );
    expect(ok.applicantApply.applicant).toEqual({ pseudonym: "A-001", status: "applied" });
  });

  it("draws a panel that meets the quotas, stores probabilities, and is reproducible from the published seed", async () => {
    const draw = async (slug: string) => {
      const round = await createRecruitingRound(client, db.dataSource, officer, slug);
      await apply(client, officer, round, slug.endsWith("b") ? [...POOL].reverse() : POOL);
      const result = await selectPanel(client, officer, round, 6, QUOTAS, "drawn-at-hackney-town-hall-2025-03-01");
      expect(result.panelSelect).toEqual({ quotasMet: true, userErrors: [] });
      return { round, view: await client.data<PanelView>(PANEL, { id: round }, officer) };
    };
    const a = await draw("lottery-a");
    const b = await draw("lottery-b");
    const selected = (v: PanelView) =>
      v.round.lottery
        .selections!.filter((s) => s.selected)
        .map((s) => s.applicant.pseudonym)
        .sort();
    expect(selected(a.view)).toHaveLength(6);
    expect(selected(a.view).filter((p) => p.startsWith("F-"))).toEqual(["F-1", "F-2", "F-3"]);
    expect(selected(b.view)).toEqual(selected(a.view)); // same pool, quotas and seed ⇒ same panel (input order irrelevant)
    const p = a.view.round.lottery;
    expect(p).toMatchObject({ seed: "drawn-at-hackney-town-hall-2025-03-01", algorithm: "maximin-cg/v2", drawn: true });
    // Every woman is needed (3 of 3): probability 1; the 3 male seats are shared by 9 men.
    for (const s of p.selections!)
      expect(s.probability).toBeCloseTo(s.applicant.pseudonym.startsWith("F-") ? 1 : 1 / 3, 6);
    expect(p.selections!.reduce((sum, s) => sum + s.probability, 0)).toBeCloseTo(6, 9);
    expect(a.view.round.panel.members.map((m) => m.pseudonym)).toEqual([
      "Panel member A",
      "Panel member B",
      "Panel member C",
      "Panel member D",
      "Panel member E",
      "Panel member F",
    ]);
    expect(await db.dataSource.getRepository(AuditLogEntry).countBy({ action: "panelSelect" })).toBe(2);
  });

  it("refuses infeasible quotas with QUOTAS_INFEASIBLE at the commitment, and draws nothing", async () => {
    const round = await createRecruitingRound(client, db.dataSource, officer, "infeasible");
    await apply(client, officer, round, POOL);
    const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 6, quotas: [{ dimension: "sex", category: "Female", min: 4, max: 6 }] } },
      officer,
    );
    expect(q.panelQuotasSet.userErrors).toEqual([]);
    // 3 women applied, 4 wanted: no panel meets the quotas, so they cannot be committed ...
    const committed = await commitDraw(client, officer, round);
    expect(committed.panelDrawCommit.userErrors.map((e) => e.code)).toEqual(["QUOTAS_INFEASIBLE"]);
    // ... and without a commitment there is no draw.
    const result = await client.data<{ panelSelect: { quotasMet: boolean; userErrors: { code: string }[] } }>(
      `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code } } }`,
      { input: { round, seed: "seed" } },
      officer,
    );
    expect(result.panelSelect).toEqual({ quotasMet: false, userErrors: [{ code: "DRAW_NOT_COMMITTED" }] });
    const view = await client.data<PanelView>(PANEL, { id: round }, officer);
    expect(view.round.panel.size).toBe(0);
    expect(view.round.lottery.drawn).toBe(false);
  });

  it("suppresses small numbers (<5) and hides per-applicant data in the public view", async () => {
    const round = await createRecruitingRound(client, db.dataSource, officer, "suppression");
    await apply(client, officer, round, POOL);
    await selectPanel(client, officer, round, 6, QUOTAS, "public-seed");
    const pub = await client.data<PanelView>(PANEL, { id: round });
    const female = pub.round.panel.quotas.find((q) => q.category === "Female")!;
    expect(female.selected).toEqual({ value: null, display: "<5", suppressed: true });
    // The pool's counts beside a hidden panel cell would bound it (the panel is part of the pool): withheld.
    expect(female.applicants).toEqual({ value: null, display: "[c]", suppressed: true });
    // 3 women of 6 shown as <5; the 3 men would give them away from the total, so they are hidden too.
    const male = pub.round.panel.quotas.find((q) => q.category === "Male")!;
    expect(male.selected.suppressed).toBe(true);
    const sex = pub.round.panel.representativeness.find((d) => d.dimension === "sex")!;
    expect(sex.categories.find((c) => c.category === "Female")).toMatchObject({
      panelCount: { value: null, display: "<5" },
      panelShare: null,
    });
    expect(pub.round.lottery.selections).toBeNull();
    expect(pub.round.lottery.probabilities).toMatchObject({ applicants: 12, max: 1 });
    const off = await client.data<PanelView>(PANEL, { id: round }, officer);
    expect(off.round.panel.quotas.find((q) => q.category === "Female")!.selected).toEqual({
      value: 3,
      display: "3",
      suppressed: false,
    });
    const offSex = off.round.panel.representativeness.find((d) => d.dimension === "sex")!;
    expect(offSex.categories.find((c) => c.category === "Female")!.panelShare).toBeCloseTo(0.5, 9);
    expect(offSex.similarity).not.toBeNull();
    // Contact data is never part of the schema's public types.
    const contact = await client.run(
      `query($id: ID!) { round(id: $id) { lottery { selections { applicant { contact } } } } }`,
      { id: round },
      officer,
    );
    expect(contact.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("invites a panel member with a single-use code that yields a token scoped to the round", async () => {
    const round = await createRecruitingRound(client, db.dataSource, officer, "invite");
    await apply(client, officer, round, POOL.slice(0, 4));
    await selectPanel(client, officer, round, 2, [], "invite-seed");
    const member = await db.dataSource.getRepository(PanelMember).findOneOrFail({ where: {}, order: { key: "DESC" } });
    const invite = await client.data<{ panelMemberInvite: { invitationCode: string; member: { pseudonym: string } } }>(
      `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode member { pseudonym } userErrors { code } } }`,
      { input: { member: member.id } },
      officer,
    );
    const code = invite.panelMemberInvite.invitationCode;
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const stored = await db.dataSource.getRepository(PanelMember).findOneByOrFail({ key: member.key });
    expect(stored.invitationCodeHash).not.toContain(code.slice(0, 5));
    const JOIN = `mutation($code: String!) { panelJoin(input: { invitationCode: $code }) { token viewer { role pseudonym } userErrors { code } } }`;
    const joined = await client.data<{ panelJoin: { token: string; viewer: { role: string; pseudonym: string } } }>(
      JOIN,
      { code: code.toLowerCase() },
    );
    expect(joined.panelJoin.viewer).toEqual({ role: "PANEL_MEMBER", pseudonym: member.pseudonym });
    const viewer = await viewerFromAuthorization(db.dataSource, `Bearer ${joined.panelJoin.token}`);
    expect(viewer).toMatchObject({ kind: "panel_member", memberKey: member.key, roundKey: member.roundKey });
    const again = await client.data<{ panelJoin: { token: null; userErrors: { code: string }[] } }>(JOIN, { code });
    expect(again.panelJoin).toEqual({ token: null, viewer: null, userErrors: [{ code: "INVITATION_USED" }] });
    const wrong = await client.data<{ panelJoin: { userErrors: { code: string }[] } }>(JOIN, { code: "AAAAA-BBBBB" });
    expect(wrong.panelJoin.userErrors).toEqual([{ code: "INVALID_CREDENTIALS" }]);
  });
});
