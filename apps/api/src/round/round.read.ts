import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { Round } from "./round.entity.js";

/** Loads the round a query names by its global id: NOT_FOUND (top-level) when it does not exist. */
export async function loadRound(ctx: GraphQLContext, globalId: string, field = "input.round"): Promise<Round> {
  const round = await ctx.loaders.one(Round).load(decodeIdOf("Round", globalId, field));
  if (!round) throw new GraphQLError("Not found", { extensions: { code: "NOT_FOUND", field } });
  return round;
}
