import { formatMoney } from "../../i18n";

/** "£2.07" a resident (minor units in): pence shown, since most figures are a few pounds. */
export const perResidentText = (minor: number): string =>
  formatMoney({ amountMinor: Math.round(minor), currency: "GBP" }, { alwaysShowMinor: true });
