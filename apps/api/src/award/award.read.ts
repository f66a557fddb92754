import { Money } from "../graphql/money.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { bigintOf, exactSum, int, run, sqlFor } from "../db/sql.js";

/**
 * Money awarded and spent per round, per currency — aggregated in SQL (exact sums), one statement
 * per batch of rounds. Amounts in different currencies are never added together.
 */
export function awardedByRound(ctx: GraphQLContext, roundKey: number): Promise<Money[]> {
  return ctx.loaders
    .batch<number, Money[]>("round.awarded", async (keys) => {
      const db = ctx.dataSource;
      const rows = await run(
        db,
        sqlFor(db)
          .selectFrom("award as a")
          .select((eb) => ["a.roundKey as key", "a.currency", exactSum(db, eb.ref("a.valueMinor")).as("total")])
          .where("a.roundKey", "in", [...keys])
          .groupBy(["a.roundKey", "a.currency"])
          .orderBy("a.currency"),
      );
      return groupMoney(keys, rows);
    })
    .load(roundKey);
}

export function spentByRound(ctx: GraphQLContext, roundKey: number): Promise<Money[]> {
  return ctx.loaders
    .batch<number, Money[]>("round.spent", async (keys) => {
      const db = ctx.dataSource;
      const rows = await run(
        db,
        sqlFor(db)
          .selectFrom("spend_transaction as t")
          .innerJoin("award as a", "a.key", "t.awardKey")
          .select((eb) => ["a.roundKey as key", "t.currency", exactSum(db, eb.ref("t.amountMinor")).as("total")])
          .where("a.roundKey", "in", [...keys])
          .groupBy(["a.roundKey", "t.currency"])
          .orderBy("t.currency"),
      );
      return groupMoney(keys, rows);
    })
    .load(roundKey);
}

export function spentByAward(ctx: GraphQLContext, awardKey: number, currency: string): Promise<Money> {
  return ctx.loaders
    .batch<number, Money[]>("award.spent", async (keys) => {
      const db = ctx.dataSource;
      const rows = await run(
        db,
        sqlFor(db)
          .selectFrom("spend_transaction as t")
          .select((eb) => ["t.awardKey as key", "t.currency", exactSum(db, eb.ref("t.amountMinor")).as("total")])
          .where("t.awardKey", "in", [...keys])
          .groupBy(["t.awardKey", "t.currency"]),
      );
      return groupMoney(keys, rows);
    })
    .load(awardKey)
    .then((list) => list.find((m) => m.currency === currency) ?? Money.of(0, currency));
}

function groupMoney(keys: readonly number[], rows: { key: unknown; currency: string; total: unknown }[]): Money[][] {
  const map = new Map<number, Money[]>();
  for (const r of rows) {
    const list = map.get(int(r.key)) ?? [];
    list.push(Money.of(bigintOf(r.total), r.currency));
    map.set(int(r.key), list);
  }
  return keys.map((k) => map.get(k) ?? []);
}
