import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Min } from "class-validator";
import { indicatorStatus, monitoringPeriod, STATUS_RULE_TEXT } from "@coproduce/domain";
import { Round } from "../round/round.entity.js";
import { Award } from "../award/award.entity.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { Measurement } from "./measurement.entity.js";
import { Milestone } from "./milestone.entity.js";
import type { GraphQLContext } from "../graphql/context.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { decodeIdOf } from "../graphql/ids.js";
import { IndicatorDirection, IndicatorStatus, MilestoneStatus } from "../graphql/enums.js";
import {
  indicatorCreate,
  measurementRecord,
  milestoneCreate,
  milestoneUpdate,
  outcomeCreate,
  outcomeUpdate,
} from "./outcome.commands.js";
import { mutationPayload } from "../graphql/commands.js";
import { Payload } from "../graphql/payload.js";
import { systemClock } from "../command/context.js";

@InputType({ description: "A new outcome of a round (defining_outcomes phase)." })
class OutcomeCreateInput {
  @Field(() => ID) round: string;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 5000) description?: string;
  @Field(() => Int, { nullable: true, description: "Display position (default: last)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@InputType({ description: "Changes to a draft outcome; omitted fields stay as they are." })
class OutcomeUpdateInput {
  @Field(() => ID) outcome: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 5000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType({ description: "A measurable indicator of an outcome." })
class IndicatorCreateInput {
  @Field(() => ID) outcome: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ description: "Unit, e.g. `young people`, `%`." }) @IsString() @Length(1, 60) unit: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) baseline: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) target: number;
  @Field(() => IndicatorDirection) direction: IndicatorDirection;
  @Field(() => LocalDateScalar, { description: "Start of the monitoring period." }) startsOn: string;
  @Field(() => LocalDateScalar, { description: "When the target should be reached." }) dueOn: string;
}

@InputType({ description: "A measured value of an indicator." })
class MeasurementRecordInput {
  @Field(() => ID) indicator: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field(() => LocalDateScalar) measuredOn: string;
  @Field({ description: "Where the figure comes from, e.g. `Provider quarterly report`." })
  @IsString()
  @Length(1, 200)
  source: string;
}

@InputType({ description: "A delivery milestone of a funded service." })
class MilestoneCreateInput {
  @Field(() => ID) round: string;
  @Field(() => ID, { nullable: true, description: "The award it belongs to, if any." }) award?: string;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field(() => LocalDateScalar) dueOn: string;
}

@InputType({ description: "Changes to a milestone; omitted fields stay as they are." })
class MilestoneUpdateInput {
  @Field(() => ID) milestone: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() dueOn?: string;
  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MilestoneStatus))
  status?: MilestoneStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() completedOn?: string;
}

const OutcomePayload = Payload("OutcomeCreate", "outcome", () => Outcome, "the new outcome.");
const OutcomeUpdatePayload = Payload("OutcomeUpdate", "outcome", () => Outcome, "the changed outcome.");
const IndicatorCreatePayload = Payload("IndicatorCreate", "indicator", () => Indicator, "the new indicator.");
const MeasurementRecordPayload = Payload(
  "MeasurementRecord",
  "measurement",
  () => Measurement,
  "the recorded measurement.",
);
const MilestoneCreatePayload = Payload("MilestoneCreate", "milestone", () => Milestone, "the new milestone.");
const MilestoneUpdatePayload = Payload("MilestoneUpdate", "milestone", () => Milestone, "the changed milestone.");

@ObjectType({ description: `An indicator's status on a date. ${STATUS_RULE_TEXT}` })
export class IndicatorStatusReport {
  @Field(() => IndicatorStatus) status: IndicatorStatus;
  @Field(() => Float, {
    nullable: true,
    description: "Progress toward the target, 0–100, respecting the direction; null when not reported.",
  })
  progress: number | null;
  @Field(() => Float, { description: "Expected progress: the share of the monitoring period elapsed, 0–100." })
  expected: number;
  @Field(() => Float, {
    nullable: true,
    description: "Expected minus actual progress, in percentage points (positive = behind).",
  })
  gapPoints: number | null;
  @Field(() => LocalDateScalar, { description: "The date of the status." }) asOf: string;
  @Field({ description: "The published rule behind the status." }) rule: string;
}

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => [Indicator])
  indicators(@Root() outcome: Outcome, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Indicator, "outcomeKey").load(outcome.key);
  }

  @Mutation(() => OutcomePayload, {
    description:
      "Adds an outcome to a round while the panel defines outcomes (officers or panel members of the round).",
  })
  async outcomeCreate(@Arg("input", () => OutcomeCreateInput) input: OutcomeCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload("outcome", ctx, outcomeCreate, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      title: input.title,
      description: input.description,
      position: input.position,
    });
  }

  @Mutation(() => OutcomeUpdatePayload, {
    description: "Changes a draft outcome (FROZEN once the round has moved on).",
  })
  async outcomeUpdate(@Arg("input", () => OutcomeUpdateInput) input: OutcomeUpdateInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "outcome",
      ctx,
      outcomeUpdate,
      {
        outcomeKey: decodeIdOf("Outcome", input.outcome, "input.outcome"),
        title: input.title,
        description: input.description,
        position: input.position,
      },
      (output) => output.outcome,
    );
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Measurement], { description: "Measurements over time, oldest first." })
  measurements(@Root() indicator: Indicator, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Measurement, "indicatorKey", { measuredOn: "ASC" }).load(indicator.key);
  }

  @FieldResolver(() => IndicatorDirection, { description: "Which way the indicator improves." })
  direction(@Root() indicator: Indicator): IndicatorDirection {
    return indicator.direction as IndicatorDirection;
  }

  @FieldResolver(() => Measurement, {
    nullable: true,
    description: "The latest measurement on or before `asOf` (default today).",
  })
  async latestMeasurement(
    @Root() indicator: Indicator,
    @Ctx() ctx: GraphQLContext,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf?: string,
  ) {
    const list = await ctx.loaders.many(Measurement, "indicatorKey", { measuredOn: "ASC" }).load(indicator.key);
    const date = asOf ?? systemClock.today();
    return list.filter((m) => m.measuredOn <= date).at(-1) ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Progress toward the target, 0–100 %, of the latest measurement on or before `asOf` (default today): (latest − baseline) / (target − baseline) × 100, clamped — works for both directions. Null when not reported.",
  })
  async progress(
    @Root() indicator: Indicator,
    @Ctx() ctx: GraphQLContext,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf?: string,
  ) {
    return (await statusOf(indicator, ctx, asOf ?? systemClock.today())).progress;
  }

  @FieldResolver(() => IndicatorStatusReport, {
    description: `Status on \`asOf\` (default today). ${STATUS_RULE_TEXT} Indicators without a monitoring period are monitored for a year from the start of the funded service.`,
  })
  status(
    @Root() indicator: Indicator,
    @Ctx() ctx: GraphQLContext,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf?: string,
  ) {
    return statusOf(indicator, ctx, asOf ?? systemClock.today());
  }

  @Mutation(() => IndicatorCreatePayload, {
    description: "Adds an indicator (unit, baseline, target, direction) to a draft outcome.",
  })
  async indicatorCreate(
    @Arg("input", () => IndicatorCreateInput) input: IndicatorCreateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload("indicator", ctx, indicatorCreate, {
      outcomeKey: decodeIdOf("Outcome", input.outcome, "input.outcome"),
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      target: input.target,
      direction: input.direction,
      startsOn: input.startsOn,
      dueOn: input.dueOn,
    });
  }

  @Mutation(() => MeasurementRecordPayload, {
    description:
      "Records a measured value of an indicator, with its source (officers of the round's council; awarded or monitoring phase).",
  })
  async measurementRecord(
    @Arg("input", () => MeasurementRecordInput) input: MeasurementRecordInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload("measurement", ctx, measurementRecord, {
      indicatorKey: decodeIdOf("Indicator", input.indicator, "input.indicator"),
      value: input.value,
      measuredOn: input.measuredOn,
      source: input.source,
    });
  }
}

/** The indicator's monitoring period by the domain's one rule (`monitoringPeriod`). */
async function periodOf(indicator: Indicator, ctx: GraphQLContext, asOf: string) {
  const outcome = await ctx.loaders.one(Outcome).load(indicator.outcomeKey);
  const round = outcome ? await ctx.loaders.one(Round).load(outcome.roundKey) : null;
  const awards = round ? await ctx.loaders.many(Award, "roundKey", { startsOn: "ASC" }).load(round.key) : [];
  const firstAwardStart = awards.map((a) => a.startsOn).find((d): d is string => d !== null) ?? null;
  return monitoringPeriod(indicator, { serviceStart: firstAwardStart ?? round?.closesOn ?? round?.opensOn, asOf });
}

async function statusOf(indicator: Indicator, ctx: GraphQLContext, asOf: string): Promise<IndicatorStatusReport> {
  const list = await ctx.loaders.many(Measurement, "indicatorKey", { measuredOn: "ASC" }).load(indicator.key);
  const period = await periodOf(indicator, ctx, asOf);
  const result = indicatorStatus({
    indicator: {
      baseline: indicator.baseline,
      target: indicator.target,
      direction: indicator.direction as IndicatorDirection,
    },
    measurements: list.map((m) => ({ date: m.measuredOn, value: m.value })),
    periodStart: period.start,
    periodEnd: period.end,
    asOf,
  });
  return Object.assign(new IndicatorStatusReport(), {
    status: result.status,
    progress: result.progress,
    expected: result.expected,
    gapPoints: result.gapPoints,
    asOf,
    rule: result.rule,
  });
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Award, { nullable: true, description: "The award the milestone belongs to, if any." })
  award(@Root() milestone: Milestone, @Ctx() ctx: GraphQLContext) {
    return milestone.awardKey === null ? null : ctx.loaders.one(Award).load(milestone.awardKey);
  }

  @Mutation(() => MilestoneCreatePayload, {
    description: "Plans a delivery milestone of the funded service (officers; deciding, awarded or monitoring phase).",
  })
  async milestoneCreate(
    @Arg("input", () => MilestoneCreateInput) input: MilestoneCreateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload("milestone", ctx, milestoneCreate, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      awardKey: input.award ? decodeIdOf("Award", input.award, "input.award") : null,
      title: input.title,
      dueOn: input.dueOn,
    });
  }

  @Mutation(() => MilestoneUpdatePayload, {
    description: "Updates a milestone: reschedule it, or mark it met, late or missed.",
  })
  async milestoneUpdate(
    @Arg("input", () => MilestoneUpdateInput) input: MilestoneUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload(
      "milestone",
      ctx,
      milestoneUpdate,
      {
        milestoneKey: decodeIdOf("Milestone", input.milestone, "input.milestone"),
        title: input.title,
        dueOn: input.dueOn,
        status: input.status,
        completedOn: input.completedOn,
      },
      (output) => output.milestone,
    );
  }
}
