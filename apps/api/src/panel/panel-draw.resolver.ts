import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { requireOfficerOf } from "../auth/guards.js";
import { Round } from "../round/round.entity.js";
import { panelDrawCommit } from "./panel-draw.commands.js";
import { panelDrawRecord, quotaFeasibility, roundPanelDraw } from "./panel-draw.read.js";
import {
  PanelDrawCommitInput,
  PanelDrawCommitPayload,
  PanelDrawRecord,
  ProposedQuotaInput,
  QuotaFeasibility,
} from "./panel-draw.types.js";

/** Commit, then draw: the quotas' feasibility check, the published commitment, the draw's record. */
@Resolver(() => Round)
export class PanelDrawResolver {
  @Mutation(() => PanelDrawCommitPayload, {
    description:
      "Officers: publish the draw's commitment (hash of the anonymised pool, quotas, panel size, algorithm, date and source of the public randomness) before the seed. Freezes the pool and quotas.",
  })
  async panelDrawCommit(
    @Arg("input", () => PanelDrawCommitInput) input: PanelDrawCommitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelDrawCommitPayload> {
    const result = await runMutation(ctx, panelDrawCommit, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      randomnessDate: input.randomnessDate,
      randomnessSource: input.randomnessSource,
      algorithm: input.algorithm ?? null,
      ceremonyTickets: input.ceremonyTickets ?? null,
      household: input.household ?? false,
    });
    const round = result.value
      ? await ctx.dataSource.getRepository(Round).findOneBy({ key: result.value.draw.roundKey })
      : null;
    return Object.assign(new PanelDrawCommitPayload(), {
      round,
      draw: result.value && round ? panelDrawRecord(result.value.draw, round) : null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => QuotaFeasibility, {
    description:
      "Officers of the council: whether proposed quotas admit a panel from the current pool (nothing saved), with the conflicts and nearest achievable quotas.",
  })
  quotaFeasibility(
    @Root() round: Round,
    @Arg("panelSize", () => Int) panelSize: number,
    @Arg("quotas", () => [ProposedQuotaInput]) quotas: ProposedQuotaInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<QuotaFeasibility> {
    requireOfficerOf(ctx, round.councilKey);
    return quotaFeasibility(
      ctx.dataSource,
      round,
      panelSize,
      quotas.map((q) => ({ dimension: q.dimension, category: q.category, min: q.min, max: q.max })),
    );
  }

  @FieldResolver(() => PanelDrawRecord, {
    nullable: true,
    description:
      "The published draw (public): commitment, anonymised pool file, seed, panel, alternates, min/median/max probability. Null before a commitment.",
  })
  panelDraw(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<PanelDrawRecord | null> {
    return roundPanelDraw(ctx.dataSource, round);
  }
}
