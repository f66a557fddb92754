import { randomBytes } from "node:crypto";
import { In, IsNull, Not } from "typeorm";
import {
  ballotRulesOf,
  checkEligibility,
  eligibilityOf,
  eligibilityParams,
  type BallotType,
  type Eligibility,
  type VoterAnswers,
} from "@coproduce/domain";
import { defineCommand, type Tx } from "../command/define-command.js";
import { isRoundPanelMember, permission, who } from "../command/permissions.js";
import { isUniqueViolation } from "../command/find.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { hashToken } from "../auth/token.js";
import { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { Bid } from "../bid/bid.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { Area } from "../area/area.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";
import { PaperBallotEntry } from "./paper-ballot-entry.entity.js";
import { eligibilityMessage, validateBallot, type ChoiceInput, type StoredChoice } from "./ballot-rules.js";
import { openEnvelope, sealEnvelope } from "./ballot-seal.js";
import { receiptState } from "./ballot-mix.js";
import {
  issueKioskToken,
  issueVoterToken,
  KIOSK_MAX_HOURS,
  kioskTokenValid,
  voterRefOfToken,
  voterTokensEnabled,
} from "./voter-token.js";

export interface BallotCastValues {
  roundKey: number;
  choices: ChoiceInput[];
  /** A resident's voter token (PB rounds). */
  voterToken?: string | null;
  /** The receipt of an earlier ballot, to replace its content (rounds with changeable ballots). */
  receipt?: string | null;
  /** A kiosk session's token (`kioskSessionStart`): the ballot is cast at a supervised kiosk. */
  kioskToken?: string | null;
  /** The voter's answers to the round's eligibility questions. */
  answers?: VoterAnswers | null;
}

/** Bids that are on the ballot: neither withdrawn nor ineligible. */
export const NOT_ON_BALLOT = ["withdrawn", "ineligible", "not_shortlisted"];

/** Members of the round's panel vote as themselves; residents (anyone but read-only analysts) with a voter token. */
const voter = permission<BallotCastValues>(
  "members of the round's panel, or residents with a voter token",
  true,
  (actor, scope, input) =>
    input.voterToken || input.kioskToken ? actor.kind !== "analyst" : isRoundPanelMember(actor, scope),
);

/**
 * Casts (or, with a receipt, replaces) a ballot. Exactly one ballot per eligible voter per round,
 * enforced by the database: the participation row (round, voter) has a unique index and is inserted
 * in the same transaction as the ballot's sealed envelope (the mixing pool, ADR 0008), so a
 * duplicate is rejected as ALREADY_VOTED with nothing written. The ballot's content reaches the
 * ballot tables later, in a shuffled batch written by a transaction of its own (`mixIfDue`, run by
 * the transport after the commit; `decisionTake` mixes what is left), with a random key, no voter
 * and no time. The audit names the round only: never the ballot.
 */
export const ballotCast = defineCommand({
  name: "ballotCast",
  who: voter,
  action: "ballotCast",
  load: (tx, input: BallotCastValues) => roundScope(tx, input.roundKey),
  guard(_tx, _input, { round }) {
    if (round.decisionMethod !== "voting" || !round.ballotType) {
      throw UserErrorException.of(
        UserErrorCode.INVALID_BALLOT,
        "This round is decided by the panel's scores, not by a vote.",
        ["input", "round"],
      );
    }
  },
  async run(tx, fields, { round }) {
    const manager = tx.manager;
    const roundKey = round.key;
    if (manager.connection.options.type === "postgres")
      // Casts share the round row; taking the decision locks it exclusively and mixes the pool, so no
      // envelope can slip in between the close's mixing and its count.
      await manager.query(`SELECT "key" FROM "round" WHERE "key" = $1 FOR SHARE`, [roundKey]);

    if (fields.kioskToken) {
      if (!kioskTokenValid(roundKey, fields.kioskToken, tx.clock.now()))
        throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "This kiosk session is not valid for this round.", [
          "input",
          "kioskToken",
        ]);
      if (!fields.voterToken)
        throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "At a kiosk, each ballot needs the voter's own code.", [
          "input",
          "voterToken",
        ]);
      if (fields.receipt)
        throw UserErrorException.of(UserErrorCode.INVALID, "Ballots are not changed at a kiosk.", ["input", "receipt"]);
    }
    const voterRef = await voterRefFor(tx, round, fields.voterToken ?? null);
    const decided = await manager.findOne(Decision, { where: { roundKey, decidedAt: Not(IsNull()) } });
    if (decided)
      throw UserErrorException.of(UserErrorCode.VOTING_CLOSED, "Voting has closed: the decision is taken.", [
        "input",
        "round",
      ]);

    const checked = await checkedBallot(tx, round, fields.choices);

    if (fields.receipt) {
      // A change keeps the answers given when the voter first voted.
      if (!round.ballotsChangeable)
        throw UserErrorException.of(UserErrorCode.INVALID, "Ballots in this round cannot be changed.", [
          "input",
          "receipt",
        ]);
      const receiptHash = hashToken(fields.receipt);
      const voted = await manager.existsBy(BallotParticipation, { roundKey, voterRef });
      const where = voted ? await receiptState(manager, roundKey, receiptHash) : null;
      if (!where || where.state === "unknown")
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No ballot with this receipt.", ["input", "receipt"]);
      // The change goes through the pool like a new ballot: sealed now, mixed with the next batch.
      if (where.state === "pending") {
        const previous = await manager.findOneByOrFail(BallotPending, { key: where.pendingKey! });
        const before = openEnvelope(previous.sealed);
        await manager.update(
          BallotPending,
          { key: previous.key },
          { sealed: sealEnvelope({ ...before, receiptHash, choices: checked.choices }) },
        );
      } else {
        await manager.insert(BallotPending, {
          roundKey,
          sealed: sealEnvelope({ receiptHash, choices: checked.choices, replaces: true }),
        });
      }
      return { round, receipt: fields.receipt, replaced: true };
    }

    try {
      await manager.insert(BallotParticipation, { roundKey, voterRef });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw UserErrorException.of(
          UserErrorCode.ALREADY_VOTED,
          round.ballotsChangeable
            ? "You have already voted in this round; present your receipt to change your ballot."
            : "You have already voted in this round.",
          ["input"],
        );
      }
      throw error;
    }
    const questions = eligibilityOf(round.allocationParams);
    const eligibility = checkEligibility(questions, fields.answers ?? null);
    if (eligibility.problems.length)
      throw new UserErrorException(
        eligibility.problems.map((p) =>
          UserError.of(UserErrorCode[p.code], eligibilityMessage(questions, p), ["input", "answers", p.field]),
        ),
      );
    // Every ballot has a receipt: the voter can check it was counted (its hash is published after the
    // close) and, where the round allows, change the ballot with it. Only its hash is stored, sealed.
    const receipt = randomBytes(24).toString("base64url");
    await manager.insert(BallotPending, {
      roundKey,
      sealed: sealEnvelope({
        receiptHash: hashToken(receipt),
        choices: checked.choices,
        replaces: false,
        ...eligibility.recorded,
      }),
    });
    return { round, receipt, replaced: false };
  },
  audit: ({ round, replaced }) => ({
    entityType: "Round",
    entityId: round.key,
    after: replaced ? { changed: true } : null,
  }),
});

/** Who is voting: a member of the round's panel, or (PB rounds) a resident with a valid voter token. */
async function voterRefFor(tx: Tx, round: Round, voterToken: string | null): Promise<string> {
  if (voterToken) {
    const ref = round.kind === "participatory_budgeting" ? voterRefOfToken(round.key, voterToken) : null;
    if (!ref)
      throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "This voter token is not valid for this round.", [
        "input",
        "voterToken",
      ]);
    return ref;
  }
  const member = await tx.manager.findOneBy(PanelMember, { key: tx.actor.memberKey, roundKey: round.key });
  if (!member?.active)
    throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "Only active members of the round's panel vote.", [
      "input",
    ]);
  return `member:${member.key}`;
}

/** Officers issue resident voter tokens for a PB round (to print on poll cards); nothing about them is stored. */
export const voterTokensIssue = defineCommand({
  name: "voterTokensIssue",
  who: who.councilOfficer,
  load: (tx, input: { roundKey: number; count: number; label?: string | null }) => roundScope(tx, input.roundKey),
  async run(_tx, { count }, { round }) {
    if (round.kind !== "participatory_budgeting" || round.decisionMethod !== "voting") {
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "Resident voter tokens are for participatory-budgeting rounds decided by a vote.",
        ["input", "round"],
      );
    }
    if (!voterTokensEnabled())
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "Resident voting is not configured on this server (VOTER_TOKEN_SECRET).",
        ["input"],
      );
    return { round, tokens: Array.from({ length: count }, () => issueVoterToken(round.key)) };
  },
  audit: ({ round }, { count, label }) => ({
    entityType: "Round",
    entityId: round.key,
    after: label ? { count, label } : { count },
  }),
});

/** The ballot's choices checked against the round's type, constraints and projects on the ballot (INVALID_BALLOT). */
async function checkedBallot(tx: Tx, round: Round, choices: ChoiceInput[]) {
  const manager = tx.manager;
  const roundKey = round.key;
  const fields = { choices };
  const bids = await manager.find(Bid, {
    where: { roundKey, status: Not(In(NOT_ON_BALLOT)) },
    select: { key: true, amountRequestedMinor: true },
  });
  const checked = validateBallot(
    ballotRulesOf(round.ballotType as BallotType, round.allocationParams),
    new Map(bids.map((b) => [b.key, b.amountRequestedMinor])),
    fields.choices,
    round.currency,
  );
  if (!checked.ok) {
    throw new UserErrorException(
      checked.problems.map((p) =>
        UserError.of(
          UserErrorCode.INVALID_BALLOT,
          p.message,
          p.index === null ? ["input", "choices"] : ["input", "choices", String(p.index)],
        ),
      ),
    );
  }
  return checked;
}

export type PaperEntryStatus = "pending" | "mismatch" | "counted";

/**
 * An officer enters a paper ballot by its serial number (double entry). The first entry waits for a
 * second officer; when two different officers' entries agree, the ballot is counted once — the
 * participation `paper:<serial>` and a sealed envelope, mixed like online ballots — and the entries'
 * choices are erased. Entries that disagree are flagged MISMATCH (the payload says so and lists
 * nothing of the content); a later entry by another officer that agrees with one of them counts it.
 * The same officer cannot enter the same paper twice (DUPLICATE); a counted serial is ALREADY_VOTED.
 */
export const paperBallotEnter = defineCommand({
  name: "paperBallotEnter",
  who: who.councilOfficer,
  action: "ballotCast",
  locks: [Round],
  load: (tx, input: { roundKey: number; serial: string; choices: ChoiceInput[] }) => roundScope(tx, input.roundKey),
  guard(_tx, _input, { round }) {
    if (round.decisionMethod !== "voting" || !round.ballotType)
      throw UserErrorException.of(
        UserErrorCode.INVALID_BALLOT,
        "This round is decided by the panel's scores, not by a vote.",
        ["input", "round"],
      );
  },
  async run(tx, { serial, choices }, { round }) {
    const manager = tx.manager;
    const roundKey = round.key;
    const officerUserKey = tx.actor.userKey;
    if (officerUserKey === undefined)
      throw UserErrorException.of(UserErrorCode.NOT_ELIGIBLE, "Paper ballots are entered by signed-in officers.", [
        "input",
      ]);
    if (await manager.existsBy(Decision, { roundKey, decidedAt: Not(IsNull()) }))
      throw UserErrorException.of(UserErrorCode.VOTING_CLOSED, "Voting has closed: the decision is taken.", [
        "input",
        "round",
      ]);
    const checked = await checkedBallot(tx, round, choices);
    const voterRef = `paper:${serial}`;
    if (await manager.existsBy(BallotParticipation, { roundKey, voterRef }))
      throw UserErrorException.of(UserErrorCode.ALREADY_VOTED, "This paper ballot is already counted.", [
        "input",
        "serial",
      ]);
    const earlier = await manager.findBy(PaperBallotEntry, { roundKey, serial });
    if (earlier.some((e) => e.officerUserKey === officerUserKey))
      throw UserErrorException.of(
        UserErrorCode.DUPLICATE,
        "You have already entered this paper ballot: a second officer enters it again.",
        ["input", "serial"],
      );
    // The order of an approval, cumulative or scoring ballot's choices is the reader's, not the voter's.
    const canonicalOf = (list: StoredChoice[]) =>
      JSON.stringify(round.ballotType === "ordinal" ? list : [...list].sort((a, b) => a.bidKey - b.bidKey));
    const canonical = canonicalOf(checked.choices);
    const agrees = earlier.some((e) => e.choices !== null && canonicalOf(e.choices) === canonical);
    let status: PaperEntryStatus;
    if (agrees) {
      await manager.insert(BallotParticipation, { roundKey, voterRef });
      await manager.insert(BallotPending, {
        roundKey,
        sealed: sealEnvelope({
          receiptHash: hashToken(randomBytes(24).toString("base64url")),
          choices: checked.choices,
          replaces: false,
        }),
      });
      status = "counted";
      await manager.update(PaperBallotEntry, { roundKey, serial }, { choices: null, outcome: "counted" });
      await manager.insert(PaperBallotEntry, { roundKey, serial, officerUserKey, choices: null, outcome: status });
    } else {
      status = earlier.length > 0 ? "mismatch" : "pending";
      if (earlier.length > 0) await manager.update(PaperBallotEntry, { roundKey, serial }, { outcome: "mismatch" });
      await manager.insert(PaperBallotEntry, {
        roundKey,
        serial,
        officerUserKey,
        choices: checked.choices,
        outcome: status,
      });
    }
    return { round, status };
  },
  audit: ({ round, status }, { serial }) => ({
    entityType: "Round",
    entityId: round.key,
    after: { paperBallot: serial, status },
  }),
});

/** Officers open a kiosk session for a PB round (a supervised device that signs voters in with their codes). */
export const kioskSessionStart = defineCommand({
  name: "kioskSessionStart",
  who: who.councilOfficer,
  action: "ballotCast",
  load: (tx, input: { roundKey: number; hours: number }) => roundScope(tx, input.roundKey),
  run(tx, { hours }, { round }) {
    if (round.kind !== "participatory_budgeting" || round.decisionMethod !== "voting")
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "Kiosks are for participatory-budgeting rounds decided by a vote.",
        ["input", "round"],
      );
    if (!voterTokensEnabled())
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "Resident voting is not configured on this server (VOTER_TOKEN_SECRET).",
        ["input"],
      );
    if (!Number.isInteger(hours) || hours < 1 || hours > KIOSK_MAX_HOURS)
      throw UserErrorException.of(UserErrorCode.OUT_OF_RANGE, `A kiosk session lasts 1 to ${KIOSK_MAX_HOURS} hours.`, [
        "input",
        "hours",
      ]);
    const expiresAt = new Date(tx.clock.now().getTime() + hours * 3_600_000);
    return Promise.resolve({ round, kioskToken: issueKioskToken(round.key, expiresAt), expiresAt });
  },
  audit: ({ round, expiresAt }) => ({
    entityType: "Round",
    entityId: round.key,
    after: { kioskUntil: expiresAt.toISOString() },
  }),
});

export interface VoterQuestionsValues {
  roundKey: number;
  /** The age bands that may vote (empty: anyone may, whatever their age). */
  ageBands: string[];
  /** The areas (slugs) whose residents may vote (empty: anyone). */
  areas: string[];
  recordAgeBand: boolean;
  recordSex: boolean;
}

/**
 * An officer sets what the round asks its voters (domain ballot/eligibility.ts): which age bands
 * and areas may vote, and which answers are kept with the ballot for "who voted". Stored in
 * `allocationParams.ballot.eligibility`. Once a ballot is cast the questions are FROZEN, so every
 * voter of a round answered the same questions. Areas must be areas the council knows.
 */
export const voterQuestionsSet = defineCommand({
  name: "voterQuestionsSet",
  who: who.councilOfficer,
  action: "voterQuestionsSet",
  locks: [Round],
  load: (tx, input: VoterQuestionsValues) => roundScope(tx, input.roundKey),
  async run(tx, input, { round }) {
    if (round.decisionMethod !== "voting")
      throw UserErrorException.of(UserErrorCode.INVALID, "Voters' questions are for rounds decided by a vote.", [
        "input",
        "round",
      ]);
    if (await tx.manager.existsBy(BallotParticipation, { roundKey: round.key }))
      throw UserErrorException.of(
        UserErrorCode.FROZEN,
        "Ballots have been cast: the voters' questions can no longer change.",
        ["input", "round"],
      );
    const clean = (list: string[], field: string, pattern: RegExp, hint: string) => {
      const values = [...new Set(list.map((v) => v.trim()).filter((v) => v !== ""))];
      const bad = values.findIndex((v) => !pattern.test(v));
      if (bad >= 0)
        throw UserErrorException.of(UserErrorCode.INVALID, `"${values[bad]}" is not ${hint}.`, [
          "input",
          field,
          String(bad),
        ]);
      return values;
    };
    const ageBands = clean(input.ageBands, "ageBands", /^\d{1,3}(-\d{1,3}|\+)$/, "an age band such as 16-24 or 65+");
    const areas = clean(input.areas, "areas", /^[a-z0-9-]{1,80}$/, "an area's slug");
    const known = new Set(
      (await tx.manager.find(Area, { where: { councilKey: round.councilKey }, select: { slug: true } })).map(
        (a) => a.slug,
      ),
    );
    const unknown = areas.findIndex((a) => !known.has(a));
    if (unknown >= 0)
      throw UserErrorException.of(UserErrorCode.NOT_FOUND, `The council has no area "${areas[unknown]}".`, [
        "input",
        "areas",
        String(unknown),
      ]);
    const before = eligibilityOf(round.allocationParams);
    const after: Eligibility = {
      ageBands: ageBands.length ? ageBands : null,
      areas: areas.length ? areas : null,
      record: { ageBand: input.recordAgeBand, sex: input.recordSex },
    };
    const params = { ...(round.allocationParams ?? {}) } as Record<string, unknown>;
    const ballot = { ...((params.ballot ?? {}) as Record<string, unknown>) };
    const stored = eligibilityParams(after);
    if (Object.keys(stored).length) ballot.eligibility = stored;
    else delete ballot.eligibility;
    params.ballot = ballot;
    round.allocationParams = params;
    await tx.manager.save(round);
    return { round, before: eligibilityParams(before), after: stored };
  },
  audit: ({ round, before, after }) => ({ entityType: "Round", entityId: round.key, before, after }),
});
