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
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { GraphQLError } from "graphql";
import { Round } from "./round.entity.js";
import { RoundService } from "./round.service.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { Award } from "../award/award.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { Connection, OrderDirection, PageArgs } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { RoundKind, RoundPhase } from "../graphql/enums.js";
import { Money } from "../graphql/money.type.js";
import { decodeIdOf } from "../graphql/ids.js";
import { awardedByRound, spentByRound } from "../award/award.read.js";

export const RoundConnection = Connection(Round);

export enum RoundOrderFieldEnum {
  YEAR = "year",
  POT = "pot",
  TITLE = "title",
  CREATED_AT = "createdAt",
}
registerEnumType(RoundOrderFieldEnum, { name: "RoundOrderField", description: "Fields rounds can be sorted by." });

@InputType({ description: "Sort order of rounds (ties broken by id)." })
export class RoundOrder {
  @Field(() => RoundOrderFieldEnum) field: RoundOrderFieldEnum;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC }) direction: OrderDirection;
}

@InputType({ description: "Filter rounds. All given conditions must hold." })
export class RoundFilter {
  @Field({ nullable: true, description: "Council slug." }) council?: string;
  @Field(() => [String], { nullable: true, description: "Any of these council slugs." }) councils?: string[];
  @Field(() => ID, { nullable: true }) area?: string;
  @Field(() => [RoundPhase], { nullable: true, description: "Any of these phases." }) phases?: RoundPhase[];
  @Field(() => RoundKind, { nullable: true }) kind?: RoundKind;
  @Field({ nullable: true, description: "Theme, e.g. `youth`." }) theme?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true, description: "From this year (inclusive)." }) fromYear?: number;
  @Field(() => Int, { nullable: true, description: "Up to this year (inclusive)." }) toYear?: number;
  @Field({ nullable: true, description: "Words in the title." }) search?: string;
}

@ArgsType()
class RoundsArgs extends PageArgs {
  @Field(() => RoundFilter, { nullable: true }) filterBy?: RoundFilter;
  @Field(() => RoundOrder, { nullable: true, description: "Default: newest year first." }) orderBy?: RoundOrder;
}

@Resolver(() => Round)
export class RoundResolver {
  @Query(() => RoundConnection, { description: "Rounds across all councils: filter, sort, page." })
  async rounds(@Args(() => RoundsArgs) args: RoundsArgs, @Ctx() ctx: GraphQLContext) {
    const f = args.filterBy ?? {};
    const page = await new RoundService(ctx.dataSource).list(
      { ...f, areaKey: f.area ? decodeIdOf("Area", f.area, "filterBy.area") : undefined },
      args,
      args.orderBy?.field ?? "year",
      args.orderBy?.direction ?? OrderDirection.DESC,
    );
    return RoundConnection.from(page);
  }

  @Query(() => Round, { nullable: true, description: "A round by slug or id." })
  async round(
    @Arg("slug", () => String, { nullable: true }) slug: string | undefined,
    @Arg("id", () => ID, { nullable: true }) id: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (slug) return new RoundService(ctx.dataSource).bySlug(slug);
    if (id) return ctx.loaders.one(Round).load(decodeIdOf("Round", id, "id"));
    throw new GraphQLError("Give `slug` or `id`", { extensions: { code: "BAD_USER_INPUT" } });
  }

  @FieldResolver(() => Council)
  council(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one(Council).load(round.councilKey);
  }

  @FieldResolver(() => Area, { nullable: true })
  area(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return round.areaKey === null ? null : ctx.loaders.one(Area).load(round.areaKey);
  }

  @FieldResolver(() => [Bid], {
    description: "Bids (commissioning) or projects (PB), in submission order. Bounded by the round.",
  })
  bids(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Bid, "roundKey", { key: "ASC" }).load(round.key);
  }

  @FieldResolver(() => [Award], { description: "Awards made in this round. Bounded by its funded bids." })
  awards(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Award, "roundKey", { key: "ASC" }).load(round.key);
  }

  @FieldResolver(() => [Money], { description: "Total awarded, one entry per currency." })
  awarded(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return awardedByRound(ctx, round.key);
  }

  @FieldResolver(() => [Money], { description: "Total spent against awards, one entry per currency." })
  spent(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return spentByRound(ctx, round.key);
  }

  @FieldResolver(() => [PanelSession], { description: "Panel sessions, by date." })
  sessions(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(PanelSession, "roundKey", { date: "ASC" }).load(round.key);
  }

  @FieldResolver(() => [Outcome], { description: "Outcomes the panel defined." })
  outcomes(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Outcome, "roundKey", { position: "ASC" }).load(round.key);
  }

  @FieldResolver(() => Tender, { nullable: true })
  async tender(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    const list = await ctx.loaders.many(Tender, "roundKey").load(round.key);
    return list[0] ?? null;
  }

  @FieldResolver(() => Decision, { nullable: true, description: "The decision, once taken." })
  async decision(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    const list = await ctx.loaders.many(Decision, "roundKey").load(round.key);
    return list[0] ?? null;
  }

  @FieldResolver(() => [Milestone], { description: "Delivery milestones of the funded service(s)." })
  milestones(@Root() round: Round, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Milestone, "roundKey", { dueOn: "ASC" }).load(round.key);
  }
}
