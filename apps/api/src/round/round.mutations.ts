import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import type { GraphQLContext } from "../graphql/context.js";
import { AllocationRule, BallotType, DecisionMethod, RoundKind, RoundPhase } from "../graphql/enums.js";
import { LocalDateScalar } from "../graphql/scalars.js";
import { decodeIdOf } from "../graphql/ids.js";
import { UserError } from "../command/user-error.js";
import { runMutation } from "../graphql/commands.js";
import { SafeIntScalar } from "../graphql/scalars.js";
import { Round } from "./round.entity.js";
import { roundAdvancePhase, roundCreate, roundUpdate } from "./round.commands.js";

@InputType({ description: "A new round, created in phase DRAFT." })
export class RoundCreateInput {
  @Field(() => ID, { nullable: true, description: "The council (defaults to the officer's own)." })
  @IsOptional()
  council?: string;

  @Field({ nullable: true, description: "URL-safe identifier (default: from the title and year)." })
  @IsOptional()
  @Length(3, 100)
  slug?: string;

  @Field()
  @Length(3, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => RoundKind, { defaultValue: RoundKind.COMMISSIONING })
  kind: RoundKind;

  @Field({ description: "Theme, e.g. `youth`." })
  @Length(1, 80)
  theme: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  targetGroup?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The area the round serves (its population is the panel's baseline).",
  })
  @IsOptional()
  area?: string;

  @Field(() => SafeIntScalar, { description: "The pot in minor units (pence), > 0: 3200000 = £32,000." })
  @IsInt()
  potMinor: number;

  @Field({ description: "Currency of the pot: a known code (GBP, EUR, PLN, …)." })
  @Length(3, 3)
  currency: string;

  @Field(() => String, {
    nullable: true,
    description: "Currency the panel is paid in, e.g. GBP or BRX (Brixton Pounds).",
  })
  @IsOptional()
  @Length(3, 3)
  compensationCurrency?: string;

  @Field(() => DecisionMethod, { defaultValue: DecisionMethod.PANEL_SCORING })
  decisionMethod: DecisionMethod;

  @Field(() => BallotType, { nullable: true })
  @IsOptional()
  ballotType?: BallotType;

  @Field(() => AllocationRule, { nullable: true })
  @IsOptional()
  allocationRule?: AllocationRule;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  opensOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  closesOn?: string;

  @Field(() => Int, { nullable: true, description: "Target panel size." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  panelSize?: number;
}

@InputType({
  description:
    "Edit a round's settings: each field given replaces the current value (null clears an optional one); fields left out stay as they are. A setting the round's phase no longer lets change is refused with FIELD_LOCKED.",
})
export class RoundUpdateInput {
  @Field(() => ID)
  round: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  theme?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  targetGroup?: string | null;

  @Field(() => ID, { nullable: true, description: "The area the round serves; null: the whole council." })
  @IsOptional()
  area?: string | null;

  @Field(() => SafeIntScalar, { nullable: true, description: "The pot in minor units, > 0." })
  @IsOptional()
  @IsInt()
  potMinor?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 3)
  currency?: string;

  @Field(() => String, { nullable: true, description: "Currency the panel is paid in; null: none." })
  @IsOptional()
  @Length(3, 3)
  compensationCurrency?: string | null;

  @Field(() => DecisionMethod, { nullable: true })
  @IsOptional()
  decisionMethod?: DecisionMethod;

  @Field(() => BallotType, { nullable: true })
  @IsOptional()
  ballotType?: BallotType | null;

  @Field(() => AllocationRule, { nullable: true })
  @IsOptional()
  allocationRule?: AllocationRule | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  opensOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  closesOn?: string | null;

  @Field(() => Int, { nullable: true, description: "Target panel size; null: none (voting rounds)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  panelSize?: number | null;
}

@InputType({ description: "Move a round to another phase (as the lifecycle allows)." })
export class RoundAdvancePhaseInput {
  @Field(() => ID)
  round: string;

  @Field(() => RoundPhase)
  @IsIn(Object.values(RoundPhase))
  to: RoundPhase;
}

@ObjectType({ description: "The round, or userErrors." })
export class RoundPayload {
  @Field(() => Round, { nullable: true })
  round: Round | null;
  @Field(() => [UserError])
  userErrors: UserError[];

  static of(round: Round | null, userErrors: UserError[]): RoundPayload {
    return Object.assign(new RoundPayload(), { round, userErrors });
  }
}

@Resolver(() => Round)
export class RoundMutationResolver {
  @Mutation(() => RoundPayload, { description: "Officers: create a round for their council (phase DRAFT)." })
  async roundCreate(
    @Arg("input", () => RoundCreateInput) input: RoundCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundPayload> {
    const result = await runMutation(ctx, roundCreate, {
      councilKey: input.council
        ? decodeIdOf("Council", input.council, "input.council")
        : (ctx.viewer.councilKey ?? null),
      slug: input.slug,
      title: input.title,
      description: input.description,
      kind: input.kind,
      theme: input.theme,
      targetGroup: input.targetGroup ?? null,
      areaKey: input.area ? decodeIdOf("Area", input.area, "input.area") : null,
      potMinor: input.potMinor,
      currency: input.currency,
      compensationCurrency: input.compensationCurrency ?? null,
      decisionMethod: input.decisionMethod,
      ballotType: input.ballotType ?? null,
      allocationRule: input.allocationRule ?? null,
      year: input.year,
      opensOn: input.opensOn ?? null,
      closesOn: input.closesOn ?? null,
      panelSize: input.panelSize ?? null,
    });
    return RoundPayload.of(result.value, result.userErrors);
  }

  @Mutation(() => RoundPayload, {
    description:
      "Officers: move a round to its next phase. Refused with TRANSITION_NOT_ALLOWED (naming the allowed phases) otherwise, and with REQUIREMENTS_UNMET (one userError per unmet requirement, see Round.nextPhaseRequirements) while the current phase is not done.",
  })
  async roundAdvancePhase(
    @Arg("input", () => RoundAdvancePhaseInput) input: RoundAdvancePhaseInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundPayload> {
    const result = await runMutation(ctx, roundAdvancePhase, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      to: input.to,
    });
    return RoundPayload.of(result.value?.round ?? null, result.userErrors);
  }

  @Mutation(() => RoundPayload, {
    description:
      "Officers: edit a round of their council (title, theme, target group, area, pot, currencies, panel size, decision rules, dates). Settings locked in the round's phase are refused with FIELD_LOCKED (e.g. the pot once bids can arrive); audited with before/after.",
  })
  async roundUpdate(
    @Arg("input", () => RoundUpdateInput) input: RoundUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundPayload> {
    // null clears an optional setting; for a required one (title, pot, …) it means "unchanged"
    const keep = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
    const result = await runMutation(ctx, roundUpdate, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      title: keep(input.title),
      description: keep(input.description),
      theme: keep(input.theme),
      targetGroup: input.targetGroup,
      areaKey:
        input.area === undefined || input.area === null ? input.area : decodeIdOf("Area", input.area, "input.area"),
      potMinor: keep(input.potMinor),
      currency: keep(input.currency),
      compensationCurrency: input.compensationCurrency,
      decisionMethod: keep(input.decisionMethod),
      ballotType: input.ballotType,
      allocationRule: input.allocationRule,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      panelSize: input.panelSize,
    });
    return RoundPayload.of(result.value?.round ?? null, result.userErrors);
  }
}
