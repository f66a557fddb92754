import type { EntityManager } from "typeorm";
import { chooseReplacement, isTranslationLang, TRANSLATION_LANGS, type PanelQuotas } from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { actorOf, type Viewer } from "../auth/actor.js";
import { AuthToken } from "../auth/auth-token.entity.js";
import { roundScope } from "../round/round-guards.js";
import type { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { PanelAlternate, PanelMemberStatus, SelectionRun } from "./panel-selection.entity.js";
import { categoriesOf, inLotteryPool, memberPseudonym } from "./dimensions.js";
import { committedDraw, committedHouseholdLabels } from "./panel-draw.js";

/**
 * After the draw: the panel's members confirm (they accepted), withdraw (with a reason), and a
 * withdrawn member's seat goes to the first of the draw's alternates who keeps every quota (the
 * domain's `chooseReplacement`). Every run — the draw and each replacement — is kept in
 * `selection_run` with its inputs (the quota snapshot it used), who ran it and when.
 */

/** The round's quotas as the domain reads them. */
export async function quotasOf(manager: EntityManager, roundKey: number): Promise<PanelQuotas> {
  const rows = await manager.getRepository(Quota).find({ where: { roundKey }, order: { key: "ASC" } });
  const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
  for (const q of rows) (quotas[q.dimension] ??= {})[q.category] = { min: q.min, max: q.max };
  return quotas;
}

/**
 * Stores a draw: its ordered alternates and its selection run. Called by every command that draws a
 * panel (panelSelect; a commit-then-draw flow calls it the same way) inside its transaction.
 */
export async function recordDrawRun(
  manager: EntityManager,
  draw: {
    round: Round;
    actor: Viewer;
    seed: string;
    algorithmId: string;
    quotas: PanelQuotas;
    /** Applicant key per pseudonym, for everyone in the pool. */
    applicantKeys: ReadonlyMap<string, number>;
    panel: readonly string[];
    alternates: readonly string[];
    minProbability: number;
    drawTicket: number | null;
  },
): Promise<SelectionRun> {
  await manager.getRepository(PanelAlternate).delete({ roundKey: draw.round.key });
  const alternates = draw.alternates.flatMap((pseudonym, position) => {
    const applicantKey = draw.applicantKeys.get(pseudonym);
    return applicantKey === undefined ? [] : [{ roundKey: draw.round.key, position, applicantKey }];
  });
  for (let i = 0; i < alternates.length; i += 200)
    await manager.getRepository(PanelAlternate).insert(alternates.slice(i, i + 200));
  return manager.getRepository(SelectionRun).save(
    Object.assign(new SelectionRun(), {
      roundKey: draw.round.key,
      kind: "draw",
      actor: actorOf(draw.actor),
      inputs: {
        seed: draw.seed,
        algorithm: draw.algorithmId,
        panelSize: draw.round.panelSize,
        pool: draw.applicantKeys.size,
        quotas: draw.quotas,
      },
      result: {
        panel: [...draw.panel],
        alternates: [...draw.alternates],
        minProbability: draw.minProbability,
        drawTicket: draw.drawTicket,
      },
    }),
  );
}

async function loadMemberScope(tx: Parameters<typeof roundScope>[0], memberKey: number) {
  const member = await tx.find(PanelMember, memberKey, {
    field: ["input", "member"],
    label: "member",
    missing: "notFound",
  });
  return { ...(await roundScope(tx, member.roundKey, ["input", "member"], "notFound")), member };
}

async function statusOf(manager: EntityManager, member: PanelMember): Promise<PanelMemberStatus> {
  return (
    (await manager.getRepository(PanelMemberStatus).findOneBy({ memberKey: member.key })) ??
    Object.assign(new PanelMemberStatus(), {
      memberKey: member.key,
      roundKey: member.roundKey,
      confirmedAt: null,
      withdrawnAt: null,
      withdrawalReason: null,
      replacedByMemberKey: null,
    })
  );
}

function notWithdrawn(member: PanelMember): void {
  if (!member.active)
    throw UserErrorException.of(UserErrorCode.MEMBER_WITHDRAWN, `${member.pseudonym} has left the panel.`, [
      "input",
      "member",
    ]);
}

/**
 * A panel member chooses the language they read (en or cy) on their own panel page: what the
 * council and Coproduce send them from then on is written in it. Only the signed-in member, for
 * themself (the member is the actor's own, never an input).
 */
export const panelMemberLanguageSet = defineCommand({
  name: "panelMemberLanguageSet",
  who: who.roundPanelMember,
  // any phase: a member may change their language at any time
  async load(tx, _input: { language: string }): Promise<{ councilKey: number | null; member: PanelMember | null }> {
    const actor = tx.actor;
    if (actor.kind !== "panel_member" || actor.memberKey === undefined) return { councilKey: null, member: null };
    return loadMemberScope(tx, actor.memberKey);
  },
  async run(tx, { language }, { member }) {
    // who.roundPanelMember has let only the member themself through, so the member is loaded
    if (!member) throw new Error("panelMemberLanguageSet: no member in scope");
    if (!isTranslationLang(language))
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        `Choose a language Coproduce writes in: ${TRANSLATION_LANGS.join(", ")}.`,
        ["input", "language"],
      );
    const before = member.language;
    member.language = language;
    await tx.manager.getRepository(PanelMember).update({ key: member.key }, { language });
    return { member, before };
  },
  audit: ({ member, before }) => ({
    entityType: "PanelMember",
    entityId: member.key,
    before: { language: before },
    after: { language: member.language },
  }),
});

/** A selected member accepted their seat. Audited; a second confirmation is refused (DUPLICATE). */
export const panelMemberConfirm = defineCommand({
  name: "panelMemberConfirm",
  who: who.councilOfficer,
  action: "panelMemberConfirm",
  locks: [PanelMember],
  load: (tx, input: { memberKey: number }) => loadMemberScope(tx, input.memberKey),
  async run(tx, _input, { member }) {
    notWithdrawn(member);
    const status = await statusOf(tx.manager, member);
    if (status.confirmedAt !== null)
      throw UserErrorException.of(UserErrorCode.DUPLICATE, `${member.pseudonym} has already confirmed.`, [
        "input",
        "member",
      ]);
    status.confirmedAt = tx.clock.now();
    await tx.manager.getRepository(PanelMemberStatus).save(status);
    return { member, status };
  },
  audit: ({ member, status }) => ({
    entityType: "PanelMember",
    entityId: member.key,
    before: { confirmed: false },
    after: { confirmed: true, confirmedAt: status.confirmedAt?.toISOString() ?? null },
  }),
});

/**
 * A member leaves the panel (they declined, moved away, stopped coming), with the reason. Their
 * seat is open until replaced; their device sessions are signed out. Audited with the reason.
 */
export const panelMemberWithdraw = defineCommand({
  name: "panelMemberWithdraw",
  who: who.councilOfficer,
  action: "panelMemberWithdraw",
  locks: [PanelMember],
  load: (tx, input: { memberKey: number; reason: string }) => loadMemberScope(tx, input.memberKey),
  async run(tx, { reason }, { member }) {
    const why = reason.trim();
    if (why.length === 0)
      throw UserErrorException.of(UserErrorCode.REQUIRED, "Give the reason the member is leaving the panel.", [
        "input",
        "reason",
      ]);
    notWithdrawn(member);
    const status = await statusOf(tx.manager, member);
    status.withdrawnAt = tx.clock.now();
    status.withdrawalReason = why;
    await tx.manager.getRepository(PanelMemberStatus).save(status);
    await tx.manager.getRepository(PanelMember).update({ key: member.key }, { active: false });
    if (member.applicantKey !== null)
      await tx.manager.getRepository(Applicant).update({ key: member.applicantKey }, { status: "withdrawn" });
    const revoked = await tx.manager.getRepository(AuthToken).delete({ kind: "panel", memberKey: member.key });
    return {
      member: await tx.manager.getRepository(PanelMember).findOneByOrFail({ key: member.key }),
      status,
      revokedSessions: revoked.affected ?? 0,
    };
  },
  audit: ({ member, status, revokedSessions }) => ({
    entityType: "PanelMember",
    entityId: member.key,
    before: { active: true },
    after: { active: false, reason: status.withdrawalReason, revokedSessions },
  }),
});

export interface ReplacementOutcome {
  withdrawn: PanelMember;
  member: PanelMember;
  applicant: Applicant;
  alternatePosition: number;
  quotasKept: boolean;
  violation: number;
  explanation: string;
  /** Alternates passed over under the household rule (pseudonyms). */
  householdSkipped: string[];
  run: SelectionRun;
}

/**
 * The seat of a withdrawn member goes to the first alternate (in the draw's order) who keeps every
 * quota, or if none does the least-violating one — said in `explanation` and `quotasKept: false`.
 * The new member gets the next pseudonym; the run is stored with the quota snapshot it used.
 */
export const panelMemberReplace = defineCommand({
  name: "panelMemberReplace",
  who: who.councilOfficer,
  action: "panelMemberReplace",
  locks: [PanelMember],
  load: (tx, input: { memberKey: number }) => loadMemberScope(tx, input.memberKey),
  async run(tx, _input, { member: withdrawn, round }): Promise<ReplacementOutcome> {
    const manager = tx.manager;
    const status = await statusOf(manager, withdrawn);
    if (withdrawn.active || status.withdrawnAt === null)
      throw UserErrorException.of(
        UserErrorCode.MEMBER_NOT_WITHDRAWN,
        `${withdrawn.pseudonym} is still on the panel: withdraw them first, with the reason.`,
        ["input", "member"],
      );
    if (status.replacedByMemberKey !== null) {
      const by = await manager.getRepository(PanelMember).findOneBy({ key: status.replacedByMemberKey });
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        `${withdrawn.pseudonym} has already been replaced${by ? ` by ${by.pseudonym}` : ""}.`,
        ["input", "member"],
      );
    }
    const [members, applicants, alternateRows, quotas, draw] = await Promise.all([
      manager.getRepository(PanelMember).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
      manager.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
      manager.getRepository(PanelAlternate).find({ where: { roundKey: round.key }, order: { position: "ASC" } }),
      quotasOf(manager, round.key),
      committedDraw(manager, round.key),
    ]);
    // The household rule, when the draw was committed with it: the committed pool file's labels.
    const households = committedHouseholdLabels(draw);
    const candidate = (a: Applicant) => ({
      id: a.pseudonym,
      categories: categoriesOf(a),
      ...(households ? { household: households.get(a.pseudonym) ?? "" } : {}),
    });
    if (alternateRows.length === 0)
      throw UserErrorException.of(
        UserErrorCode.NO_ALTERNATE_LEFT,
        "This panel has no stored list of alternates (it was drawn before alternates were kept), so no one can be offered the seat.",
        ["input", "member"],
      );
    const byKey = new Map(applicants.map((a) => [a.key, a]));
    const seated = members.filter((m) => m.role === "member" && m.active && m.applicantKey !== null);
    const everSeated = new Set(members.flatMap((m) => (m.applicantKey === null ? [] : [m.applicantKey])));
    const unavailable = applicants.filter((a) => everSeated.has(a.key) || !inLotteryPool(a)).map((a) => a.pseudonym);
    const alternates = alternateRows.flatMap((row) => {
      const a = byKey.get(row.applicantKey);
      return a ? [a] : [];
    });
    const statuses = await manager.getRepository(PanelMemberStatus).findBy({ roundKey: round.key });
    const openOthers = statuses.filter(
      (s) => s.memberKey !== withdrawn.key && s.withdrawnAt !== null && s.replacedByMemberKey === null,
    ).length;
    const choice = chooseReplacement({
      remaining: seated.map((m) => candidate(byKey.get(m.applicantKey!)!)),
      alternates: alternates.map(candidate),
      quotas,
      exclude: unavailable,
      otherOpenSeats: openOthers,
      household: households !== null,
    });
    if (choice.replacement === null || choice.alternateIndex === null)
      throw UserErrorException.of(UserErrorCode.NO_ALTERNATE_LEFT, choice.explanation, ["input", "member"]);
    const applicant = alternates[choice.alternateIndex]!;
    const taken = new Set(members.map((m) => m.pseudonym));
    let n = members.length;
    while (taken.has(memberPseudonym(n))) n++;
    const member = await manager.getRepository(PanelMember).save(
      Object.assign(new PanelMember(), {
        roundKey: round.key,
        applicantKey: applicant.key,
        pseudonym: memberPseudonym(n),
        language: applicant.language,
        role: "member",
        invitationCodeHash: null,
        invitationUsedAt: null,
        active: true,
      }),
    );
    await manager.getRepository(Applicant).update({ key: applicant.key }, { status: "selected" });
    status.replacedByMemberKey = member.key;
    await manager.getRepository(PanelMemberStatus).save(status);
    const run = await manager.getRepository(SelectionRun).save(
      Object.assign(new SelectionRun(), {
        roundKey: round.key,
        kind: "replacement",
        actor: actorOf(tx.actor),
        inputs: {
          withdrawnMember: withdrawn.pseudonym,
          withdrawnApplicant:
            withdrawn.applicantKey === null ? null : (byKey.get(withdrawn.applicantKey)?.pseudonym ?? null),
          reason: status.withdrawalReason,
          panelSize: round.panelSize,
          quotas,
          otherOpenSeats: openOthers,
          alternatesConsidered: alternates.slice(0, choice.alternateIndex + 1).map((a) => a.pseudonym),
          skipped: choice.skipped,
          household: households !== null,
          householdSkipped: choice.householdSkipped,
        },
        result: {
          replacement: applicant.pseudonym,
          member: member.pseudonym,
          alternatePosition: choice.alternateIndex + 1,
          quotasKept: choice.quotasKept,
          violation: choice.violation,
          missed: choice.missed,
          explanation: choice.explanation,
        },
      }),
    );
    return {
      withdrawn,
      member,
      applicant,
      alternatePosition: choice.alternateIndex + 1,
      quotasKept: choice.quotasKept,
      violation: choice.violation,
      explanation: choice.explanation,
      householdSkipped: choice.householdSkipped.map((s) => s.id),
      run,
    };
  },
  audit: (out) => ({
    entityType: "PanelMember",
    entityId: out.member.key,
    before: { seat: out.withdrawn.pseudonym },
    after: {
      member: out.member.pseudonym,
      applicant: out.applicant.pseudonym,
      alternatePosition: out.alternatePosition,
      quotasKept: out.quotasKept,
      violation: out.violation,
      ...(out.householdSkipped.length > 0 ? { householdSkipped: out.householdSkipped } : {}),
      selectionRun: out.run.key,
    },
  }),
});
