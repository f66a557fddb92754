import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "../round/round.entity.js";
import { compensationRateSet, paymentRecord } from "./compensation.commands.js";
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
    const roundKey = decodeIdOf("Round", input.round, "input.round");
    const result = await runMutation(ctx, compensationRateSet, {
      roundKey,
      basis: input.basis,
      rateMinor: input.rateMinor,
      sessionKeys: input.sessions?.map((id, i) => decodeIdOf("PanelSession", id, `input.sessions.${i}`)),
    });
    return Object.assign(new CompensationRateSetPayload(), {
      round: result.ok ? await ctx.loaders.one(Round).load(roundKey) : null,
      entries: result.value?.entries ?? 0,
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
    const result = await runMutation(ctx, paymentRecord, {
      memberKey: decodeIdOf("PanelMember", input.member, "input.member"),
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
