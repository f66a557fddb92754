import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { Length } from "class-validator";
import {
  defaultNextPhase,
  nextPhaseRequirements,
  previousPhase,
  REQUIREMENT_CODES,
  roundStages,
  type Phase,
  type RoundFacts,
  type RoundKind as DomainRoundKind,
} from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { graphqlEnum, RoundPhase } from "../graphql/enums.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "./round.entity.js";
import { RoundPayload } from "./round.mutations.js";
import { roundStepBack, STEP_BACK_REASON_MAX } from "./round.commands.js";
import { loadRoundFacts } from "./round-facts.js";

export const PhaseRequirementCode = graphqlEnum(
  REQUIREMENT_CODES,
  "PhaseRequirementCode",
  "A requirement to leave a phase (packages/domain round/requirements.ts).",
);
export type PhaseRequirementCode = (typeof PhaseRequirementCode)[keyof typeof PhaseRequirementCode];

export const RoundStageStatus = graphqlEnum(
  ["done", "incomplete", "skipped", "current", "upcoming"] as const,
  "RoundStageStatus",
  "Where a stage stands: DONE (passed, with what it needed), INCOMPLETE (passed without it), SKIPPED (not used by this round), CURRENT, UPCOMING.",
);
export type RoundStageStatus = (typeof RoundStageStatus)[keyof typeof RoundStageStatus];

@ObjectType({ description: "One requirement to leave the round's current phase, and whether it is met." })
export class PhaseRequirement {
  @Field(() => PhaseRequirementCode)
  code: PhaseRequirementCode;

  @Field()
  met: boolean;

  @Field({ description: "Plain English: what is needed and where the round stands." })
  message: string;
}

@ObjectType({ description: "A stage of the round's lifecycle and where it stands." })
export class RoundStage {
  @Field(() => RoundPhase)
  phase: RoundPhase;

  @Field()
  label: string;

  @Field(() => RoundStageStatus)
  status: RoundStageStatus;
}

@InputType({ description: "Take a round back one phase after a mistaken advance (audited with the reason)." })
export class RoundStepBackInput {
  @Field(() => ID)
  round: string;

  @Field({ description: `Why (required, at most ${STEP_BACK_REASON_MAX} characters).` })
  @Length(0, STEP_BACK_REASON_MAX)
  reason: string;
}

/** The facts of a round, once per request (three statements per round, see round-facts.ts). */
function factsOf(ctx: GraphQLContext, round: Round): Promise<RoundFacts> {
  return ctx.loaders
    .batch<number, RoundFacts>("roundFacts", (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const r = key === round.key ? round : await ctx.loaders.one(Round).load(key);
          if (!r) throw new Error(`Round ${key} vanished`);
          return loadRoundFacts(ctx.dataSource, r);
        }),
      ),
    )
    .load(round.key);
}

@Resolver(() => Round)
export class RoundPhaseResolver {
  @FieldResolver(() => [PhaseRequirement], {
    description:
      "What the round must have done to leave its current phase (empty: nothing). roundAdvancePhase refuses with REQUIREMENTS_UNMET while one is not met.",
  })
  async nextPhaseRequirements(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<PhaseRequirement[]> {
    return nextPhaseRequirements(await factsOf(ctx, round)).map((r) => Object.assign(new PhaseRequirement(), r));
  }

  @FieldResolver(() => RoundPhase, {
    nullable: true,
    description: "The phase 'advance' moves to (a PB round's main path); null once closed.",
  })
  nextPhase(@Root() round: Round): Phase | null {
    return defaultNextPhase(round.kind as DomainRoundKind, round.phase as Phase);
  }

  @FieldResolver(() => RoundPhase, {
    nullable: true,
    description: "The phase roundStepBack returns to; null in DRAFT and once closed.",
  })
  previousPhase(@Root() round: Round): Phase | null {
    return previousPhase(round.kind as DomainRoundKind, round.phase as Phase);
  }

  @FieldResolver(() => [RoundStage], {
    description: "Every stage with its status: done only if it happened, skipped if this round does not use it.",
  })
  async stages(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<RoundStage[]> {
    return roundStages(await factsOf(ctx, round)).map((s) => Object.assign(new RoundStage(), s));
  }

  @Mutation(() => RoundPayload, {
    description:
      "Officers: take a round back one phase after a mistaken advance, with a reason (audited). Nothing is deleted or unfrozen. Refused in DRAFT (TRANSITION_NOT_ALLOWED) and once closed (FROZEN).",
  })
  async roundStepBack(
    @Arg("input", () => RoundStepBackInput) input: RoundStepBackInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundPayload> {
    const result = await runMutation(ctx, roundStepBack, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      reason: input.reason,
    });
    return RoundPayload.of(result.value?.round ?? null, result.userErrors);
  }
}
