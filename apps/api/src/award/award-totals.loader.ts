import { Money } from "../graphql/money.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { paramAt } from "../area/population.loader.js";

/**
 * Money awarded and spent per round, per currency — aggregated in SQL, one statement per batch
 * of rounds. Amounts in different currencies are never added together.
 */
export function awardedByRound(ctx: GraphQLContext, roundKey: number): Promise<Money[]> {
  return ctx.loaders
    .batch<number, Money[]>("round.awarded", async (keys) => {
      const rows: { roundKey: number; currency: string; total: string | number }[] = await ctx.dataSource.query(
        `SELECT "roundKey" AS "roundKey", "currency" AS "currency", SUM("valueMinor") AS "total"
         FROM award WHERE "roundKey" IN (${keys.map((_, i) => paramAt(ctx, i)).join(", ")})
         GROUP BY "roundKey", "currency" ORDER BY "currency"`,
        [...keys],
      );
      return groupMoney(
        keys,
        rows.map((r) => ({ key: Number(r.roundKey), currency: r.currency, total: r.total })),
      );
    })
    .load(roundKey);
}

export function spentByRound(ctx: GraphQLContext, roundKey: number): Promise<Money[]> {
  return ctx.loaders
    .batch<number, Money[]>("round.spent", async (keys) => {
      const rows: { roundKey: number; currency: string; total: string | number }[] = await ctx.dataSource.query(
        `SELECT a."roundKey" AS "roundKey", t."currency" AS "currency", SUM(t."amountMinor") AS "total"
         FROM spend_transaction t JOIN award a ON a."key" = t."awardKey"
         WHERE a."roundKey" IN (${keys.map((_, i) => paramAt(ctx, i)).join(", ")})
         GROUP BY a."roundKey", t."currency" ORDER BY t."currency"`,
        [...keys],
      );
      return groupMoney(
        keys,
        rows.map((r) => ({ key: Number(r.roundKey), currency: r.currency, total: r.total })),
      );
    })
    .load(roundKey);
}

export function spentByAward(ctx: GraphQLContext, awardKey: number, currency: string): Promise<Money> {
  return ctx.loaders
    .batch<number, Money[]>("award.spent", async (keys) => {
      const rows: { awardKey: number; currency: string; total: string | number }[] = await ctx.dataSource.query(
        `SELECT "awardKey" AS "awardKey", "currency" AS "currency", SUM("amountMinor") AS "total"
         FROM spend_transaction WHERE "awardKey" IN (${keys.map((_, i) => paramAt(ctx, i)).join(", ")})
         GROUP BY "awardKey", "currency"`,
        [...keys],
      );
      return groupMoney(
        keys,
        rows.map((r) => ({ key: Number(r.awardKey), currency: r.currency, total: r.total })),
      );
    })
    .load(awardKey)
    .then((list) => list.find((m) => m.currency === currency) ?? Money.of(0, currency));
}

function groupMoney(
  keys: readonly number[],
  rows: { key: number; currency: string; total: string | number }[],
): Money[][] {
  const map = new Map<number, Money[]>();
  for (const r of rows) {
    const list = map.get(r.key) ?? [];
    list.push(Money.of(Number(r.total), r.currency));
    map.set(r.key, list);
  }
  return keys.map((k) => map.get(k) ?? []);
}
