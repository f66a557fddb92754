import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawFromPortfolio } from "@coproduce/domain";
import { selectPanelByLottery } from "@coproduce/domain/lottery";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { SelectionRun } from "./panel-selection.entity.js";
import { committedLotteryInput } from "./panel-draw.js";
import { fromGlobalId } from "../graphql/node-id.js";
import { apply, createRecruitingRound, officerOf, type ApplicantSpec } from "./recruiting-round.fixture.js";

/**
 * Replacements keep the household rule (docs/lottery.md "Household rule"): F-1 and F-2 give one
 * address written two ways (H1 in the committed pool file). The test picks a seed whose draw seats
 * one of them with another woman W and puts the other at the head of the alternates; W withdraws.
 * With the rule the housemate is passed over for the next woman in the alternates' order; without
 * it (the same pool, committed without the rule) the housemate, the first alternate, takes the seat.
 */
const POOL: ApplicantSpec[] = [
  { pseudonym: "F-1", sex: "Female", household: "12 High St." },
  { pseudonym: "F-2", sex: "Female", household: "  12 high st  " },
  { pseudonym: "F-3", sex: "Female", household: "7 Church Road" },
  { pseudonym: "F-4", sex: "Female" },
  { pseudonym: "F-5", sex: "Female" },
  ...Array.from({ length: 5 }, (_, i) => ({ pseudonym: `M-${i + 1}`, sex: "Male" })),
];
const SEX = new Map(POOL.map((a) => [a.pseudonym, a.sex!]));
const HOUSEMATE: Record<string, string> = { "F-1": "F-2", "F-2": "F-1" };
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 2, max: 2 },
  { dimension: "sex", category: "Male", min: 2, max: 2 },
];
const today = () => new Date().toISOString().slice(0, 10);

const COMMIT = `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) {
  draw { commitment poolCsv } userErrors { code field message } } }`;
const SELECT = `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code message } } }`;
const ROSTER = `query($id: ID!) { round(id: $id) { panelDraw { panel alternates }
  panelRoster { seats { member { id pseudonym active } applicantPseudonym } } } }`;
const WITHDRAW = `mutation($input: PanelMemberWithdrawInput!) { panelMemberWithdraw(input: $input) { userErrors { code } } }`;
const REPLACE = `mutation($input: PanelMemberReplaceInput!) { panelMemberReplace(input: $input) {
  applicantPseudonym alternatePosition quotasKept explanation userErrors { code message } } }`;

interface Roster {
  round: {
    panelDraw: { panel: string[]; alternates: string[] };
    panelRoster: {
      seats: { member: { id: string; pseudonym: string; active: boolean }; applicantPseudonym: string }[];
    };
  };
}
interface Replaced {
  panelMemberReplace: {
    applicantPseudonym: string | null;
    alternatePosition: number | null;
    quotasKept: boolean;
    explanation: string | null;
    userErrors: { code: string; message: string }[];
  };
}

describe(`replacements keep the household rule (${testDatabaseKind()})`, () => {
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

  /**
   * A committed round, and a seed under which one of F-1/F-2 sits with another woman W and the
   * other is the first alternate (found by re-running the committed lottery, as a verifier would).
   */
  async function committedRound(slug: string, household: boolean) {
    const round = await createRecruitingRound(client, db.dataSource, officer, slug);
    await apply(client, officer, round, POOL);
    await client.data(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: QUOTAS } },
      officer,
    );
    const committed = await client.data<{
      panelDrawCommit: { draw: { commitment: string; poolCsv: string } | null; userErrors: unknown[] };
    }>(
      COMMIT,
      {
        input: {
          round,
          randomnessDate: today(),
          randomnessSource: "Dice thrown at the public meeting",
          ...(household ? { household: true } : {}),
        },
      },
      officer,
    );
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const draw = committed.panelDrawCommit.draw!;
    expect(draw.poolCsv.includes(",H1\n")).toBe(household);
    const distribution = await selectPanelByLottery(
      committedLotteryInput({ poolCsv: draw.poolCsv, commitmentJson: draw.commitment }, ""),
    );
    for (let i = 1; i <= 400; i++) {
      const seed = `replacement seed ${i}`;
      const { panel, alternates } = drawFromPortfolio(distribution.cells, distribution.portfolio, seed);
      const sitting = panel.find((id) => id in HOUSEMATE);
      const other = panel.find((id) => SEX.get(id) === "Female" && !(id in HOUSEMATE));
      if (sitting && other && alternates[0] === HOUSEMATE[sitting])
        return { round, seed, sitting, withdraws: other, housemate: HOUSEMATE[sitting]!, alternates };
    }
    throw new Error("no seed gives the case under test");
  }

  async function drawAndWithdraw(c: Awaited<ReturnType<typeof committedRound>>) {
    expect(
      (await client.data<{ panelSelect: unknown }>(SELECT, { input: { round: c.round, seed: c.seed } }, officer))
        .panelSelect,
    ).toEqual({
      quotasMet: true,
      userErrors: [],
    });
    const view = (await client.data<Roster>(ROSTER, { id: c.round }, officer)).round;
    // the API drew what the committed lottery gives for this seed
    expect(view.panelDraw.alternates).toEqual(c.alternates);
    const seat = view.panelRoster.seats.find((s) => s.applicantPseudonym === c.withdraws)!;
    expect(view.panelDraw.panel).toContain(c.sitting);
    const w = await client.data<{ panelMemberWithdraw: { userErrors: unknown[] } }>(
      WITHDRAW,
      { input: { member: seat.member.id, reason: "Moved away." } },
      officer,
    );
    expect(w.panelMemberWithdraw.userErrors).toEqual([]);
    return (await client.data<Replaced>(REPLACE, { input: { member: seat.member.id } }, officer)).panelMemberReplace;
  }

  it("with the rule: passes over the first alternate, a sitting member's housemate, for the next woman", async () => {
    const c = await committedRound("replace-household-on", true);
    // By hand: the first woman in the alternates' order who is not the housemate (position 1).
    const expected = c.alternates.find((id) => SEX.get(id) === "Female" && id !== c.housemate)!;
    const r = await drawAndWithdraw(c);
    expect(r).toMatchObject({
      userErrors: [],
      applicantPseudonym: expected,
      alternatePosition: c.alternates.indexOf(expected) + 1,
      quotasKept: true,
    });
    expect(r.alternatePosition).toBeGreaterThan(1);
    expect(r.explanation).toContain(
      `Alternate 1 (${c.housemate}) was skipped: same household (H1) as ${c.sitting}, who sits on the panel.`,
    );
    const run = await db.dataSource
      .getRepository(SelectionRun)
      .findOneOrFail({ where: { kind: "replacement", roundKey: fromGlobalId(c.round)!.id }, order: { key: "DESC" } });
    expect(run.inputs).toMatchObject({
      household: true,
      householdSkipped: [{ id: c.housemate, alternateIndex: 0, household: "H1", sharesWith: [c.sitting] }],
    });
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelMemberReplace" }, order: { key: "DESC" } });
    expect(audit.after).toMatchObject({ applicant: expected, householdSkipped: [c.housemate] });
  });

  it("without the rule: the first alternate takes the seat, even from a sitting member's home", async () => {
    const c = await committedRound("replace-household-off", false);
    const r = await drawAndWithdraw(c);
    expect(r).toMatchObject({
      userErrors: [],
      applicantPseudonym: c.housemate,
      alternatePosition: 1,
      quotasKept: true,
    });
    expect(r.explanation).toBe(`Alternate 1 (${c.housemate}) keeps every quota.`);
    const run = await db.dataSource
      .getRepository(SelectionRun)
      .findOneOrFail({ where: { kind: "replacement", roundKey: fromGlobalId(c.round)!.id }, order: { key: "DESC" } });
    expect(run.inputs).toMatchObject({ household: false, householdSkipped: [] });
  });
});
