import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { Area } from "./area.entity.js";
import { AreaService } from "./area.service.js";
import { Council } from "../council/council.entity.js";
import { Connection, PageArgs } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { populationOf } from "./area.read.js";
import { decodeIdOf } from "../graphql/ids.js";

export const AreaConnection = Connection(Area);

@InputType({ description: "Filter areas." })
export class AreaFilter {
  @Field({ nullable: true, description: "Council slug." }) council?: string;
  @Field({ nullable: true, description: "borough, ward…" }) kind?: string;
  @Field(() => ID, { nullable: true, description: "Only children of this area." }) parent?: string;
}

@ArgsType()
class AreasArgs extends PageArgs {
  @Field(() => AreaFilter, { nullable: true }) filterBy?: AreaFilter;
}

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => AreaConnection, { description: "Areas (boroughs, wards) across councils, by name." })
  async areas(@Args(() => AreasArgs) args: AreasArgs, @Ctx() ctx: GraphQLContext) {
    const f = args.filterBy ?? {};
    const page = await new AreaService(ctx.dataSource).list(
      {
        council: f.council,
        kind: f.kind,
        parentKey: f.parent ? decodeIdOf("Area", f.parent, "filterBy.parent") : undefined,
      },
      args,
    );
    return AreaConnection.from(page);
  }

  @FieldResolver(() => Council)
  async council(@Root() area: Area, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Council).load(area.councilKey);
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area this one is part of (a ward's borough)." })
  parent(@Root() area: Area, @Ctx() ctx: GraphQLContext) {
    return area.parentKey === null ? null : ctx.loaders.one(Area).load(area.parentKey);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Usual residents (Census 2021), where known." })
  population(@Root() area: Area, @Ctx() ctx: GraphQLContext) {
    return populationOf(ctx, area.key);
  }
}
