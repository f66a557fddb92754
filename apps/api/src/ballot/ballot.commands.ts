import { randomBytes } from "node:crypto";
import { In, IsNull, Not } from "typeorm";
import { ballotRulesOf, checkBallot, formatMoney, type BallotType } from "@coproduce/domain";
import { defineCommand, type Tx } from "../command/define-command.js";
import { isRoundPanelMember, permission, who } from "../command/permissions.js";
import { isUniqueViolation } from "../command/find.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { hashToken } from "../auth/token.js";
import type { Round } from "../round/round.entity.js";
import { roundScope } from "../round/round-guards.js";
import { Bid } from "../bid/bid.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";
import { ballotConstraints, validateBallot, type ChoiceInput } from "./ballot-rules.js";
import { issueVoterToken, voterRefOfToken, voterTokensEnabled } from "./voter-token.js";

export interface BallotCastValues {
  roundKey: number;
  choices: ChoiceInput[];
  /** A resident's voter token (PB rounds). */
  voterToken?: string | null;
  /** The receipt of an earlier ballot, to replace its content (rounds with changeable ballots). */
  receipt?: string | null;
}

/** Bids that are on the ballot: neither withdrawn nor ineligible. */
export const NOT_ON_BALLOT = ["withdrawn", "ineligible", "not_shortlisted"];

/** Members of the round's panel vote as themselves; residents (anyone but read-only analysts) with a voter token. */
const voter = permission<BallotCastValues>(
  "members of the round's panel, or residents with a voter token",
  true,
  (actor, scope, input) => (input.voterToken ? actor.kind !== "analyst" : isRoundPanelMember(actor, scope)),
);

/**
 * Casts (or, with a receipt, replaces) a ballot. Exactly one ballot per eligible voter per round,
 * enforced by the database: the participation row (round, voter) has a unique index and is inserted
 * in the same transaction as the ballot's content, so a duplicate is rejected as ALREADY_VOTED with
 * nothing written. The content rows hold no link to the participation row, no voter and no time.
 * The audit names the round only: never the ballot, so the log cannot link a voter to a ballot.
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
    const voterRef = await voterRefFor(tx, round, fields.voterToken ?? null);
    const decided = await manager.findOne(Decision, { where: { roundKey, decidedAt: Not(IsNull()) } });
    if (decided)
      throw UserErrorException.of(UserErrorCode.VOTING_CLOSED, "Voting has closed: the decision is taken.", [
        "input",
        "round",
      ]);

    const bids = await manager.find(Bid, {
      where: { roundKey, status: Not(In(NOT_ON_BALLOT)) },
      select: { key: true, amountRequestedMinor: true },
    });
    const checked = validateBallot(
      round.ballotType as BallotType,
      ballotConstraints(round.ballotType as BallotType, round.allocationParams),
      new Set(bids.map((b) => b.key)),
      fields.choices,
    );
    // The round's limits on the chosen projects' total cost (the booth's budget bar), from the domain's rules.
    const costProblems = checked.ok ? sumCostProblems(round, bids, fields.choices) : [];
    if (costProblems.length > 0)
      throw new UserErrorException(
        costProblems.map((message) => UserError.of(UserErrorCode.INVALID_BALLOT, message, ["input", "choices"])),
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

    if (fields.receipt) {
      if (!round.ballotsChangeable)
        throw UserErrorException.of(UserErrorCode.INVALID, "Ballots in this round cannot be changed.", [
          "input",
          "receipt",
        ]);
      const voted = await manager.existsBy(BallotParticipation, { roundKey, voterRef });
      const ballot = await manager.findOneBy(Ballot, { roundKey, receiptHash: hashToken(fields.receipt) });
      if (!voted || !ballot)
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No ballot with this receipt.", ["input", "receipt"]);
      await manager.delete(BallotChoice, { ballotKey: ballot.key });
      await manager.insert(
        BallotChoice,
        checked.choices.map((c) => ({ ballotKey: ballot.key, ...c })),
      );
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
    const receipt = round.ballotsChangeable ? randomBytes(24).toString("base64url") : null;
    const inserted = await manager.insert(Ballot, {
      roundKey,
      receiptHash: receipt === null ? null : hashToken(receipt),
      importedVoter: null,
      ageBand: null,
      sex: null,
    });
    const ballotKey = Number((inserted.identifiers[0] as { key: number }).key);
    await manager.insert(
      BallotChoice,
      checked.choices.map((c) => ({ ballotKey, ...c })),
    );
    return { round, receipt, replaced: false };
  },
  audit: ({ round, replaced }) => ({
    entityType: "Round",
    entityId: round.key,
    after: replaced ? { changed: true } : null,
  }),
});

function sumCostProblems(round: Round, bids: readonly Bid[], choices: readonly ChoiceInput[]): string[] {
  const rules = ballotRulesOf(round.ballotType as BallotType, round.allocationParams);
  if (rules.maxSumCostMinor === null && rules.minSumCostMinor === null) return [];
  const cost = new Map(bids.map((b) => [b.key, b.amountRequestedMinor]));
  const check = checkBallot(
    rules,
    choices.map((c) => ({ projectId: String(c.bidKey), costMinor: cost.get(c.bidKey) ?? 0, points: c.points ?? null })),
  );
  return check.problems.flatMap((p) =>
    p.code === "overBudget"
      ? [
          `The chosen projects cost ${formatMoney({ amountMinor: p.actual, currency: round.currency })}: at most ${formatMoney({ amountMinor: p.limit, currency: round.currency })} in all.`,
        ]
      : p.code === "underBudget"
        ? [
            `The chosen projects cost ${formatMoney({ amountMinor: p.actual, currency: round.currency })}: at least ${formatMoney({ amountMinor: p.limit, currency: round.currency })} in all.`,
          ]
        : [],
  );
}

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
  load: (tx, input: { roundKey: number; count: number }) => roundScope(tx, input.roundKey),
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
  audit: ({ round }, { count }) => ({ entityType: "Round", entityId: round.key, after: { count } }),
});
