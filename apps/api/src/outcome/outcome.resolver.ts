import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { Measurement } from "./measurement.entity.js";
import type { GraphQLContext } from "../graphql/context.js";

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => [Indicator])
  indicators(@Root() outcome: Outcome, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Indicator, "outcomeKey").load(outcome.key);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Measurement], { description: "Measurements over time, oldest first." })
  measurements(@Root() indicator: Indicator, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Measurement, "indicatorKey", { measuredOn: "ASC" }).load(indicator.key);
  }
}
