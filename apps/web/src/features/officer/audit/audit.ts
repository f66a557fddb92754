import { activeTag, i18n, t } from "../../../i18n";

/** Pure shapers of the audit-log screen: readable action names and what changed. */

/** "roundUpdate" → the i18n name ("Edited the round's settings"), or the action's words for one we don't name. */
export function actionName(action: string): string {
  const key = `officer.audit.actions.${action}`;
  if (i18n.global.te(key)) return t(key);
  const words = action.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Json = Record<string, unknown> | null | undefined;

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? `${value.length}` : "…";
}

/**
 * What changed, one line per field: "title: Old → New" when before/after both name it with different
 * values, "field: value" when only after does (a new record) or the value stayed (the record's id). Fields are in the order the entry lists them.
 */
export function changeLines(before: Json, after: Json): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.map((k) => {
    const hadBefore = before != null && k in before;
    const hasAfter = after != null && k in after;
    if (hadBefore && hasAfter)
      return text(before[k]) === text(after[k])
        ? `${k}: ${text(after[k])}`
        : `${k}: ${text(before[k])} → ${text(after[k])}`;
    return hasAfter ? `${k}: ${text(after[k])}` : `${k}: ${text(before![k])} → —`;
  });
}

/** When, in the reader's language and London time (the councils' own): "2 Dec 2026, 04:15". */
export function whenText(iso: string, tag: string = activeTag()): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" }).format(
    new Date(iso),
  );
}
