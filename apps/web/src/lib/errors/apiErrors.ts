/**
 * The API's errors in the reader's language: a GraphQL error by its `extensions.code` (the closed
 * list in apps/api/src/graphql/errors.ts), a mutation's userError by its `code` (the schema's
 * UserErrorCode enum), each from the translated table under `apiErrors.*`. A code the table does
 * not know (a newer server) falls back to the server's own (English) message. One exception: a
 * userError read in English keeps the server's sentence, which is English already and names the
 * particulars ("The round is not shortlisting.") that a message per code cannot.
 */
import { i18n, t } from "../../i18n";

export interface CodedGraphQLError {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}
export interface ApiErrorLike {
  readonly message: string;
  readonly graphQLErrors?: readonly CodedGraphQLError[];
  readonly networkError?: unknown;
}

const known = (key: string): boolean => i18n.global.te(key) || i18n.global.te(key, "en");

/** One GraphQL error's text: the translated message of its code, else its own message. */
export function graphQLErrorText(error: CodedGraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === "string" && known(`apiErrors.graphql.${code}`)
    ? t(`apiErrors.graphql.${code}`)
    : error.message;
}

/** One userError's text: in English the server's own sentence; otherwise the translated message of its code, else the server's. */
export function userErrorText(error: { readonly code?: string | null; readonly message: string }): string {
  if (i18n.global.locale.value === "en" && error.message) return error.message;
  return error.code && known(`apiErrors.user.${error.code}`) ? t(`apiErrors.user.${error.code}`) : error.message;
}

/**
 * What a failed query or mutation says (urql's CombinedError or a plain message): each distinct
 * GraphQL error's text; a transport failure as "could not be reached".
 */
export function apiErrorText(error: ApiErrorLike | string): string {
  if (typeof error === "string") return error;
  const gql = error.graphQLErrors ?? [];
  if (gql.length) return [...new Set(gql.map(graphQLErrorText))].join(" ");
  if (error.networkError) return t("apiErrors.network");
  return error.message;
}
