import { CURRENCIES } from "@coproduce/domain";
import { t } from "../../i18n";
import type { ProviderKind } from "../../graphql/generated/graphql";
import { FORM, built, resultErrors, type UserErrorLike } from "../../lib/forms/errors";
import { missingScores, scoresInput, sheetErrors, type Sheet } from "../panel";

/** Form validation for the officer console: client checks first, then the API's userErrors by field (lib/forms). */
export {
  FORM,
  built,
  fieldErrors,
  resultErrors,
  validationErrors,
  type Built,
  type FieldErrors,
  type UserErrorLike,
} from "../../lib/forms/errors";

export interface SessionValues {
  title: string;
  date: string;
  kind: string;
  durationMinutes: string;
}

export function validateSession(v: SessionValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.title.trim()) out.title = t("officer.errors.enterATitleForThe");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date) || Number.isNaN(Date.parse(`${v.date}T00:00:00Z`)))
    out.date = t("officer.errors.enterTheDateOfThe");
  if (!v.kind) out.kind = t("officer.errors.chooseTheKindOfSession");
  const d = Number(v.durationMinutes);
  if (!/^\d+$/.test(v.durationMinutes.trim()) || d < 1 || d > 24 * 60)
    out.durationMinutes = t("officer.errors.enterTheLengthInWhole");
  return out;
}

/** A panel session for the round: the checks of `validateSession`, then the mutation input. */
export function buildSession(v: SessionValues, round: string) {
  return built(validateSession(v), () => ({
    round,
    title: v.title.trim(),
    date: v.date,
    kind: v.kind,
    durationMinutes: Number(v.durationMinutes),
  }));
}

export interface ContributionValues {
  session: string;
  member: string;
  kind: string;
  amount: string;
}

export function validateContribution(v: ContributionValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.session) out.session = t("officer.errors.chooseTheSession");
  if (!v.member) out.member = t("officer.errors.chooseThePanelMember");
  if (!v.kind) out.kind = t("officer.errors.chooseWhatWasCounted");
  if (!/^\d+$/.test(v.amount.trim())) out.amount = t("officer.errors.enterAWholeNumber0");
  return out;
}

/** What a member contributed in a session: the checks of `validateContribution`, then the mutation input. */
export function buildContribution<Kind extends string>(v: ContributionValues) {
  return built(validateContribution(v), () => ({
    session: v.session,
    member: v.member,
    kind: v.kind as Kind,
    amount: Number(v.amount),
  }));
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
  const example = t("officer.errors.moneyExample");
  let typed = text.replace(/\s+/g, "");
  const prefix = [symbol, currency].find((p) => typed.toUpperCase().startsWith(p.toUpperCase()));
  if (prefix) typed = typed.slice(prefix.length);
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(typed);
  if (!match)
    return {
      error:
        typed === ""
          ? t("officer.errors.enterAnAmount", { symbol, example })
          : t("officer.errors.enterTheAmountAsANumber", { symbol, example }),
    };
  const whole = match[1]!.replace(/,/g, "");
  const fraction = match[2] ?? "";
  if (fraction.length > exponent) return { error: t("officer.errors.atMostDigits", { exponent }) };
  const amountMinor = Number(`${whole}${fraction.padEnd(exponent, "0")}`);
  if (!Number.isSafeInteger(amountMinor)) return { error: t("officer.errors.thatAmountIsTooLarge") };
  if (amountMinor === 0 && !options.allowZero) return { error: t("officer.errors.enterAnAmountMoreThan") };
  return { amountMinor };
}

/** Money as the API takes it: integer minor units with the currency. */
export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

export interface BidValues {
  provider: string;
  title: string;
  summary: string;
  category: string;
  /** PB projects: the area the project serves (optional). */
  area?: string;
  amount: string;
  outcomes: string[];
}

/** A bid entered by the officer (bidding phase): commissioning bids need the organisation; PB projects may have none. */
export function buildBid(v: BidValues, round: { id: string; currency: string; providerRequired: boolean }) {
  const errors: Record<string, string> = {};
  if (round.providerRequired && !v.provider) errors.provider = t("officer.errors.chooseTheBiddingOrganisation");
  const title = v.title.trim();
  if (!title) errors.title = t("officer.errors.enterTheBidSTitle");
  else if (title.length > 300) errors.title = t("officer.errors.keepTheTitleTo300");
  if (v.summary.length > 20_000) errors.summary = t("officer.errors.keepTheSummaryTo20");
  if (v.category.trim().length > 120) errors.category = t("officer.errors.keepTheCategoryTo120");
  const area = (v.area ?? "").trim();
  if (area.length > 120) errors.area = t("officer.errors.keepTheAreaTo120");
  const amount = parseMoney(v.amount, round.currency);
  if (amount.error) errors.amountRequested = amount.error;
  return built(errors, () => ({
    round: round.id,
    ...(v.provider ? { provider: v.provider } : {}),
    title,
    summary: v.summary.trim(),
    ...(v.category.trim() ? { category: v.category.trim() } : {}),
    ...(area ? { area } : {}),
    amountRequested: { amountMinor: amount.amountMinor!, currency: round.currency } satisfies MoneyValue,
    outcomes: [...v.outcomes],
  }));
}

export interface ProviderValues {
  name: string;
  kind: string;
  /** "GB-CHC" (charity number), "GB-COH" (company number), or "" (none). */
  scheme: string;
  identifier: string;
  website: string;
}

/** Registering an organisation (org-id.guide identifiers): name, kind, optional number and website. */
export function buildProvider(v: ProviderValues) {
  const errors: Record<string, string> = {};
  const name = v.name.trim();
  if (!name) errors.name = t("officer.providerForm.errors.name");
  else if (name.length > 200) errors.name = t("officer.providerForm.errors.nameLength");
  if (!v.kind) errors.kind = t("officer.providerForm.errors.kind");
  const identifier = v.identifier.replace(/\s+/g, "");
  if (v.scheme && !identifier) errors.identifier = t("officer.providerForm.errors.identifierMissing");
  else if (!v.scheme && identifier) errors.identifierScheme = t("officer.providerForm.errors.schemeMissing");
  else if (identifier && !/^[A-Za-z0-9-]{1,40}$/.test(identifier))
    errors.identifier = t("officer.providerForm.errors.identifierFormat");
  const website = v.website.trim();
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website))
    errors.website = t("officer.providerForm.errors.website");
  return built(errors, () => ({
    name,
    kind: v.kind as ProviderKind,
    ...(v.scheme && identifier ? { identifierScheme: v.scheme, identifier } : {}),
    ...(website ? { website } : {}),
  }));
}

export interface ShortlistValues {
  bid: string;
  reason: string;
}

export function buildShortlist(v: ShortlistValues) {
  const errors: Record<string, string> = {};
  if (!v.bid) errors.bid = t("officer.errors.chooseTheBidToShortlist");
  const reason = v.reason.trim();
  if (!reason) errors.reason = t("officer.errors.sayWhyTheBidDeserves");
  else if (reason.length > 2000) errors.reason = t("officer.errors.keepTheReasonTo2");
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
  if (!v.bid) errors.bid = t("officer.errors.chooseTheFundedBid");
  const value = parseMoney(v.value, currency);
  if (value.error) errors.value = value.error;
  if (v.kind !== "CONTRACT" && v.kind !== "GRANT") errors.kind = t("officer.errors.chooseContractOrGrant");
  if (!isLocalDate(v.awardedOn)) errors.awardedOn = t("officer.errors.enterTheDateOfThe2");
  if (v.startsOn && !isLocalDate(v.startsOn)) errors.startsOn = t("officer.errors.enterAValidStartDate");
  if (v.endsOn && !isLocalDate(v.endsOn)) errors.endsOn = t("officer.errors.enterAValidEndDate");
  else if (v.endsOn && v.startsOn && isLocalDate(v.startsOn) && v.endsOn <= v.startsOn)
    errors.endsOn = t("officer.errors.theAwardMustEndAfter");
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
  if (!v.award || !currency) errors.award = t("officer.errors.chooseTheAwardThePayment");
  const amount = currency ? parseMoney(v.amount, currency) : null;
  if (amount?.error) errors.amount = amount.error;
  if (!isLocalDate(v.paidOn)) errors.paidOn = t("officer.errors.enterTheDateOfThe3");
  const description = v.description.trim();
  if (!description) errors.description = t("officer.errors.sayWhatThePaymentWas");
  else if (description.length > 300) errors.description = t("officer.errors.keepTheDescriptionTo300");
  const reference = v.reference.trim();
  if (!reference) errors.reference = t("officer.errors.enterTheFinanceSystemS");
  else if (reference.length > 120) errors.reference = t("officer.errors.keepTheReferenceTo120");
  return built(errors, () => ({
    award: v.award,
    amount: { amountMinor: amount!.amountMinor!, currency: currency! } satisfies MoneyValue,
    paidOn: v.paidOn,
    description,
    reference,
  }));
}

export interface AwardVaryValues {
  award: string;
  /** "increase" or "decrease". */
  direction: string;
  amount: string;
  reason: string;
}

/** A variation of an award's value: by how much, which way, and why (audited; never below what is spent). */
export function buildAwardVary(v: AwardVaryValues, currency: string | null) {
  const errors: Record<string, string> = {};
  if (!v.award || !currency) errors.award = t("officer.awardVary.errors.award");
  if (v.direction !== "increase" && v.direction !== "decrease")
    errors.direction = t("officer.awardVary.errors.direction");
  const amount = currency ? parseMoney(v.amount, currency) : null;
  if (amount?.error) errors.delta = amount.error;
  const reason = v.reason.trim();
  if (!reason) errors.reason = t("officer.awardVary.errors.reason");
  else if (reason.length > 2000) errors.reason = t("officer.awardVary.errors.reasonLength");
  const sign = v.direction === "decrease" ? -1 : 1;
  return built(errors, () => ({
    award: v.award,
    delta: { amountMinor: sign * amount!.amountMinor!, currency: currency! },
    reason,
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
  if (!v.indicator) errors.indicator = t("officer.errors.chooseTheIndicator");
  const text = v.value.trim().replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) errors.value = t("officer.errors.enterTheMeasuredValueAs");
  if (!isLocalDate(v.measuredOn)) errors.measuredOn = t("officer.errors.enterTheDateOfThe4");
  const source = v.source.trim();
  if (!source) errors.source = t("officer.errors.sayWhereTheFigureComes");
  else if (source.length > 200) errors.source = t("officer.errors.keepTheSourceTo200");
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
  if (!v.panelMember) errors.panelMember = t("officer.errors.chooseThePanelMemberWhose");
  if (!v.bid) errors.bid = t("officer.errors.chooseTheBidTheyScored");
  if (criteria.length === 0) errors[FORM] = t("officer.errors.noCriteria");
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
