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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date) || Number.isNaN(Date.parse(`${v.date}T00:00:00Z`))) out.date = "Enter the date of the session.";
  if (!v.kind) out.kind = "Choose the kind of session.";
  const d = Number(v.durationMinutes);
  if (!/^\d+$/.test(v.durationMinutes.trim()) || d < 1 || d > 24 * 60) out.durationMinutes = "Enter the length in whole minutes, from 1 to 1440.";
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
  graphQLErrors: readonly { readonly extensions?: Readonly<Record<string, unknown>> | null; readonly message: string }[],
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
