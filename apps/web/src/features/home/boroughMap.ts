/**
 * Home's map of London: each borough's money awarded per resident (GBP awarded ÷ Census 2021
 * usual residents), from the same spending rows as the "by council" chart. A borough whose
 * council is not on Coproduce, or has no population figure, has no value (drawn as "no data");
 * a council with nothing awarded yet is a real zero.
 */
import { formatMoney, formatNumber, t } from "../../i18n";
import type { Column, DataRow } from "../../charts/csv";
import { moneyColumn, moneyPerColumn } from "../../charts/units";
import { perResidentText, type AreaFigure } from "../maps";

export interface MapCouncil {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly onsCode?: string | null;
  readonly population?: number | null;
}
export interface MapSpendingRow {
  readonly key?: string | null;
  readonly awarded: readonly { readonly amountMinor: number; readonly currency: string }[];
}

export interface BoroughRow {
  readonly code: string;
  readonly borough: string;
  readonly council: MapCouncil | null;
  /** GBP awarded, minor units (null: not on Coproduce). */
  readonly awardedMinor: number | null;
  readonly population: number | null;
  /** Minor units per resident, unrounded (null: no figure). */
  readonly perResident: number | null;
}

export function boroughRows(
  boroughs: readonly { readonly code: string; readonly name: string }[],
  councils: readonly MapCouncil[],
  spending: readonly MapSpendingRow[],
): BoroughRow[] {
  return boroughs.map((b) => {
    const council = councils.find((c) => c.onsCode === b.code) ?? null;
    if (!council)
      return { code: b.code, borough: b.name, council, awardedMinor: null, population: null, perResident: null };
    const awardedMinor = (spending.find((r) => r.key === council.id)?.awarded ?? [])
      .filter((m) => m.currency === "GBP")
      .reduce((s, m) => s + m.amountMinor, 0);
    const population = council.population ?? null;
    return {
      code: b.code,
      borough: b.name,
      council,
      awardedMinor,
      population,
      perResident: population ? awardedMinor / population : null,
    };
  });
}

/** The map's figures: a value, the text a screen reader hears, and the council's page. */
export function boroughFigures(rows: readonly BoroughRow[]): AreaFigure[] {
  return rows.map((r) => ({
    code: r.code,
    value: r.perResident,
    text: !r.council
      ? t("maps.notOnCoproduce")
      : r.perResident === null
        ? t("maps.noPopulation")
        : t("maps.perResidentOf", {
            money: perResidentText(r.perResident),
            awarded: formatMoney({ amountMinor: r.awardedMinor ?? 0, currency: "GBP" }),
          }),
    href: r.council ? `/councils/${r.council.slug}` : undefined,
  }));
}

/** The same figures as the map's table and downloads: every borough, most per resident first, the rest by name. */
export function boroughTable(rows: readonly BoroughRow[]): { columns: Column[]; rows: DataRow[] } {
  const columns: Column[] = [
    { key: "borough", label: t("maps.borough"), link: (r) => (r.slug ? `/councils/${String(r.slug)}` : undefined) },
    moneyPerColumn({
      key: "perResident",
      label: t("maps.awardedPerResident"),
      currency: "GBP",
      total: "awarded",
      per: "population",
      format: (v, r) => (v === null || v === undefined ? String(r.note) : perResidentText(Number(v))),
    }),
    moneyColumn({ key: "awarded", label: t("maps.awarded"), currency: "GBP" }),
    {
      key: "population",
      label: t("maps.residents"),
      numeric: true,
      format: (v) => (v === null || v === undefined ? "—" : formatNumber(Number(v))),
    },
  ];
  const sorted = [...rows].sort(
    (a, b) => (b.perResident ?? -1) - (a.perResident ?? -1) || a.borough.localeCompare(b.borough, "en-GB"),
  );
  return {
    columns,
    rows: sorted.map((r) => ({
      borough: r.borough,
      slug: r.council?.slug ?? null,
      perResident: r.perResident === null ? null : Math.round(r.perResident * 100) / 100,
      awarded: r.awardedMinor,
      population: r.population,
      note: !r.council ? t("maps.notOnCoproduce") : t("maps.noPopulation"),
    })),
  };
}
