import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/**
 * Expected business failures are typed results, not thrown errors (API.md §8): every mutation
 * payload carries `userErrors: [UserError!]!` naming the field at fault and a machine-readable code.
 * Add codes here (documented in the README's error table).
 */
export enum UserErrorCode {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  NOT_FOUND = "NOT_FOUND",
  TOO_LONG = "TOO_LONG",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  DUPLICATE = "DUPLICATE",
  WRONG_PHASE = "WRONG_PHASE",
  TRANSITION_NOT_ALLOWED = "TRANSITION_NOT_ALLOWED",
  CURRENCY_MISMATCH = "CURRENCY_MISMATCH",
  EXCEEDS_CEILING = "EXCEEDS_CEILING",
  EXCEEDS_AWARD = "EXCEEDS_AWARD",
  EXCEEDS_POT = "EXCEEDS_POT",
  WEIGHTS_MUST_SUM_TO_100 = "WEIGHTS_MUST_SUM_TO_100",
  QUOTAS_INFEASIBLE = "QUOTAS_INFEASIBLE",
  FROZEN = "FROZEN",
  ALREADY_VOTED = "ALREADY_VOTED",
  INVALID_BALLOT = "INVALID_BALLOT",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  INVITATION_USED = "INVITATION_USED",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  TIE_UNRESOLVED = "TIE_UNRESOLVED",
  EXCEEDS_BID = "EXCEEDS_BID",
  VOTING_CLOSED = "VOTING_CLOSED",
  REQUIREMENTS_UNMET = "REQUIREMENTS_UNMET",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
  ACCOUNT_LOCKED = "ACCOUNT_LOCKED",
  TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED",
  DUPLICATE_APPLICATION = "DUPLICATE_APPLICATION",
  /** The panel draw's commitment is published: the pool, quotas and panel size are frozen. */
  DRAW_COMMITTED = "DRAW_COMMITTED",
  /** Commit, then draw: the panel draw needs its published commitment first (panelDrawCommit). */
  DRAW_NOT_COMMITTED = "DRAW_NOT_COMMITTED",
  /** Too early: e.g. the draw before the committed date of its public randomness. */
  TOO_EARLY = "TOO_EARLY",
  MEMBER_WITHDRAWN = "MEMBER_WITHDRAWN",
  MEMBER_NOT_WITHDRAWN = "MEMBER_NOT_WITHDRAWN",
  NO_ALTERNATE_LEFT = "NO_ALTERNATE_LEFT",
  /** A round setting that can no longer change in the round's phase (roundUpdate). */
  FIELD_LOCKED = "FIELD_LOCKED",
}
registerEnumType(UserErrorCode, { name: "UserErrorCode", description: "Machine-readable reason for a user error." });

@ObjectType({ description: "A validation or business-rule failure of a mutation: which input field, why, and a code." })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, e.g. ["input", "amountRequested"].',
  })
  field: string[] | null;

  @Field({ description: "Human-readable message." })
  message: string;

  @Field(() => UserErrorCode)
  code: UserErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: "TOO_MANY_ATTEMPTS and ACCOUNT_LOCKED: whole seconds until another attempt is allowed.",
  })
  retryAfterSeconds?: number | null;

  static of(
    code: UserErrorCode,
    message: string,
    field: string[] | null = null,
    retryAfterSeconds?: number,
  ): UserError {
    const error = Object.assign(new UserError(), { code, message, field });
    if (retryAfterSeconds !== undefined) error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }
}

/** Thrown inside a service transaction to roll it back and surface as `userErrors` (see `runCommand`). */
export class UserErrorException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
  static of(
    code: UserErrorCode,
    message: string,
    field: string[] | null = null,
    retryAfterSeconds?: number,
  ): UserErrorException {
    return new UserErrorException([UserError.of(code, message, field, retryAfterSeconds)]);
  }
}
