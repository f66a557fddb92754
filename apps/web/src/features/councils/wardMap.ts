/**
 * A council page's ward map: the money awarded to rounds that serve one ward, per resident where
 * every such ward has a Census 2021 population (else the money itself), with the number of rounds.
 * Rounds for the whole borough serve every ward: they are counted apart (never spread over wards).
 * Wards are matched to boundaries by ONS code, else by name; a boundary with no area on
 * Coproduce is a real zero (no round can name it), an area with no boundary is listed as excluded.
 */
import { formatMoney, formatNumber, t, tn } from "../../i18n";
import type { Column, DataRow } from "../../charts/csv";
import { moneyColumn, moneyPerColumn } from "../../charts/units";
import { perResidentText, placeKey, type AreaFigure } from "../maps";

export interface WardArea {
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
  readonly onsCode?: string | null;
  readonly population?: number | null;
}
export interface WardRound {
  readonly area?: { readonly slug: string } | null;
  readonly awarded: readonly { readonly amountMinor: number; readonly currency: string }[];
}

export interface WardRow {
  readonly code: string;
  readonly ward: string;
  readonly area: WardArea | null;
  readonly rounds: number;
  readonly awardedMinor: number;
  readonly population: number | null;
  readonly perResident: number | null;
}

export interface WardMapData {
  readonly measure: "perResident" | "awarded";
  readonly rows: readonly WardRow[];
  /** Rounds for the whole council (no area, or the borough itself) and their GBP awarded. */
  readonly boroughWide: { readonly rounds: number; readonly awardedMinor: number };
  /** Ward areas on Coproduce with no boundary on the map. */
  readonly unmapped: readonly string[];
}

const gbp = (money: WardRound["awarded"]): number =>
  money.filter((m) => m.currency === "GBP").reduce((s, m) => s + m.amountMinor, 0);

export function wardMapData(
  boundaries: readonly { readonly code: string; readonly name: string }[],
  areas: readonly WardArea[],
  rounds: readonly WardRound[],
): WardMapData {
  const wards = areas.filter((a) => a.kind === "ward");
  const matched = new Set<string>();
  const areaFor = (b: { code: string; name: string }): WardArea | null => {
    const a =
      wards.find((w) => w.onsCode === b.code) ?? wards.find((w) => !w.onsCode && placeKey(w.name) === placeKey(b.name));
    if (a) matched.add(a.slug);
    return a ?? null;
  };
  const wardSlugs = new Set(wards.map((w) => w.slug));
  let boroughRounds = 0;
  let boroughMinor = 0;
  for (const r of rounds)
    if (!r.area || !wardSlugs.has(r.area.slug)) {
      boroughRounds++;
      boroughMinor += gbp(r.awarded);
    }
  const base = boundaries.map((b) => {
    const area = areaFor(b);
    const mine = area ? rounds.filter((r) => r.area?.slug === area.slug) : [];
    return {
      code: b.code,
      ward: b.name,
      area,
      rounds: mine.length,
      awardedMinor: mine.reduce((s, r) => s + gbp(r.awarded), 0),
      population: area?.population ?? null,
    };
  });
  // per resident only if every ward with money has a population (else the map would mix two measures)
  const perResident = base.some((w) => w.awardedMinor > 0) && base.every((w) => w.awardedMinor === 0 || w.population);
  return {
    measure: perResident ? "perResident" : "awarded",
    rows: base.map((w) => ({ ...w, perResident: w.population ? w.awardedMinor / w.population : null })),
    boroughWide: { rounds: boroughRounds, awardedMinor: boroughMinor },
    unmapped: wards.filter((w) => !matched.has(w.slug)).map((w) => w.name),
  };
}

/** The value a ward is shaded by (minor units: per resident, or in all). */
export const wardValue = (data: WardMapData, w: WardRow): number =>
  data.measure === "perResident" ? (w.awardedMinor === 0 ? 0 : (w.perResident ?? 0)) : w.awardedMinor;

export function wardText(data: WardMapData, w: WardRow): string {
  if (w.rounds === 0) return t("maps.noWardRound");
  const awarded = formatMoney({ amountMinor: w.awardedMinor, currency: "GBP" });
  const rounds = tn("units.round", w.rounds);
  return data.measure === "perResident" && w.perResident !== null
    ? t("maps.wardPerResident", { money: perResidentText(w.perResident), awarded, rounds })
    : t("maps.wardAwarded", { awarded, rounds });
}

export function wardFigures(data: WardMapData, link: (slug: string) => string): AreaFigure[] {
  return data.rows.map((w) => ({
    code: w.code,
    value: wardValue(data, w),
    text: wardText(data, w),
    href: w.area ? link(w.area.slug) : undefined,
  }));
}

/** The map's table: every ward, most first, then by name. */
export function wardTable(data: WardMapData, link: (slug: string) => string): { columns: Column[]; rows: DataRow[] } {
  const columns: Column[] = [
    { key: "ward", label: t("maps.ward"), link: (r) => (r.slug ? link(String(r.slug)) : undefined) },
    { key: "rounds", label: t("maps.wardRounds"), numeric: true },
    moneyColumn({ key: "awarded", label: t("maps.awarded"), currency: "GBP" }),
    ...(data.measure === "perResident"
      ? [
          moneyPerColumn({
            key: "perResident",
            label: t("maps.awardedPerResident"),
            currency: "GBP",
            total: "awarded",
            per: "population",
            format: (v) => (v === null || v === undefined ? "—" : perResidentText(Number(v))),
          }),
          {
            key: "population",
            label: t("maps.residents"),
            numeric: true,
            format: (v: unknown) => (v === null || v === undefined ? "—" : formatNumber(Number(v))),
          },
        ]
      : []),
  ];
  const sorted = [...data.rows].sort(
    (a, b) => wardValue(data, b) - wardValue(data, a) || a.ward.localeCompare(b.ward, "en-GB"),
  );
  return {
    columns,
    rows: sorted.map((w) => ({
      ward: w.ward,
      slug: w.area?.slug ?? null,
      rounds: w.rounds,
      awarded: w.awardedMinor,
      perResident: w.perResident === null ? null : Math.round(w.perResident * 100) / 100,
      population: w.population,
    })),
  };
}
