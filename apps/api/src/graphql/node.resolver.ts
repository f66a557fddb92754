import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { Node } from "./node.js";
import { fromGlobalId } from "./node-id.js";
import type { GraphQLContext } from "./context.js";
import { FEATURES } from "../features.js";

/** Public node types by the name encoded in their global ids, as the features register them. */
let nodeTypes: Record<string, EntityTarget<ObjectLiteral & { key: number }>> | undefined;
function nodeTypeOf(typeName: string): EntityTarget<ObjectLiteral & { key: number }> | undefined {
  nodeTypes ??= Object.assign({}, ...FEATURES.map((feature) => feature.nodeTypes ?? {})) as Record<
    string,
    EntityTarget<ObjectLiteral & { key: number }>
  >;
  return Object.hasOwn(nodeTypes, typeName) ? nodeTypes[typeName] : undefined;
}

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
  const entity = decoded ? nodeTypeOf(decoded.typeName) : undefined;
  if (!decoded || !entity) return null;
  return ctx.loaders.one(entity).load(decoded.id);
}
