import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { Node } from "./node.js";
import { fromGlobalId } from "./node-id.js";
import type { GraphQLContext } from "./context.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Measurement } from "../outcome/measurement.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Decision } from "../decision/decision.entity.js";

/** Public node types by the name encoded in their global ids. */
const NODE_TYPES: Record<string, EntityTarget<ObjectLiteral & { key: number }>> = {
  Council,
  Area,
  Round,
  Provider,
  Bid,
  Award,
  SpendTransaction,
  Outcome,
  Indicator,
  Measurement,
  Milestone,
  Tender,
  Criterion,
  PanelSession,
  Decision,
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Objects by global ids (at most 100), in the same order; null where not found.",
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext) {
    if (ids.length > 100)
      throw new GraphQLError("At most 100 ids", { extensions: { code: "BAD_USER_INPUT", field: "ids" } });
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

async function loadNode(ctx: GraphQLContext, id: string) {
  const decoded = fromGlobalId(id);
  const entity = decoded ? NODE_TYPES[decoded.typeName] : undefined;
  if (!decoded || !entity) return null;
  return ctx.loaders.one(entity).load(decoded.id);
}
