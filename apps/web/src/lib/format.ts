import { PHASES, PHASE_LABELS, formatMoney, type Phase } from "@coproduce/domain";

/** The API's phase enum (e.g. `DEFINING_OUTCOMES`) as the domain's phase (`defining_outcomes`). */
export function toPhase(apiPhase: string): Phase | null {
  const p = apiPhase.toLowerCase();
  return (PHASES as readonly string[]).includes(p) ? (p as Phase) : null;
}

export function phaseLabel(apiPhase: string): string {
  const p = toPhase(apiPhase);
  return p ? PHASE_LABELS[p] : apiPhase;
}

/** "youth_services" → "Youth services". */
export function humanise(text: string | null | undefined): string {
  if (!text) return "";
  const t = text.replace(/[_-]+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
}

/** Totals in several currencies, joined (never added): "£12,000 + B£500". */
export function moneyList(items: readonly { amountMinor: number; currency: string }[], compact = false): string {
  if (items.length === 0) return formatMoney({ amountMinor: 0, currency: "GBP" });
  return items.map((m) => formatMoney(m, { compact })).join(" + ");
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "not set";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? singular : plural}`;
}

/** Parses a whole-year query value; anything else is ignored. */
export function yearParam(v: string | undefined): number | undefined {
  if (!v || !/^\d{4}$/.test(v)) return undefined;
  return Number(v);
}
