/**
 * Errors of a form, keyed by input field: the client's checks first, then the API's answer —
 * `userErrors` by the `field` path they name, argument validation by property, anything else on
 * the form as a whole (under FORM).
 */
import { graphQLErrorText, userErrorText } from "../errors/apiErrors";

export interface UserErrorLike {
  /** The machine-readable reason (UserErrorCode): its translated message is shown, the server's message as fallback. */
  readonly code?: string | null;
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/** Key under which errors that name no known field are shown (at the top of the form). */
export const FORM = "_form";

/** A form's errors by field name (FORM for the form as a whole); empty when there are none. */
export type FieldErrors = Record<string, string>;

/** The result of turning a form's strings into a mutation input: the input, or (input null) the errors by field. */
export interface Built<T> {
  input: T | null;
  errors: FieldErrors;
}

/** The input when there are no errors, else the errors. */
export function built<T>(errors: FieldErrors, make: () => T): Built<T> {
  return Object.keys(errors).length ? { input: null, errors } : { input: make(), errors: {} };
}

/**
 * The API's userErrors keyed by input field (the last segment of `field`, e.g. ["input","title"] →
 * "title"); errors on an unknown field, or none, go under FORM. Several errors on one field are joined.
 */
export function fieldErrors(errors: readonly UserErrorLike[], known: readonly string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const last = e.field?.[e.field.length - 1];
    const key = last && known.includes(last) ? last : FORM;
    const text = userErrorText(e);
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

export interface GraphQLErrorLike {
  readonly extensions?: Readonly<Record<string, unknown>> | null;
  readonly message: string;
}

/**
 * The API's argument validation (class-validator) arrives as a GraphQL error with
 * `extensions.validationErrors: [{ property, constraints }]`: keyed by field like userErrors.
 */
export function validationErrors(graphQLErrors: readonly GraphQLErrorLike[], known: readonly string[]): FieldErrors {
  const errors: UserErrorLike[] = [];
  for (const g of graphQLErrors) {
    const list = g.extensions?.validationErrors;
    if (!Array.isArray(list)) {
      errors.push({ message: graphQLErrorText(g) });
      continue;
    }
    for (const v of list as { property?: unknown; constraints?: Record<string, string> }[]) {
      const message = Object.values(v.constraints ?? {}).join(" ") || g.message;
      errors.push({ message, field: typeof v.property === "string" ? ["input", v.property] : null });
    }
  }
  return fieldErrors(errors, known);
}

export interface ResultErrorLike {
  readonly message: string;
  readonly graphQLErrors: readonly GraphQLErrorLike[];
}

/**
 * Errors of one mutation's result, by field: a transport/GraphQL error (argument validation keyed by
 * field, anything else on the form), else the payload's userErrors. Empty when it succeeded.
 */
export function resultErrors(
  error: ResultErrorLike | null | undefined,
  userErrors: readonly UserErrorLike[] | null | undefined,
  known: readonly string[],
): FieldErrors {
  if (error)
    return error.graphQLErrors.length ? validationErrors(error.graphQLErrors, known) : { [FORM]: error.message };
  return userErrors?.length ? fieldErrors(userErrors, known) : {};
}
