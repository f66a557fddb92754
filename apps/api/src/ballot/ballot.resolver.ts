import {
  registerEnumType,
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from "class-validator";
import { Round } from "../round/round.entity.js";
import { UserError, UserErrorCode } from "../command/user-error.js";
import { tooManyAttempts } from "../auth/throttle.js";
import { requireOfficerOf } from "../auth/guards.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { runMutation } from "../graphql/commands.js";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { ballotsCastIn, countedReceiptsOf, receiptStatusOf, ReceiptStatus, tokenBallotsIn } from "./ballot.read.js";
import { mixIfDue } from "./ballot-mix.js";
import {
  ballotCast,
  kioskSessionStart,
  paperBallotEnter,
  voterQuestionsSet,
  voterTokensIssue,
} from "./ballot.commands.js";

@InputType({ description: "One project on a ballot." })
class BallotChoiceInput {
  @Field(() => ID, { description: "The project (bid)." }) bid: string;
  @Field(() => Int, {
    nullable: true,
    description: "Points (cumulative) or score (scoring ballots); omit for approval, choose-1 and ordinal ballots.",
  })
  @IsOptional()
  @IsInt()
  points?: number;
}

@InputType({
  description:
    "A voter's answers to the round's eligibility questions (`allocationParams.ballot.eligibility`). Only what the round records is kept, with the ballot, for aggregate statistics.",
})
class VoterAnswersInput {
  @Field(() => String, { nullable: true, description: "Age band, e.g. 16-24." })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  ageBand?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 40) sex?: string;
  @Field(() => String, { nullable: true, description: "The area (slug) the voter lives in; never recorded." })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  area?: string;
}

@InputType({ description: "A ballot in the round's ballot type. Ordinal ballots list projects first choice first." })
class BallotCastInput {
  @Field(() => ID) round: string;
  @Field(() => [BallotChoiceInput]) @ArrayMaxSize(500) @ValidateNested({ each: true }) choices: BallotChoiceInput[];
  @Field({
    nullable: true,
    description: "A resident's voter token (participatory-budgeting rounds); panel members vote signed in.",
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  voterToken?: string;
  @Field({
    nullable: true,
    description:
      "The receipt given when you voted: replaces that ballot's content (rounds with changeable ballots, until voting closes).",
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  receipt?: string;
  @Field({
    nullable: true,
    description:
      "A kiosk session's token (`kioskSessionStart`): cast at a supervised kiosk. Needs the voter's own code (`voterToken`) for every ballot; no receipt.",
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  kioskToken?: string;
  @Field(() => VoterAnswersInput, {
    nullable: true,
    description: "Answers to the round's eligibility questions (age band, area; sex only where the round records it).",
  })
  @IsOptional()
  @ValidateNested()
  answers?: VoterAnswersInput;
}

@InputType({ description: "Open a kiosk session for a PB round." })
class KioskSessionStartInput {
  @Field(() => ID) round: string;
  @Field(() => Int, { description: "How long the session lasts, in hours (1–24)." }) hours: number;
}

@ObjectType({
  description: "Result of `kioskSessionStart`: the kiosk's token, shown once (nothing about it is stored).",
})
class KioskSessionStartPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => String, { nullable: true }) kioskToken: string | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "Result of `ballotCast`. The ballot itself is secret and never returned." })
class BallotCastPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Your receipt: keep it to check that your ballot was counted (`ballotReceipt`; its SHA-256 hash is published in `Round.countedReceipts` once voting closes) and, where the round allows changes, to change your ballot until voting closes. It reveals nothing about your choices; only its hash is stored.",
  })
  receipt: string | null;
  @Field({ description: "True when an earlier ballot's content was replaced." }) replaced: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({ description: "Issue resident voter tokens for a PB round." })
class VoterTokensIssueInput {
  @Field(() => ID) round: string;
  @Field(() => Int, { description: "How many tokens (1–1000)." }) @IsInt() @Min(1) @Max(1000) count: number;
  @Field(() => String, {
    nullable: true,
    description: "A label for the batch (e.g. where the codes are handed out), kept with the batch's record.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  label?: string;
}

@ObjectType({ description: "Result of `voterTokensIssue`: the tokens, shown once (nothing about them is stored)." })
class VoterTokensIssuePayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => [String]) tokens: string[];
  @Field(() => [UserError]) userErrors: UserError[];
}

export enum PaperBallotStatus {
  PENDING = "pending",
  MISMATCH = "mismatch",
  COUNTED = "counted",
}
registerEnumType(PaperBallotStatus, {
  name: "PaperBallotStatus",
  description: "Where a paper ballot's double entry stands.",
  valuesConfig: {
    PENDING: { description: "Entered once: a second officer enters the same paper." },
    MISMATCH: { description: "Officers' entries disagree: look at the paper again; an agreeing entry counts it." },
    COUNTED: { description: "Two officers agreed: counted once (mixed with the other ballots)." },
  },
});

@InputType({ description: "One officer's entry of a paper ballot (double entry)." })
class PaperBallotEnterInput {
  @Field(() => ID) round: string;
  @Field({ description: "The serial number printed on the paper ballot (never recorded against a voter)." })
  @IsString()
  @Length(1, 60)
  serial: string;
  @Field(() => [BallotChoiceInput]) @ArrayMaxSize(500) @ValidateNested({ each: true }) choices: BallotChoiceInput[];
}

@ObjectType({ description: "Result of `paperBallotEnter`." })
class PaperBallotEnterPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => PaperBallotStatus, { nullable: true }) status: PaperBallotStatus | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({
  description:
    "One issue of resident voter tokens (voterTokensIssue): how many, by whom, when. The tokens themselves are never stored.",
})
class VoterTokenBatch {
  @Field(() => Int) count: number;
  @Field({ description: "Who issued them, as the audit log names actors (user:<key>, cli:…)." }) issuedBy: string;
  @Field(() => String, {
    nullable: true,
    description: "The issuing officer's display name, when an account issued them.",
  })
  issuedByName: string | null;
  @Field() issuedAt: Date;
  @Field(() => String, { nullable: true, description: "The batch's label, when the officer gave one." })
  label: string | null;
}

@ObjectType({ description: "Resident voter tokens issued for a round: every batch, and the total." })
class VoterTokenIssues {
  @Field(() => Int, { description: "Tokens issued in all." }) total: number;
  @Field(() => [VoterTokenBatch], { description: "Oldest first." }) batches: VoterTokenBatch[];
  @Field(() => Int, {
    description:
      "Voter codes used to vote so far (online and at kiosks), over all batches: a code is not linked to its batch, so use is not counted per batch.",
  })
  used: number;
}

@InputType({
  description:
    "What a voting round asks its voters before the ballot. Empty lists: not asked. Frozen once a ballot is cast.",
})
class VoterQuestionsSetInput {
  @Field(() => ID) round: string;
  @Field(() => [String], { description: "The age bands that may vote, e.g. 16-24, 65+ (empty: any age)." })
  @ArrayMaxSize(20)
  ageBands: string[];
  @Field(() => [String], { description: "The areas (slugs) whose residents may vote (empty: anyone)." })
  @ArrayMaxSize(200)
  areas: string[];
  @Field({ description: "Keep the voter's age band with the ballot, for 'who voted'." }) recordAgeBand: boolean;
  @Field({ description: "Ask the voter's sex (they may prefer not to say) and keep it with the ballot." })
  recordSex: boolean;
}

@ObjectType({ description: "Result of `voterQuestionsSet`." })
class VoterQuestionsSetPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver(() => Round)
export class BallotResolver {
  @Mutation(() => VoterQuestionsSetPayload, {
    description:
      "Officers: set what a voting round asks its voters (age bands and areas that may vote; which answers are kept for 'who voted'). FROZEN once a ballot is cast.",
  })
  async voterQuestionsSet(
    @Arg("input", () => VoterQuestionsSetInput) input: VoterQuestionsSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoterQuestionsSetPayload> {
    const result = await runMutation(ctx, voterQuestionsSet, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      ageBands: input.ageBands,
      areas: input.areas,
      recordAgeBand: input.recordAgeBand,
      recordSex: input.recordSex,
    });
    return Object.assign(new VoterQuestionsSetPayload(), {
      round: result.value?.round ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => KioskSessionStartPayload, {
    description:
      "Officers: open a kiosk session on a supervised device for a PB round (voting phase). The kiosk token casts only together with a voter's own code, one ballot at a time, and never changes a ballot.",
  })
  async kioskSessionStart(
    @Arg("input", () => KioskSessionStartInput) input: KioskSessionStartInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<KioskSessionStartPayload> {
    const result = await runMutation(ctx, kioskSessionStart, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      hours: input.hours,
    });
    return Object.assign(new KioskSessionStartPayload(), {
      round: result.value?.round ?? null,
      kioskToken: result.value?.kioskToken ?? null,
      expiresAt: result.value?.expiresAt ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PaperBallotEnterPayload, {
    description:
      "Officers: enter a paper ballot (voting phase). Two different officers enter each paper; when their entries agree it is counted once, when they differ it is flagged MISMATCH. The same officer twice: DUPLICATE; a counted paper: ALREADY_VOTED.",
  })
  async paperBallotEnter(
    @Arg("input", () => PaperBallotEnterInput) input: PaperBallotEnterInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PaperBallotEnterPayload> {
    const result = await runMutation(ctx, paperBallotEnter, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      serial: input.serial,
      choices: input.choices.map((c, i) => ({
        bidKey: decodeIdOf("Bid", c.bid, `input.choices.${i}.bid`),
        points: c.points ?? null,
      })),
    });
    if (result.value) await mixIfDue(ctx.dataSource, result.value.round);
    return Object.assign(new PaperBallotEnterPayload(), {
      round: result.value?.round ?? null,
      status: (result.value?.status as PaperBallotStatus | undefined) ?? null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => VoterTokenIssues, {
    description:
      "Officers of the council: the resident voter tokens issued for this round (from the audit log: how many, by whom, when).",
  })
  async voterTokensIssued(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<VoterTokenIssues> {
    requireOfficerOf(ctx, round.councilKey);
    const entries = await ctx.dataSource.getRepository(AuditLogEntry).find({
      where: { roundKey: round.key, action: "voterTokensIssue" },
      order: { key: "ASC" },
    });
    const batches: VoterTokenBatch[] = [];
    for (const entry of entries) {
      const count = Number(entry.after?.count ?? 0);
      const user = /^user:(\d+)$/.exec(entry.actor);
      const account = user ? await ctx.loaders.one(UserAccount).load(Number(user[1])) : null;
      batches.push(
        Object.assign(new VoterTokenBatch(), {
          count,
          issuedBy: entry.actor,
          issuedByName: account?.displayName ?? null,
          issuedAt: entry.createdAt,
          label: typeof entry.after?.label === "string" ? entry.after.label : null,
        }),
      );
    }
    const used = await tokenBallotsIn(ctx, round.key);
    return Object.assign(new VoterTokenIssues(), {
      total: batches.reduce((n, b) => n + b.count, 0),
      batches,
      used,
    });
  }

  @Mutation(() => BallotCastPayload, {
    description:
      "Casts a secret ballot (panel members of the round, or residents with a voter token in PB rounds) while the round is deciding. One per voter per round (ALREADY_VOTED); validated against the round's ballot type and constraints (INVALID_BALLOT).",
  })
  async ballotCast(
    @Arg("input", () => BallotCastInput) input: BallotCastInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BallotCastPayload> {
    // Guessing voter tokens: invalid tokens from one address are limited (auth/throttle.ts); valid ones
    // are never held back, however many voters share the address.
    const gate = input.voterToken ? await ctx.throttle.enterCountingFailures("voterTokenAddress", ctx.address) : null;
    if (gate && !gate.ok)
      return Object.assign(new BallotCastPayload(), {
        round: null,
        receipt: null,
        replaced: false,
        userErrors: [tooManyAttempts(gate, "voterToken")],
      });
    const result = await runMutation(ctx, ballotCast, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      choices: input.choices.map((c, i) => ({
        bidKey: decodeIdOf("Bid", c.bid, `input.choices.${i}.bid`),
        points: c.points ?? null,
      })),
      voterToken: input.voterToken ?? null,
      receipt: input.receipt ?? null,
      kioskToken: input.kioskToken ?? null,
      answers: input.answers ?? null,
    });
    const badToken = result.userErrors.some(
      (e) => e.code === UserErrorCode.NOT_ELIGIBLE && e.field?.[1] === "voterToken",
    );
    if (gate && badToken) await gate.failed();
    // The ballot waits sealed in the mixing pool; a full pool is mixed now, in a transaction of its own.
    if (result.value) await mixIfDue(ctx.dataSource, result.value.round);
    return Object.assign(new BallotCastPayload(), {
      round: result.value?.round ?? null,
      receipt: result.value?.receipt ?? null,
      replaced: result.value?.replaced ?? false,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => VoterTokensIssuePayload, {
    description:
      "Officers: issue resident voter tokens for a participatory-budgeting round (e.g. to print on poll cards).",
  })
  async voterTokensIssue(
    @Arg("input", () => VoterTokensIssueInput) input: VoterTokensIssueInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoterTokensIssuePayload> {
    const result = await runMutation(ctx, voterTokensIssue, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      count: input.count,
      label: input.label?.trim() || null,
    });
    return Object.assign(new VoterTokensIssuePayload(), {
      round: result.value?.round ?? null,
      tokens: result.value?.tokens ?? [],
      userErrors: result.userErrors,
    });
  }

  @Query(() => ReceiptStatus, {
    description:
      "Checks a ballot receipt given by `ballotCast`: SEALED (waiting in the mixing pool), STORED (mixed among the round's ballots, to be counted when voting closes), COUNTED (counted in the decision), or UNKNOWN. Says nothing about the ballot's content.",
  })
  ballotReceipt(
    @Arg("round", () => ID) round: string,
    @Arg("receipt", () => String) receipt: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReceiptStatus> {
    return receiptStatusOf(ctx, decodeIdOf("Round", round, "round"), receipt);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      "Once voting has closed (the decision is taken): the SHA-256 hashes (hex) of the receipts of every counted ballot, sorted, so a voter can check theirs was counted. Null while voting is open.",
  })
  countedReceipts(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<string[] | null> {
    return countedReceiptsOf(ctx, round.key);
  }

  @FieldResolver(() => Int, {
    description:
      "How many people have voted in this round (in-app ballots; imported ballots are counted by the file's voters).",
  })
  ballotsCast(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ballotsCastIn(ctx, round.key);
  }
}
