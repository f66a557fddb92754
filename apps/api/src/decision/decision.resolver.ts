import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { IsOptional, IsString, Length } from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { Decision } from "./decision.entity.js";
import { DecisionProject } from "./decision-project.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Round } from "../round/round.entity.js";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { UserError } from "../command/user-error.js";
import { Payload } from "../graphql/payload.js";
import { mutationPayload, runMutation } from "../graphql/commands.js";
import {
  decisionRecompute,
  decisionRecordRecommendation,
  decisionTake,
  verifyDecision,
  type Verification,
} from "./decision.commands.js";

@InputType({ description: "The officer's (commissioning manager's) recommendation, recorded before the decision." })
class DecisionRecordRecommendationInput {
  @Field(() => ID) round: string;
  @Field(() => ID, { description: "The bid the officer recommends." }) bid: string;
  @Field({ description: "Why, in words." }) @IsString() @Length(1, 5000) note: string;
}

@InputType({ description: "Take the round's decision by its method and rule." })
class DecisionTakeInput {
  @Field(() => ID) round: string;
  @Field({ nullable: true, description: "A summary in words (default: generated from the result)." })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  summary?: string;
}

@InputType({ description: "Recompute a decision and check it matches." })
class DecisionRecomputeInput {
  @Field(() => ID) decision: string;
}

@ObjectType({
  description: "The result of recomputing a decision from its stored rule, parameters and inputs (scores or ballots).",
})
export class DecisionVerification {
  @Field({ description: "True when the recomputation gives the stored result." }) matches: boolean;
  @Field(() => [Bid], { description: "Funded bids as stored." }) storedSelected: Bid[];
  @Field(() => [Bid], { description: "Funded bids on recomputation." }) recomputedSelected: Bid[];
  @Field(() => [String], { description: "What differs, in words (empty when it matches)." }) differences: string[];
}

const DecisionRecordRecommendationPayload = Payload(
  "DecisionRecordRecommendation",
  "decision",
  () => Decision,
  "the decision record with the recommendation.",
);
const DecisionTakePayload = Payload("DecisionTake", "decision", () => Decision, "the decision taken.");

@ObjectType({ description: "Result of `decisionRecompute`." })
class DecisionRecomputePayload {
  @Field(() => Decision, { nullable: true }) decision: Decision | null;
  @Field(() => DecisionVerification, { nullable: true }) verification: DecisionVerification | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

/** Before the decision, the recommendation is visible to the round's officers only (it must not sway the panel). */
function recommendationVisible(decision: Decision, ctx: GraphQLContext): Promise<boolean> | boolean {
  if (decision.decidedAt) return true;
  if (ctx.viewer.kind === "administrator") return true;
  if (ctx.viewer.kind !== "officer") return false;
  return ctx.loaders
    .one(Round)
    .load(decision.roundKey)
    .then((round) => round?.councilKey === ctx.viewer.councilKey);
}

async function toVerification(ctx: GraphQLContext, v: Verification): Promise<DecisionVerification> {
  const load = async (keys: number[]) =>
    (await ctx.loaders.one(Bid).loadMany(keys)).filter((b): b is Bid => b instanceof Bid);
  return Object.assign(new DecisionVerification(), {
    matches: v.matches,
    storedSelected: await load(v.storedSelected),
    recomputedSelected: await load(v.recomputedSelected),
    differences: v.differences,
  });
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Bid, {
    nullable: true,
    description:
      "The bid the officer (commissioning manager) recommended, recorded before the decision; shown once the decision is taken.",
  })
  async officerRecommendation(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    if (decision.officerRecommendationBidKey === null || !(await recommendationVisible(decision, ctx))) return null;
    return ctx.loaders.one(Bid).load(decision.officerRecommendationBidKey);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "What the officer recommended, in words (shown once the decision is taken).",
  })
  async officerRecommendationNote(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return (await recommendationVisible(decision, ctx)) ? decision.officerRecommendationNote : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Did the decision fund the officer's recommended bid? null when no recommendation was recorded or the decision is not taken yet.",
  })
  async followedRecommendation(@Root() decision: Decision, @Ctx() ctx: GraphQLContext): Promise<boolean | null> {
    if (decision.officerRecommendationBidKey === null || !decision.decidedAt) return null;
    const projects = await ctx.loaders.many(DecisionProject, "decisionKey").load(decision.key);
    return projects.some((p) => p.bidKey === decision.officerRecommendationBidKey && p.funded);
  }

  @FieldResolver(() => [DecisionProject], {
    description: "Every bid or project with its verdict, rank and explanation — funded and not funded.",
  })
  projects(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(DecisionProject, "decisionKey", { rank: "ASC", key: "ASC" }).load(decision.key);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: "The rule's parameters, as recorded (so the decision can be re-computed).",
  })
  parameters(@Root() decision: Decision) {
    return decision.parameters;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: "The rule's full result as recorded: funded ids, money spent, ranking or allocation details.",
  })
  result(@Root() decision: Decision) {
    return decision.result;
  }

  @FieldResolver(() => DecisionVerification, {
    nullable: true,
    description:
      "Recomputes the decision now from its stored rule, parameters and inputs and says whether it matches (null before the decision). Costly: one recomputation per decision.",
  })
  async verify(@Root() decision: Decision, @Ctx() ctx: GraphQLContext): Promise<DecisionVerification | null> {
    if (!decision.decidedAt) return null;
    return toVerification(ctx, await verifyDecision(ctx.dataSource.manager, decision));
  }

  @Mutation(() => DecisionRecordRecommendationPayload, {
    description: "Officers: record the recommended bid and why, before the decision (FROZEN after it).",
  })
  async decisionRecordRecommendation(
    @Arg("input", () => DecisionRecordRecommendationInput) input: DecisionRecordRecommendationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload(
      "decision",
      ctx,
      decisionRecordRecommendation,
      {
        roundKey: decodeIdOf("Round", input.round, "input.round"),
        bidKey: decodeIdOf("Bid", input.bid, "input.bid"),
        note: input.note,
      },
      (output) => output.decision,
    );
  }

  @Mutation(() => DecisionTakePayload, {
    description:
      "Officers: take the decision (deciding phase). Panel-scoring rounds fund shortlisted bids by weighted interview score within the pot; voting rounds run the allocation rule over the ballots (closing the vote). Stores rule, parameters and explanations.",
  })
  async decisionTake(@Arg("input", () => DecisionTakeInput) input: DecisionTakeInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "decision",
      ctx,
      decisionTake,
      { roundKey: decodeIdOf("Round", input.round, "input.round"), summary: input.summary ?? null },
      (output) => output.decision,
    );
  }

  @Mutation(() => DecisionRecomputePayload, {
    description:
      "Officers: recompute a decision from its stored rule and inputs, record the check in the audit log, and report whether it matches.",
  })
  async decisionRecompute(
    @Arg("input", () => DecisionRecomputeInput) input: DecisionRecomputeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DecisionRecomputePayload> {
    const result = await runMutation(ctx, decisionRecompute, {
      decisionKey: decodeIdOf("Decision", input.decision, "input.decision"),
    });
    return Object.assign(new DecisionRecomputePayload(), {
      decision: result.value?.decision ?? null,
      verification: result.value ? await toVerification(ctx, result.value.verification) : null,
      userErrors: result.userErrors,
    });
  }
}

@Resolver(() => DecisionProject)
export class DecisionProjectResolver {
  @FieldResolver(() => Bid)
  bid(@Root() project: DecisionProject, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Bid).load(project.bidKey);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: "Structured explanation from the rule (see the allocation engine's documentation).",
  })
  explanation(@Root() project: DecisionProject) {
    return project.explanation;
  }

  @FieldResolver(() => String, { nullable: true, description: "The explanation in one sentence a resident can read." })
  explanationText(@Root() project: DecisionProject) {
    const summary = project.explanation?.summary;
    return typeof summary === "string" ? summary : null;
  }
}
