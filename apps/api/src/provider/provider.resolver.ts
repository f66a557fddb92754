import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Provider } from "./provider.entity.js";
import { Award } from "../award/award.entity.js";
import { Connection, OrderDirection, PageArgs, paginate } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";

export const ProviderConnection = Connection(Provider);

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderConnection, { description: "Organisations that bid for or deliver services, by name." })
  async providers(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    const qb = ctx.dataSource.getRepository(Provider).createQueryBuilder("provider");
    return ProviderConnection.from(
      await paginate(qb, page, { expression: "provider.name", keyExpression: "provider.key", read: (p: Provider) => p.name, direction: OrderDirection.ASC }),
    );
  }

  @Query(() => Provider, { nullable: true })
  provider(@Arg("slug") slug: string, @Ctx() ctx: GraphQLContext) {
    return ctx.dataSource.getRepository(Provider).findOneBy({ slug });
  }

  @FieldResolver(() => [Award], { description: "Awards this provider received, oldest first." })
  awards(@Root() provider: Provider, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Award, "providerKey", { awardedOn: "ASC" }).load(provider.key);
  }
}
