import { In, type EntityManager } from "typeorm";
import {
  ceremonySummary,
  isTranslationLang,
  LotteryInputError,
  probabilitySpread,
  TRANSLATION_LANGS,
} from "@coproduce/domain";
import { selectPanelOffThread } from "../lottery/lottery-thread.js";
import { defineCommand } from "../command/define-command.js";
import { isCouncilOfficer, permission, who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { ApplicantContactHash } from "./applicant-contact.entity.js";
import { contactHash } from "./applicant-contact.js";
import { DIMENSION_NAMES, DIMENSIONS, inLotteryPool, isDimension, memberPseudonym } from "./dimensions.js";
import { generateInvitationCode, hashInvitationCode } from "../auth/token.js";
import { AuthToken } from "../auth/auth-token.entity.js";
import {
  applicantsFromPoolCsv,
  committedDraw,
  committedLotteryInput,
  drawnProbabilities,
  refuseIfCommitted,
} from "./panel-draw.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { recordDrawRun } from "./panel-membership.commands.js";
import { generateApplicationReference, hashApplicationReference } from "./application-reference.js";

export interface ApplicantValues {
  roundKey: number;
  pseudonym?: string;
  contact?: string | null;
  /** Home address or UPRN for the household rule (private to the council's officers). */
  household?: string | null;
  name?: string | null;
  ageBand?: string | null;
  sex?: string | null;
  ethnicGroup?: string | null;
  disability?: string | null;
  /** The language the applicant reads (en or cy; default en). */
  language?: string | null;
  consent: boolean;
  eligible: boolean;
}

export interface QuotaValues {
  dimension: string;
  category: string;
  min: number;
  max: number;
}

async function baselineCategories(manager: EntityManager, areaKey: number | null): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (areaKey === null) return out;
  const rows = await manager.getRepository(PopulationBaseline).findBy({ areaKey, dimension: In(DIMENSION_NAMES) });
  for (const r of rows) {
    let set = out.get(r.dimension);
    if (!set) out.set(r.dimension, (set = new Set()));
    set.add(r.category);
  }
  return out;
}

/** Residents apply themselves; a signed-in account only as an officer of the council entering a paper application. */
const residentOrCouncilOfficer = permission(
  "residents (anonymous), or the council's officers entering a paper application",
  false,
  (actor, scope) => actor.kind === "anonymous" || isCouncilOfficer(actor, scope.councilKey),
);

/**
 * An application to the panel (by the applicant, or entered by an officer). Consent and eligibility
 * are required. Returns the applicant's reference code, once (only its hash is stored).
 */
export const applicantApply = defineCommand({
  name: "applicantApply",
  who: residentOrCouncilOfficer,
  action: "applicantApply",
  load: (tx, input: ApplicantValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, values, { round }) {
    await refuseIfCommitted(tx.manager, round.key, "the pool of applicants", ["input", "round"]);
    const errors: UserError[] = [];
    if (!values.consent)
      errors.push(
        UserError.of(UserErrorCode.REQUIRED, "Consent to store and use your answers is required to apply.", [
          "input",
          "consent",
        ]),
      );
    if (!values.eligible)
      errors.push(
        UserError.of(
          UserErrorCode.NOT_ELIGIBLE,
          `This panel is for ${round.targetGroup ?? "the round's target group"}.`,
          ["input", "eligible"],
        ),
      );
    if (values.language != null && !isTranslationLang(values.language))
      errors.push(
        UserError.of(UserErrorCode.INVALID, `Choose a language Coproduce writes in: ${TRANSLATION_LANGS.join(", ")}.`, [
          "input",
          "language",
        ]),
      );
    const known = await baselineCategories(tx.manager, round.areaKey);
    for (const d of DIMENSION_NAMES) {
      const value = values[DIMENSIONS[d]];
      const allowed = known.get(d);
      if (value && allowed && !allowed.has(value)) {
        errors.push(
          UserError.of(UserErrorCode.INVALID, `Choose one of: ${[...allowed].sort().join(", ")} (or leave it blank).`, [
            "input",
            DIMENSIONS[d],
          ]),
        );
      }
    }
    if (errors.length > 0) throw new UserErrorException(errors);
    // The same contact details twice in a round: refused for residents, flagged for an officer's entry.
    const hash = contactHash(round.key, values.contact);
    const earlier = hash
      ? await tx.manager.findOne(ApplicantContactHash, {
          where: { roundKey: round.key, contactHash: hash },
          order: { applicantKey: "ASC" },
        })
      : null;
    if (earlier && tx.actor.kind === "anonymous")
      throw UserErrorException.of(
        UserErrorCode.DUPLICATE_APPLICATION,
        "An application with these contact details is already in this round.",
        ["input", "contact"],
      );
    const repo = tx.manager.getRepository(Applicant);
    // Residents never choose their pseudonym; officers entering paper applications may.
    const chosen = tx.actor.kind === "anonymous" ? undefined : values.pseudonym;
    const pseudonym = chosen ?? `A-${String((await repo.countBy({ roundKey: round.key })) + 1).padStart(3, "0")}`;
    if (await repo.existsBy({ roundKey: round.key, pseudonym }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, `The pseudonym ${pseudonym} is taken in this round.`, [
        "input",
        "pseudonym",
      ]);
    // The applicant's key to `applicationStatus`: shown once, only its hash is kept.
    const reference = generateApplicationReference();
    const applicant = await repo.save(
      Object.assign(new Applicant(), {
        roundKey: round.key,
        pseudonym,
        referenceHash: hashApplicationReference(reference),
        contact: values.contact ?? null,
        household: values.household?.trim() || null,
        name: values.name ?? null,
        source: tx.actor.kind === "anonymous" ? "online" : "paper",
        ageBand: values.ageBand ?? null,
        sex: values.sex ?? null,
        ethnicGroup: values.ethnicGroup ?? null,
        disability: values.disability ?? null,
        language: values.language ?? "en",
        eligible: true,
        consentAt: tx.clock.now(),
        status: "applied",
        selectionProbability: null,
      }),
    );
    if (hash)
      await tx.manager.insert(ApplicantContactHash, {
        applicantKey: applicant.key,
        roundKey: round.key,
        contactHash: hash,
        duplicateOfKey: earlier?.applicantKey ?? null,
      });
    return { applicant, reference };
  },
  // The audit entry names the pseudonym only: no contact data, demographics or reference code in the log.
  audit: ({ applicant }) => ({
    entityType: "Applicant",
    entityId: applicant.key,
    after: { pseudonym: applicant.pseudonym },
  }),
});

/** Replaces the round's quotas and sets the panel size (before the lottery). */
export const panelQuotasSet = defineCommand({
  name: "panelQuotasSet",
  who: who.councilOfficer,
  action: "panelQuotasSet",
  locks: [Round],
  load: (tx, input: { roundKey: number; panelSize: number; quotas: QuotaValues[] }) =>
    roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { panelSize, quotas }, { round }) {
    const manager = tx.manager;
    if (await manager.getRepository(PanelMember).existsBy({ roundKey: round.key }))
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        "The panel has been selected; its quotas can no longer change.",
        ["input", "quotas"],
      );
    await refuseIfCommitted(manager, round.key, "the quotas and panel size", ["input", "quotas"]);
    const errors: UserError[] = [];
    const seen = new Set<string>();
    quotas.forEach((q, i) => {
      const field = ["input", "quotas", String(i)];
      if (!isDimension(q.dimension))
        errors.push(
          UserError.of(
            UserErrorCode.INVALID,
            `Unknown dimension "${q.dimension}"; use one of ${DIMENSION_NAMES.join(", ")}.`,
            [...field, "dimension"],
          ),
        );
      if (q.min > q.max)
        errors.push(UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the maximum.", [...field, "min"]));
      if (q.min > panelSize)
        errors.push(
          UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the panel size.", [...field, "min"]),
        );
      const id = `${q.dimension}\u0000${q.category}`;
      if (seen.has(id))
        errors.push(
          UserError.of(UserErrorCode.DUPLICATE, `Two quotas for ${q.dimension} = ${q.category}.`, [
            ...field,
            "category",
          ]),
        );
      seen.add(id);
    });
    if (errors.length > 0) throw new UserErrorException(errors);
    const before = (await manager.getRepository(Quota).findBy({ roundKey: round.key })).map((q) => ({
      dimension: q.dimension,
      category: q.category,
      min: q.min,
      max: q.max,
    }));
    await manager.getRepository(Quota).delete({ roundKey: round.key });
    await manager
      .getRepository(Quota)
      .save(quotas.map((q) => Object.assign(new Quota(), { roundKey: round.key, ...q })));
    await manager.getRepository(Round).update({ key: round.key }, { panelSize });
    return {
      round: await manager.getRepository(Round).findOneByOrFail({ key: round.key }),
      before: { panelSize: round.panelSize, quotas: before },
    };
  },
  audit: ({ round, before }, { panelSize, quotas }) => ({
    entityType: "Round",
    entityId: round.key,
    before,
    after: { panelSize, quotas },
  }),
});

/**
 * Records how many invitation letters were sent for the panel (a civic lottery mails random
 * addresses): the funnel's "invited" stage and response rate. Only the number is known, never who.
 * While recruiting (phase action `invitationsSentSet`); null clears it.
 */
export const invitationsSentSet = defineCommand({
  name: "invitationsSentSet",
  who: who.councilOfficer,
  action: "invitationsSentSet",
  locks: [Round],
  load: (tx, input: { roundKey: number; invitationsSent: number | null }) =>
    roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { invitationsSent }, { round }) {
    if (invitationsSent !== null && (!Number.isInteger(invitationsSent) || invitationsSent < 0))
      throw UserErrorException.of(
        UserErrorCode.OUT_OF_RANGE,
        "The number of invitations sent must be a whole number, 0 or more.",
        ["input", "invitationsSent"],
      );
    await tx.manager.getRepository(Round).update({ key: round.key }, { invitationsSent });
    return { round, before: round.invitationsSent, invitationsSent };
  },
  audit: ({ round, before, invitationsSent }) => ({
    entityType: "Round",
    entityId: round.key,
    before: { invitationsSent: before },
    after: { invitationsSent },
  }),
});

/**
 * Draws the panel from the round's published commitment (panelDrawCommit) and the seed, the public
 * random number it named: stores each applicant's selection probability and status, the panel
 * members, the alternates and the outcome on the commitment. Commit, then draw: without a
 * commitment → DRAW_NOT_COMMITTED; without a seed → REQUIRED; before the committed date of the
 * randomness → TOO_EARLY; infeasible quotas → QUOTAS_INFEASIBLE with the domain's reason. Nothing is
 * written on refusal.
 */
export const panelSelect = defineCommand({
  name: "panelSelect",
  who: who.councilOfficer,
  action: "panelSelect",
  locks: [Round],
  load: (tx, input: { roundKey: number; seed?: string }) =>
    roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { seed }, { round: current }) {
    const manager = tx.manager;
    if (await manager.getRepository(PanelMember).existsBy({ roundKey: current.key }))
      throw UserErrorException.of(UserErrorCode.FROZEN, "The panel has already been selected.", ["input", "round"]);
    // Commit, then draw (panel-draw.commands.ts): the draw runs only on what was committed.
    const committed = await committedDraw(manager, current.key);
    if (!committed)
      throw UserErrorException.of(
        UserErrorCode.DRAW_NOT_COMMITTED,
        "Publish the commitment first (panelDrawCommit): the pool, quotas, panel size, algorithm and the date and source of the public randomness, before anyone knows the seed.",
        ["input", "round"],
      );
    const publishedSeed = seed?.trim() ?? "";
    if (!publishedSeed)
      throw UserErrorException.of(
        UserErrorCode.REQUIRED,
        `Enter the seed: the public random number from ${committed.randomnessSource} (${committed.randomnessDate}).`,
        ["input", "seed"],
      );
    if (tx.clock.today() < committed.randomnessDate)
      throw UserErrorException.of(
        UserErrorCode.TOO_EARLY,
        `The commitment names randomness of ${committed.randomnessDate}; draw on or after that date.`,
        ["input", "seed"],
      );
    const applicants = (
      await manager.getRepository(Applicant).find({ where: { roundKey: current.key }, order: { key: "ASC" } })
    ).filter((a) => inLotteryPool(a));
    const quotaRows = await manager.getRepository(Quota).findBy({ roundKey: current.key });
    const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
    for (const q of quotaRows) (quotas[q.dimension] ??= {})[q.category] = { min: q.min, max: q.max };
    const byId = new Map(applicants.map((a) => [a.pseudonym, a]));
    const committedPool = applicantsFromPoolCsv(committed.poolCsv);
    if (committedPool.some((a) => !byId.has(a.id)))
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        "An applicant of the committed pool has left it since the commitment; the committed draw cannot run.",
        ["input", "round"],
      );
    // The solve runs on a worker thread: other requests go on while it works.
    const result = await selectPanelOffThread(committedLotteryInput(committed, publishedSeed)).catch(
      (error: unknown) => {
        if (error instanceof LotteryInputError)
          throw UserErrorException.of(UserErrorCode.INVALID, `${error.message} (${error.code})`, ["input", "round"]);
        throw error;
      },
    );
    if (!result.quotasMet || result.infeasible) {
      throw UserErrorException.of(
        UserErrorCode.QUOTAS_INFEASIBLE,
        result.infeasible?.message ?? "No panel meets all quotas.",
        ["input", "round"],
      );
    }
    // A public ceremony's chances are those of its m tickets (what the draw actually gave everyone).
    const ceremony = result.ceremony;
    const summary = ceremonySummary(result);
    const probability = drawnProbabilities(result);
    const minProbability = ceremony?.minProbability ?? result.minProbability;
    const chosen = new Set(result.panel);
    const inDraw = new Set(committedPool.map((a) => a.id));
    for (const a of applicants.filter((x) => inDraw.has(x.pseudonym))) {
      a.selectionProbability = probability[a.pseudonym] ?? 0;
      a.status = chosen.has(a.pseudonym) ? "selected" : "reserve";
    }
    await manager.getRepository(Applicant).save(applicants);
    const members = result.panel.map((id, i) =>
      Object.assign(new PanelMember(), {
        roundKey: current.key,
        applicantKey: byId.get(id)!.key,
        pseudonym: memberPseudonym(i),
        language: byId.get(id)!.language,
        role: "member",
        invitationCodeHash: null,
        invitationUsedAt: null,
        active: true,
      }),
    );
    await manager.getRepository(PanelMember).save(members);
    // The round's public seed (Round.lotterySeed, shown on the round's page) is the draw's.
    await manager.getRepository(Round).update({ key: current.key }, { lotterySeed: publishedSeed });
    const spread = probabilitySpread(Object.values(probability))!;
    await manager.getRepository(PanelDraw).update(
      { key: committed.key },
      {
        seed: publishedSeed,
        drawnAt: tx.clock.now(),
        outcome: {
          panel: result.panel,
          alternates: result.alternates,
          algorithmId: result.algorithmId,
          minProbability: spread.min,
          medianProbability: spread.median,
          maxProbability: spread.max,
          drawIndex: result.drawIndex,
          drawTicket: result.drawTicket,
          ...(summary ? { ceremony: summary } : {}),
        },
      },
    );
    // The ordered alternates and the selection history (panel-membership.commands.ts).
    await recordDrawRun(manager, {
      round: current,
      actor: tx.actor,
      seed: publishedSeed,
      algorithmId: result.algorithmId,
      quotas,
      applicantKeys: new Map(applicants.map((a) => [a.pseudonym, a.key])),
      panel: result.panel,
      alternates: result.alternates,
      minProbability,
      drawTicket: result.drawTicket,
    });
    return {
      round: await manager.getRepository(Round).findOneByOrFail({ key: current.key }),
      quotasMet: result.quotasMet,
      audit: {
        seed: publishedSeed,
        commitmentSha256: committed.commitmentSha256,
        algorithm: result.algorithmId,
        minProbability,
        optimalityGap: result.optimality.relativeGap,
        drawIndex: result.drawIndex,
        drawTicket: result.drawTicket,
        ...(ceremony ? { ceremony: { tickets: ceremony.tickets, ticket: ceremony.ticket, loss: ceremony.loss } } : {}),
        ...(result.household.applied
          ? { household: { affected: result.household.affected, households: result.household.households } }
          : {}),
        panel: result.panel,
        alternates: result.alternates,
      },
    };
  },
  audit: ({ round, audit }) => ({ entityType: "Round", entityId: round.key, after: audit }),
});

/**
 * A fresh invitation code for a panel member. Issuing again (re-issue: a lost letter, a shared code)
 * replaces the old code, forgets the device it was used on and signs the member out of every device.
 * Only the code's hash is stored; the audit entry says whether it was a re-issue and how many
 * device sessions were revoked, never the code.
 */
export const panelMemberInvite = defineCommand({
  name: "panelMemberInvite",
  who: who.councilOfficer,
  action: "panelMemberInvite",
  locks: [PanelMember],
  async load(tx, input: { memberKey: number }) {
    const member = await tx.find(PanelMember, input.memberKey, {
      field: ["input", "member"],
      label: "member",
      missing: "notFound",
    });
    return { ...(await roundScope(tx, member.roundKey, ["input", "member"], "notFound")), member };
  },
  async run(tx, _input, { member }) {
    if (!member.active)
      throw UserErrorException.of(UserErrorCode.INVALID, "This member has left the panel.", ["input", "member"]);
    const code = generateInvitationCode();
    const reissued = member.invitationCodeHash !== null || member.invitationUsedAt !== null;
    const revoked = await tx.manager.getRepository(AuthToken).delete({ kind: "panel", memberKey: member.key });
    await tx.manager.getRepository(PanelMember).update(
      { key: member.key },
      {
        invitationCodeHash: hashInvitationCode(code),
        invitationUsedAt: null,
        invitationDeviceHash: null,
        invitationIssuedAt: tx.clock.now(),
      },
    );
    return {
      member: await tx.manager.getRepository(PanelMember).findOneByOrFail({ key: member.key }),
      code,
      reissued,
      revokedSessions: revoked.affected ?? 0,
    };
  },
  audit: ({ member, reissued, revokedSessions }) => ({
    entityType: "PanelMember",
    entityId: member.key,
    after: { reissued, revokedSessions },
  }),
});

export interface ApplicantReviewValues {
  applicantKey: number;
  /** true: the application stays in the lottery pool (checked); false: rejected, with a reason. */
  accept: boolean;
  reason?: string | null;
}

/**
 * An officer reviews an application before the draw: accepts it into the lottery pool or rejects it
 * with a reason (e.g. lives outside the area). A rejection can be undone by accepting it again until
 * the panel is drawn. Audited with the status before and after and the reason.
 */
export const applicantReview = defineCommand({
  name: "applicantReview",
  who: who.councilOfficer,
  action: "applicantReview",
  locks: [Applicant],
  async load(tx, input: ApplicantReviewValues) {
    const applicant = await tx.find(Applicant, input.applicantKey, {
      field: ["input", "applicant"],
      label: "applicant",
      missing: "notFound",
    });
    return { ...(await roundScope(tx, applicant.roundKey, ["input", "applicant"], "notFound")), applicant };
  },
  async run(tx, { accept, reason }, { applicant }) {
    if (applicant.status !== "applied" && applicant.status !== "rejected")
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        `This application is ${applicant.status}: the panel has been drawn or the applicant withdrew.`,
        ["input", "applicant"],
      );
    await refuseIfCommitted(tx.manager, applicant.roundKey, "the pool of applicants", ["input", "applicant"]);
    const why = reason?.trim() ?? "";
    if (!accept && why.length === 0)
      throw UserErrorException.of(UserErrorCode.REQUIRED, "Give the reason for rejecting this application.", [
        "input",
        "reason",
      ]);
    const before = { status: applicant.status, reason: applicant.rejectionReason };
    await tx.manager.getRepository(Applicant).update(
      { key: applicant.key },
      {
        status: accept ? "applied" : "rejected",
        rejectionReason: accept ? null : why,
        reviewedAt: tx.clock.now(),
      },
    );
    return { applicant: await tx.manager.getRepository(Applicant).findOneByOrFail({ key: applicant.key }), before };
  },
  audit: ({ applicant, before }) => ({
    entityType: "Applicant",
    entityId: applicant.key,
    before,
    after: { status: applicant.status, reason: applicant.rejectionReason },
  }),
});
