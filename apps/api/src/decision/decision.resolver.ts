import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Decision } from "./decision.entity.js";
import { DecisionProject } from "./decision-project.entity.js";
import { Bid } from "../bid/bid.entity.js";
import type { GraphQLContext } from "../graphql/context.js";

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Bid, { nullable: true, description: "The bid the officer (commissioning manager) recommended, recorded before the decision was revealed." })
  officerRecommendation(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return decision.officerRecommendationBidKey === null ? null : ctx.loaders.one(Bid).load(decision.officerRecommendationBidKey);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Did the decision fund the officer's recommended bid? null when no recommendation was recorded." })
  async followedRecommendation(@Root() decision: Decision, @Ctx() ctx: GraphQLContext): Promise<boolean | null> {
    if (decision.officerRecommendationBidKey === null) return null;
    const projects = await ctx.loaders.many(DecisionProject, "decisionKey").load(decision.key);
    return projects.some((p) => p.bidKey === decision.officerRecommendationBidKey && p.funded);
  }

  @FieldResolver(() => [DecisionProject], { description: "Every bid or project with its verdict, rank and explanation — funded and not funded." })
  projects(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(DecisionProject, "decisionKey", { rank: "ASC", key: "ASC" }).load(decision.key);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: "The rule's parameters, as recorded (so the decision can be re-computed)." })
  parameters(@Root() decision: Decision) {
    return decision.parameters;
  }
}

@Resolver(() => DecisionProject)
export class DecisionProjectResolver {
  @FieldResolver(() => Bid)
  bid(@Root() project: DecisionProject, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Bid).load(project.bidKey);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: "Structured explanation from the rule (see the allocation engine's documentation)." })
  explanation(@Root() project: DecisionProject) {
    return project.explanation;
  }
}
