import type { GraphQLContext } from "../graphql/context.js";
import { int, run, sqlFor } from "../db/sql.js";

/** The outcomes a tender asks for (tender_outcome links): one statement per batch of tenders. */
export function outcomeKeysOf(ctx: GraphQLContext, tenderKey: number): Promise<number[]> {
  return ctx.loaders
    .batch<number, number[]>("tender.outcomeKeys", async (keys) => {
      const rows = await run(
        ctx.dataSource,
        sqlFor(ctx.dataSource)
          .selectFrom("tender_outcome as t")
          .select(["t.tenderKey", "t.outcomeKey"])
          .where("t.tenderKey", "in", [...keys]),
      );
      return keys.map((k) => rows.filter((r) => int(r.tenderKey) === k).map((r) => int(r.outcomeKey)));
    })
    .load(tenderKey);
}
