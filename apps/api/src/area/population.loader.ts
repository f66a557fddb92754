import type { GraphQLContext } from "../graphql/context.js";

/**
 * The population of an area: its `total` baseline row (Census 2021 usual residents). One SQL
 * statement per batch of areas.
 */
export function populationOf(ctx: GraphQLContext, areaKey: number): Promise<number | null> {
  return ctx.loaders
    .batch<number, number | null>("area.population", async (keys) => {
      const rows: { areaKey: number; count: string | number }[] = await ctx.dataSource.query(
        `SELECT "areaKey" AS "areaKey", "count" AS "count" FROM population_baseline
         WHERE "dimension" = 'total' AND "areaKey" IN (${keys.map((_, i) => paramAt(ctx, i)).join(", ")})`,
        [...keys],
      );
      const map = new Map(rows.map((r) => [Number(r.areaKey), Number(r.count)]));
      return keys.map((k) => map.get(k) ?? null);
    })
    .load(areaKey);
}

/** Positional parameter placeholder for raw SQL on either driver. */
export function paramAt(ctx: GraphQLContext, index: number): string {
  return ctx.dataSource.options.type === "postgres" ? `$${index + 1}` : "?";
}
