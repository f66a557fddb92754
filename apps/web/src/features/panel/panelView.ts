import type { Money } from "@coproduce/domain";
import { formatMoney, t } from "../../i18n";
import type { CombinedError } from "@urql/core";

/** Attendance in plain words for the member's own sessions. */
export function attendanceLabel(present: boolean | null | undefined): string {
  if (present === true) return "You were there";
  if (present === false) return "Marked absent";
  return "Not recorded yet";
}

/** 90 → "1 hour 30 minutes"; 45 → "45 minutes"; 120 → "2 hours". */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} ${h === 1 ? "hour" : "hours"}`);
  if (m > 0 || h === 0) parts.push(`${m} ${m === 1 ? "minute" : "minutes"}`);
  return parts.join(" ");
}

/** Session kinds (e.g. `site_visit`) as words. */
export function sessionKindLabel(kind: string): string {
  const map: Record<string, string> = {
    deliberation: "Talking it through",
    interviews: "Meeting the bidders",
    induction: "Getting started",
    outcomes_workshop: "Workshop",
    tender_drafting: "Writing together",
    shortlisting: "Picking bids",
    review: "Looking back",
  };
  const k = kind.toLowerCase();
  return map[k] ?? k.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Where the round is, in short sentences a 16-year-old understands. */
export function phaseInPlainWords(phase: string): string {
  const words: Record<string, string> = {
    DRAFT: "The council is still planning this.",
    RECRUITING: "The council is picking who is on the panel.",
    DEFINING_OUTCOMES: "The panel is deciding what the service should achieve.",
    TENDERING: "The council has asked groups to send in bids.",
    BIDDING: "Groups are sending in their bids.",
    SHORTLISTING: "The panel is picking the best bids.",
    INTERVIEWING: "The panel is meeting the groups and scoring them.",
    DECIDING: "The panel is choosing who gets the money.",
    AWARDED: "The money has been given out.",
    MONITORING: "The panel is checking the service works.",
    CLOSED: "This is finished. Thank you for taking part.",
  };
  return words[phase] ?? "The panel is at work.";
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
