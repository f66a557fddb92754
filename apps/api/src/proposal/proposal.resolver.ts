import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, ValidateNested } from "class-validator";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import {
  normaliseReference,
  PROPOSAL_LIMITS,
  proposalsOpen,
  REVIEW_OUTCOMES,
  type Phase,
  type ReviewOutcome,
  type RoundKind,
} from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { MoneyInput } from "../graphql/money.input.js";
import { Money } from "../graphql/money.type.js";
import { UserError } from "../command/user-error.js";
import { Payload } from "../graphql/payload.js";
import { runMutation, mutationPayload } from "../graphql/commands.js";
import { requireOfficerOf } from "../auth/guards.js";
import { tooManyAttempts } from "../auth/throttle.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Proposal } from "./proposal.entity.js";
import { proposalReview, proposalSubmit } from "./proposal.commands.js";
import { acceptedProposals, proposalByReference, roundProposals } from "./proposal.read.js";
import { ProposalRecord } from "./proposal.types.js";

@InputType({ description: "A resident's project idea for a participatory-budgeting round (while it is BIDDING)." })
class ProposalSubmitInput {
  @Field(() => ID) round: string;
  @Field({ description: `The idea's short name (at most ${PROPOSAL_LIMITS.title} characters).` })
  @IsString()
  @Length(0, 200)
  title: string;
  @Field({ description: "What the idea is and who it helps." })
  @IsString()
  @Length(0, 20_000)
  description: string;
  @Field(() => MoneyInput, { description: "The proposer's estimate of the cost, in the round's currency." })
  @ValidateNested()
  estimatedCost: MoneyInput;
  @Field(() => String, { nullable: true, description: "Where it would happen." })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  area?: string | null;
  @Field(() => [String], { defaultValue: [], description: "Categories (several allowed, as in Pabulib)." })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categories: string[];
  @Field(() => String, {
    nullable: true,
    description: "How the council may contact the proposer: kept private, never shown publicly.",
  })
  @IsOptional()
  @IsString()
  @Length(0, 400)
  contact?: string | null;
}

@InputType({ description: "An officer's review of a resident's proposal." })
class ProposalReviewInput {
  @Field(() => ID) proposal: string;
  @Field({ description: "`accepted` (it goes on the ballot) or `rejected`." })
  @IsIn([...REVIEW_OUTCOMES])
  outcome: string;
  @Field({ description: "Why: the proposer reads this." })
  @IsString()
  @Length(0, 4000)
  reason: string;
  @Field(() => MoneyInput, {
    nullable: true,
    description: "Accepted only: the officer's own cost, when the estimate is revised (the ballot uses it).",
  })
  @IsOptional()
  @ValidateNested()
  revisedCost?: MoneyInput | null;
  @Field(() => String, { nullable: true, description: "Why the cost was revised (required with `revisedCost`)." })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  costReason?: string | null;
}

@ObjectType({ description: "Result of `proposalSubmit`: the proposal and the reference code to keep." })
class ProposalSubmitPayload {
  @Field(() => Proposal, { nullable: true, description: "The proposal, or null when `userErrors` is not empty." })
  proposal: Proposal | null;
  @Field(() => String, {
    nullable: true,
    description: "The proposer's reference code, shown once: `proposalStatus(reference:)` finds the proposal with it.",
  })
  reference: string | null;
  @Field(() => [UserError], { description: "Validation and business-rule failures; empty on success." })
  userErrors: UserError[];
}

const ProposalReviewPayload = Payload("ProposalReview", "proposal", () => Proposal, "the reviewed proposal.");

@Resolver(() => Proposal)
export class ProposalResolver {
  @FieldResolver(() => Round, { description: "The round the proposal is for." })
  round(@Root() proposal: Proposal, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Round).load(proposal.roundKey);
  }

  @FieldResolver(() => Money, {
    description: "The cost it goes on the ballot at: the revised cost, else the estimate.",
  })
  cost(@Root() proposal: Proposal): Money {
    return proposal.revisedCost ?? proposal.estimatedCost;
  }

  @FieldResolver(() => Bid, { nullable: true, description: "The ballot project an accepted proposal became." })
  bid(@Root() proposal: Proposal, @Ctx() ctx: GraphQLContext) {
    return proposal.bidKey === null ? null : ctx.loaders.one(Bid).load(proposal.bidKey);
  }

  @Query(() => Proposal, {
    nullable: true,
    description:
      "A proposer checks their proposal by the reference code they were given (null: no such code). Unknown codes from one address are throttled (RATE_LIMITED with `retryAfterSeconds`).",
  })
  async proposalStatus(
    @Arg("reference") reference: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Proposal | null> {
    // One proposer's answer: never kept in the shared response cache.
    (
      info as GraphQLResolveInfo & { cacheControl?: { setCacheHint(h: { maxAge: number }): void } }
    ).cacheControl?.setCacheHint({
      maxAge: 0,
    });
    const gate = await ctx.throttle.enterCountingFailures("proposalStatusAddress", ctx.address);
    if (!gate.ok) {
      throw new GraphQLError(`Too many unknown reference codes: try again in ${gate.retryAfterSeconds} s.`, {
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: gate.retryAfterSeconds },
      });
    }
    const normal = normaliseReference(reference);
    const proposal = normal ? await proposalByReference(ctx.dataSource, normal) : null;
    if (!proposal) await gate.failed();
    return proposal;
  }

  @Mutation(() => ProposalSubmitPayload, {
    description:
      "A resident proposes a project for a participatory-budgeting round while it is BIDDING (anyone; or an officer of the council entering a paper proposal). Anonymous proposals from one address are throttled.",
  })
  async proposalSubmit(
    @Arg("input", () => ProposalSubmitInput) input: ProposalSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProposalSubmitPayload> {
    if (ctx.viewer.kind === "anonymous") {
      const gate = await ctx.throttle.enter([["proposeAddress", ctx.address]]);
      if (!gate.ok)
        return Object.assign(new ProposalSubmitPayload(), {
          proposal: null,
          reference: null,
          userErrors: [tooManyAttempts(gate, "round")],
        });
    }
    const result = await runMutation(ctx, proposalSubmit, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      title: input.title,
      description: input.description,
      estimatedCost: input.estimatedCost,
      area: input.area ?? null,
      categories: input.categories,
      contact: input.contact ?? null,
    });
    return Object.assign(new ProposalSubmitPayload(), {
      proposal: result.value,
      reference: result.value?.reference ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => ProposalReviewPayload, {
    description:
      "Officers of the round's council: accept a proposal onto the ballot (optionally revising its cost, with a reason) or reject it, with the reason the proposer reads. Once per proposal (FROZEN after).",
  })
  async proposalReview(
    @Arg("input", () => ProposalReviewInput) input: ProposalReviewInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload("proposal", ctx, proposalReview, {
      proposalKey: decodeIdOf("Proposal", input.proposal, "input.proposal"),
      outcome: input.outcome as ReviewOutcome,
      reason: input.reason,
      revisedCost: input.revisedCost ?? null,
      costReason: input.costReason ?? null,
    });
  }
}

@Resolver(() => Round)
export class RoundProposalsResolver {
  @FieldResolver(() => Boolean, {
    description: "True while residents may propose projects (a participatory-budgeting round in BIDDING).",
  })
  proposalsOpen(@Root() round: Round): boolean {
    return proposalsOpen(round.kind as RoundKind, round.phase as Phase);
  }

  @FieldResolver(() => [Proposal], {
    description: "Residents' proposals accepted onto the ballot, oldest first (no personal data).",
  })
  acceptedProposals(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return acceptedProposals(ctx, round.key);
  }

  @FieldResolver(() => [ProposalRecord], {
    description:
      "Officers of the council: every resident proposal of the round, oldest first, with status and the proposer's private contact (FORBIDDEN otherwise).",
  })
  proposals(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    requireOfficerOf(ctx, round.councilKey);
    return roundProposals(ctx.dataSource, round.key);
  }
}
