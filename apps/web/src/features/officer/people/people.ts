import { t } from "../../../i18n";
import { built } from "../../../lib/forms/errors";
import { isLocalDate, parseMoney } from "../forms";

/** Pure shapers of the sessions-and-pay screen: attendance per session, the pay ledger, and the forms' inputs. */

export interface SessionLike {
  readonly id: string;
  readonly attendance?: readonly { readonly member: { readonly id: string }; readonly present: boolean }[] | null;
}
export interface MemberLike {
  readonly id: string;
  readonly pseudonym: string;
}

/** Who was recorded present, absent, or not yet, at one session: pseudonyms in panel order. */
export function attendanceOf(
  session: SessionLike,
  members: readonly MemberLike[],
): { present: string[]; absent: string[]; notRecorded: string[] } {
  const byMember = new Map((session.attendance ?? []).map((a) => [a.member.id, a.present]));
  const out = { present: [] as string[], absent: [] as string[], notRecorded: [] as string[] };
  for (const m of members) {
    const p = byMember.get(m.id);
    (p === undefined ? out.notRecorded : p ? out.present : out.absent).push(m.pseudonym);
  }
  return out;
}

export interface MoneyLike {
  readonly amountMinor: number;
  readonly currency: string;
}
export interface LedgerRow {
  readonly id: string;
  readonly pseudonym: string;
  readonly owed: MoneyLike;
  readonly paid: MoneyLike;
  readonly outstanding: MoneyLike;
  /** settled (nothing outstanding), owed (some left to pay) or overpaid. */
  readonly status: "settled" | "owed" | "overpaid";
}

/** The per-member ledger, in pseudonym order, each with its status. */
export function ledgerRows(
  participants: readonly {
    readonly member: MemberLike;
    readonly owed: MoneyLike;
    readonly paid: MoneyLike;
    readonly outstanding: MoneyLike;
  }[],
): LedgerRow[] {
  return [...participants]
    .sort((a, b) => a.member.pseudonym.localeCompare(b.member.pseudonym))
    .map((p) => ({
      id: p.member.id,
      pseudonym: p.member.pseudonym,
      owed: p.owed,
      paid: p.paid,
      outstanding: p.outstanding,
      status: p.outstanding.amountMinor === 0 ? "settled" : p.outstanding.amountMinor > 0 ? "owed" : "overpaid",
    }));
}

export interface AttendanceValues {
  session: string;
  member: string;
  present: string;
}

export function buildAttendance(v: AttendanceValues) {
  const errors: Record<string, string> = {};
  if (!v.session) errors.session = t("officer.errors.chooseTheSession");
  if (!v.member) errors.member = t("officer.errors.chooseThePanelMember");
  if (v.present !== "yes" && v.present !== "no") errors.present = t("officer.sessions.errors.present");
  return built(errors, () => ({ session: v.session, member: v.member, present: v.present === "yes" }));
}

export interface RateValues {
  basis: string;
  rate: string;
  session: string;
}

/** The pay rate in the round's compensation currency, typed in major units; for one session or all. */
export function buildRate(v: RateValues, round: string, currency: string) {
  const errors: Record<string, string> = {};
  if (v.basis !== "HOURLY" && v.basis !== "FLAT") errors.basis = t("officer.sessions.errors.basis");
  const rate = parseMoney(v.rate, currency);
  if (rate.error !== undefined) errors.rateMinor = rate.error;
  return built(errors, () => ({
    round,
    basis: v.basis as "HOURLY" | "FLAT",
    rateMinor: rate.amountMinor!,
    ...(v.session ? { sessions: [v.session] } : {}),
  }));
}

export interface PaymentValues {
  member: string;
  amount: string;
  paidOn: string;
  method: string;
}

/**
 * A payment in the round's compensation currency. `idempotencyKey` is the form's own key: the same
 * submission retried (a double click, a dropped connection) is recorded once by the API.
 */
export function buildPayment(v: PaymentValues, currency: string, idempotencyKey: string) {
  const errors: Record<string, string> = {};
  if (!v.member) errors.member = t("officer.errors.chooseThePanelMember");
  const amount = parseMoney(v.amount, currency);
  if (amount.error !== undefined) errors.amountMinor = amount.error;
  if (!isLocalDate(v.paidOn)) errors.paidOn = t("officer.sessions.errors.paidOn");
  return built(errors, () => ({
    member: v.member,
    amountMinor: amount.amountMinor!,
    currency,
    paidOn: v.paidOn,
    ...(v.method.trim() ? { method: v.method.trim() } : {}),
    idempotencyKey,
  }));
}

export interface TrustValues {
  session: string;
  member: string;
  score: string;
}

export const TRUST_SCORES = ["1", "2", "3", "4", "5"] as const;

export function buildTrust(v: TrustValues) {
  const errors: Record<string, string> = {};
  if (!v.session) errors.session = t("officer.errors.chooseTheSession");
  if (!v.member) errors.member = t("officer.errors.chooseThePanelMember");
  if (!(TRUST_SCORES as readonly string[]).includes(v.score)) errors.score = t("officer.sessions.errors.score");
  return built(errors, () => ({ session: v.session, member: v.member, score: Number(v.score) }));
}

/** A fresh idempotency key for one payment form submission. */
export function newIdempotencyKey(): string {
  return `payment-${crypto.randomUUID()}`;
}
