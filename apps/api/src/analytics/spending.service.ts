import type { DataSource } from "typeorm";
import { Params, int, keyOrNull } from "./sql.js";

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

export interface MoneyAmount {
  amountMinor: number;
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

/**
 * The group key over the CTE `r` (rounds) and `a` (awards), in its own type (grouping by the raw
 * column, cast to text once per group row, is markedly cheaper than grouping by a cast); the table
 * that names it; how its population is found.
 */
const GROUPS: Record<
  SpendingGroupBy,
  { rounds: string | null; awards: string; label?: { table: string; column: string }; population?: "area" | "council" }
> = {
  council: {
    rounds: `r."councilKey"`,
    awards: `r."councilKey"`,
    label: { table: "council", column: "name" },
    population: "council",
  },
  area: { rounds: `r."areaKey"`, awards: `r."areaKey"`, label: { table: "area", column: "name" }, population: "area" },
  round: { rounds: `r."key"`, awards: `r."key"`, label: { table: "round", column: "title" } },
  year: { rounds: `r."year"`, awards: `r."year"` },
  theme: { rounds: `r."theme"`, awards: `r."theme"` },
  // A pot is not divided between providers: no per-provider pot.
  provider: { rounds: null, awards: `a."providerKey"`, label: { table: "provider", column: "name" } },
};

const UNKNOWN_LABEL: Record<SpendingGroupBy, string> = {
  council: "Unknown council",
  area: "No area recorded",
  round: "Unknown round",
  year: "Unknown year",
  theme: "No theme",
  provider: "No provider (delivered by the council or residents)",
};

/**
 * Population of the councils of the selected rounds (the CTE `r`): Σ of each council's top-level
 * areas' census totals, per councilKey — only those councils, not every council in the country.
 */
const COUNCIL_POPULATION = `SELECT ca."councilKey" AS "councilKey", SUM(cpb."count") AS "n" FROM area ca
  JOIN population_baseline cpb ON cpb."areaKey" = ca."key" AND cpb."dimension" = 'total'
  WHERE ca."parentKey" IS NULL AND ca."councilKey" IN (SELECT cr."councilKey" FROM r cr) GROUP BY ca."councilKey"`;

interface SpendingSqlRow {
  scope: "group" | "total";
  /** The group key as text (null: unknown group, or a total row). */
  g: string | null;
  measure: "pot" | "awarded" | "spent" | "rounds" | "population";
  currency: string | null;
  amount: unknown;
  n: unknown;
  label: string | null;
  population: unknown;
}

export class SpendingService {
  constructor(private readonly dataSource: DataSource) {}

  /** The filtered rounds as a CTE; binds its parameters into `p`. */
  private roundsCte(filter: SpendingFilterInput, p: Params): string {
    const where: string[] = [];
    if (filter.councilKeys?.length) where.push(`x."councilKey" IN ${p.list(filter.councilKeys)}`);
    if (filter.councilSlugs?.length)
      where.push(
        `x."councilKey" IN (SELECT sc."key" FROM council sc WHERE sc."slug" IN ${p.list(filter.councilSlugs)})`,
      );
    if (filter.areaKeys?.length) {
      const list = p.list(filter.areaKeys);
      where.push(
        `(x."areaKey" IN ${list} OR x."areaKey" IN (SELECT ar."key" FROM area ar WHERE ar."parentKey" IN ${list}))`,
      );
    }
    const byKey = filter.roundKeys?.length ? `x."key" IN ${p.list(filter.roundKeys)}` : null;
    const bySlug = filter.roundSlugs?.length ? `x."slug" IN ${p.list(filter.roundSlugs)}` : null;
    if (byKey && bySlug) where.push(`(${byKey} OR ${bySlug})`);
    else if (byKey ?? bySlug) where.push((byKey ?? bySlug)!);
    if (filter.themes?.length) where.push(`x."theme" IN ${p.list(filter.themes)}`);
    if (filter.kinds?.length) where.push(`x."kind" IN ${p.list(filter.kinds)}`);
    if (filter.fromYear !== undefined) where.push(`x."year" >= ${p.add(filter.fromYear)}`);
    if (filter.toYear !== undefined) where.push(`x."year" <= ${p.add(filter.toYear)}`);
    if (filter.providerKeys?.length) {
      where.push(
        `EXISTS (SELECT 1 FROM award pa WHERE pa."roundKey" = x."key" AND pa."providerKey" IN ${p.list(filter.providerKeys)})`,
      );
    }
    return `r AS (SELECT x."key", x."councilKey", x."areaKey", x."year", x."theme", x."potMinor", x."currency" FROM round x
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""})`;
  }

  /**
   * One statement: per group and currency the pot, awarded and spent sums (the totals are their
   * sums, added here per currency — every round, award and payment is in exactly one group), the
   * group's name and population joined in, and the rounds/population of the whole selection.
   */
  async summarise(filter: SpendingFilterInput, groupBy: SpendingGroupBy): Promise<SpendingResultData> {
    const p = Params.for(this.dataSource);
    const cte = this.roundsCte(filter, p);
    const g = GROUPS[groupBy];
    const providerFilter = filter.providerKeys?.length
      ? ` WHERE a."providerKey" IN ${p.list(filter.providerKeys)}`
      : "";
    const awards = `award a JOIN r ON r."key" = a."roundKey"`;
    const groupParts = [
      g.rounds === null
        ? `SELECT ${g.awards} AS g, 'rounds' AS measure, NULL AS currency, 0 AS amount, COUNT(DISTINCT a."roundKey") AS n FROM ${awards}${providerFilter} GROUP BY ${g.awards}`
        : `SELECT ${g.rounds} AS g, 'pot' AS measure, r."currency" AS currency, SUM(r."potMinor") AS amount, COUNT(*) AS n FROM r GROUP BY ${g.rounds}, r."currency"`,
      `SELECT ${g.awards} AS g, 'awarded' AS measure, a."currency" AS currency, SUM(a."valueMinor") AS amount, COUNT(*) AS n FROM ${awards}${providerFilter} GROUP BY ${g.awards}, a."currency"`,
      `SELECT ${g.awards} AS g, 'spent' AS measure, t."currency" AS currency, SUM(t."amountMinor") AS amount, COUNT(*) AS n
         FROM spend_transaction t JOIN award a ON a."key" = t."awardKey" JOIN r ON r."key" = a."roundKey"${providerFilter} GROUP BY ${g.awards}, t."currency"`,
    ];
    const totalPopulation = filter.areaKeys?.length
      ? `SELECT SUM(tpb."count") AS amount, COUNT(*) - COUNT(tpb."count") AS n FROM area ta
           LEFT JOIN population_baseline tpb ON tpb."areaKey" = ta."key" AND tpb."dimension" = 'total' WHERE ta."key" IN ${p.list(filter.areaKeys)}`
      : `SELECT SUM(cp."n") AS amount, COUNT(*) - COUNT(cp."n") AS n FROM (SELECT DISTINCT r."councilKey" FROM r) tc LEFT JOIN (${COUNCIL_POPULATION}) cp ON cp."councilKey" = tc."councilKey"`;
    const totalParts = [
      `SELECT 'total' AS scope, NULL AS g, 'rounds' AS measure, NULL AS currency, 0 AS amount, COUNT(*) AS n FROM r`,
      `SELECT 'total' AS scope, NULL AS g, 'population' AS measure, NULL AS currency, tp.amount AS amount, tp.n AS n FROM (${totalPopulation}) tp`,
      ...(g.rounds === null
        ? [
            `SELECT 'total' AS scope, NULL AS g, 'pot' AS measure, r."currency" AS currency, SUM(r."potMinor") AS amount, COUNT(*) AS n FROM r GROUP BY r."currency"`,
          ]
        : []),
    ];
    const labelJoin = g.label ? `LEFT JOIN "${g.label.table}" l ON l."key" = q.g` : "";
    const populationJoin =
      g.population === "area"
        ? `LEFT JOIN population_baseline gp ON gp."areaKey" = q.g AND gp."dimension" = 'total'`
        : g.population === "council"
          ? `LEFT JOIN (${COUNCIL_POPULATION}) gp ON gp."councilKey" = q.g`
          : "";
    const populationColumn = g.population === "area" ? `gp."count"` : g.population === "council" ? `gp."n"` : "NULL";
    const sql = `WITH ${cte}
      SELECT 'group' AS scope, CAST(q.g AS TEXT) AS g, q.measure AS measure, q.currency AS currency, q.amount AS amount, q.n AS n,
             ${g.label ? `l."${g.label.column}"` : "NULL"} AS label, ${populationColumn} AS population
      FROM (${groupParts.join("\n      UNION ALL\n      ")}) q ${labelJoin} ${populationJoin}
      UNION ALL
      SELECT t.scope, t.g, t.measure, t.currency, t.amount, t.n, NULL AS label, NULL AS population FROM (${totalParts.join("\n      UNION ALL\n      ")}) t`;
    const rows = await p.run<SpendingSqlRow>(this.dataSource, sql);

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
      const money = { amountMinor: int(r.amount), currency: r.currency ?? "" };
      if (r.scope === "total") {
        if (r.measure === "rounds") totals.roundCount = int(r.n);
        else if (r.measure === "population")
          totals.population = int(r.n) === 0 && r.amount !== null ? int(r.amount) : null;
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
  const byCurrency = new Map<string, number>();
  for (const r of rows)
    for (const m of r.awarded) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + m.amountMinor);
  const dominant = [...byCurrency.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const amount = (r: SpendingRowData) => r.awarded.find((m) => m.currency === dominant)?.amountMinor ?? 0;
  rows.sort((a, b) => amount(b) - amount(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
