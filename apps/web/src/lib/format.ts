import { PHASES, type Phase } from "@coproduce/domain";
import { t } from "../i18n";

/** Dates, numbers and money are formatted in src/i18n/format.ts (for the active locale); re-exported for pages. */
export { formatDate, moneyList } from "../i18n";

/** The API's phase enum (e.g. `DEFINING_OUTCOMES`) as the domain's phase (`defining_outcomes`). */
export function toPhase(apiPhase: string): Phase | null {
  const p = apiPhase.toLowerCase();
  return (PHASES as readonly string[]).includes(p) ? (p as Phase) : null;
}

/** A phase's name in the reader's language (messages `phase.*`, one per domain phase); unknown ones as they came. */
export function phaseLabel(apiPhase: string): string {
  const p = toPhase(apiPhase);
  return p ? t(`phase.${p}`) : apiPhase;
}

/** "youth_services" → "Youth services" (a data value with no message of its own). */
export function humanise(text: string | null | undefined): string {
  if (!text) return "";
  const t = text.replace(/[_-]+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
}

/** Parses a whole-year query value; anything else is ignored. */
export function yearParam(v: string | undefined): number | undefined {
  if (!v || !/^\d{4}$/.test(v)) return undefined;
  return Number(v);
}

/** "15-19" → "15 to 19", "85+" → "85 or over"; other categories as written. */
export function categoryLabel(dimension: string, category: string): string {
  if (dimension === "age_band") {
    const range = /^(\d+)-(\d+)$/.exec(category);
    if (range) return t("apply.ageRange", { from: range[1]!, to: range[2]! });
    const over = /^(\d+)\+$/.exec(category);
    if (over) return t("apply.ageOver", { from: over[1]! });
  }
  return category;
}
