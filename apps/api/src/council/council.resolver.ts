import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Council } from "./council.entity.js";
import { CouncilService } from "./council.service.js";
import { Area } from "../area/area.entity.js";
import { Connection, PageArgs } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { populationOf } from "../area/area.read.js";

export const CouncilConnection = Connection(Council);

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => CouncilConnection, { description: "All councils, by name." })
  async councils(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    return CouncilConnection.from(await new CouncilService(ctx.dataSource).list(page));
  }

  @Query(() => Council, { nullable: true, description: "A council by its slug, e.g. `lambeth`." })
  council(@Arg("slug") slug: string, @Ctx() ctx: GraphQLContext) {
    return new CouncilService(ctx.dataSource).bySlug(slug);
  }

  @FieldResolver(() => [Area], {
    description: "The council's areas (its borough and wards), by name. Bounded by the council's geography.",
  })
  areas(@Root() council: Council, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Area, "councilKey", { name: "ASC" }).load(council.key);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Usual residents (Census 2021) of the council's top-level areas.",
  })
  async population(@Root() council: Council, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    const areas = await ctx.loaders.many(Area, "councilKey", { name: "ASC" }).load(council.key);
    const top = areas.filter((a) => a.parentKey === null);
    const pops = await Promise.all(top.map((a) => populationOf(ctx, a.key)));
    const known = pops.filter((p): p is number => p !== null);
    return known.length === 0 ? null : known.reduce((s, p) => s + p, 0);
  }
}
