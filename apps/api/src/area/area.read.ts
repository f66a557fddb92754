import type { GraphQLContext } from "../graphql/context.js";
import { int, run, sqlFor } from "../db/sql.js";

/**
 * The population of an area: its `total` baseline row (Census 2021 usual residents). One SQL
 * statement per batch of areas.
 */
export function populationOf(ctx: GraphQLContext, areaKey: number): Promise<number | null> {
  return ctx.loaders
    .batch<number, number | null>("area.population", async (keys) => {
      const rows = await run(
        ctx.dataSource,
        sqlFor(ctx.dataSource)
          .selectFrom("population_baseline")
          .select(["areaKey", "count"])
          .where("dimension", "=", "total")
          .where("areaKey", "in", [...keys]),
      );
      const map = new Map(rows.map((r) => [int(r.areaKey), int(r.count)]));
      return keys.map((k) => map.get(k) ?? null);
    })
    .load(areaKey);
}
