import { CURRENCIES } from "@coproduce/domain";
import { missingScores, scoresInput, sheetErrors, type Sheet } from "../panel/scoreRules";

/** Form validation for the officer console: client checks first, then the API's userErrors by field. */
export interface UserErrorLike {
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/** Key under which errors that name no known field are shown (at the top of the form). */
export const FORM = "_form";

/**
 * The API's userErrors keyed by input field (the last segment of `field`, e.g. ["input","title"] →
 * "title"); errors on an unknown field, or none, go under FORM. Several errors on one field are joined.
 */
export function fieldErrors(errors: readonly UserErrorLike[], known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const last = e.field?.[e.field.length - 1];
    const key = last && known.includes(last) ? last : FORM;
    out[key] = out[key] ? `${out[key]} ${e.message}` : e.message;
  }
  return out;
}

export interface SessionValues {
  title: string;
  date: string;
  kind: string;
  durationMinutes: string;
}

export function validateSession(v: SessionValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.title.trim()) out.title = "Enter a title for the session.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date) || Number.isNaN(Date.parse(`${v.date}T00:00:00Z`)))
    out.date = "Enter the date of the session.";
  if (!v.kind) out.kind = "Choose the kind of session.";
  const d = Number(v.durationMinutes);
  if (!/^\d+$/.test(v.durationMinutes.trim()) || d < 1 || d > 24 * 60)
    out.durationMinutes = "Enter the length in whole minutes, from 1 to 1440.";
  return out;
}

export interface ContributionValues {
  session: string;
  member: string;
  kind: string;
  amount: string;
}

export function validateContribution(v: ContributionValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.session) out.session = "Choose the session.";
  if (!v.member) out.member = "Choose the panel member.";
  if (!v.kind) out.kind = "Choose what was counted.";
  if (!/^\d+$/.test(v.amount.trim())) out.amount = "Enter a whole number, 0 or more.";
  return out;
}

/**
 * The API's argument validation (class-validator) arrives as a GraphQL error with
 * `extensions.validationErrors: [{ property, constraints }]`: keyed by field like userErrors.
 */
export function validationErrors(
  graphQLErrors: readonly {
    readonly extensions?: Readonly<Record<string, unknown>> | null;
    readonly message: string;
  }[],
  known: readonly string[],
): Record<string, string> {
  const errors: UserErrorLike[] = [];
  for (const g of graphQLErrors) {
    const list = g.extensions?.validationErrors;
    if (!Array.isArray(list)) {
      errors.push({ message: g.message });
      continue;
    }
    for (const v of list as { property?: unknown; constraints?: Record<string, string> }[]) {
      const message = Object.values(v.constraints ?? {}).join(" ") || g.message;
      errors.push({ message, field: typeof v.property === "string" ? ["input", v.property] : null });
    }
  }
  return fieldErrors(errors, known);
}

/**
 * Errors of one mutation's result, by field: a transport/GraphQL error (argument validation keyed by
 * field, anything else on the form), else the payload's userErrors. Empty when it succeeded.
 */
export function resultErrors(
  error:
    | {
        readonly message: string;
        readonly graphQLErrors: readonly {
          readonly extensions?: Readonly<Record<string, unknown>> | null;
          readonly message: string;
        }[];
      }
    | null
    | undefined,
  userErrors: readonly UserErrorLike[] | null | undefined,
  known: readonly string[],
): Record<string, string> {
  if (error)
    return error.graphQLErrors.length ? validationErrors(error.graphQLErrors, known) : { [FORM]: error.message };
  return userErrors?.length ? fieldErrors(userErrors, known) : {};
}

/** A civil date typed in a date input (YYYY-MM-DD, a real day). */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** "£", "B£"… for a label such as "Amount (£)"; the code for a currency the dashboard does not know. */
export function currencySymbol(currency: string): string {
  return CURRENCIES[currency]?.symbol ?? currency;
}

/**
 * An amount typed in major units ("1250", "1,250.50", "£1,250.5") → integer minor units in that
 * currency, parsed from the string (never through a float). `error` says what to type instead.
 */
export function parseMoney(
  text: string,
  currency: string,
  options: { allowZero?: boolean } = {},
): { amountMinor: number; error?: undefined } | { amountMinor?: undefined; error: string } {
  const exponent = CURRENCIES[currency]?.exponent ?? 2;
  const symbol = currencySymbol(currency);
  const example = "e.g. 1250 or 1,250.50";
  let t = text.replace(/\s+/g, "");
  const prefix = [symbol, currency].find((p) => t.toUpperCase().startsWith(p.toUpperCase()));
  if (prefix) t = t.slice(prefix.length);
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(t);
  if (!match)
    return {
      error:
        t === ""
          ? `Enter an amount in ${symbol}, ${example}.`
          : `Enter the amount as a number in ${symbol}, ${example}.`,
    };
  const whole = match[1]!.replace(/,/g, "");
  const fraction = match[2] ?? "";
  if (fraction.length > exponent) return { error: `Enter at most ${exponent} digits after the decimal point.` };
  const amountMinor = Number(`${whole}${fraction.padEnd(exponent, "0")}`);
  if (!Number.isSafeInteger(amountMinor)) return { error: "That amount is too large." };
  if (amountMinor === 0 && !options.allowZero) return { error: "Enter an amount more than zero." };
  return { amountMinor };
}

/** Money as the API takes it: integer minor units with the currency. */
export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/** The result of turning a form's strings into a mutation input: the input, or (input null) the errors by field. */
export interface Built<T> {
  input: T | null;
  errors: Record<string, string>;
}

function built<T>(errors: Record<string, string>, make: () => T): Built<T> {
  return Object.keys(errors).length ? { input: null, errors } : { input: make(), errors: {} };
}

export interface BidValues {
  provider: string;
  title: string;
  summary: string;
  category: string;
  amount: string;
  outcomes: string[];
}

/** A bid entered by the officer (bidding phase): commissioning bids need the organisation; PB projects may have none. */
export function buildBid(v: BidValues, round: { id: string; currency: string; providerRequired: boolean }) {
  const errors: Record<string, string> = {};
  if (round.providerRequired && !v.provider) errors.provider = "Choose the bidding organisation.";
  const title = v.title.trim();
  if (!title) errors.title = "Enter the bid's title.";
  else if (title.length > 300) errors.title = "Keep the title to 300 characters.";
  if (v.summary.length > 20_000) errors.summary = "Keep the summary to 20,000 characters.";
  if (v.category.trim().length > 120) errors.category = "Keep the category to 120 characters.";
  const amount = parseMoney(v.amount, round.currency);
  if (amount.error) errors.amountRequested = amount.error;
  return built(errors, () => ({
    round: round.id,
    ...(v.provider ? { provider: v.provider } : {}),
    title,
    summary: v.summary.trim(),
    ...(v.category.trim() ? { category: v.category.trim() } : {}),
    amountRequested: { amountMinor: amount.amountMinor!, currency: round.currency } satisfies MoneyValue,
    outcomes: [...v.outcomes],
  }));
}

export interface ShortlistValues {
  bid: string;
  reason: string;
}

export function buildShortlist(v: ShortlistValues) {
  const errors: Record<string, string> = {};
  if (!v.bid) errors.bid = "Choose the bid to shortlist.";
  const reason = v.reason.trim();
  if (!reason) errors.reason = "Say why the bid deserves an interview.";
  else if (reason.length > 2000) errors.reason = "Keep the reason to 2,000 characters.";
  return built(errors, () => ({ bid: v.bid, reason }));
}

export interface AwardValues {
  bid: string;
  value: string;
  kind: string;
  awardedOn: string;
  startsOn: string;
  endsOn: string;
}

/** An award for a funded bid, in the round's currency; the contract period is optional but must end after it starts. */
export function buildAward(v: AwardValues, currency: string) {
  const errors: Record<string, string> = {};
  if (!v.bid) errors.bid = "Choose the funded bid.";
  const value = parseMoney(v.value, currency);
  if (value.error) errors.value = value.error;
  if (v.kind !== "CONTRACT" && v.kind !== "GRANT") errors.kind = "Choose contract or grant.";
  if (!isLocalDate(v.awardedOn)) errors.awardedOn = "Enter the date of the award.";
  if (v.startsOn && !isLocalDate(v.startsOn)) errors.startsOn = "Enter a valid start date, or leave it empty.";
  if (v.endsOn && !isLocalDate(v.endsOn)) errors.endsOn = "Enter a valid end date, or leave it empty.";
  else if (v.endsOn && v.startsOn && isLocalDate(v.startsOn) && v.endsOn <= v.startsOn)
    errors.endsOn = "The award must end after it starts.";
  return built(errors, () => ({
    bid: v.bid,
    value: { amountMinor: value.amountMinor!, currency } satisfies MoneyValue,
    kind: v.kind as "CONTRACT" | "GRANT",
    awardedOn: v.awardedOn,
    ...(v.startsOn ? { startsOn: v.startsOn } : {}),
    ...(v.endsOn ? { endsOn: v.endsOn } : {}),
  }));
}

export interface SpendValues {
  award: string;
  amount: string;
  paidOn: string;
  description: string;
  reference: string;
}

/**
 * A payment against an award, in the award's currency. Whether it fits within the award is the
 * API's rule (EXCEEDS_AWARD), shown next to the amount when it refuses.
 */
export function buildSpend(v: SpendValues, currency: string | null) {
  const errors: Record<string, string> = {};
  if (!v.award || !currency) errors.award = "Choose the award the payment is for.";
  const amount = currency ? parseMoney(v.amount, currency) : null;
  if (amount?.error) errors.amount = amount.error;
  if (!isLocalDate(v.paidOn)) errors.paidOn = "Enter the date of the payment.";
  const description = v.description.trim();
  if (!description) errors.description = "Say what the payment was for.";
  else if (description.length > 300) errors.description = "Keep the description to 300 characters.";
  const reference = v.reference.trim();
  if (!reference) errors.reference = "Enter the finance system's payment reference.";
  else if (reference.length > 120) errors.reference = "Keep the reference to 120 characters.";
  return built(errors, () => ({
    award: v.award,
    amount: { amountMinor: amount!.amountMinor!, currency: currency! } satisfies MoneyValue,
    paidOn: v.paidOn,
    description,
    reference,
  }));
}

export interface MeasurementValues {
  indicator: string;
  value: string;
  measuredOn: string;
  source: string;
}

/** A measured value of an outcome indicator (a plain number in the indicator's unit, e.g. 42 or 12.5). */
export function buildMeasurement(v: MeasurementValues) {
  const errors: Record<string, string> = {};
  if (!v.indicator) errors.indicator = "Choose the indicator.";
  const text = v.value.trim().replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) errors.value = "Enter the measured value as a number, e.g. 42 or 12.5.";
  if (!isLocalDate(v.measuredOn)) errors.measuredOn = "Enter the date of the measurement.";
  const source = v.source.trim();
  if (!source) errors.source = "Say where the figure comes from.";
  else if (source.length > 200) errors.source = "Keep the source to 200 characters.";
  return built(errors, () => ({ indicator: v.indicator, value: Number(text), measuredOn: v.measuredOn, source }));
}

export interface ScoreEntryValues {
  panelMember: string;
  bid: string;
  sheet: Sheet;
}

/**
 * A member's paper scoring sheet entered by an officer: whose sheet, which shortlisted bid, and a
 * 0–5 score on every criterion (errors keyed by `panelMember`, `bid` or the criterion's id).
 */
export function buildScoreEntry(v: ScoreEntryValues, criteria: readonly { readonly id: string }[]) {
  const errors: Record<string, string> = { ...missingScores(criteria, v.sheet) };
  if (!v.panelMember) errors.panelMember = "Choose the panel member whose sheet this is.";
  if (!v.bid) errors.bid = "Choose the bid they scored.";
  if (criteria.length === 0) errors[FORM] = "The round's tender has no criteria to score against.";
  return built(errors, () => ({ bid: v.bid, panelMember: v.panelMember, scores: scoresInput(criteria, v.sheet) }));
}

/** The API's answer to a score entry, keyed like `buildScoreEntry`'s errors. */
export function scoreEntryErrors(
  error: Parameters<typeof resultErrors>[0],
  userErrors: readonly UserErrorLike[] | null | undefined,
  criteria: readonly { readonly id: string }[],
): Record<string, string> {
  if (error) return resultErrors(error, null, ["panelMember", "bid"]);
  return sheetErrors(userErrors ?? [], criteria, ["panelMember", "bid"], FORM);
}

/** Which forms the console offers in a round's stage (the API's phase rules: bid, award and outcome services). */
export interface ConsoleSections {
  sessions: boolean;
  bids: boolean;
  shortlist: boolean;
  scores: boolean;
  scoring: boolean;
  decision: boolean;
  awards: boolean;
  spend: boolean;
  measurements: boolean;
}

export function consoleSections(apiPhase: string, decisionTaken: boolean): ConsoleSections {
  const p = apiPhase.toUpperCase();
  return {
    sessions: p !== "DRAFT" && p !== "CLOSED",
    bids: p === "BIDDING",
    shortlist: p === "SHORTLISTING",
    scores: p === "INTERVIEWING",
    scoring: p === "INTERVIEWING" || p === "DECIDING",
    decision: p === "DECIDING",
    awards: (p === "DECIDING" || p === "AWARDED") && decisionTaken,
    spend: p === "AWARDED" || p === "MONITORING",
    measurements: p === "AWARDED" || p === "MONITORING",
  };
}
