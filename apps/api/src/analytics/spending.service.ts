import type { DataSource } from "typeorm";
import { bigintOf, exactSum, int, keyOrNull, notWithdrawn, run, sql, sqlFor, unionAll } from "../db/sql.js";

/**
 * "Where the money went": pot, awarded and spent per group, per currency — aggregated in SQL,
 * one statement for all the sums (UNION ALL over a filtered-rounds CTE) plus one for labels and
 * one for populations. Amounts of different currencies are never added.
 *
 * Definitions (published in docs/analysts.md):
 * - The filters select **rounds** (council, area — the area itself or a ward inside it —, round,
 *   theme, kind, the year the round opened); with `providers`, only those providers' awards count
 *   and only rounds where one of them got an award.
 * - **pot** = Σ pots of the selected rounds; **awarded** = Σ award values (including audited
 *   variations); **spent** = Σ payments against those awards. Grouped by PROVIDER there is no pot
 *   (a pot is not divided between providers): `pot` is empty there.
 * - Rows whose group is unknown (a round with no area, an award with no provider) are kept, with a
 *   null key, never dropped.
 * - Per capita = amount / population of the group (AREA: the area's census total; COUNCIL: the sum
 *   of its top-level areas' totals); totals use the population of the filtered areas, else of the
 *   councils present.
 */
export type SpendingGroupBy = "council" | "area" | "round" | "year" | "theme" | "provider";

export interface SpendingFilterInput {
  councilKeys?: number[];
  /** Councils by slug (resolved in the same statement; the caller checks they exist). */
  councilSlugs?: string[];
  /** Rounds by slug, alongside `roundKeys` (a round matching either is selected). */
  roundSlugs?: string[];
  areaKeys?: number[];
  roundKeys?: number[];
  themes?: string[];
  kinds?: string[];
  providerKeys?: number[];
  fromYear?: number;
  toYear?: number;
}

/** An exact amount (sums of minor units never lose precision; see `exactSum`). */
export interface MoneyAmount {
  amountMinor: bigint;
  currency: string;
}

export interface SpendingRowData {
  key: string | null;
  label: string;
  pot: MoneyAmount[];
  awarded: MoneyAmount[];
  spent: MoneyAmount[];
  awardCount: number;
  roundCount: number;
  population: number | null;
}

export interface SpendingResultData {
  groupBy: SpendingGroupBy;
  rows: SpendingRowData[];
  totals: SpendingRowData;
}

/** The group key over the CTE `r` (rounds) and `a` (awards); the table that names it; how its population is found. */
const GROUPS: Record<
  SpendingGroupBy,
  {
    rounds: "r.councilKey" | "r.areaKey" | "r.key" | "r.year" | "r.theme" | null;
    awards: "r.councilKey" | "r.areaKey" | "r.key" | "r.year" | "r.theme" | "a.providerKey";
    label?: "council" | "area" | "round" | "provider";
    population?: "area" | "council";
  }
> = {
  council: { rounds: "r.councilKey", awards: "r.councilKey", label: "council", population: "council" },
  area: { rounds: "r.areaKey", awards: "r.areaKey", label: "area", population: "area" },
  round: { rounds: "r.key", awards: "r.key", label: "round" },
  year: { rounds: "r.year", awards: "r.year" },
  theme: { rounds: "r.theme", awards: "r.theme" },
  // A pot is not divided between providers: no per-provider pot.
  provider: { rounds: null, awards: "a.providerKey", label: "provider" },
};

const LABEL_COLUMN = { council: "name", area: "name", round: "title", provider: "name" } as const;

const UNKNOWN_LABEL: Record<SpendingGroupBy, string> = {
  council: "Unknown council",
  area: "No area recorded",
  round: "Unknown round",
  year: "Unknown year",
  theme: "No theme",
  provider: "No provider (delivered by the council or residents)",
};

interface SpendingSqlRow {
  scope: string;
  /** The group key as text (null: unknown group, or a total row). */
  g: string | null;
  measure: string;
  currency: string | null;
  amount: unknown;
  n: unknown;
  label: string | null;
  population: unknown;
}

export class SpendingService {
  constructor(private readonly dataSource: DataSource) {}

  /** The filtered rounds (withdrawn rounds are never public). */
  private rounds(filter: SpendingFilterInput) {
    const k = sqlFor(this.dataSource);
    return k
      .selectFrom("round as x")
      .select(["x.key", "x.councilKey", "x.areaKey", "x.year", "x.theme", "x.potMinor", "x.currency"])
      .where(notWithdrawn("x"))
      .$if(Boolean(filter.councilKeys?.length), (q) => q.where("x.councilKey", "in", filter.councilKeys!))
      .$if(Boolean(filter.councilSlugs?.length), (q) =>
        q.where(
          "x.councilKey",
          "in",
          k.selectFrom("council as sc").select("sc.key").where("sc.slug", "in", filter.councilSlugs!),
        ),
      )
      .$if(Boolean(filter.areaKeys?.length), (q) =>
        q.where((eb) =>
          eb.or([
            eb("x.areaKey", "in", filter.areaKeys!),
            eb(
              "x.areaKey",
              "in",
              eb.selectFrom("area as ar").select("ar.key").where("ar.parentKey", "in", filter.areaKeys!),
            ),
          ]),
        ),
      )
      .$if(Boolean(filter.roundKeys?.length || filter.roundSlugs?.length), (q) =>
        q.where((eb) =>
          eb.or([
            ...(filter.roundKeys?.length ? [eb("x.key", "in", filter.roundKeys)] : []),
            ...(filter.roundSlugs?.length ? [eb("x.slug", "in", filter.roundSlugs)] : []),
          ]),
        ),
      )
      .$if(Boolean(filter.themes?.length), (q) => q.where("x.theme", "in", filter.themes!))
      .$if(Boolean(filter.kinds?.length), (q) => q.where("x.kind", "in", filter.kinds!))
      .$if(filter.fromYear !== undefined, (q) => q.where("x.year", ">=", filter.fromYear!))
      .$if(filter.toYear !== undefined, (q) => q.where("x.year", "<=", filter.toYear!))
      .$if(Boolean(filter.providerKeys?.length), (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom("award as pa")
              .select("pa.key")
              .whereRef("pa.roundKey", "=", "x.key")
              .where("pa.providerKey", "in", filter.providerKeys!),
          ),
        ),
      );
  }

  /**
   * One statement: per group and currency the pot, awarded and spent sums (exact: see `exactSum`;
   * the totals are their sums, added here per currency — every round, award and payment is in
   * exactly one group), the group's name and population joined in, and the rounds/population of the
   * whole selection.
   */
  async summarise(filter: SpendingFilterInput, groupBy: SpendingGroupBy): Promise<SpendingResultData> {
    const db = this.dataSource;
    // `r` is the CTE of the selected rounds, named in the statement below.
    const k = sqlFor(db).withTables<{
      r: {
        key: number;
        councilKey: number;
        areaKey: number | null;
        year: number;
        theme: string;
        potMinor: number;
        currency: string;
      };
    }>();
    const g = GROUPS[groupBy];
    const providers = filter.providerKeys?.length ? filter.providerKeys : null;
    const sum = (column: "r.potMinor" | "a.valueMinor" | "t.amountMinor") => exactSum(db, sql.ref(column));
    const none = sql<string | null>`NULL`;
    // Population of the councils of the selected rounds: Σ of each council's top-level areas' census totals.
    const councilPopulation = k
      .selectFrom("area as ca")
      .innerJoin("population_baseline as cpb", (j) =>
        j.onRef("cpb.areaKey", "=", "ca.key").on("cpb.dimension", "=", "total"),
      )
      .select((eb) => ["ca.councilKey", eb.fn.sum("cpb.count").as("n")])
      .where("ca.parentKey", "is", null)
      .where("ca.councilKey", "in", k.selectFrom("r as cr").select("cr.councilKey"))
      .groupBy("ca.councilKey");
    const awards = () => k.selectFrom("award as a").innerJoin("r", "r.key", "a.roundKey");
    const byProvider = <Q extends { where: (...args: never[]) => Q }>(q: Q): Q =>
      providers === null ? q : (q.where as (c: string, op: string, v: unknown) => Q)("a.providerKey", "in", providers);
    const groupParts = [
      g.rounds === null
        ? byProvider(
            awards().select((eb) => [
              sql.ref(g.awards).as("g"),
              sql.lit("rounds").as("measure"),
              none.as("currency"),
              none.as("amount"),
              eb.fn.count("a.roundKey").distinct().as("n"),
            ]),
          ).groupBy(sql.ref(g.awards))
        : k
            .selectFrom("r")
            .select((eb) => [
              sql.ref(g.rounds!).as("g"),
              sql.lit("pot").as("measure"),
              eb.ref("r.currency").as("currency"),
              sum("r.potMinor").as("amount"),
              eb.fn.countAll().as("n"),
            ])
            .groupBy([sql.ref(g.rounds), "r.currency"]),
      byProvider(
        awards().select((eb) => [
          sql.ref(g.awards).as("g"),
          sql.lit("awarded").as("measure"),
          eb.ref("a.currency").as("currency"),
          sum("a.valueMinor").as("amount"),
          eb.fn.countAll().as("n"),
        ]),
      ).groupBy([sql.ref(g.awards), "a.currency"]),
      byProvider(
        k
          .selectFrom("spend_transaction as t")
          .innerJoin("award as a", "a.key", "t.awardKey")
          .innerJoin("r", "r.key", "a.roundKey")
          .select((eb) => [
            sql.ref(g.awards).as("g"),
            sql.lit("spent").as("measure"),
            eb.ref("t.currency").as("currency"),
            sum("t.amountMinor").as("amount"),
            eb.fn.countAll().as("n"),
          ]),
      ).groupBy([sql.ref(g.awards), "t.currency"]),
    ];
    const totalPopulation = filter.areaKeys?.length
      ? k
          .selectFrom("area as ta")
          .leftJoin("population_baseline as tpb", (j) =>
            j.onRef("tpb.areaKey", "=", "ta.key").on("tpb.dimension", "=", "total"),
          )
          .select((eb) => [
            eb.fn.sum("tpb.count").as("amount"),
            sql<number>`COUNT(*) - COUNT(${sql.ref("tpb.count")})`.as("n"),
          ])
          .where("ta.key", "in", filter.areaKeys)
      : k
          .selectFrom(k.selectFrom("r").select("r.councilKey").distinct().as("tc"))
          .leftJoin(councilPopulation.as("cp"), "cp.councilKey", "tc.councilKey")
          .select((eb) => [eb.fn.sum("cp.n").as("amount"), sql<number>`COUNT(*) - COUNT(${sql.ref("cp.n")})`.as("n")]);
    const totalParts = [
      k
        .selectFrom("r")
        .select((eb) => [
          sql.lit("rounds").as("measure"),
          none.as("currency"),
          none.as("amount"),
          eb.fn.countAll().as("n"),
        ]),
      k
        .selectFrom(totalPopulation.as("tp"))
        .select([
          sql.lit("population").as("measure"),
          none.as("currency"),
          sql<string | null>`CAST(${sql.ref("tp.amount")} AS TEXT)`.as("amount"),
          "tp.n",
        ]),
      ...(g.rounds === null
        ? [
            k
              .selectFrom("r")
              .select((eb) => [
                sql.lit("pot").as("measure"),
                eb.ref("r.currency").as("currency"),
                sum("r.potMinor").as("amount"),
                eb.fn.countAll().as("n"),
              ])
              .groupBy("r.currency"),
          ]
        : []),
    ];
    const groupsQ = unionAll(groupParts).as("q");
    const totalsQ = unionAll(totalParts).as("t");
    const statement = k
      .with("r", () => this.rounds(filter))
      .selectFrom(groupsQ)
      .$if(g.label !== undefined, (q) =>
        q.leftJoin(sql`${sql.table(g.label!)}`.as("l"), (j) =>
          j.on(sql<boolean>`${sql.ref("l.key")} = ${sql.ref("q.g")}`),
        ),
      )
      .$if(g.population === "area", (q) =>
        q.leftJoin(sql`population_baseline`.as("gp"), (j) =>
          j.on(sql<boolean>`${sql.ref("gp.areaKey")} = ${sql.ref("q.g")} AND ${sql.ref("gp.dimension")} = 'total'`),
        ),
      )
      .$if(g.population === "council", (q) =>
        q.leftJoin(councilPopulation.as("gp"), (j) =>
          j.on(sql<boolean>`${sql.ref("gp.councilKey")} = ${sql.ref("q.g")}`),
        ),
      )
      .select([
        sql.lit("group").as("scope"),
        sql<string | null>`CAST(${sql.ref("q.g")} AS TEXT)`.as("g"),
        sql.ref("q.measure").as("measure"),
        sql.ref("q.currency").as("currency"),
        sql.ref("q.amount").as("amount"),
        sql.ref("q.n").as("n"),
        (g.label ? sql`${sql.ref(`l.${LABEL_COLUMN[g.label]}`)}` : sql`NULL`).as("label"),
        (g.population === "area"
          ? sql`${sql.ref("gp.count")}`
          : g.population === "council"
            ? sql`${sql.ref("gp.n")}`
            : sql`NULL`
        ).as("population"),
      ])
      .unionAll(
        k
          .selectFrom(totalsQ as never as typeof groupsQ)
          .select([
            sql.lit("total").as("scope"),
            sql<string | null>`NULL`.as("g"),
            sql.ref("t.measure").as("measure"),
            sql.ref("t.currency").as("currency"),
            sql.ref("t.amount").as("amount"),
            sql.ref("t.n").as("n"),
            sql`NULL`.as("label"),
            sql`NULL`.as("population"),
          ]) as never,
      );
    const rows = (await run(db, statement)) as unknown as SpendingSqlRow[];
    const groups = new Map<string, SpendingRowData>();
    const rowFor = (key: string | null, label: string | null, population: unknown): SpendingRowData => {
      const id = key ?? "\u0000null";
      let row = groups.get(id);
      if (!row) {
        const name = key === null ? UNKNOWN_LABEL[groupBy] : g.label ? (label ?? UNKNOWN_LABEL[groupBy]) : key;
        groups.set(
          id,
          (row = {
            key,
            label: name,
            pot: [],
            awarded: [],
            spent: [],
            awardCount: 0,
            roundCount: 0,
            population: key === null ? null : keyOrNull(population),
          }),
        );
      }
      return row;
    };
    const totals: SpendingRowData = {
      key: null,
      label: "Total",
      pot: [],
      awarded: [],
      spent: [],
      awardCount: 0,
      roundCount: 0,
      population: null,
    };
    for (const r of rows) {
      const money = { amountMinor: bigintOf(r.amount), currency: r.currency ?? "" };
      if (r.scope === "total") {
        if (r.measure === "rounds") totals.roundCount = int(r.n);
        else if (r.measure === "population")
          totals.population = int(r.n) === 0 && r.amount !== null ? Number(bigintOf(r.amount)) : null;
        else if (r.measure === "pot") addMoney(totals.pot, money);
        continue;
      }
      const target = rowFor(r.g, r.label, r.population);
      if (r.measure === "pot") {
        addMoney(target.pot, money);
        addMoney(totals.pot, money);
        target.roundCount += int(r.n);
      } else if (r.measure === "rounds") target.roundCount = int(r.n);
      else if (r.measure === "awarded") {
        addMoney(target.awarded, money);
        addMoney(totals.awarded, money);
        target.awardCount += int(r.n);
        totals.awardCount += int(r.n);
      } else if (r.measure === "spent") {
        addMoney(target.spent, money);
        addMoney(totals.spent, money);
      }
    }
    const list = [...groups.values()];
    for (const row of [...list, totals])
      for (const m of [row.pot, row.awarded, row.spent])
        m.sort((x, y) => (x.currency < y.currency ? -1 : x.currency > y.currency ? 1 : 0));
    sortRows(list, groupBy);
    return { groupBy, rows: list, totals };
  }
}

/** Adds an amount to a per-currency list (never across currencies). */
function addMoney(list: MoneyAmount[], money: MoneyAmount): void {
  const same = list.find((m) => m.currency === money.currency);
  if (same) same.amountMinor += money.amountMinor;
  else list.push({ ...money });
}

/** YEAR ascending; otherwise by the amount awarded in the dominant currency, largest first, then label. */
function sortRows(rows: SpendingRowData[], groupBy: SpendingGroupBy): void {
  if (groupBy === "year") {
    rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key)));
    return;
  }
  const byCurrency = new Map<string, bigint>();
  for (const r of rows)
    for (const m of r.awarded) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0n) + m.amountMinor);
  const dominant = [...byCurrency.entries()].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0))[0]?.[0];
  const amount = (r: SpendingRowData) => r.awarded.find((m) => m.currency === dominant)?.amountMinor ?? 0n;
  rows.sort((a, b) => {
    const d = amount(b) - amount(a);
    return d > 0n ? 1 : d < 0n ? -1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
  });
}
