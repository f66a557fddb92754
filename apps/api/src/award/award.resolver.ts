import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
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
import { spentByAward } from "./award-totals.loader.js";

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

  @FieldResolver(() => [SpendTransaction], { description: "Payments made against the award, by date." })
  transactions(@Root() award: Award, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(SpendTransaction, "awardKey", { paidOn: "ASC" }).load(award.key);
  }
}
