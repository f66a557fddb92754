import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { IsInt, IsOptional, IsString, Length, Matches, ValidateNested } from "class-validator";
import { Award } from "./award.entity.js";
import { SpendTransaction } from "./spend-transaction.entity.js";
import { AwardService } from "./award.service.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Connection, PageArgs, OrderDirection } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { Money } from "../graphql/money.type.js";
import { decodeIdOf } from "../graphql/ids.js";
import { spentByAward } from "./award.read.js";
import { AwardVariation } from "./award-variation.entity.js";
import { LocalDateScalar, SafeIntScalar } from "../graphql/scalars.js";
import { MoneyInput } from "../graphql/money.input.js";
import { Payload } from "../graphql/payload.js";
import { mutationPayload } from "../graphql/commands.js";
import { awardCreate, awardVary, spendRecord } from "./award.commands.js";

export enum AwardKind {
  CONTRACT = "contract",
  GRANT = "grant",
}
registerEnumType(AwardKind, {
  name: "AwardKind",
  description: "A contract (commissioned service) or a grant (PB project).",
});

@InputType({ description: "An award for a funded bid." })
class AwardCreateInput {
  @Field(() => ID, { description: "The funded bid." }) bid: string;
  @Field(() => MoneyInput, {
    description: "At most the bid's amount; all awards of the round together at most the pot.",
  })
  @ValidateNested()
  value: MoneyInput;
  @Field({ nullable: true, description: "Default: the bid's title." }) @IsOptional() @Length(1, 300) title?: string;
  @Field(() => AwardKind, { defaultValue: AwardKind.CONTRACT }) kind: AwardKind;
  @Field(() => LocalDateScalar) awardedOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: "Start of the contract period." }) startsOn?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: "End of the contract period." }) endsOn?: string;
}

@InputType({ description: "A payment made against an award." })
class SpendRecordInput {
  @Field(() => ID) award: string;
  @Field(() => MoneyInput) @ValidateNested() amount: MoneyInput;
  @Field(() => LocalDateScalar) paidOn: string;
  @Field() @IsString() @Length(1, 300) description: string;
  @Field({ description: "The finance system's reference: recording the same payment twice is harmless (idempotent)." })
  @IsString()
  @Length(1, 120)
  @Matches(/^\S(.*\S)?$/)
  reference: string;
}

@InputType({ description: "A signed change of an amount of money." })
class MoneyDeltaInput {
  @Field(() => SafeIntScalar, { description: "Change in minor units: positive to increase, negative to decrease." })
  @IsInt()
  amountMinor: number;
  @Field() @IsString() @Length(3, 3) currency: string;
}

@InputType({ description: "An explicit variation of an award's value, with its reason." })
class AwardVaryInput {
  @Field(() => ID) award: string;
  @Field(() => MoneyDeltaInput) @ValidateNested() delta: MoneyDeltaInput;
  @Field() @IsString() @Length(1, 2000) reason: string;
}

const AwardCreatePayload = Payload("AwardCreate", "award", () => Award, "the new award.");
const AwardVaryPayload = Payload("AwardVary", "award", () => Award, "the varied award.");
const SpendRecordPayload = Payload(
  "SpendRecord",
  "spendTransaction",
  () => SpendTransaction,
  "the recorded payment (the stored one when the reference was already recorded).",
);

export const AwardConnection = Connection(Award);

@InputType({ description: "Filter awards." })
export class AwardFilter {
  @Field({ nullable: true, description: "Council slug." }) council?: string;
  @Field(() => ID, { nullable: true }) round?: string;
  @Field(() => ID, { nullable: true }) provider?: string;
  @Field({ nullable: true, description: "Theme of the round, e.g. `youth`." }) theme?: string;
  @Field(() => Int, { nullable: true, description: "Awarded in or after this year." }) fromYear?: number;
  @Field(() => Int, { nullable: true, description: "Awarded in or before this year." }) toYear?: number;
}

@ArgsType()
class AwardsArgs extends PageArgs {
  @Field(() => AwardFilter, { nullable: true }) filterBy?: AwardFilter;
}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, { description: "Awards across councils, newest first: where the money went." })
  async awards(@Args(() => AwardsArgs) args: AwardsArgs, @Ctx() ctx: GraphQLContext) {
    const f = args.filterBy ?? {};
    const page = await new AwardService(ctx.dataSource).list(
      {
        council: f.council,
        roundKey: f.round ? decodeIdOf("Round", f.round, "filterBy.round") : undefined,
        providerKey: f.provider ? decodeIdOf("Provider", f.provider, "filterBy.provider") : undefined,
        theme: f.theme,
        fromYear: f.fromYear,
        toYear: f.toYear,
      },
      args,
      OrderDirection.DESC,
    );
    return AwardConnection.from(page);
  }

  @FieldResolver(() => Round)
  round(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Round).load(award.roundKey);
  }

  @FieldResolver(() => Provider, { nullable: true })
  provider(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return award.providerKey === null ? null : ctx.loaders.one(Provider).load(award.providerKey);
  }

  @FieldResolver(() => Bid, { nullable: true, description: "The funded bid or project." })
  bid(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return award.bidKey === null ? null : ctx.loaders.one(Bid).load(award.bidKey);
  }

  @FieldResolver(() => Money, { description: "Spent so far against this award." })
  spent(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return spentByAward(ctx, award.key, award.currency);
  }

  @FieldResolver(() => [AwardVariation], { description: "Audited variations of the award's value, oldest first." })
  variations(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(AwardVariation, "awardKey", { key: "ASC" }).load(award.key);
  }

  @FieldResolver(() => Money, { description: "The value as first awarded (before variations)." })
  async originalValue(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    const variations = await ctx.loaders.many(AwardVariation, "awardKey", { key: "ASC" }).load(award.key);
    return Money.of(award.valueMinor - variations.reduce((s, v) => s + v.deltaMinor, 0), award.currency);
  }

  @Mutation(() => AwardCreatePayload, {
    description: "Officers: award money for a funded bid (EXCEEDS_BID over the bid, EXCEEDS_POT over the pot).",
  })
  async awardCreate(@Arg("input", () => AwardCreateInput) input: AwardCreateInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload("award", ctx, awardCreate, {
      bidKey: decodeIdOf("Bid", input.bid, "input.bid"),
      value: input.value,
      title: input.title ?? null,
      kind: input.kind,
      awardedOn: input.awardedOn,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    });
  }

  @Mutation(() => AwardVaryPayload, {
    description: "Officers: vary an award's value explicitly, with a reason (audited); never below what is spent.",
  })
  async awardVary(@Arg("input", () => AwardVaryInput) input: AwardVaryInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "award",
      ctx,
      awardVary,
      { awardKey: decodeIdOf("Award", input.award, "input.award"), delta: input.delta, reason: input.reason },
      (output) => output.award,
    );
  }

  @Mutation(() => SpendRecordPayload, {
    description:
      "Officers: record a payment against an award. Never more than awarded plus variations (EXCEEDS_AWARD); idempotent by `reference`.",
  })
  async spendRecord(@Arg("input", () => SpendRecordInput) input: SpendRecordInput, @Ctx() ctx: GraphQLContext) {
    return mutationPayload(
      "spendTransaction",
      ctx,
      spendRecord,
      {
        awardKey: decodeIdOf("Award", input.award, "input.award"),
        amount: input.amount,
        paidOn: input.paidOn,
        description: input.description,
        reference: input.reference,
      },
      (output) => output.transaction,
    );
  }

  @FieldResolver(() => [SpendTransaction], { description: "Payments made against the award, by date." })
  transactions(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(SpendTransaction, "awardKey", { paidOn: "ASC" }).load(award.key);
  }
}

@Resolver(() => AwardVariation)
export class AwardVariationResolver {
  @FieldResolver(() => Money, { description: "The change of value (negative = decrease)." })
  async delta(@Root() variation: AwardVariation, @Ctx() ctx: GraphQLContext) {
    const award = await ctx.loaders.one(Award).load(variation.awardKey);
    return Money.of(variation.deltaMinor, award?.currency ?? "");
  }
}
