import { formatMoney } from "../../i18n";
import type { BarInput } from "../../charts/bars";

export interface AreaMoney {
  readonly area: { readonly slug: string; readonly name: string; readonly population: number | null } | null;
  readonly money: readonly { readonly amountMinor: number; readonly currency: string }[];
}

export interface PerCapita {
  readonly currency: string;
  /** value = minor units per resident (unrounded). */
  readonly rows: readonly (BarInput & { readonly awardedMinor: number; readonly population: number })[];
  readonly noArea: number;
  readonly noPopulation: readonly string[];
  readonly otherCurrency: number;
}

/** Money awarded per resident of each area, in one currency; what is left out is counted. */
export function perCapitaByArea(items: readonly AreaMoney[], currency = "GBP"): PerCapita {
  const byArea = new Map<string, { name: string; population: number | null; minor: number }>();
  let noArea = 0;
  let otherCurrency = 0;
  for (const item of items) {
    for (const m of item.money) {
      if (m.currency !== currency) {
        otherCurrency++;
        continue;
      }
      if (!item.area) {
        noArea++;
        continue;
      }
      const a = byArea.get(item.area.slug) ?? { name: item.area.name, population: item.area.population, minor: 0 };
      a.minor += m.amountMinor;
      byArea.set(item.area.slug, a);
    }
  }
  const noPopulation: string[] = [];
  const rows = [];
  for (const [slug, a] of byArea) {
    if (!a.population) {
      noPopulation.push(a.name);
      continue;
    }
    rows.push({
      key: slug,
      label: a.name,
      value: a.minor / a.population,
      awardedMinor: a.minor,
      population: a.population,
    });
  }
  return { currency, rows, noArea, noPopulation, otherCurrency };
}

export function formatPerResident(minorPerResident: number, currency: string): string {
  return formatMoney({ amountMinor: Math.round(minorPerResident), currency }, { alwaysShowMinor: true });
}
