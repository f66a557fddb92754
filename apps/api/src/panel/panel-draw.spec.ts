import { In } from "typeorm";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Applicant } from "./applicant.entity.js";
import { Quota } from "./quota.entity.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelAlternate, SelectionRun } from "./panel-selection.entity.js";
import { SeededRandom } from "@coproduce/domain";
import { EXIT, type CliIo } from "../cli/command.js";
import { lotteryVerify, publishedDrawOf, verifyPublishedDraw } from "../cli/lottery-verify.command.js";
import { apply, createRecruitingRound, officerOf, type ApplicantSpec } from "./recruiting-round.fixture.js";

// 4 women, 8 men; 2 + 2 seats: each woman 1/2, each man 1/4 (maximin = 1/4).
const POOL: ApplicantSpec[] = [
  ...Array.from({ length: 4 }, (_, i) => ({ pseudonym: `F-${i + 1}`, sex: "Female" })),
  ...Array.from({ length: 8 }, (_, i) => ({ pseudonym: `M-${i + 1}`, sex: "Male" })),
];
const QUOTAS = [
  { dimension: "sex", category: "Female", min: 2, max: 2 },
  { dimension: "sex", category: "Male", min: 2, max: 2 },
];
const today = () => new Date().toISOString().slice(0, 10);
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const FEASIBILITY = `query($id: ID!, $size: Int!, $quotas: [ProposedQuotaInput!]!) { round(id: $id) { quotaFeasibility(panelSize: $size, quotas: $quotas) {
  feasible applicants reason message conflicts { dimension category min max suggestedMin suggestedMax }
  suggestedQuotas { dimension category min max } pool { dimension category applicants } problems { code field message } } } }`;
const COMMIT = `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) {
  draw { commitmentSha256 commitment poolSha256 poolCsv applicants panelSize quotas { dimension category min max } algorithm algorithmVersion randomnessDate randomnessSource seed panel verifyCommand }
  userErrors { code field message } } }`;
const SELECT = `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code field message } } }`;
const DRAW = `query($id: ID!) { round(id: $id) { panelDraw { commitmentSha256 seed drawnAt panel alternates probabilities { min median max } }
  lottery { seed probabilities { min median max } } } }`;

interface Feasibility {
  round: {
    quotaFeasibility: {
      feasible: boolean;
      applicants: number;
      reason: string | null;
      message: string | null;
      conflicts: { dimension: string; category: string; suggestedMin: number; suggestedMax: number }[];
      suggestedQuotas: { dimension: string; category: string; min: number; max: number }[] | null;
      pool: { dimension: string; category: string; applicants: number }[];
      problems: { code: string; field: string[] }[];
    };
  };
}
interface CommitResult {
  panelDrawCommit: {
    draw: {
      commitmentSha256: string;
      commitment: string;
      poolSha256: string;
      poolCsv: string;
      applicants: number;
      panelSize: number;
      algorithm: string;
      algorithmVersion: string;
      seed: string | null;
      panel: string[];
      verifyCommand: string;
    } | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
}
interface DrawView {
  round: {
    panelDraw: {
      commitmentSha256: string;
      seed: string | null;
      drawnAt: string | null;
      panel: string[];
      alternates: string[];
      probabilities: { min: number; median: number; max: number } | null;
    } | null;
    lottery: { seed: string | null; probabilities: { min: number; median: number; max: number } };
  };
}

function capture(): { io: CliIo; out: () => string } {
  let text = "";
  return { io: { stdout: (t) => (text += t), stderr: (t) => (text += t) }, out: () => text };
}

describe("commit, then draw, then verify (API and CLI)", () => {
  let db: TestDatabase;
  let client: TestClient;
  let officer: Viewer & { councilKey: number };
  let foreign: Viewer & { councilKey: number };

  async function recruitingRound(slug: string, pool = POOL): Promise<string> {
    const round = await createRecruitingRound(client, db.dataSource, officer, slug);
    await apply(client, officer, round, pool);
    const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: QUOTAS } },
      officer,
    );
    expect(q.panelQuotasSet.userErrors).toEqual([]);
    return round;
  }
  const commit = (round: string, extra: Record<string, unknown> = {}) =>
    client.data<CommitResult>(
      COMMIT,
      {
        input: { round, randomnessDate: today(), randomnessSource: "Dice thrown at the public meeting", ...extra },
      },
      officer,
    );
  const select = (round: string, seed?: string) =>
    client.data<{ panelSelect: { quotasMet: boolean; userErrors: { code: string; field: string[] }[] } }>(
      SELECT,
      { input: { round, ...(seed === undefined ? {} : { seed }) } },
      officer,
    );

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    client = await TestClient.create(db.dataSource);
    officer = await officerOf(db.dataSource, "hackney");
    foreign = await officerOf(db.dataSource, "lambeth");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("checks proposed quotas without saving them: feasible, conflicts with the nearest quotas, input problems", async () => {
    const round = await recruitingRound("draw-feasibility");
    const ok = await client.data<Feasibility>(FEASIBILITY, { id: round, size: 4, quotas: QUOTAS }, officer);
    expect(ok.round.quotaFeasibility).toMatchObject({ feasible: true, applicants: 12, conflicts: [], problems: [] });
    expect(ok.round.quotaFeasibility.pool.filter((p) => p.dimension === "sex")).toEqual([
      { dimension: "sex", category: "Female", applicants: 4 },
      { dimension: "sex", category: "Male", applicants: 8 },
    ]);
    // 5 women wanted, 4 applied: the nearest quotas lower that minimum to 4 (and make room among the men).
    const short = await client.data<Feasibility>(
      FEASIBILITY,
      {
        id: round,
        size: 6,
        quotas: [
          { dimension: "sex", category: "Female", min: 5, max: 5 },
          { dimension: "sex", category: "Male", min: 1, max: 1 },
        ],
      },
      officer,
    );
    const f = short.round.quotaFeasibility;
    expect(f.feasible).toBe(false);
    expect(f.reason).toBe("CATEGORY_SHORT_OF_APPLICANTS");
    expect(f.message).toMatch(/Female/);
    expect(f.conflicts.find((c) => c.category === "Female")?.suggestedMin).toBe(4);
    const suggested = f.suggestedQuotas!;
    expect(suggested.find((q) => q.category === "Female")!.min).toBe(4);
    expect(suggested.find((q) => q.category === "Male")!.max).toBe(2);
    // the suggestion is itself feasible
    const again = await client.data<Feasibility>(FEASIBILITY, { id: round, size: 6, quotas: suggested }, officer);
    expect(again.round.quotaFeasibility.feasible).toBe(true);
    // input problems: no solve, coded, with the field
    const bad = await client.data<Feasibility>(
      FEASIBILITY,
      { id: round, size: 4, quotas: [{ dimension: "sex", category: "Female", min: 3, max: 1 }] },
      officer,
    );
    expect(bad.round.quotaFeasibility.problems).toEqual([
      expect.objectContaining({ code: "OUT_OF_RANGE", field: ["quotas", "0", "min"] }),
    ]);
    const spelled = await client.data<Feasibility>(
      FEASIBILITY,
      { id: round, size: 4, quotas: [{ dimension: "sex", category: "female", min: 1, max: 3 }] },
      officer,
    );
    expect(spelled.round.quotaFeasibility.problems[0]?.code).toBe("INVALID");
    // nothing saved
    const saved = await db.dataSource.getRepository(Quota).count({ where: { category: "female" } });
    expect(saved).toBe(0);
    // another council's officer may not look
    const other = await client.run(FEASIBILITY, { id: round, size: 4, quotas: QUOTAS }, foreign);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("publishes a commitment, freezes the pool and quotas, draws with the seed, and verifies", async () => {
    const round = await recruitingRound("draw-committed");
    const committed = await commit(round);
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const draw = committed.panelDrawCommit.draw!;
    // The pool file: pseudonyms and the quota dimension only, sorted by id.
    const expectedPool =
      "id,sex\n" +
      [...POOL]
        .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1))
        .map((a) => `${a.pseudonym},${a.sex}`)
        .join("\n") +
      "\n";
    expect(draw.poolCsv).toBe(expectedPool);
    expect(draw.poolSha256).toBe(sha256(expectedPool));
    expect(draw.commitmentSha256).toBe(sha256(draw.commitment));
    expect(JSON.parse(draw.commitment)).toMatchObject({
      format: "coproduce-lottery-commitment/v1",
      round: "draw-committed",
      pool: { sha256: sha256(expectedPool), applicants: 12, dimensions: ["sex"] },
      panelSize: 4,
      algorithm: "maximin",
      randomness: { date: today(), source: "Dice thrown at the public meeting" },
    });
    expect(draw.algorithmVersion).toMatch(/^cg\/v2\+highs-\d+\.\d+\.\d+$/);
    expect(draw.verifyCommand).toBe("pnpm coproduce lottery verify --round draw-committed");

    // Frozen: quotas, new applications, reviews and a second commitment are refused with DRAW_COMMITTED.
    const quotas = await client.data<{ panelQuotasSet: { userErrors: { code: string }[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: [] } },
      officer,
    );
    expect(quotas.panelQuotasSet.userErrors.map((e) => e.code)).toEqual(["DRAW_COMMITTED"]);
    const late = await client.data<{ applicantApply: { userErrors: { code: string }[] } }>(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { userErrors { code } } }`,
      { input: { round, sex: "Female", consent: true, eligible: true } },
    );
    expect(late.applicantApply.userErrors.map((e) => e.code)).toEqual(["DRAW_COMMITTED"]);
    const one = await db.dataSource
      .getRepository(Applicant)
      .findOneByOrFail({ pseudonym: "M-1", round: { slug: "draw-committed" } });
    const review = await client.data<{ applicantReview: { userErrors: { code: string }[] } }>(
      `mutation($input: ApplicantReviewInput!) { applicantReview(input: $input) { userErrors { code } } }`,
      { input: { applicant: one.id, accept: false, reason: "Outside the area" } },
      officer,
    );
    expect(review.applicantReview.userErrors.map((e) => e.code)).toEqual(["DRAW_COMMITTED"]);
    expect((await commit(round)).panelDrawCommit.userErrors.map((e) => e.code)).toEqual(["DRAW_COMMITTED"]);
    expect(await db.dataSource.getRepository(Quota).count({ where: { round: { slug: "draw-committed" } } })).toBe(2);

    // The draw needs the seed.
    expect((await select(round)).panelSelect.userErrors).toEqual([
      expect.objectContaining({ code: "REQUIRED", field: ["input", "seed"] }),
    ]);
    const drawn = await select(round, "dice 4 2 6 1 3");
    expect(drawn.panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const view = await client.data<DrawView>(DRAW, { id: round });
    const pd = view.round.panelDraw!;
    expect(pd.seed).toBe("dice 4 2 6 1 3");
    expect(pd.drawnAt).not.toBeNull();
    expect(pd.panel).toHaveLength(4);
    expect(pd.panel.filter((id) => id.startsWith("F-"))).toHaveLength(2);
    expect(pd.alternates).toHaveLength(8);
    expect(new Set([...pd.panel, ...pd.alternates]).size).toBe(12);
    // women 2/4, men 2/8: min 1/4, median (6th and 7th of 12 sorted: both men) 1/4, max 1/2
    expect(pd.probabilities!.min).toBeCloseTo(0.25, 9);
    expect(pd.probabilities!.median).toBeCloseTo(0.25, 9);
    expect(pd.probabilities!.max).toBeCloseTo(0.5, 9);
    expect(view.round.lottery.probabilities.median).toBeCloseTo(0.25, 9);
    expect(view.round.lottery.seed).toBe("dice 4 2 6 1 3");
    // The result is frozen: a second draw is refused.
    expect((await select(round, "another seed")).panelSelect.userErrors.map((e) => e.code)).toEqual(["FROZEN"]);

    // Audited: the commitment (hashes, randomness) and the draw (seed, commitment hash, panel).
    const audits = await db.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { action: "panelDrawCommit" }, order: { key: "DESC" } });
    expect(audits[0]?.after).toMatchObject({
      commitmentSha256: draw.commitmentSha256,
      poolSha256: draw.poolSha256,
      applicants: 12,
      randomnessSource: "Dice thrown at the public meeting",
    });
    const drawAudit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOne({ where: { action: "panelSelect" }, order: { key: "DESC" } });
    expect(drawAudit?.after).toMatchObject({
      seed: "dice 4 2 6 1 3",
      commitmentSha256: draw.commitmentSha256,
      panel: pd.panel,
      alternates: pd.alternates,
    });

    // Verify from the database, through the CLI command (the same output as `pnpm coproduce lottery verify --round`).
    const c = capture();
    expect(await lotteryVerify(["--round", "draw-committed"], c.io, { dataSource: db.dataSource })).toBe(EXIT.ok);
    expect(c.out()).toContain(`panel: ${pd.panel.join(", ")}`);
    expect(c.out()).toContain("verified: the published draw is reproduced exactly");
    expect(c.out()).not.toContain("MISMATCH");

    // Verify from the published files.
    const dir = mkdtempSync(join(tmpdir(), "coproduce-verify-"));
    writeFileSync(join(dir, "commitment.json"), draw.commitment);
    writeFileSync(join(dir, "pool.csv"), draw.poolCsv);
    const files = ["--commitment", join(dir, "commitment.json"), "--pool", join(dir, "pool.csv")];
    const f = capture();
    expect(
      await lotteryVerify([...files, "--seed", "dice 4 2 6 1 3", "--panel", pd.panel.join(","), "--json"], f.io),
    ).toBe(EXIT.ok);
    expect(JSON.parse(f.out())).toMatchObject({ ok: true, panel: pd.panel, alternates: pd.alternates });

    // Another seed gives another draw: the published panel does not match (exit code 5).
    const wrongSeed = capture();
    const code = await lotteryVerify(
      [...files, "--seed", "dice 1 1 1 1 1", "--panel", pd.panel.join(",")],
      wrongSeed.io,
    );
    expect(code).toBe(EXIT.mismatch);
    expect(wrongSeed.out()).toMatch(/MISMATCH panel/);
    // the same check from the database record, with the seed replaced: the alternates' order differs too
    const reproduced = await verifyPublishedDraw({
      ...(await publishedDrawOf(db.dataSource, "draw-committed")),
      seed: "dice 1 1 1 1 1",
    });
    expect(reproduced.checks.find((x) => x.name === "alternates")?.ok).toBe(false);
    // A pool file changed after the commitment: hash mismatch, exit code 5.
    writeFileSync(join(dir, "pool.csv"), draw.poolCsv.replace("M-8,Male", "M-8,Female"));
    const tampered = capture();
    expect(await lotteryVerify([...files, "--seed", "dice 4 2 6 1 3"], tampered.io)).toBe(EXIT.mismatch);
    expect(tampered.out()).toMatch(/MISMATCH pool file hash/);
    // A stored result altered in the database: mismatch.
    const row = await db.dataSource
      .getRepository(PanelDraw)
      .findOneByOrFail({ commitmentSha256: draw.commitmentSha256 });
    const swapped = { ...row.outcome!, panel: [...row.outcome!.panel.slice(1), row.outcome!.alternates[0]!].sort() };
    await db.dataSource.getRepository(PanelDraw).update({ key: row.key }, { outcome: swapped });
    const altered = capture();
    expect(await lotteryVerify(["--round", "draw-committed"], altered.io, { dataSource: db.dataSource })).toBe(
      EXIT.mismatch,
    );
    expect(altered.out()).toMatch(/MISMATCH panel/);
  });

  it("refuses bad commitments with codes and writes nothing", async () => {
    const round = await recruitingRound("draw-refusals");
    const codes = async (extra: Record<string, unknown>) =>
      (await commit(round, extra)).panelDrawCommit.userErrors.map((e) => [e.code, e.field.at(-1)]);
    expect(await codes({ randomnessDate: "2020-01-01" })).toEqual([["OUT_OF_RANGE", "randomnessDate"]]);
    expect(await codes({ randomnessDate: "2026-02-30" })).toEqual([["INVALID", "randomnessDate"]]);
    expect(await codes({ randomnessSource: "  " })).toEqual([["REQUIRED", "randomnessSource"]]);
    expect(await codes({ algorithm: "random" })).toEqual([["INVALID", "algorithm"]]);
    // a public ceremony needs 2..10,000 tickets
    for (const m of [1, 0, -5, 10_001])
      expect(await codes({ ceremonyTickets: m })).toEqual([["INVALID", "ceremonyTickets"]]);
    // quotas that admit no panel cannot be committed
    await client.data(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      {
        input: {
          round,
          panelSize: 4,
          quotas: [
            { dimension: "sex", category: "Female", min: 4, max: 4 },
            { dimension: "sex", category: "Male", min: 1, max: 4 },
          ],
        },
      },
      officer,
    );
    expect(await codes({})).toEqual([["QUOTAS_INFEASIBLE", "round"]]);
    expect(await db.dataSource.getRepository(PanelDraw).count({ where: { round: { slug: "draw-refusals" } } })).toBe(0);
    // another council's officer is refused
    const other = await client.run(
      COMMIT,
      { input: { round, randomnessDate: today(), randomnessSource: "Dice at the meeting" } },
      foreign,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a draw before the committed date of the randomness (TOO_EARLY)", async () => {
    const round = await recruitingRound("draw-too-early");
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect((await commit(round, { randomnessDate: later })).panelDrawCommit.userErrors).toEqual([]);
    expect((await select(round, "12 19 23 31 40 44")).panelSelect.userErrors.map((e) => e.code)).toEqual(["TOO_EARLY"]);
    expect((await client.data<DrawView>(DRAW, { id: round })).round.panelDraw).toMatchObject({ seed: null, panel: [] });
  });

  it("refuses a draw without a published commitment (DRAW_NOT_COMMITTED) and writes nothing", async () => {
    const round = await recruitingRound("draw-uncommitted");
    const slug = { round: { slug: "draw-uncommitted" } };
    const applicants = () =>
      db.dataSource
        .getRepository(Applicant)
        .find({ where: slug, order: { pseudonym: "ASC" } })
        .then((rows) => rows.map((a) => [a.pseudonym, a.status, a.selectionProbability]));
    const before = await applicants();
    expect(before).toHaveLength(POOL.length);
    expect(before.every(([, status, p]) => status === "applied" && p === null)).toBe(true);
    const audits = () => db.dataSource.getRepository(AuditLogEntry).countBy({ action: "panelSelect" });
    const auditsBefore = await audits();
    // with a seed and without one: the commitment comes first
    for (const seed of ["4 2 6 1 3 5", undefined]) {
      const refused = await select(round, seed);
      expect(refused.panelSelect.quotasMet).toBe(false);
      expect(refused.panelSelect.userErrors).toEqual([
        expect.objectContaining({ code: "DRAW_NOT_COMMITTED", field: ["input", "round"] }),
      ]);
    }
    const message = (await select(round, "4 2 6 1 3 5")).panelSelect.userErrors[0] as unknown as { message: string };
    expect(message.message).toMatch(/^Publish the commitment first/);
    // nothing written: the applicants' status and chance, no panel, no alternates, no draw, no seed, no audit
    expect(await applicants()).toEqual(before);
    expect(await db.dataSource.getRepository(PanelMember).count({ where: slug })).toBe(0);
    expect(await db.dataSource.getRepository(PanelAlternate).count({ where: slug })).toBe(0);
    expect(await db.dataSource.getRepository(SelectionRun).count({ where: slug })).toBe(0);
    expect(await db.dataSource.getRepository(PanelDraw).count({ where: slug })).toBe(0);
    expect(await audits()).toBe(auditsBefore);
    const view = (await client.data<DrawView>(DRAW, { id: round })).round;
    expect(view.panelDraw).toBeNull();
    expect(view.lottery.seed).toBeNull();
    // every other applicant reads Welsh: the members drawn keep the language of their application
    const pool = await db.dataSource.getRepository(Applicant).find({ where: slug, order: { pseudonym: "ASC" } });
    const welsh = new Set(pool.filter((_, i) => i % 2 === 0).map((a) => a.key));
    await db.dataSource.getRepository(Applicant).update({ key: In([...welsh]) }, { language: "cy" });
    // once committed, the same round draws
    expect((await commit(round)).panelDrawCommit.userErrors).toEqual([]);
    expect((await select(round, "4 2 6 1 3 5")).panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const members = await db.dataSource.getRepository(PanelMember).find({ where: slug });
    expect(members).toHaveLength(4);
    expect(members.map((m) => m.language)).toEqual(members.map((m) => (welsh.has(m.applicantKey!) ? "cy" : "en")));
  });

  it("commits the algorithm chosen: leximin is in the commitment, the draw's record and the lottery's id", async () => {
    const round = await recruitingRound("draw-leximin");
    const committed = await commit(round, { algorithm: "leximin" });
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const draw = committed.panelDrawCommit.draw!;
    expect(draw.algorithm).toBe("leximin");
    expect(JSON.parse(draw.commitment)).toMatchObject({ algorithm: "leximin" });
    expect((await select(round, "dice 6 6 1 2")).panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const LOTTERY = `query($id: ID!) { round(id: $id) { panelDraw { algorithm } lottery { algorithm } } }`;
    const view = await client.data<{ round: { panelDraw: { algorithm: string }; lottery: { algorithm: string } } }>(
      LOTTERY,
      { id: round },
    );
    expect(view.round).toEqual({ panelDraw: { algorithm: "leximin" }, lottery: { algorithm: "leximin-cg/v2" } });
    // the draw ran the committed algorithm (its audit names the solver's id)
    const drawAudit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOne({ where: { action: "panelSelect" }, order: { key: "DESC" } });
    expect((drawAudit?.after as { algorithm: string }).algorithm).toMatch(/^leximin-cg\/v2/);
  });

  it("discards a seed stored on the round before the commitment", async () => {
    const round = await recruitingRound("draw-preseeded");
    // A database from before commit-then-draw may hold a seed on a recruiting round; a seed known
    // before the commitment proves nothing.
    await db.dataSource.query(`UPDATE "round" SET "lotterySeed" = 'known-in-advance' WHERE "slug" = 'draw-preseeded'`);
    expect((await commit(round)).panelDrawCommit.userErrors).toEqual([]);
    expect((await client.data<DrawView>(DRAW, { id: round })).round.lottery.seed).toBeNull();
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOne({ where: { action: "panelDrawCommit" }, order: { key: "DESC" } });
    expect(audit?.before).toEqual({ seed: "known-in-advance" });
    expect((await select(round, "fresh-seed")).panelSelect.quotasMet).toBe(true);
    expect((await client.data<DrawView>(DRAW, { id: round })).round.lottery.seed).toBe("fresh-seed");
  });

  it("draws a public ceremony: ticket nextInt(m) + 1 of the seed, its panel, the loss; verify reproduces it", async () => {
    const round = await recruitingRound("draw-ceremony");
    // 4 women, 8 men, 1..3 of each in 4 seats: the maximin gives everyone 1/3 (4 seats, 12 people) by
    // mixing compositions, so rounding to m = 10 tickets moves some chances by a little.
    const ranges = [
      { dimension: "sex", category: "Female", min: 1, max: 3 },
      { dimension: "sex", category: "Male", min: 1, max: 3 },
    ];
    const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
      `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code } } }`,
      { input: { round, panelSize: 4, quotas: ranges } },
      officer,
    );
    expect(q.panelQuotasSet.userErrors).toEqual([]);
    const m = 10;
    const committed = await commit(round, { ceremonyTickets: m });
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const document = committed.panelDrawCommit.draw!.commitment;
    expect(JSON.parse(document)).toMatchObject({ ceremony: { tickets: m } });
    const CEREMONY = `query($id: ID!) { round(id: $id) { panelDraw { ceremonyTickets panel alternates probabilities { min max }
      ceremony { tickets ticket firstTicketOfPanel lastTicketOfPanel loss minProbability exactMinProbability } } } }`;
    type View = {
      round: {
        panelDraw: {
          ceremonyTickets: number | null;
          panel: string[];
          alternates: string[];
          probabilities: { min: number; max: number } | null;
          ceremony: {
            tickets: number;
            ticket: number;
            firstTicketOfPanel: number;
            lastTicketOfPanel: number;
            loss: number;
            minProbability: number;
            exactMinProbability: number;
          } | null;
        };
      };
    };
    const before = (await client.data<View>(CEREMONY, { id: round })).round.panelDraw;
    expect(before).toMatchObject({ ceremonyTickets: m, ceremony: null, panel: [] });

    const seed = "Lotto 2026-12-05: 3 17 22 31 40 52";
    expect((await select(round, seed)).panelSelect).toEqual({ quotasMet: true, userErrors: [] });
    const pd = (await client.data<View>(CEREMONY, { id: round })).round.panelDraw;
    const c = pd.ceremony!;
    // the ticket, from the published generator alone
    expect(c.tickets).toBe(m);
    expect(c.ticket).toBe(new SeededRandom(seed).nextInt(m) + 1);
    expect(c.firstTicketOfPanel).toBeLessThanOrEqual(c.ticket);
    expect(c.lastTicketOfPanel).toBeGreaterThanOrEqual(c.ticket);
    // the exact maximin: everyone 1/3
    expect(c.exactMinProbability).toBeCloseTo(1 / 3, 6);
    // everyone's stored chance is the ceremony's: a whole number of tickets out of m, times seats/cell size
    const people = await db.dataSource.getRepository(Applicant).find({ where: { round: { slug: "draw-ceremony" } } });
    let worst = 0;
    for (const a of people) {
      const size = a.pseudonym.startsWith("F-") ? 4 : 8;
      const units = a.selectionProbability! * m * size;
      expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-9);
      worst = Math.max(worst, Math.abs(a.selectionProbability! - 1 / 3));
    }
    // the reported loss is the largest move from 1/3, and 10 tickets cannot give 1/3 exactly
    expect(c.loss).toBeCloseTo(worst, 6);
    expect(c.loss).toBeGreaterThan(0);
    expect(c.minProbability).toBeCloseTo(Math.min(...people.map((a) => a.selectionProbability!)), 9);
    expect(pd.probabilities!.min).toBeCloseTo(c.minProbability, 9);
    // the panel has the drawn ticket's composition: 1..3 women
    const women = pd.panel.filter((id) => id.startsWith("F-")).length;
    expect(women).toBeGreaterThanOrEqual(1);
    expect(women).toBeLessThanOrEqual(3);

    // verify re-draws the same ticket and panel, from the database and from the files
    const v = capture();
    expect(await lotteryVerify(["--round", "draw-ceremony"], v.io, { dataSource: db.dataSource })).toBe(EXIT.ok);
    expect(v.out()).toContain(`public ceremony: ticket ${c.ticket} of ${m} drawn`);
    expect(v.out()).toContain(`ok       ceremony ticket: ticket ${c.ticket} of ${m}`);
    expect(v.out()).toContain(`panel: ${pd.panel.join(", ")}`);
    const dir = mkdtempSync(join(tmpdir(), "coproduce-ceremony-"));
    writeFileSync(join(dir, "commitment.json"), document);
    writeFileSync(join(dir, "pool.csv"), committed.panelDrawCommit.draw!.poolCsv);
    const files = ["--commitment", join(dir, "commitment.json"), "--pool", join(dir, "pool.csv"), "--seed", seed];
    const j = capture();
    expect(
      await lotteryVerify([...files, "--panel", pd.panel.join(","), "--ticket", String(c.ticket), "--json"], j.io),
    ).toBe(EXIT.ok);
    expect(JSON.parse(j.out())).toMatchObject({ ok: true, panel: pd.panel, alternates: pd.alternates, ceremony: c });
    // a different ticket claimed: mismatch
    const wrong = capture();
    const other = (c.ticket % m) + 1;
    expect(await lotteryVerify([...files, "--ticket", String(other)], wrong.io)).toBe(EXIT.mismatch);
    expect(wrong.out()).toContain(`MISMATCH ceremony ticket: ticket ${c.ticket} of ${m}, published ${other}`);
    // the audit of the draw names the ticket
    const drawAudit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOne({ where: { action: "panelSelect" }, order: { key: "DESC" } });
    expect(drawAudit?.after).toMatchObject({ seed, ceremony: { tickets: m, ticket: c.ticket } });
  });
});
