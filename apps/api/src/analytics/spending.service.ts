import type { DataSource } from "typeorm";
import { Params, int } from "./sql.js";

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

/** SQL expression of the group key, over the CTE `r` (rounds) and `a` (awards). */
const GROUP_EXPRESSION: Record<SpendingGroupBy, { rounds: string; awards: string }> = {
  council: { rounds: `CAST(r."councilKey" AS TEXT)`, awards: `CAST(r."councilKey" AS TEXT)` },
  area: { rounds: `CAST(r."areaKey" AS TEXT)`, awards: `CAST(r."areaKey" AS TEXT)` },
  round: { rounds: `CAST(r."key" AS TEXT)`, awards: `CAST(r."key" AS TEXT)` },
  year: { rounds: `CAST(r."year" AS TEXT)`, awards: `CAST(r."year" AS TEXT)` },
  theme: { rounds: `r."theme"`, awards: `r."theme"` },
  provider: { rounds: `NULL`, awards: `CAST(a."providerKey" AS TEXT)` },
};

export class SpendingService {
  constructor(private readonly dataSource: DataSource) {}

  /** The filtered rounds as a CTE; binds its parameters into `p`. */
  private roundsCte(filter: SpendingFilterInput, p: Params): string {
    const where: string[] = [];
    if (filter.councilKeys?.length) where.push(`x."councilKey" IN ${p.list(filter.councilKeys)}`);
    if (filter.areaKeys?.length) {
      const list = p.list(filter.areaKeys);
      where.push(`(x."areaKey" IN ${list} OR x."areaKey" IN (SELECT ar."key" FROM area ar WHERE ar."parentKey" IN ${list}))`);
    }
    if (filter.roundKeys?.length) where.push(`x."key" IN ${p.list(filter.roundKeys)}`);
    if (filter.themes?.length) where.push(`x."theme" IN ${p.list(filter.themes)}`);
    if (filter.kinds?.length) where.push(`x."kind" IN ${p.list(filter.kinds)}`);
    if (filter.fromYear !== undefined) where.push(`x."year" >= ${p.add(filter.fromYear)}`);
    if (filter.toYear !== undefined) where.push(`x."year" <= ${p.add(filter.toYear)}`);
    if (filter.providerKeys?.length) {
      where.push(`EXISTS (SELECT 1 FROM award pa WHERE pa."roundKey" = x."key" AND pa."providerKey" IN ${p.list(filter.providerKeys)})`);
    }
    return `r AS (SELECT x."key", x."councilKey", x."areaKey", x."year", x."theme", x."potMinor", x."currency" FROM round x
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""})`;
  }

  async summarise(filter: SpendingFilterInput, groupBy: SpendingGroupBy): Promise<SpendingResultData> {
    const p = Params.for(this.dataSource);
    const cte = this.roundsCte(filter, p);
    const g = GROUP_EXPRESSION[groupBy];
    const providerFilter = filter.providerKeys?.length ? ` AND a."providerKey" IN ${p.list(filter.providerKeys)}` : "";
    // One statement: per group and in total ('*'), per currency. `measure` names the figure.
    const potParts =
      groupBy === "provider"
        ? [`SELECT '*' AS g, 'pot' AS measure, r."currency" AS currency, SUM(r."potMinor") AS amount, COUNT(*) AS n FROM r GROUP BY r."currency"`]
        : [
            `SELECT ${g.rounds} AS g, 'pot' AS measure, r."currency" AS currency, SUM(r."potMinor") AS amount, COUNT(*) AS n FROM r GROUP BY ${g.rounds}, r."currency"`,
            `SELECT '*' AS g, 'pot' AS measure, r."currency" AS currency, SUM(r."potMinor") AS amount, COUNT(*) AS n FROM r GROUP BY r."currency"`,
          ];
    const roundCountParts =
      groupBy === "provider"
        ? [`SELECT ${g.awards} AS g, 'rounds' AS measure, NULL AS currency, 0 AS amount, COUNT(DISTINCT a."roundKey") AS n FROM award a JOIN r ON r."key" = a."roundKey" WHERE 1 = 1${providerFilter} GROUP BY ${g.awards}`]
        : [];
    const sql = `WITH ${cte}
      ${[
        ...potParts,
        ...roundCountParts,
        `SELECT '*' AS g, 'rounds' AS measure, NULL AS currency, 0 AS amount, COUNT(*) AS n FROM r`,
        `SELECT ${g.awards} AS g, 'awarded' AS measure, a."currency" AS currency, SUM(a."valueMinor") AS amount, COUNT(*) AS n
           FROM award a JOIN r ON r."key" = a."roundKey" WHERE 1 = 1${providerFilter} GROUP BY ${g.awards}, a."currency"`,
        `SELECT '*' AS g, 'awarded' AS measure, a."currency" AS currency, SUM(a."valueMinor") AS amount, COUNT(*) AS n
           FROM award a JOIN r ON r."key" = a."roundKey" WHERE 1 = 1${providerFilter} GROUP BY a."currency"`,
        `SELECT ${g.awards} AS g, 'spent' AS measure, t."currency" AS currency, SUM(t."amountMinor") AS amount, COUNT(*) AS n
           FROM spend_transaction t JOIN award a ON a."key" = t."awardKey" JOIN r ON r."key" = a."roundKey" WHERE 1 = 1${providerFilter} GROUP BY ${g.awards}, t."currency"`,
        `SELECT '*' AS g, 'spent' AS measure, t."currency" AS currency, SUM(t."amountMinor") AS amount, COUNT(*) AS n
           FROM spend_transaction t JOIN award a ON a."key" = t."awardKey" JOIN r ON r."key" = a."roundKey" WHERE 1 = 1${providerFilter} GROUP BY t."currency"`,
      ].join("\n      UNION ALL\n      ")}`;
    const rows = await p.run<{ g: string | null; measure: string; currency: string | null; amount: unknown; n: unknown }>(this.dataSource, sql);

    const groups = new Map<string, SpendingRowData>();
    const rowFor = (key: string | null): SpendingRowData => {
      const id = key ?? "\u0000null";
      let row = groups.get(id);
      if (!row) groups.set(id, (row = { key, label: "", pot: [], awarded: [], spent: [], awardCount: 0, roundCount: 0, population: null }));
      return row;
    };
    const totals: SpendingRowData = { key: null, label: "Total", pot: [], awarded: [], spent: [], awardCount: 0, roundCount: 0, population: null };
    for (const r of rows) {
      const target = r.g === "*" ? totals : rowFor(r.g);
      const money = { amountMinor: int(r.amount), currency: r.currency ?? "" };
      if (r.measure === "pot") {
        target.pot.push(money);
        if (r.g !== "*") target.roundCount += int(r.n);
      } else if (r.measure === "rounds") target.roundCount = int(r.n);
      else if (r.measure === "awarded") {
        target.awarded.push(money);
        target.awardCount += int(r.n);
      } else if (r.measure === "spent") target.spent.push(money);
    }
    const list = [...groups.values()];
    for (const row of [...list, totals]) for (const m of [row.pot, row.awarded, row.spent]) m.sort((x, y) => (x.currency < y.currency ? -1 : x.currency > y.currency ? 1 : 0));
    await this.label(list, groupBy);
    await this.populate(list, totals, groupBy, filter);
    sortRows(list, groupBy);
    return { groupBy, rows: list, totals };
  }

  private async label(rows: SpendingRowData[], groupBy: SpendingGroupBy): Promise<void> {
    const keys = rows.map((r) => r.key).filter((k): k is string => k !== null);
    const unknown: Record<SpendingGroupBy, string> = {
      council: "Unknown council",
      area: "No area recorded",
      round: "Unknown round",
      year: "Unknown year",
      theme: "No theme",
      provider: "No provider (delivered by the council or residents)",
    };
    const table: Partial<Record<SpendingGroupBy, { table: string; column: string }>> = {
      council: { table: "council", column: "name" },
      area: { table: "area", column: "name" },
      round: { table: "round", column: "title" },
      provider: { table: "provider", column: "name" },
    };
    const t = table[groupBy];
    const names = new Map<string, string>();
    if (t && keys.length > 0) {
      const p = Params.for(this.dataSource);
      const found = await p.run<{ key: unknown; name: string }>(
        this.dataSource,
        `SELECT "key" AS "key", "${t.column}" AS "name" FROM "${t.table}" WHERE "key" IN ${p.list(keys.map(Number))}`,
      );
      for (const f of found) names.set(String(int(f.key)), f.name);
    }
    for (const row of rows) row.label = row.key === null ? unknown[groupBy] : (names.get(row.key) ?? (t ? unknown[groupBy] : row.key));
  }

  private async populate(rows: SpendingRowData[], totals: SpendingRowData, groupBy: SpendingGroupBy, filter: SpendingFilterInput): Promise<void> {
    if (groupBy === "area") {
      const pops = await this.areaPopulations(rows.map((r) => r.key).filter((k): k is string => k !== null).map(Number));
      for (const row of rows) row.population = row.key === null ? null : (pops.get(Number(row.key)) ?? null);
    } else if (groupBy === "council") {
      const pops = await this.councilPopulations(rows.map((r) => r.key).filter((k): k is string => k !== null).map(Number));
      for (const row of rows) row.population = row.key === null ? null : (pops.get(Number(row.key)) ?? null);
    }
    // Totals: the filtered areas' population, else the councils present.
    if (filter.areaKeys?.length) {
      const pops = await this.areaPopulations(filter.areaKeys);
      totals.population = filter.areaKeys.every((k) => pops.has(k)) ? [...pops.values()].reduce((a, b) => a + b, 0) : null;
    } else {
      const p = Params.for(this.dataSource);
      const sql = `WITH ${this.roundsCte(filter, p)} SELECT DISTINCT r."councilKey" AS "councilKey" FROM r`;
      const councils = await p.run<{ councilKey: unknown }>(this.dataSource, sql);
      const keys = councils.map((c) => int(c.councilKey));
      if (keys.length > 0) {
        const pops = await this.councilPopulations(keys);
        totals.population = keys.every((k) => pops.has(k)) ? [...pops.values()].reduce((a, b) => a + b, 0) : null;
      }
    }
  }

  async areaPopulations(areaKeys: number[]): Promise<Map<number, number>> {
    if (areaKeys.length === 0) return new Map();
    const p = Params.for(this.dataSource);
    const rows = await p.run<{ areaKey: unknown; count: unknown }>(
      this.dataSource,
      `SELECT "areaKey" AS "areaKey", "count" AS "count" FROM population_baseline WHERE "dimension" = 'total' AND "areaKey" IN ${p.list(areaKeys)}`,
    );
    return new Map(rows.map((r) => [int(r.areaKey), int(r.count)]));
  }

  /** A council's population: Σ of its top-level areas' census totals. */
  async councilPopulations(councilKeys: number[]): Promise<Map<number, number>> {
    if (councilKeys.length === 0) return new Map();
    const p = Params.for(this.dataSource);
    const rows = await p.run<{ councilKey: unknown; count: unknown }>(
      this.dataSource,
      `SELECT a."councilKey" AS "councilKey", SUM(pb."count") AS "count" FROM area a
       JOIN population_baseline pb ON pb."areaKey" = a."key" AND pb."dimension" = 'total'
       WHERE a."parentKey" IS NULL AND a."councilKey" IN ${p.list(councilKeys)} GROUP BY a."councilKey"`,
    );
    return new Map(rows.map((r) => [int(r.councilKey), int(r.count)]));
  }
}

/** YEAR ascending; otherwise by the amount awarded in the dominant currency, largest first, then label. */
function sortRows(rows: SpendingRowData[], groupBy: SpendingGroupBy): void {
  if (groupBy === "year") {
    rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key)));
    return;
  }
  const byCurrency = new Map<string, number>();
  for (const r of rows) for (const m of r.awarded) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + m.amountMinor);
  const dominant = [...byCurrency.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const amount = (r: SpendingRowData) => r.awarded.find((m) => m.currency === dominant)?.amountMinor ?? 0;
  rows.sort((a, b) => amount(b) - amount(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

