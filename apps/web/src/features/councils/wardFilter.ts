/**
 * A council page filtered to one ward (`?area=<ward>`): the rounds for that ward alone, and apart
 * from them the borough-wide rounds — a round with no area, or for an area the ward lies in — which
 * serve every ward, this one included. Their money is totalled apart and never added to the ward's
 * own figure per resident. And the ward against the other wards of its borough (never against the
 * borough as a whole): its money per resident from its own rounds, its rank, and the other wards'
 * median and range.
 */
import type { Money } from "@coproduce/domain";
import { totalsByCurrency } from "../../charts/money";
import { formatMoney, t, tn } from "../../i18n";
import { perResidentText } from "../maps";
import { ordinalOf } from "../rounds";
import type { WardMapData } from "./wardMap";

export interface FilterArea {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
  readonly population?: number | null;
  readonly parent?: { readonly id: string } | null;
}
export interface FilterRound {
  readonly area?: { readonly slug: string } | null;
  readonly awarded: readonly Money[];
}

export interface WardFilter<R extends FilterRound> {
  readonly ward: FilterArea;
  /** Rounds for this ward alone. */
  readonly own: readonly R[];
  /** Rounds for the whole council (no area) or for an area this ward is part of: they serve every ward. */
  readonly boroughWide: readonly R[];
  /** Totals per currency, never added across currencies (nor across the two lists). */
  readonly ownAwarded: readonly Money[];
  readonly boroughWideAwarded: readonly Money[];
}

const gbpMinor = (money: readonly Money[]): number =>
  money.filter((m) => m.currency === "GBP").reduce((s, m) => s + m.amountMinor, 0);

/** The ward view of `slug`, or null when `slug` is not a ward of the council (a borough, or unknown). */
export function wardFilter<R extends FilterRound>(
  areas: readonly FilterArea[],
  rounds: readonly R[],
  slug: string | null | undefined,
): WardFilter<R> | null {
  const ward = areas.find((a) => a.slug === slug && a.kind === "ward");
  if (!ward) return null;
  // the areas the ward lies in (its borough, and any area above that)
  const containing = new Set<string>();
  for (let a = ward.parent ? areas.find((x) => x.id === ward.parent!.id) : undefined; a;) {
    if (containing.has(a.slug)) break;
    containing.add(a.slug);
    const parentId = a.parent?.id;
    a = parentId ? areas.find((x) => x.id === parentId) : undefined;
  }
  const own = rounds.filter((r) => r.area?.slug === ward.slug);
  const boroughWide = rounds.filter((r) => !r.area || containing.has(r.area.slug));
  return {
    ward,
    own,
    boroughWide,
    ownAwarded: totalsByCurrency(own.flatMap((r) => r.awarded)),
    boroughWideAwarded: totalsByCurrency(boroughWide.flatMap((r) => r.awarded)),
  };
}

/** One ward of the borough, as the ward map has it: its own rounds and their GBP awarded. */
export interface WardFigureInput {
  /** The ward's slug on Coproduce, or null for a boundary with no area on Coproduce (no round can name it). */
  readonly slug: string | null;
  readonly name: string;
  readonly rounds: number;
  /** GBP awarded to rounds for this ward alone, minor units. */
  readonly awardedMinor: number;
  readonly population: number | null;
}

export interface WardStat {
  readonly names: readonly string[];
  /** GBP minor units per resident. */
  readonly value: number;
}

export interface WardComparison {
  readonly ward: WardFigureInput;
  /**
   * The ward's GBP per resident from its own rounds (minor units, unrounded): 0 when nothing was
   * awarded to them, null when money was but the ward has no population figure (not compared).
   */
  readonly value: number | null;
  /** 1 = the most per resident; null when the ward is not compared. */
  readonly rank: number | null;
  /** Another ward has exactly the same figure. */
  readonly joint: boolean;
  /** Wards compared, this one included. */
  readonly compared: number;
  /** The other compared wards (null when there are none). */
  readonly others: {
    readonly count: number;
    readonly median: number;
    readonly highest: WardStat;
    readonly lowest: WardStat;
    /** How many of them have no round of their own (a real zero). */
    readonly noRound: number;
  } | null;
  /** Wards left out: money awarded to their rounds, but no population to divide it by. */
  readonly excluded: readonly string[];
}

/** A ward's figure per resident: a real zero without money, else money ÷ residents (null without a population). */
export function perResidentOf(w: WardFigureInput): number | null {
  if (w.awardedMinor === 0) return 0;
  return w.population ? w.awardedMinor / w.population : null;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ward `slug` against the other wards of its borough, by GBP per resident from rounds for one
 * ward alone (borough-wide rounds serve every ward alike, so they are in no ward's figure). Null when
 * `slug` is not among `wards`.
 */
export function wardComparison(wards: readonly WardFigureInput[], slug: string): WardComparison | null {
  const ward = wards.find((w) => w.slug === slug);
  if (!ward) return null;
  const valued = wards.map((w) => ({ w, value: perResidentOf(w) }));
  const excluded = valued.filter((v) => v.value === null).map((v) => v.w.name);
  const compared = valued.filter((v): v is { w: WardFigureInput; value: number } => v.value !== null);
  const value = perResidentOf(ward);
  const others = compared.filter((v) => v.w !== ward);
  const stat = (target: number): WardStat => ({
    names: others.filter((o) => o.value === target).map((o) => o.w.name),
    value: target,
  });
  const sorted = others.map((o) => o.value).sort((a, b) => a - b);
  return {
    ward,
    value,
    rank: value === null ? null : 1 + compared.filter((v) => v.value > value).length,
    joint: value !== null && others.some((o) => o.value === value),
    compared: compared.length,
    others: sorted.length
      ? {
          count: sorted.length,
          median: median(sorted),
          highest: stat(sorted.at(-1)!),
          lowest: stat(sorted[0]!),
          noRound: others.filter((o) => o.w.rounds === 0).length,
        }
      : null,
    excluded,
  };
}

/** The wards of a borough from the council's own areas (for a council with no ward boundaries on the map). */
export function wardFiguresFromAreas(
  areas: readonly FilterArea[],
  rounds: readonly FilterRound[],
  ward: FilterArea,
): WardFigureInput[] {
  const parent = ward.parent?.id ?? null;
  return areas
    .filter((a) => a.kind === "ward" && (a.parent?.id ?? null) === parent)
    .map((a) => {
      const mine = rounds.filter((r) => r.area?.slug === a.slug);
      return {
        slug: a.slug,
        name: a.name,
        rounds: mine.length,
        awardedMinor: mine.reduce((s, r) => s + gbpMinor(r.awarded), 0),
        population: a.population ?? null,
      };
    });
}

/** The wards of the ward map (every boundary of the borough), for the comparison. */
export function wardFiguresFromMap(data: WardMapData): WardFigureInput[] {
  return data.rows.map((w) => ({
    slug: w.area?.slug ?? null,
    name: w.area?.name ?? w.ward,
    rounds: w.rounds,
    awardedMinor: w.awardedMinor,
    population: w.population,
  }));
}

/** "2nd of 25 wards", "joint 3rd of 25 wards". */
export function rankText(c: WardComparison): string {
  if (c.rank === null) return "";
  const rank = c.joint ? t("council.ward.joint", { rank: ordinalOf(c.rank) }) : ordinalOf(c.rank);
  return t("council.ward.rankOf", { rank, wards: tn("units.ward", c.compared) });
}

const names = (stat: WardStat): string =>
  stat.names.length > 3 ? tn("units.ward", stat.names.length) : stat.names.join(t("common.comma"));

/** The comparison in words: the ward's figure and rank, then the other wards' median and range. */
export function comparisonText(c: WardComparison, council: string): string {
  const ward = c.ward.name;
  const awarded = formatMoney({ amountMinor: c.ward.awardedMinor, currency: "GBP" });
  if (c.value === null) return t("council.ward.notCompared", { ward, awarded });
  const parts = [
    t("council.ward.rank", { ward, money: perResidentText(c.value), awarded, rank: rankText(c), council }),
  ];
  const o = c.others;
  if (o) {
    parts.push(
      t("council.ward.others", {
        wards: tn("units.ward", o.count),
        median: perResidentText(o.median),
        lowest: perResidentText(o.lowest.value),
        highest: perResidentText(o.highest.value),
      }),
    );
    if (o.noRound) parts.push(tn("council.ward.othersNoRound", o.noRound));
  }
  if (c.excluded.length)
    parts.push(`${t("council.excludedNoPopulation", { areas: c.excluded.join(t("common.comma")) })}.`);
  return parts.join(" ");
}

export interface ComparisonRow {
  readonly key: "ward" | "highest" | "median" | "lowest";
  readonly label: string;
  readonly wards: string;
  /** GBP per resident, as read ("£7.08"). */
  readonly perResident: string;
}

/** The comparison's small table: this ward, then the other wards' highest, median and lowest. */
export function comparisonTable(c: WardComparison): {
  ward: ComparisonRow;
  others: { label: string; rows: ComparisonRow[] } | null;
} | null {
  if (c.value === null) return null;
  const o = c.others;
  return {
    ward: { key: "ward", label: t("council.ward.thisWard"), wards: c.ward.name, perResident: perResidentText(c.value) },
    others: o && {
      label: t("council.ward.otherWards", { wards: tn("units.ward", o.count) }),
      rows: [
        {
          key: "highest",
          label: t("compare.highest"),
          wards: names(o.highest),
          perResident: perResidentText(o.highest.value),
        },
        { key: "median", label: t("compare.median"), wards: "—", perResident: perResidentText(o.median) },
        {
          key: "lowest",
          label: t("compare.lowest"),
          wards: names(o.lowest),
          perResident: perResidentText(o.lowest.value),
        },
      ],
    },
  };
}
