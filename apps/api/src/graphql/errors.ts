import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** The closed list of `extensions.code` values clients may see (documented in the README). */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "MAX_COST_EXCEEDED",
  "MAX_DEPTH_EXCEEDED",
  "RATE_LIMITED",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "INTERNAL_SERVER_ERROR",
] as const;

/**
 * The one place unexpected failures are mapped: internals are masked (no stack traces, no echo of
 * the input — class-validator errors carry the whole input as `target`), type-graphql's
 * UNAUTHORIZED becomes FORBIDDEN, argument validation becomes BAD_USER_INPUT with the fields named.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (
    original &&
    typeof original === "object" &&
    "validationErrors" in original &&
    Array.isArray((original as { validationErrors: unknown[] }).validationErrors)
  ) {
    const fields = (
      original as { validationErrors: { property: string; constraints?: Record<string, string> }[] }
    ).validationErrors.map((v) => ({
      field: v.property,
      messages: Object.values(v.constraints ?? {}),
    }));
    return { ...base, message: "Argument validation failed", extensions: { code: "BAD_USER_INPUT", fields } };
  }
  if (code === "UNAUTHORIZED" || (original instanceof Error && original.name === "UnauthorizedError")) {
    return { ...base, message: "Access denied", extensions: { code: "FORBIDDEN" } };
  }
  if (original instanceof Error && original.name === "ForbiddenError") {
    return { ...base, message: "Access denied", extensions: { code: "FORBIDDEN" } };
  }
  if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== "INTERNAL_SERVER_ERROR") {
    const { exception: _e, stacktrace: _s, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: { ...rest, code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    return { ...base, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
  }
  if (process.env.NODE_ENV !== "test") console.error("[graphql] internal error:", original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
