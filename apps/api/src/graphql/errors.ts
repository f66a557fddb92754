import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { logger } from "../server/logger.js";

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function validationErrorsOf(holder: unknown): ValidationFailure[] | undefined {
  if (!holder || typeof holder !== "object" || !("validationErrors" in holder)) return undefined;
  const list = holder.validationErrors;
  return Array.isArray(list) ? (list as ValidationFailure[]) : undefined;
}

/** `{ field: "choices.0.points", messages: [...] }` for every failing leaf; never `target` or `value`. */
function flattenValidation(list: ValidationFailure[], prefix: string): { field: string; messages: string[] }[] {
  return list.flatMap((v) => {
    const field = prefix ? `${prefix}.${v.property}` : v.property;
    const own = Object.values(v.constraints ?? {});
    return [...(own.length > 0 ? [{ field, messages: own }] : []), ...flattenValidation(v.children ?? [], field)];
  });
}

/** graphql-js's reasons for refusing a variable that never contain the value itself. */
const VALUE_FREE_REASONS = [
  /^Field "[^"]+" is not defined by type "[^"]+"\./,
  /^Field "[^"]+" of required type "[^"]+" was not provided\./,
  /^Expected non-nullable type "[^"]+" not to be null\./,
  /^Expected type "[^"]+" to be an object\./,
  /^Exactly one key must be specified for OneOf type "[^"]+"\./,
];

/**
 * graphql-js words a refused variable as `Variable "$input" got invalid value {…the whole value…}
 * at "input.password"; <reason>`, and scalar reasons quote the value too: both would echo what the
 * client sent — a password included — back in the error. This keeps the variable, the path
 * (`extensions.field`) and a reason that holds no value.
 */
export function withoutEchoedValue(message: string, inner: string | undefined): { message: string; field?: string } {
  const head = /^Variable "\$([A-Za-z_]\w*)" got invalid value /.exec(message);
  if (!head) return { message };
  const variable = head[1]!;
  const before = inner && message.endsWith(`; ${inner}`) ? message.slice(0, -(inner.length + 2)) : message;
  const path = / at "([\w.[\]]+)"$/.exec(before)?.[1] ?? variable;
  const kept = VALUE_FREE_REASONS.map((re) => re.exec(inner ?? "")?.[0]).find((m) => m !== undefined);
  const scalar = /^(\w+) cannot represent\b/.exec(inner ?? "")?.[1];
  const reason =
    kept ??
    (scalar
      ? `not a valid ${scalar}.`
      : /^[\w ]+ must be [\w ,-]+$/.test(inner ?? "")
        ? `${inner}.`
        : "not a valid value.");
  return { message: `Variable "$${variable}" has an invalid value at "${path}": ${reason}`, field: path };
}

/**
 * The same for a literal argument in the document: graphql-js prints it back whole
 * (`Expected value of type "OfficerLoginInput!", found {email: …, password: …}`). Keeps the type
 * and the scalar's own reason when it has one (ours never quote the value).
 */
export function withoutEchoedLiteral(message: string, inner: string | undefined): string {
  const head = /^Expected value of type "([^"]+)", found /.exec(message);
  if (!head) return message;
  const reason = inner && message.endsWith(`; ${inner}`) && !/cannot represent/.test(inner) ? ` ${inner}` : "";
  return `Expected value of type "${head[1]}".${reason}`;
}

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
  "PAYLOAD_TOO_LARGE",
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

  // class-validator failures (type-graphql's ArgumentValidationError keeps them in
  // `extensions.validationErrors`, each with the whole input as `target` and the field's `value`):
  // only the field paths and the constraint messages go out.
  const validationErrors =
    validationErrorsOf(original) ?? validationErrorsOf((original as { extensions?: unknown } | null)?.extensions);
  if (validationErrors) {
    return {
      ...base,
      message: "Argument validation failed",
      extensions: { code: "BAD_USER_INPUT", fields: flattenValidation(validationErrors, "") },
    };
  }
  if (code === "UNAUTHORIZED" || (original instanceof Error && original.name === "UnauthorizedError")) {
    return { ...base, message: "Access denied", extensions: { code: "FORBIDDEN" } };
  }
  if (original instanceof Error && original.name === "ForbiddenError") {
    return { ...base, message: "Access denied", extensions: { code: "FORBIDDEN" } };
  }
  if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== "INTERNAL_SERVER_ERROR") {
    const { exception: _e, stacktrace: _s, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const inner = error instanceof GraphQLError ? error.originalError?.message : undefined;
    const scrubbed = withoutEchoedValue(formatted.message, inner);
    if (scrubbed.field)
      return { ...base, message: scrubbed.message, extensions: { ...rest, code, field: scrubbed.field } };
    return { ...base, message: withoutEchoedLiteral(formatted.message, inner), extensions: { ...rest, code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    return {
      ...base,
      message: withoutEchoedLiteral(formatted.message, undefined),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    };
  }
  logger.error({ err: original, path: formatted.path }, "graphql: internal error");
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
