import { pino, stdSerializers, type Logger } from "pino";

/**
 * Structured logs (pino, one JSON object per line on standard output; docs/operations.md lists every
 * field). They carry no personal data: no addresses, e-mail addresses, tokens, names, query texts,
 * variables or bodies — only the request id, method, path, status, timing, the GraphQL operation's
 * name, cost and error codes. `LOG_LEVEL` (default `info`; `silent` in tests unless set).
 */
export const logger: Logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "coproduce" },
    serializers: { err: safeError },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], remove: true },
  },
  // The CLI's standard output is its result (`coproduce export csv > file.csv`): log to stderr there.
  pino.destination({ dest: /[\\/]cli[\\/]main\.[jt]s$/.test(process.argv[1] ?? "") ? 2 : 1, sync: true }),
);

/**
 * An error as logged: its kind, message, code and stack — never a database error's SQL, parameters
 * or detail (TypeORM's QueryFailedError carries the statement's parameters, which may be personal).
 */
function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 500) };
  const plain = stdSerializers.err(error);
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ??
    (plain as { code?: unknown }).code;
  return { type: plain.type, message: plain.message.slice(0, 500), code, stack: plain.stack };
}
