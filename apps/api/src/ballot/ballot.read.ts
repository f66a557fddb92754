import type { GraphQLContext } from "../graphql/context.js";
import { int, run, sqlFor } from "../db/sql.js";

/** How many people have voted in a round (one participation row per voter): one statement per batch of rounds. */
export function ballotsCastIn(ctx: GraphQLContext, roundKey: number): Promise<number> {
  return ctx.loaders
    .batch<number, number>("round.ballotsCast", async (keys) => {
      const rows = await run(
        ctx.dataSource,
        sqlFor(ctx.dataSource)
          .selectFrom("ballot_participation")
          .select((eb) => ["roundKey", eb.fn.countAll().as("n")])
          .where("roundKey", "in", [...keys])
          .groupBy("roundKey"),
      );
      const map = new Map(rows.map((r) => [int(r.roundKey), int(r.n)]));
      return keys.map((k) => map.get(k) ?? 0);
    })
    .load(roundKey);
}
