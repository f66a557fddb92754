import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { toGlobalId } from "../graphql/node-id.js";
import { requireOfficerOf } from "../common/authorize.js";
import { Round } from "../round/round.entity.js";
import { loadRound } from "../round/round-lifecycle.js";
import { loadMember } from "../panel/panel.resolver.js";
import { CompensationService } from "./compensation.service.js";
import { compensationSummary } from "./compensation.read.js";
import {
  CompensationRateSetInput,
  CompensationRateSetPayload,
  CompensationSummary,
  PaymentRecordInput,
  PaymentRecordPayload,
} from "./compensation.types.js";

@Resolver(() => Round)
export class CompensationResolver {
  @Mutation(() => CompensationRateSetPayload, {
    description:
      "Officers: set the panel's pay rate (hourly or flat per session); owed amounts are computed from attendance.",
  })
  async compensationRateSet(
    @Arg("input", () => CompensationRateSetInput) input: CompensationRateSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CompensationRateSetPayload> {
    const round = await loadRound(ctx, input.round);
    requireOfficerOf(ctx, round.councilKey);
    const sessions = input.sessions?.map((id, i) => decodeIdOf("PanelSession", id, `input.sessions.${i}`));
    const result = await new CompensationService(ctx).setRate(round, input.basis, input.rateMinor, sessions);
    return Object.assign(new CompensationRateSetPayload(), {
      round: result.ok ? await ctx.loaders.one(Round).load(round.key) : null,
      entries: result.value ?? 0,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PaymentRecordPayload, {
    description: "Officers: record a payment to a panel member (idempotent by idempotencyKey).",
  })
  async paymentRecord(
    @Arg("input", () => PaymentRecordInput) input: PaymentRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PaymentRecordPayload> {
    const member = await loadMember(ctx, input.member);
    const round = await loadRound(ctx, toGlobalId("Round", member.roundKey));
    requireOfficerOf(ctx, round.councilKey);
    const result = await new CompensationService(ctx).recordPayment(round, member, {
      amountMinor: input.amountMinor,
      currency: input.currency,
      paidOn: input.paidOn,
      method: input.method ?? null,
      idempotencyKey: input.idempotencyKey,
    });
    return Object.assign(new PaymentRecordPayload(), {
      payment: result.value?.payment ?? null,
      replayed: result.value?.replayed ?? false,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => CompensationSummary, {
    description: "Panel pay: owed vs paid in the compensation currency; per member for the council's officers.",
  })
  compensation(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return compensationSummary(ctx, round);
  }
}
