/**
 * An indicator's monitoring period: the dates between which its target is to be reached, so that
 * "expected progress by now" is the share of the period elapsed (see `indicatorStatus`).
 *
 * The rule, published with every status (docs/architecture.md, "Outcomes"):
 * - the period the panel set (`startsOn` → `dueOn`) when it has both, `dueOn` after `startsOn`;
 * - otherwise it starts on `startsOn`, or else when the funded service starts (its first award's
 *   start; else the round's closing or opening date), or else on the date asked about;
 * - and, without a later `dueOn`, it lasts one year.
 * Every page and export uses this one function, so one indicator has one status everywhere.
 */
export interface MonitoringPeriod {
  readonly start: string;
  readonly end: string;
  /** True when any part of the period was defaulted by the rule above. */
  readonly defaulted: boolean;
}

/** `YYYY-MM-DD` one year later; 29 February becomes 28 February. */
export function addOneYear(date: string): string {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function monitoringPeriod(
  indicator: { readonly startsOn?: string | null; readonly dueOn?: string | null },
  context: { readonly serviceStart?: string | null; readonly asOf: string },
): MonitoringPeriod {
  const start = (indicator.startsOn ?? context.serviceStart ?? context.asOf).slice(0, 10);
  const due = indicator.dueOn?.slice(0, 10) ?? null;
  const end = due !== null && due > start ? due : addOneYear(start);
  return { start, end, defaulted: !indicator.startsOn || due === null || due <= start };
}
