import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Bid } from "./bid.entity.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import type { GraphQLContext } from "../graphql/context.js";

@Resolver(() => Bid)
export class BidResolver {
  @FieldResolver(() => Round)
  round(@Root() bid: Bid, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Round).load(bid.roundKey);
  }

  @FieldResolver(() => Provider, { nullable: true, description: "The bidding organisation (none for resident-proposed PB projects)." })
  provider(@Root() bid: Bid, @Ctx() ctx: GraphQLContext) {
    return bid.providerKey === null ? null : ctx.loaders.one(Provider).load(bid.providerKey);
  }
}
