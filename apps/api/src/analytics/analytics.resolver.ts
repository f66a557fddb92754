import { systemClock } from "../command/context.js";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { selectsField } from "../graphql/selection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { AnalyticsService } from "./analytics.service.js";
import {
  Comparison,
  Normalise,
  OutcomeSummary,
  ParticipationSummaryType,
  RoundFairness,
  SpendingFilter,
  SpendingGroupBy,
  SpendingSummary,
} from "./analytics.types.js";

/** Aggregates for residents and analysts (API.md §7). Thin: AnalyticsService and the SQL services do the work. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => SpendingSummary, {
    description:
      "Where the money went: pot, awarded and spent per group and in total, per currency (never added across currencies).",
  })
  spending(
    @Arg("filterBy", () => SpendingFilter, { nullable: true }) filterBy: SpendingFilter | undefined,
    @Arg("groupBy", () => SpendingGroupBy) groupBy: SpendingGroupBy,
    @Arg("first", () => Int, {
      defaultValue: 100,
      description: "Rows to return (1–500); the rest are summed in `other`.",
    })
    first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return new AnalyticsService(ctx.dataSource).spending(filterBy, groupBy, first);
  }

  @Query(() => ParticipationSummaryType, {
    description:
      "Who took part in these rounds (or all of a council's): panel and voters vs the census, attendance, compensation. Counts below 5 are suppressed.",
  })
  async participation(
    @Arg("rounds", () => [ID], { nullable: true, description: "Round ids or slugs." }) rounds: string[] | undefined,
    @Arg("council", () => String, { nullable: true, description: "Council slug: all its rounds." })
    council: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const service = new AnalyticsService(ctx.dataSource);
    return service.participationFor(await service.selectRounds(rounds, council));
  }

  @Query(() => [RoundFairness], {
    description:
      "Was it fair: per round voice equity, interview spread and influence, decision vs officer recommendation, proportionality.",
  })
  async fairness(
    @Arg("rounds", () => [ID], { nullable: true, description: "Round ids or slugs." }) rounds: string[] | undefined,
    @Arg("council", () => String, { nullable: true }) council: string | undefined,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const service = new AnalyticsService(ctx.dataSource);
    // Greedy vs MES re-runs both rules over the ballots: only when the query selects it.
    return service.fairnessFor(await service.selectRounds(rounds, council), {
      withRuleComparison: selectsField(info, "ruleComparison"),
    });
  }

  @Query(() => OutcomeSummary, {
    description: "Did it work: outcome indicators' status on a date, per round and overall.",
  })
  async outcomeProgress(
    @Arg("rounds", () => [ID], { nullable: true, description: "Round ids or slugs." }) rounds: string[] | undefined,
    @Arg("council", () => String, { nullable: true }) council: string | undefined,
    @Arg("asOf", () => LocalDateScalar, { nullable: true, description: "Status date (default today)." })
    asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const service = new AnalyticsService(ctx.dataSource);
    return service.outcomesFor(await service.selectRounds(rounds, council), asOf ?? systemClock.today());
  }

  @Query(() => Comparison, {
    description: "Rounds and/or councils side by side on the same measures, with the group's median and range.",
  })
  compare(
    @Arg("rounds", () => [ID], { defaultValue: [], description: "Round ids or slugs." }) rounds: string[],
    @Arg("councils", () => [String], { defaultValue: [] }) councils: string[],
    @Arg("normalise", () => Normalise, { defaultValue: Normalise.NONE }) normalise: Normalise,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return new AnalyticsService(ctx.dataSource).compare(rounds, councils, normalise, asOf ?? systemClock.today());
  }
}
