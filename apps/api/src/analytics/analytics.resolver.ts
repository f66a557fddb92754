import { systemClock } from "../command/context.js";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { isOfficerOf } from "../auth/guards.js";
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
      description:
        "Groups to return (1–500); the rest are summed in `other`. The row of money with no group (key null) is always returned, after them, and never summed in `other`.",
    })
    first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return new AnalyticsService(ctx.dataSource).spending(filterBy, groupBy, first);
  }

  @Query(() => ParticipationSummaryType, {
    description:
      'Who took part in one fixed grouping — a round, a council\'s rounds of one year, or all of a council\'s rounds: panel and voters vs the census, attendance, compensation. Public figures are suppressed (counts 1–4 "<5", complementary cells "[c]"; docs/analysts.md); officers of the council see exact figures of their own rounds.',
  })
  async participation(
    @Arg("round", () => ID, { nullable: true, description: "A round (id or slug)." }) round: string | undefined,
    @Arg("rounds", () => [ID], {
      nullable: true,
      description: "Round ids or slugs.",
      deprecationReason:
        "Use `round` (one round) or `council` (+ `year`). For privacy a public caller may give only one round here (arbitrary sets of rounds let differencing recover suppressed counts); officers may still give several of their own council's rounds. Removal after 2027-06-30.",
    })
    rounds: string[] | undefined,
    @Arg("council", () => String, { nullable: true, description: "Council slug: all its rounds (or those of `year`)." })
    council: string | undefined,
    @Arg("year", () => Int, { nullable: true, description: "With `council`: the rounds that opened that year." })
    year: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const service = new AnalyticsService(ctx.dataSource);
    const { keys, exact } = await service.grouping({
      round,
      rounds,
      council,
      year,
      officerOf: (councilKey) => isOfficerOf(ctx, councilKey),
    });
    return service.participationFor(keys, exact);
  }

  @Query(() => [RoundFairness], {
    description:
      "Was it fair: per round voice equity, interview spread and influence, decision vs officer recommendation, proportionality, and greedy vs Method of Equal Shares (computed when the decision was taken; never at read time).",
  })
  async fairness(
    @Arg("rounds", () => [ID], { nullable: true, description: "Round ids or slugs." }) rounds: string[] | undefined,
    @Arg("council", () => String, { nullable: true }) council: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const service = new AnalyticsService(ctx.dataSource);
    const keys = await service.selectRounds(rounds, council);
    const councils = await service.councilsOf(keys);
    return service.fairnessFor(keys, (roundKey) => isOfficerOf(ctx, councils.get(roundKey) ?? -1));
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
