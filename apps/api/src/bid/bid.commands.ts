import { In } from "typeorm";
import { defineCommand, type Tx } from "../command/define-command.js";
import { isCouncilOfficer, isRoundPanelMember, permission, who } from "../command/permissions.js";
import { sameCurrency, type MoneyValue } from "../command/money.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { Provider } from "../provider/provider.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Bid } from "./bid.entity.js";
import { ShortlistEntry } from "./shortlist-entry.entity.js";
import { InterviewScore } from "./interview-score.entity.js";
import { SCORE_SCALE } from "./scoring.service.js";

export interface BidValues {
  roundKey: number;
  providerKey: number | null;
  title: string;
  summary: string;
  category?: string | null;
  /** PB projects: the area the project serves (kept with the bid's other attributes, as a proposal's is). */
  area?: string | null;
  amountRequested: MoneyValue;
  outcomeKeys: number[];
}

/** A bid and its round, by the bid's key: the scope of what is done to a bid. */
async function bidScope(tx: Tx, bidKey: number) {
  const bid = await tx.find(Bid, bidKey, { field: ["input", "bid"], label: "bid" });
  return { ...(await roundScope(tx, bid.roundKey, ["input", "bid"])), bid };
}

/**
 * Records a provider's bid (entered by an officer of the round's council) while the round is
 * bidding. The amount must be in the round's currency and within the tender's budget ceiling
 * (for PB rounds without a tender: within the pot).
 */
export const bidSubmit = defineCommand({
  name: "bidSubmit",
  who: who.councilOfficer,
  action: "bidSubmit",
  locks: [Round],
  load: (tx, input: BidValues) => roundScope(tx, input.roundKey),
  async run(tx, fields, { round }) {
    const manager = tx.manager;
    if (fields.providerKey === null && round.kind === "commissioning") {
      throw UserErrorException.of(
        UserErrorCode.REQUIRED,
        "A bid for a commissioned service needs the bidding organisation.",
        ["input", "provider"],
      );
    }
    if (fields.providerKey !== null)
      await tx.find(Provider, fields.providerKey, { field: ["input", "provider"], label: "provider" });
    sameCurrency(round.currency, fields.amountRequested, ["input", "amountRequested"]);
    const tender = await manager.findOneBy(Tender, { roundKey: round.key });
    if (round.kind === "commissioning" && tender?.status !== "published") {
      throw UserErrorException.of(UserErrorCode.WRONG_PHASE, "The round's tender is not published.", [
        "input",
        "round",
      ]);
    }
    const ceiling = tender?.ceilingMinor ?? round.potMinor;
    if (fields.amountRequested.amountMinor > ceiling) {
      throw UserErrorException.of(
        UserErrorCode.EXCEEDS_CEILING,
        `The amount requested is more than the ${tender ? "tender's budget ceiling" : "round's pot"}.`,
        ["input", "amountRequested"],
      );
    }
    if (fields.amountRequested.amountMinor <= 0)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, "The amount requested must be positive.", [
        "input",
        "amountRequested",
      ]);
    const outcomes = fields.outcomeKeys.length
      ? await manager.findBy(Outcome, { key: In(fields.outcomeKeys), roundKey: round.key })
      : [];
    if (outcomes.length !== new Set(fields.outcomeKeys).size) {
      throw UserErrorException.of(
        UserErrorCode.NOT_FOUND,
        "Every outcome addressed must be one of this round's outcomes.",
        ["input", "outcomes"],
      );
    }
    const count = await manager.countBy(Bid, { roundKey: round.key });
    return manager.save(
      Object.assign(new Bid(), {
        roundKey: round.key,
        providerKey: fields.providerKey,
        externalId: `B${count + 1}`,
        title: fields.title,
        summary: fields.summary,
        category: fields.category ?? null,
        amountRequestedMinor: fields.amountRequested.amountMinor,
        currency: fields.amountRequested.currency,
        status: "submitted",
        extra: fields.area?.trim() ? { area: fields.area.trim() } : null,
        outcomesAddressed: outcomes,
      }),
    );
  },
  audit: (bid) => ({
    entityType: "Bid",
    entityId: bid.key,
    after: {
      providerKey: bid.providerKey,
      title: bid.title,
      amountRequestedMinor: bid.amountRequestedMinor,
      currency: bid.currency,
    },
  }),
});

/** Puts a submitted bid on the shortlist (a panel member or an officer), recording who proposed it and why. */
export const bidShortlist = defineCommand({
  name: "bidShortlist",
  who: who.councilOfficerOrRoundPanelMember,
  action: "bidShortlist",
  locks: [Bid],
  load: (tx, input: { bidKey: number; reason: string }) => bidScope(tx, input.bidKey),
  async run(tx, { reason }, { bid }) {
    if (await tx.manager.existsBy(ShortlistEntry, { bidKey: bid.key }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, "The bid is already on the shortlist.", ["input", "bid"]);
    if (bid.status !== "submitted")
      throw UserErrorException.of(UserErrorCode.INVALID, `A ${bid.status} bid cannot be shortlisted.`, [
        "input",
        "bid",
      ]);
    const memberKey = tx.actor.kind === "panel_member" ? (tx.actor.memberKey ?? null) : null;
    await tx.manager.save(
      Object.assign(new ShortlistEntry(), {
        bidKey: bid.key,
        proposedByMemberKey: memberKey,
        reason,
        // A panel member's words wait for an officer's review before they are public.
        reasonPublished: memberKey === null,
        reasonReviewedAt: null,
      }),
    );
    bid.status = "shortlisted";
    return tx.manager.save(bid);
  },
  audit: (bid, { reason }) => ({
    entityType: "Bid",
    entityId: bid.key,
    before: { status: "submitted" },
    after: { status: "shortlisted", reason },
  }),
});

/**
 * An officer reviews a panel member's shortlist reason before it is public: publish it as written,
 * or redact it (the bid stays shortlisted; the reason is then shown to the council's officers only).
 */
export const shortlistReasonReview = defineCommand({
  name: "shortlistReasonReview",
  who: who.councilOfficer,
  locks: [ShortlistEntry],
  load: (tx, input: { bidKey: number; publish: boolean }) => bidScope(tx, input.bidKey),
  async run(tx, { publish }, { bid }) {
    const entry = await tx.manager.findOneBy(ShortlistEntry, { bidKey: bid.key });
    if (!entry)
      throw UserErrorException.of(UserErrorCode.NOT_FOUND, "The bid is not on the shortlist.", ["input", "bid"]);
    const before = { published: entry.reasonPublished, reviewedAt: entry.reasonReviewedAt?.toISOString() ?? null };
    entry.reasonPublished = publish;
    entry.reasonReviewedAt = tx.clock.now();
    await tx.manager.save(entry);
    return { bid, before };
  },
  audit: ({ bid, before }, { publish }) => ({
    entityType: "ShortlistEntry",
    entityId: bid.key,
    before,
    after: { published: publish },
  }),
});

export interface InterviewScoreValues {
  bidKey: number;
  scores: { criterionKey: number; score: number }[];
  /** Officers: the member whose paper sheet this is. Members: omitted, or their own key. */
  panelMemberKey: number | null;
}

/** A member scores as themself (naming another member is FORBIDDEN); an officer of the council enters a member's sheet. */
const scorer = permission<InterviewScoreValues>(
  "the panel member themself, or officers of the council entering a member's paper sheet",
  true,
  (actor, scope, input) =>
    actor.kind === "panel_member"
      ? isRoundPanelMember(actor, scope) && (input.panelMemberKey === null || input.panelMemberKey === actor.memberKey)
      : isCouncilOfficer(actor, scope.councilKey),
);

/**
 * A panel member's interview scores of one shortlisted bid, per criterion, on the fixed 0–5 scale.
 * Upserts per (bid, member, criterion): scoring again replaces the member's earlier score.
 * Sent by the member themself, or entered from the member's paper sheet by an officer of the
 * round's council: the scores are the member's either way; the audit entry records that an
 * officer entered them.
 */
export const interviewScoreSubmit = defineCommand({
  name: "interviewScoreSubmit",
  who: scorer,
  action: "interviewScoreSubmit",
  load: (tx, input: InterviewScoreValues) => bidScope(tx, input.bidKey),
  async run(tx, { scores, panelMemberKey }, { bid, round }) {
    const manager = tx.manager;
    const { memberKey, onBehalf } = await scorerOf(tx, round, panelMemberKey);
    if (!(await manager.existsBy(ShortlistEntry, { bidKey: bid.key })))
      throw UserErrorException.of(UserErrorCode.INVALID, "Only shortlisted bids are interviewed and scored.", [
        "input",
        "bid",
      ]);
    const tender = await manager.findOneBy(Tender, { roundKey: round.key });
    const criteria = tender ? await manager.findBy(Criterion, { tenderKey: tender.key }) : [];
    const known = new Set(criteria.map((c) => c.key));
    const errors: UserError[] = [];
    const seen = new Set<number>();
    scores.forEach((s, i) => {
      const field = ["input", "scores", String(i)];
      if (!known.has(s.criterionKey))
        errors.push(
          UserError.of(UserErrorCode.NOT_FOUND, "Not a criterion of this round's tender.", [...field, "criterion"]),
        );
      if (seen.has(s.criterionKey))
        errors.push(
          UserError.of(UserErrorCode.DUPLICATE, "The same criterion is scored twice.", [...field, "criterion"]),
        );
      seen.add(s.criterionKey);
      if (!Number.isInteger(s.score) || s.score < SCORE_SCALE.min || s.score > SCORE_SCALE.max) {
        errors.push(
          UserError.of(
            UserErrorCode.OUT_OF_RANGE,
            `Scores are whole numbers from ${SCORE_SCALE.min} to ${SCORE_SCALE.max}.`,
            [...field, "score"],
          ),
        );
      }
    });
    if (errors.length > 0) throw new UserErrorException(errors);
    await manager.upsert(
      InterviewScore,
      scores.map((s) => ({ bidKey: bid.key, memberKey, criterionKey: s.criterionKey, score: s.score })),
      { conflictPaths: ["bidKey", "memberKey", "criterionKey"], skipUpdateIfNoValuesChanged: false },
    );
    return { bid, memberKey, onBehalf };
  },
  audit: ({ bid, memberKey, onBehalf }, { scores }) => ({
    entityType: "Bid",
    entityId: bid.key,
    after: onBehalf
      ? { criteria: scores.length, enteredBy: "officer", onBehalfOfMemberKey: memberKey }
      : { criteria: scores.length },
  }),
});

/**
 * Whose scoring sheet this is: a member's own, or — for an officer — the named member (REQUIRED),
 * who must be an active member of this round's panel (NOT_FOUND / NOT_ELIGIBLE on `panelMember`).
 */
async function scorerOf(tx: Tx, round: Round, panelMemberKey: number | null) {
  if (tx.actor.kind === "panel_member") {
    const memberKey = tx.actor.memberKey!;
    const member = await tx.manager.findOneBy(PanelMember, { key: memberKey, roundKey: round.key });
    if (!member?.active)
      throw UserErrorException.of(
        UserErrorCode.NOT_ELIGIBLE,
        "Only active members of the round's panel score interviews.",
        ["input"],
      );
    return { memberKey, onBehalf: false };
  }
  const field = ["input", "panelMember"];
  if (panelMemberKey === null)
    throw UserErrorException.of(
      UserErrorCode.REQUIRED,
      "Choose the panel member whose scoring sheet you are entering.",
      field,
    );
  const member = await tx.manager.findOneBy(PanelMember, { key: panelMemberKey, roundKey: round.key });
  if (!member) throw UserErrorException.of(UserErrorCode.NOT_FOUND, "Not a member of this round's panel.", field);
  if (!member.active)
    throw UserErrorException.of(
      UserErrorCode.NOT_ELIGIBLE,
      `${member.pseudonym} has left the panel: only active members' scores count.`,
      field,
    );
  return { memberKey: member.key, onBehalf: true };
}
