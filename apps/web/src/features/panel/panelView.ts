import type { Money } from "@coproduce/domain";
import { formatMoney, i18n, t, tn } from "../../i18n";
import type { CombinedError } from "@urql/core";

/** Attendance in plain words for the member's own sessions. */
export function attendanceLabel(present: boolean | null | undefined): string {
  if (present === true) return t("panel.attendance.present");
  if (present === false) return t("panel.attendance.absent");
  return t("panel.attendance.notRecorded");
}

/** 90 → "1 hour 30 minutes"; 45 → "45 minutes"; 120 → "2 hours". */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(tn("units.hour", h));
  if (m > 0 || h === 0) parts.push(tn("units.minute", m));
  return parts.join(" ");
}

/** Session kinds (e.g. `site_visit`) as words (messages `panel.sessionKind.*`); others from their code. */
export function sessionKindLabel(kind: string): string {
  const k = kind.toLowerCase();
  const key = `panel.sessionKind.${k}`;
  return i18n.global.te(key) ? t(key) : k.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Where the round is, in short sentences a 16-year-old understands (messages `panel.phaseWords.*`). */
export function phaseInPlainWords(phase: string): string {
  const key = `panel.phaseWords.${phase}`;
  return i18n.global.te(key) ? t(key) : t("panel.phaseWords.unknown");
}

export interface PayLine {
  readonly label: string;
  readonly value: string;
}

/** The three pay lines, money formatted for the reader's locale (e.g. "B£95"). */
export function payLines(pay: { owed: Money; paid: Money; outstanding: Money }): PayLine[] {
  return [
    { label: t("panel.youVeEarned"), value: formatMoney(pay.owed) },
    { label: t("panel.youVeBeenPaid"), value: formatMoney(pay.paid) },
    { label: t("panel.stillToCome"), value: formatMoney(pay.outstanding) },
  ];
}

/** True when the API refused the token (expired, unknown, or not a panel member). */
export function isAuthError(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED" || e.extensions?.code === "FORBIDDEN"))
    return true;
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 401 || status === 403;
}
