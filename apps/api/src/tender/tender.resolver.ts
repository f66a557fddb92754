import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { Tender } from "./tender.entity.js";
import { Criterion } from "./criterion.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Round } from "../round/round.entity.js";
import type { GraphQLContext } from "../graphql/context.js";
import { outcomeKeysOf } from "./tender.read.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { decodeIdOf } from "../graphql/ids.js";
import { MoneyInput } from "../graphql/money.input.js";
import { Payload } from "../graphql/payload.js";
import { mutationPayload } from "../graphql/commands.js";
import { tenderDraft, tenderPublish } from "./tender.commands.js";

@InputType({ description: "An award criterion and its weight." })
class CriterionInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) description?: string;
  @Field(() => Int, { description: "Weight in basis points (2500 = 25 %); all criteria add up to 10,000." })
  @IsInt()
  @Min(0)
  @Max(10_000)
  weightBasisPoints: number;
}

@InputType({ description: "The tender as drafted: replaces the previous draft entirely." })
class TenderDraftInput {
  @Field(() => ID) round: string;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field({ description: "The specification text." }) @IsString() @Length(0, 50_000) specification: string;
  @Field(() => [ID], { description: "The round's outcomes the service must deliver." })
  @ArrayMaxSize(50)
  outcomes: string[];
  @Field(() => [CriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  criteria: CriterionInput[];
  @Field(() => MoneyInput, { description: "The most a bid may request (at most the pot)." })
  @ValidateNested()
  budgetCeiling: MoneyInput;
  @Field(() => LocalDateScalar, { nullable: true, description: "Deadline for bids." }) submissionDeadline?: string;
}

@InputType({ description: "Publish a drafted tender." })
class TenderPublishInput {
  @Field(() => ID) tender: string;
}

const TenderDraftPayload = Payload("TenderDraft", "tender", () => Tender, "the drafted tender.");
const TenderPublishPayload = Payload(
  "TenderPublish",
  "tender",
  () => Tender,
  "the published tender (the round is now bidding).",
);

@Resolver(() => Tender)
export class TenderResolver {
  @FieldResolver(() => [Criterion], { description: "Award criteria and their weights (sum 100 %)." })
  criteria(@Root() tender: Tender, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Criterion, "tenderKey", { position: "ASC" }).load(tender.key);
  }

  @FieldResolver(() => Round, { description: "The round the tender is for." })
  round(@Root() tender: Tender, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Round).load(tender.roundKey);
  }

  @FieldResolver(() => [Outcome], { description: "The outcomes the tender asks the service to deliver." })
  async outcomes(@Root() tender: Tender, @Ctx() ctx: GraphQLContext) {
    const links = await outcomeKeysOf(ctx, tender.key);
    const outcomes = await ctx.loaders.one(Outcome).loadMany(links);
    return outcomes
      .filter((o): o is Outcome => o instanceof Outcome)
      .sort((a, b) => a.position - b.position || a.key - b.key);
  }

  @Mutation(() => TenderDraftPayload, {
    description:
      "Drafts the round's tender in the tendering phase (officers or panel members): criteria weights must add up to 10,000 basis points (WEIGHTS_MUST_SUM_TO_100), the ceiling must be within the pot (EXCEEDS_POT). Freezes the round's outcomes.",
  })
  async tenderDraft(@Arg("input", () => TenderDraftInput) input: TenderDraftInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "tender",
      ctx,
      tenderDraft,
      {
        roundKey: decodeIdOf("Round", input.round, "input.round"),
        outcomeKeys: input.outcomes.map((id, i) => decodeIdOf("Outcome", id, `input.outcomes.${i}`)),
        title: input.title,
        specification: input.specification,
        criteria: input.criteria.map((c) => ({
          name: c.name,
          description: c.description,
          weightBasisPoints: c.weightBasisPoints,
        })),
        budgetCeiling: input.budgetCeiling,
        submissionDeadline: input.submissionDeadline ?? null,
      },
      (output) => output.tender,
    );
  }

  @Mutation(() => TenderPublishPayload, {
    description: "Publishes the tender (officers) and moves the round on to bidding.",
  })
  async tenderPublish(@Arg("input", () => TenderPublishInput) input: TenderPublishInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "tender",
      ctx,
      tenderPublish,
      { tenderKey: decodeIdOf("Tender", input.tender, "input.tender") },
      (output) => output.tender,
    );
  }
}
