import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * An integer that may exceed 32 bits (money in minor units: council totals pass £21.4 m = 2^31 pence)
 * but stays within JavaScript's safe-integer range (±9,007,199,254,740,991).
 */
export const SafeIntScalar = new GraphQLScalarType<number, number>({
  name: "SafeInt",
  description: "An integer between -(2^53 - 1) and 2^53 - 1 (money in minor units exceeds GraphQL's 32-bit Int).",
  serialize(value) {
    const n = typeof value === "string" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n))
      throw new GraphQLError(`SafeInt cannot represent ${String(value)}`);
    return n;
  },
  parseValue(value) {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      throw new GraphQLError("SafeInt must be a safe integer", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT)
      throw new GraphQLError("SafeInt must be an integer literal", { extensions: { code: "BAD_USER_INPUT" } });
    const n = Number(ast.value);
    if (!Number.isSafeInteger(n))
      throw new GraphQLError("SafeInt out of range", { extensions: { code: "BAD_USER_INPUT" } });
    return n;
  },
});

const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-MM-DD` naming a day that exists: 2024-02-29 yes, 2026-02-29 and 2026-04-31 no (Gregorian calendar). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
const NOT_A_DATE = "LocalDate must be a real calendar date written YYYY-MM-DD";

/** A civil date with no time zone, e.g. a session day: `2024-03-18`. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description: "A calendar date without time zone (ISO 8601 `YYYY-MM-DD`).",
  serialize(value) {
    if (!isCalendarDate(value)) throw new GraphQLError(`LocalDate cannot represent ${String(value)}`);
    return value;
  },
  parseValue(value) {
    if (!isCalendarDate(value)) throw new GraphQLError(NOT_A_DATE, { extensions: { code: "BAD_USER_INPUT" } });
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) {
      throw new GraphQLError(NOT_A_DATE, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return ast.value;
  },
});
