import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Applicant } from "./applicant.entity.js";
import { EXIT, type CliIo } from "../cli/command.js";
import { lotteryVerify, publishedDrawOf, verifyPublishedDraw } from "../cli/lottery-verify.command.js";
import { apply, createRecruitingRound, officerOf, type ApplicantSpec } from "./recruiting-round.fixture.js";

/**
 * The household rule end to end (docs/lottery.md "Household rule"): F-1 and F-2 give one address
 * written two ways. 3 women and 8 men for 2 + 2 seats: with the rule at most one of F-1, F-2 sits,
 * so F-3 is on every panel (probability 1) and F-1, F-2 have 1/2 each; without it each woman has 2/3
 * and F-1 with F-2 is one of the three equally likely pairs of women.
 */
const POOL: ApplicantSpec[] = [
  { pseudonym: "F-1", sex: "Female", household: "12 High St." },
  { pseudonym: "F-2", sex: "Female", household: "  12 high st  " },
  { pseudonym: "F-3", sex: "Female", household: "7 Church Road" },
  { pseudonym: "M-1", sex: "Male", household: "Flat 2, 5 Mill Lane" },
  ...Array.from({ length: 7 }, (_, i) => ({ pseudonym: `M-${i + 2}`, sex: "Male" })),
];
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 2, max: 2 },
  { dimension: "sex", category: "Male", min: 2, max: 2 },
];
const SEEDS = Array.from({ length: 12 }, (_, i) => `household seed ${i + 1}`);
const today = () => new Date().toISOString().slice(0, 10);

const COMMIT = `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) {
  draw { commitment poolCsv household { applied affected households } }
  userErrors { code field message } } }`;
const SELECT = `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code field message } } }`;
const DRAW = `query($id: ID!) { round(id: $id) { panelDraw { panel alternates probabilities { min median max } household { applied affected households } } } }`;

interface CommitResult {
  panelDrawCommit: {
    draw: {
      commitment: string;
      poolCsv: string;
      household: { applied: boolean; affected: number; households: number };
    } | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
}
interface DrawView {
  round: {
    panelDraw: {
      panel: string[];
      alternates: string[];
      probabilities: { min: number; median: number; max: number };
      household: { applied: boolean; affected: number; households: number };
    };
  };
}

function capture(): { io: CliIo; out: () => string } {
  let text = "";
  return { io: { stdout: (t) => (text += t), stderr: (t) => (text += t) }, out: () => text };
}

describe(`the household rule: commit, draw, verify (${testDatabaseKind()})`, () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };

  async function recruitingRound(slug: string): Promise<string> {
    const round = await createRecruitingRound(client, db.dataSource, officer, slug);
    await apply(client, officer, round, POOL);
    const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: QUOTAS } },
      officer,
    );
    expect(q.panelQuotasSet.userErrors).toEqual([]);
    return round;
  }
  const commit = (round: string, household?: boolean) =>
    client.data<CommitResult>(
      COMMIT,
      {
        input: {
          round,
          randomnessDate: today(),
          randomnessSource: "Dice thrown at the public meeting",
          ...(household === undefined ? {} : { household }),
        },
      },
      officer,
    );
  const select = (round: string, seed: string) =>
    client.data<{ panelSelect: { quotasMet: boolean; userErrors: unknown[] } }>(
      SELECT,
      { input: { round, seed } },
      officer,
    );

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("keeps the address private: trimmed, at most 200 characters, officers only", async () => {
    const round = await recruitingRound("household-private");
    const stored = await db.dataSource
      .getRepository(Applicant)
      .findOneByOrFail({ pseudonym: "F-2", round: { slug: "household-private" } });
    expect(stored.household).toBe("12 high st");
    const none = await db.dataSource
      .getRepository(Applicant)
      .findOneByOrFail({ pseudonym: "M-2", round: { slug: "household-private" } });
    expect(none.household).toBeNull();
    // a resident applying online, with a blank address: none stored
    const blank = await client.data<{ applicantApply: { applicant: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code } } }`,
      { input: { round, sex: "Male", household: "   ", consent: true, eligible: true } },
    );
    expect(blank.applicantApply.userErrors).toEqual([]);
    const latest = await db.dataSource
      .getRepository(Applicant)
      .findOneOrFail({ where: { round: { slug: "household-private" } }, order: { key: "DESC" } });
    expect(latest.household).toBeNull();
    // too long: refused, nothing stored
    const before = await db.dataSource.getRepository(Applicant).count();
    const long = await client.run(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { userErrors { code } } }`,
      { input: { round, sex: "Male", household: "x".repeat(201), consent: true, eligible: true } },
    );
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await db.dataSource.getRepository(Applicant).count()).toBe(before);
    // the council's officers see it; the public Applicant type has no such field
    const seen = await client.data<{
      round: { applicants: { applicant: { pseudonym: string }; household: string | null }[] };
    }>(
      `query($id: ID!) { round(id: $id) { applicants { applicant { pseudonym } household } } }`,
      { id: round },
      officer,
    );
    expect(seen.round.applicants.find((a) => a.applicant.pseudonym === "F-1")?.household).toBe("12 High St.");
    const anonymous = await client.run(`query($id: ID!) { round(id: $id) { applicants { household } } }`, {
      id: round,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const publicField = await client.run(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { household } } }`,
      { input: { round, consent: true, eligible: true } },
    );
    expect(publicField.errors?.[0]?.message).toMatch(/Cannot query field "household" on type "Applicant"/);
  });

  it("with the rule: labels instead of addresses, never both of one household, verified by the CLI", async () => {
    const round = await recruitingRound("household-on");
    const committed = await commit(round, true);
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const draw = committed.panelDrawCommit.draw!;
    // F-1 and F-2 share H1 (first met in pool order); F-3 and M-1 live alone, M-2..M-8 gave no address.
    expect(draw.poolCsv).toBe(
      "id,sex,household\nF-1,Female,H1\nF-2,Female,H1\nF-3,Female,\nM-1,Male,\n" +
        Array.from({ length: 7 }, (_, i) => `M-${i + 2},Male,\n`).join(""),
    );
    expect(draw.poolCsv).not.toMatch(/high st|church|road|mill|lane/i);
    expect(draw.commitment).not.toMatch(/high st|church|mill/i);
    expect(JSON.parse(draw.commitment)).toMatchObject({ household: true });
    expect(draw.household).toEqual({ applied: true, affected: 2, households: 1 });

    // The draw: F-3 is always on the panel and exactly one of F-1, F-2 (probability 1/2 each).
    expect((await select(round, SEEDS[0]!)).panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const view = await client.data<DrawView>(DRAW, { id: round });
    const pd = view.round.panelDraw;
    expect(pd.household).toEqual({ applied: true, affected: 2, households: 1 });
    const women = pd.panel.filter((id) => id.startsWith("F-"));
    expect(women).toHaveLength(2);
    expect(women).toContain("F-3");
    // F-3 is certain; F-1 and F-2 share one seat between them (exactly one of them on every panel).
    const chance = async (pseudonym: string) =>
      (await db.dataSource.getRepository(Applicant).findOneByOrFail({ pseudonym, round: { slug: "household-on" } }))
        .selectionProbability!;
    expect(await chance("F-3")).toBeCloseTo(1, 6);
    expect((await chance("F-1")) + (await chance("F-2"))).toBeCloseTo(1, 6);
    expect(pd.probabilities.max).toBeCloseTo(1, 6);

    // The same draw with other seeds (what the verifier recomputes): never F-1 with F-2.
    const published = await publishedDrawOf(db.dataSource, "household-on");
    const panels: string[][] = [];
    for (const seed of SEEDS) panels.push((await verifyPublishedDraw({ ...published, seed })).panel);
    for (const panel of panels) {
      expect(panel.includes("F-1") && panel.includes("F-2")).toBe(false);
      expect(panel).toContain("F-3");
    }
    // both members of the household get their turn over the seeds
    expect(panels.some((p) => p.includes("F-1"))).toBe(true);
    expect(panels.some((p) => p.includes("F-2"))).toBe(true);

    // Verified from the database and from the published files alone.
    const c = capture();
    expect(await lotteryVerify(["--round", "household-on"], c.io, { dataSource: db.dataSource })).toBe(EXIT.ok);
    expect(c.out()).toContain(`panel: ${pd.panel.join(", ")}`);
    expect(c.out()).toMatch(/ok +household rule: 2 applicants in 1 shared households; at most one of each/);
    expect(c.out()).toContain("verified: the published draw is reproduced exactly");
    const dir = mkdtempSync(join(tmpdir(), "coproduce-household-"));
    writeFileSync(join(dir, "commitment.json"), draw.commitment);
    writeFileSync(join(dir, "pool.csv"), draw.poolCsv);
    const files = ["--commitment", join(dir, "commitment.json"), "--pool", join(dir, "pool.csv")];
    const f = capture();
    expect(await lotteryVerify([...files, "--seed", SEEDS[0]!, "--panel", pd.panel.join(","), "--json"], f.io)).toBe(
      EXIT.ok,
    );
    expect(JSON.parse(f.out())).toMatchObject({
      ok: true,
      panel: pd.panel,
      alternates: pd.alternates,
      household: { applied: true, affected: 2, households: 1 },
    });
    // A pool file with the labels removed no longer matches the commitment.
    writeFileSync(join(dir, "pool.csv"), draw.poolCsv.replaceAll("H1", ""));
    const stripped = capture();
    expect(await lotteryVerify([...files, "--seed", SEEDS[0]!], stripped.io)).toBe(EXIT.mismatch);
    expect(stripped.out()).toMatch(/MISMATCH pool file hash/);

    // Audited with the counts, never an address.
    const commitAudit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelDrawCommit" }, order: { key: "DESC" } });
    expect(commitAudit.after).toMatchObject({ household: { affected: 2, households: 1 } });
    const drawAudit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { action: "panelSelect" }, order: { key: "DESC" } });
    expect(drawAudit.after).toMatchObject({ household: { affected: 2, households: 1 }, panel: pd.panel });
    expect(JSON.stringify([commitAudit.after, drawAudit.after])).not.toMatch(/high st|church/i);
  });

  it("without the rule: no labels, and F-1 with F-2 can be drawn together", async () => {
    const round = await recruitingRound("household-off");
    const committed = await commit(round);
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const draw = committed.panelDrawCommit.draw!;
    expect(draw.poolCsv).toBe(
      "id,sex\nF-1,Female\nF-2,Female\nF-3,Female\nM-1,Male\n" +
        Array.from({ length: 7 }, (_, i) => `M-${i + 2},Male\n`).join(""),
    );
    expect(JSON.parse(draw.commitment)).not.toHaveProperty("household");
    expect(draw.household).toEqual({ applied: false, affected: 0, households: 0 });
    expect((await select(round, SEEDS[0]!)).panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const published = await publishedDrawOf(db.dataSource, "household-off");
    const panels: string[][] = [];
    for (const seed of SEEDS) panels.push((await verifyPublishedDraw({ ...published, seed })).panel);
    // each pair of the three women is equally likely (1/3): over 12 seeds the shared household's pair appears
    expect(panels.some((p) => p.includes("F-1") && p.includes("F-2"))).toBe(true);
    const f1 = await db.dataSource
      .getRepository(Applicant)
      .findOneByOrFail({ pseudonym: "F-1", round: { slug: "household-off" } });
    expect(f1.selectionProbability).toBeCloseTo(2 / 3, 6);
  });

  it("refuses the rule when too few households remain for the panel, and writes nothing", async () => {
    const round = await createRecruitingRound(client, db.dataSource, officer, "household-few");
    await apply(client, officer, round, [
      { pseudonym: "A-1", sex: "Female", household: "1 Mill Lane" },
      { pseudonym: "A-2", sex: "Female", household: "1 mill lane" },
      { pseudonym: "A-3", sex: "Male", household: "1 MILL LANE." },
      { pseudonym: "A-4", sex: "Male" },
    ]);
    await client.data(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 3, quotas: [] } },
      officer,
    );
    const refused = await commit(round, true);
    expect(refused.panelDrawCommit.draw).toBeNull();
    expect(refused.panelDrawCommit.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    expect(refused.panelDrawCommit.userErrors[0]?.message).toMatch(/only 2 of the 4 applicants.*HOUSEHOLDS_TOO_FEW/);
    // without the rule the same pool commits
    expect((await commit(round)).panelDrawCommit.userErrors).toEqual([]);
  });
});
