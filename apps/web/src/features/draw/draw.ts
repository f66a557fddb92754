/**
 * Pure shapers of the officer's draw screens (commit, then draw): the quotas form's model, its
 * checks, the API's answers mapped to its fields, the nearest quotas adopted in one click, and which
 * step of the draw a round is at. See docs/lottery.md "Commit, draw, verify".
 */
import { CEREMONY_TICKETS_MAX, CEREMONY_TICKETS_MIN, type LotteryAlgorithm } from "@coproduce/domain";
import { FORM, type FieldErrors } from "../../lib/forms/errors";

export interface QuotaRangeLike {
  readonly dimension: string;
  readonly category: string;
  readonly min: number;
  readonly max: number;
}

export interface QuestionLike {
  readonly dimension: string;
  readonly categories: readonly string[];
}

export interface PoolCountLike {
  readonly dimension: string;
  readonly category: string;
  readonly applicants: number;
}

/** The quotas form: the panel size and, per dimension and category, min and max as typed. */
export interface QuotaFormValues {
  panelSize: string;
  cells: Record<string, { min: string; max: string }>;
}

export interface QuotaCell {
  readonly key: string;
  readonly dimension: string;
  readonly category: string;
  /** Applicants of the pool in this category (null until the API has answered). */
  readonly applicants: number | null;
}

export interface QuotaDimension {
  readonly dimension: string;
  readonly cells: readonly QuotaCell[];
  /** Applicants who preferred not to say (null until known). */
  readonly noAnswer: number | null;
}

export const NO_DATA = "(no data)";
export const cellKey = (dimension: string, category: string): string => `${dimension}|${category}`;
/** A cell's key as a safe element-id part: letters and digits kept, anything else as _hex_. */
const safe = (key: string): string => key.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
export const minField = (key: string): string => `min-${safe(key)}`;
export const maxField = (key: string): string => `max-${safe(key)}`;

/**
 * The form's rows: every census dimension the application form asks (quota questions first), each
 * with its categories and, once known, how many applicants of the pool are in each.
 */
export function quotaDimensions(
  questions: readonly QuestionLike[],
  pool: readonly PoolCountLike[] | null,
  quotas: readonly QuotaRangeLike[] = [],
): QuotaDimension[] {
  const count = (d: string, c: string): number | null =>
    pool ? (pool.find((p) => p.dimension === d && p.category === c)?.applicants ?? 0) : null;
  const seen = new Set<string>();
  const out: QuotaDimension[] = [];
  for (const q of questions) {
    if (seen.has(q.dimension)) continue;
    seen.add(q.dimension);
    // a saved quota's category the census list lacks stays editable
    const extra = quotas.filter((x) => x.dimension === q.dimension && !q.categories.includes(x.category));
    const categories = [...q.categories, ...extra.map((x) => x.category)];
    out.push({
      dimension: q.dimension,
      cells: categories.map((category) => ({
        key: cellKey(q.dimension, category),
        dimension: q.dimension,
        category,
        applicants: count(q.dimension, category),
      })),
      noAnswer: count(q.dimension, NO_DATA),
    });
  }
  return out;
}

/** The form's values from the round's saved panel size and quotas. */
export function initialQuotaValues(panelSize: number | null, quotas: readonly QuotaRangeLike[]): QuotaFormValues {
  const cells: QuotaFormValues["cells"] = {};
  for (const q of quotas) cells[cellKey(q.dimension, q.category)] = { min: String(q.min), max: String(q.max) };
  return { panelSize: panelSize ? String(panelSize) : "", cells };
}

const WHOLE = /^\d{1,3}$/;

export interface QuotaProposal {
  panelSize: number;
  quotas: QuotaRangeLike[];
}

/** Message keys (i18n, under officer.draw.errors) by field. */
export type QuotaFormErrors = Record<string, string>;

/**
 * The client's checks: a whole panel size from 1; per category, blank min and max = no quota; a
 * blank minimum is 0 and a blank maximum the panel size; whole numbers, min ≤ max ≤ panel size.
 * Returns the proposal, or the error message keys by field.
 */
export function parseQuotaForm(
  values: QuotaFormValues,
  dimensions: readonly QuotaDimension[],
): { proposal: QuotaProposal | null; errors: QuotaFormErrors } {
  const errors: QuotaFormErrors = {};
  const size = values.panelSize.trim();
  const panelSize = WHOLE.test(size) ? Number(size) : NaN;
  if (size === "") errors["panelSize"] = "panelSizeRequired";
  else if (!(panelSize >= 1 && panelSize <= 500)) errors["panelSize"] = "panelSizeWhole";
  const quotas: QuotaRangeLike[] = [];
  for (const d of dimensions)
    for (const c of d.cells) {
      const typed = values.cells[c.key] ?? { min: "", max: "" };
      const lo = typed.min.trim();
      const hi = typed.max.trim();
      if (lo === "" && hi === "") continue;
      if (lo !== "" && !WHOLE.test(lo)) errors[minField(c.key)] = "whole";
      if (hi !== "" && !WHOLE.test(hi)) errors[maxField(c.key)] = "whole";
      if (errors[minField(c.key)] || errors[maxField(c.key)]) continue;
      const min = lo === "" ? 0 : Number(lo);
      const max = hi === "" ? (Number.isNaN(panelSize) ? min : panelSize) : Number(hi);
      if (min > max) errors[minField(c.key)] = "minAboveMax";
      else if (!Number.isNaN(panelSize) && min > panelSize) errors[minField(c.key)] = "minAboveSize";
      quotas.push({ dimension: c.dimension, category: c.category, min, max });
    }
  return Object.keys(errors).length > 0 ? { proposal: null, errors } : { proposal: { panelSize, quotas }, errors };
}

export interface UserErrorWithField {
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/**
 * The API's errors about quotas (`["input", "quotas", "3", "min"]`, or `["quotas", "3", "min"]`
 * from the feasibility read) on the field of the quota they name; anything else at the top.
 */
export function quotaApiErrors(errors: readonly UserErrorWithField[], sent: readonly QuotaRangeLike[]): FieldErrors {
  const out: FieldErrors = {};
  const add = (key: string, message: string) => (out[key] = out[key] ? `${out[key]} ${message}` : message);
  for (const e of errors) {
    const path = (e.field ?? []).filter((s) => s !== "input");
    if (path[0] === "panelSize") add("panelSize", e.message);
    else if (path[0] === "quotas" && path[1] !== undefined && sent[Number(path[1])]) {
      const q = sent[Number(path[1])]!;
      const key = cellKey(q.dimension, q.category);
      add(path[2] === "max" ? maxField(key) : minField(key), e.message);
    } else add(FORM, e.message);
  }
  return out;
}

/** Adopt the nearest achievable quotas (one click): every category they name gets their range. */
export function adoptQuotas(values: QuotaFormValues, suggested: readonly QuotaRangeLike[]): QuotaFormValues {
  const cells = { ...values.cells };
  for (const q of suggested) cells[cellKey(q.dimension, q.category)] = { min: String(q.min), max: String(q.max) };
  return { panelSize: values.panelSize, cells };
}

/** Whether the form shows what is saved (the commitment uses the saved quotas). */
export function sameQuotas(
  a: QuotaProposal | null,
  panelSize: number | null,
  saved: readonly QuotaRangeLike[],
): boolean {
  if (!a || a.panelSize !== panelSize) return false;
  const norm = (qs: readonly QuotaRangeLike[]) =>
    qs
      .map((q) => `${q.dimension}|${q.category}|${q.min}|${q.max}`)
      .sort()
      .join(";");
  return norm(a.quotas) === norm(saved);
}

export type DrawStep = "quotas" | "seed" | "drawn";

/** Where the round's draw stands: quotas and commitment to do, the seed to enter, or drawn. */
export function drawStep(round: { lottery: { drawn: boolean }; panelDraw: { seed?: string | null } | null }): DrawStep {
  if (round.lottery.drawn || round.panelDraw?.seed) return "drawn";
  return round.panelDraw ? "seed" : "quotas";
}

/** Today's civil date in UTC (the API's clock), `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** How the lottery shares out the chances (docs/lottery.md): maximin first, the default. */
export const DRAW_ALGORITHMS = ["maximin", "leximin"] as const satisfies readonly LotteryAlgorithm[];
export type DrawAlgorithm = (typeof DRAW_ALGORITHMS)[number];

/** The commitment form's values: the date and source of the randomness, and the optional ceremony. */
export interface CommitFormValues {
  randomnessDate: string;
  randomnessSource: string;
  /** Public ceremony: the number of tickets, blank for an ordinary draw. */
  ceremonyTickets?: string;
  /** The algorithm; absent = maximin. */
  algorithm?: DrawAlgorithm;
  /** The household rule: at most one person per household. */
  household?: boolean;
}

export interface CommitInput {
  randomnessDate: string;
  randomnessSource: string;
  ceremonyTickets: number | null;
  algorithm: DrawAlgorithm;
  /** Sent only when ticked. */
  household?: boolean;
}

/**
 * The commitment form's checks: message keys by field, or the input. A blank number of ceremony
 * tickets is an ordinary draw; otherwise a whole number from 2 to 10,000 (as the API checks).
 */
export function buildCommit(
  v: CommitFormValues,
  today: string,
): { input: CommitInput | null; errors: QuotaFormErrors } {
  const errors: QuotaFormErrors = {};
  const date = v.randomnessDate.trim();
  const source = v.randomnessSource.trim();
  const tickets = (v.ceremonyTickets ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors["randomnessDate"] = "dateRequired";
  else if (date < today) errors["randomnessDate"] = "dateInPast";
  if (source.length < 3) errors["randomnessSource"] = "sourceRequired";
  const m = /^\d{1,6}$/.test(tickets) ? Number(tickets) : NaN;
  if (tickets !== "" && !(m >= CEREMONY_TICKETS_MIN && m <= CEREMONY_TICKETS_MAX))
    errors["ceremonyTickets"] = "ceremonyTickets";
  return Object.keys(errors).length > 0
    ? { input: null, errors }
    : {
        input: {
          randomnessDate: date,
          randomnessSource: source,
          ceremonyTickets: tickets === "" ? null : m,
          algorithm: v.algorithm ?? "maximin",
          ...(v.household ? { household: true } : {}),
        },
        errors,
      };
}

/** The anonymised pool file as a download link (a data: URL, UTF-8 CSV). */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
