/**
 * Money columns in the units people read: the table shows "£12,345.67", the header says
 * "Awarded (£)" and the downloads write pounds as exact decimals ("12345.67"), from the integer
 * minor units the rows keep (no floating point on the way). Money stays in minor units everywhere
 * else (API, database, the rows' own values, sorting): this is presentation only.
 */
import { CURRENCIES, minorToDecimal, ratioToDecimal } from "@coproduce/domain";
import { currencyUnit, formatMoney } from "../i18n";
import type { Cell, Column, DataRow } from "./csv";

const exponentOf = (currency: string): number => CURRENCIES[currency]?.exponent ?? 2;

/** Integer minor units → major units as an exact decimal ("12345.67"); empty stays empty. */
export function majorUnits(minor: Cell, currency: string): string | null {
  if (minor === null || minor === undefined || minor === "") return null;
  return minorToDecimal(Number(minor), exponentOf(currency));
}

/**
 * An amount shared out (minor units ÷ a count, e.g. residents) in major units, exactly, with two
 * more places than the currency's (hundredths of a penny: "0.1008" pounds a resident); null when
 * there is nothing to divide by.
 */
export function majorPer(totalMinor: Cell, count: Cell, currency: string): string | null {
  if (typeof totalMinor !== "number" || typeof count !== "number" || !(count > 0)) return null;
  const exponent = exponentOf(currency);
  return ratioToDecimal(totalMinor, BigInt(count) * 10n ** BigInt(exponent), exponent + 2);
}

/** A money column: rows hold integer minor units of `currency` under `key`. */
export function moneyColumn(o: {
  key: string;
  label: string;
  currency: string;
  format?: Column["format"];
  link?: Column["link"];
}): Column {
  return {
    key: o.key,
    label: o.label,
    unit: currencyUnit(o.currency),
    numeric: true,
    format: o.format ?? ((v) => (typeof v === "number" ? formatMoney({ amountMinor: v, currency: o.currency }) : "—")),
    download: (v) => majorUnits(v, o.currency),
    link: o.link,
  };
}

/**
 * Money per something (e.g. per resident): the table sorts by `key` (minor units per resident, a
 * fraction), downloads divide the row's integer total (`total`) by its count (`per`) exactly.
 */
export function moneyPerColumn(o: {
  key: string;
  label: string;
  currency: string;
  total: string;
  per: string;
  format: NonNullable<Column["format"]>;
}): Column {
  return {
    key: o.key,
    label: o.label,
    unit: currencyUnit(o.currency),
    numeric: true,
    format: o.format,
    download: (_v, row: DataRow) => majorPer(row[o.total], row[o.per], o.currency),
  };
}
