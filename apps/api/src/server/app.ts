import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import compression from "compression";
import { timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expressMiddleware } from "@as-integrations/express5";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { createApolloServer } from "../graphql/apollo.js";
import { responseCacheSeconds, shareWriteGenerations } from "../graphql/response-cache.js";
import { MemoryBudgetStore, RedisBudgetStore, costPerMinute, type CostBudgetStore } from "../graphql/rate-limit.js";
import { createContext, rateLimitClient, type GraphQLContext } from "../graphql/context.js";
import type { Viewer } from "../auth/actor.js";
import { stringProblem } from "../graphql/input-guard.js";
import { documentProblem } from "../graphql/document-guard.js";
import { REJECTED_MIN_CHARGE } from "../graphql/limits.js";
import { limitsFor } from "../auth/limits-for.js";
import { graphiqlPage } from "./graphiql.js";
import { pageMetaFor, renderShell } from "./page-meta.js";
import { exportsRouter } from "../exports/exports.router.js";
import { viewerFromAuthorization } from "../auth/viewer.js";
import { logger } from "./logger.js";
import { metrics, registry, watch } from "./metrics.js";
import { requestLog, type GraphQLLogFields } from "./request-log.js";
import type { SharedStore } from "./redis.js";
import { AttemptThrottle } from "../auth/throttle.js";

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

/** The largest request body `/graphql` reads (docs/operations.md); larger ones get 413 PAYLOAD_TOO_LARGE. */
export const MAX_BODY = "1mb";

export interface AppOptions {
  webDist?: string;
  responseCacheSeconds?: number;
  rateLimitPerMinute?: number;
  /** Redis shared by every replica (server/redis.ts); without it budgets and cache are per process. */
  shared?: SharedStore;
  /** Guessing throttles (auth/throttle.ts); default: Redis's with `shared`, else this process's. */
  throttle?: AttemptThrottle;
  /** `METRICS_TOKEN`: the bearer token `/metrics` asks for; without one `/metrics` is not served. */
  metricsToken?: string;
}

/** A GraphQL-shaped error body for failures outside GraphQL execution (bad bodies, bad URLs). */
function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * One process serves everything: the dashboard at `/`, GraphQL at `/graphql` (GET in a browser
 * opens the local GraphiQL IDE), `/healthz`, `/exports/…` and, with a token, `/metrics`. It keeps
 * no state between requests but the per-process budgets and cache, which `options.shared` (Redis)
 * replaces, so any number of replicas can run against one PostgreSQL.
 */
export async function createApp(dataSource: DataSource, options: AppOptions = {}): Promise<App> {
  const shared = options.shared;
  const perMinute = options.rateLimitPerMinute ?? costPerMinute();
  const budget: CostBudgetStore = shared ? new RedisBudgetStore(shared.redis, shared.prefix) : new MemoryBudgetStore();
  const throttle =
    options.throttle ?? (shared ? AttemptThrottle.redis(shared.redis, shared.prefix) : AttemptThrottle.memory());
  if (shared) shareWriteGenerations(dataSource, shared.redis, shared.generationKey);
  watch({ dataSource, redisStatus: shared ? () => shared.status() : undefined });
  const apollo = await createApolloServer({
    responseCacheSeconds: options.responseCacheSeconds ?? responseCacheSeconds(),
    responseCache: shared?.responseCache,
    rateLimitPerMinute: perMinute,
    budget,
  });
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  // Behind a reverse proxy, TRUST_PROXY (Express "trust proxy": hop count or subnets) makes the
  // client address — whose budget an anonymous request spends — the forwarded one.
  const trustProxy = process.env.TRUST_PROXY;
  if (trustProxy) app.set("trust proxy", /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);

  app.use(requestLog);
  // gzip/deflate for clients that ask (the dashboard's scripts, GraphQL answers, exports): the
  // voting booth on a phone loads about a third of the bytes. Streams are compressed as they go.
  app.use(compression());
  // Every route: no NUL character and no oversized string in the URL's query parameters.
  app.use((req, res, next) => {
    for (const [name, raw] of Object.entries(req.query as Record<string, unknown>)) {
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        const problem = typeof value === "string" ? stringProblem(value) : undefined;
        if (problem) {
          metrics.rejected.inc({ code: "BAD_USER_INPUT" });
          res.status(400).json(errorBody("BAD_USER_INPUT", `query parameter \`${name}\` ${problem}`));
          return;
        }
      }
    }
    next();
  });

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: dataSource.options.type === "postgres" ? "postgres" : "sqlite" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.get("/metrics", async (req, res) => {
    const token = options.metricsToken ?? process.env.METRICS_TOKEN;
    if (!token) {
      res.status(404).json(errorBody("NOT_FOUND", "metrics are not served here (set METRICS_TOKEN)"));
      return;
    }
    const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1] ?? "");
    const wanted = Buffer.from(token);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      res.status(401).json(errorBody("UNAUTHENTICATED", "metrics need `Authorization: Bearer <METRICS_TOKEN>`"));
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });

  // A browser asking for /graphql gets the analyst's console: GraphiQL from the dashboard's own build
  // (docs, history, variables, headers; nothing from a CDN), or a plain fallback before the web is built.
  const consolePage = options.webDist ? join(options.webDist, "graphiql.html") : undefined;
  app.get("/graphql", (req, res, next) => {
    if (req.accepts(["text/html", "application/json"]) === "text/html" && !req.query.query) {
      if (consolePage && existsSync(consolePage)) res.sendFile(consolePage);
      else res.type("html").send(graphiqlPage());
      return;
    }
    next();
  });

  // Who is asking, once per request; a client whose budget is spent is refused before its body is read.
  const viewerAndBudget: RequestHandler = async (req, res, next) => {
    let viewer: Viewer;
    try {
      viewer = await viewerFromAuthorization(dataSource, req.headers.authorization);
    } catch {
      next(); // Apollo's context creation reports the bad token (UNAUTHENTICATED).
      return;
    }
    res.locals.viewer = viewer;
    if (perMinute > 0) {
      const allowance = perMinute * limitsFor({ viewer }).costMultiplier;
      const wait = await budget.waitBeforeAny(rateLimitClient({ viewer, address: req.ip ?? "unknown" }), allowance);
      if (wait > 0) {
        metrics.rateLimited.inc();
        res
          .status(429)
          .set("retry-after", String(wait))
          .json({
            errors: [
              {
                message: `Too many requests: your ${allowance} points a minute are spent; try again in ${wait} s`,
                extensions: { code: "RATE_LIMITED", retryAfterSeconds: wait },
              },
            ],
          });
        return;
      }
    }
    next();
  };

  // A document whose validation alone would be slow is refused before Apollo parses it (and charged).
  const documentGuard: RequestHandler = async (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const source = typeof body?.query === "string" ? body.query : req.query.query;
    const problem = typeof source === "string" ? documentProblem(source) : undefined;
    if (!problem) {
      next();
      return;
    }
    metrics.rejected.inc({ code: "GRAPHQL_VALIDATION_FAILED" });
    const viewer = (res.locals.viewer as Viewer | undefined) ?? { kind: "anonymous" };
    if (perMinute > 0)
      await budget.charge(
        rateLimitClient({ viewer, address: req.ip ?? "unknown" }),
        REJECTED_MIN_CHARGE,
        perMinute * limitsFor({ viewer }).costMultiplier,
      );
    res.status(400).json(errorBody("GRAPHQL_VALIDATION_FAILED", problem));
  };

  app.use(
    "/graphql",
    viewerAndBudget,
    express.json({ limit: MAX_BODY }),
    documentGuard,
    expressMiddleware(apollo, {
      // Stateless: the viewer comes from the bearer token's hash, looked up in `auth_token`.
      context: async ({ req, res }: { req: express.Request; res: express.Response }) =>
        createContext(
          dataSource,
          (res.locals.viewer as Viewer | undefined) ??
            (await viewerFromAuthorization(dataSource, req.headers.authorization)),
          req.ip ?? "unknown",
          res.locals.graphql as GraphQLLogFields | undefined,
          throttle,
        ),
    }),
  );

  app.use("/exports", exportsRouter(dataSource));

  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, "index.html"))) {
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: "1h",
        // The map boundaries (public/geo) change only with a new boundary release: a day fresh,
        // then revalidated by ETag in the background for a week.
        setHeaders: (res, path) => {
          if (/[\\/]geo[\\/][^\\/]+(?:[\\/][^\\/]+)?\.json$/.test(path))
            res.setHeader("cache-control", "public, max-age=86400, stale-while-revalidate=604800");
        },
      }),
    );
    // History-mode routes of the dashboard: the shell with the page's title, description and
    // essentials written in, and 404 for an unknown route or slug (server/page-meta.ts).
    const shell = readFileSync(join(webDist, "index.html"), "utf8");
    app.get(/^\/(?!graphql|healthz|exports|metrics).*/, (req, res, next) => {
      pageMetaFor(dataSource, req.path)
        .then((meta) => {
          const url = `${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`;
          res
            .status(meta.status)
            .type("html")
            .set("cache-control", "no-cache")
            .send(renderShell(shell, meta, url));
        })
        .catch(next);
    });
  } else {
    app.get("/", (_req, res) => {
      res
        .type("html")
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coproduce</title></head><body><main><h1>Coproduce</h1><p>The dashboard has not been built yet (<code>pnpm build</code>). The API is at <a href="/graphql">/graphql</a>.</p></main></body></html>`,
        );
    });
  }
  app.use((_req, res) => {
    res.status(404).json(errorBody("NOT_FOUND", "No such route"));
  });
  app.use(jsonErrors);
  return { app, apollo };
}

/**
 * Failures before a route answers — a body that is not JSON, too large, in an unknown charset, a
 * malformed URL — and anything a route let escape: a GraphQL-shaped JSON error with a code, never
 * Express's HTML page or a stack trace (docs/operations.md lists the codes).
 */
const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const e = (error ?? {}) as { type?: string; status?: number; statusCode?: number };
  const status = e.status ?? e.statusCode ?? 500;
  let code = "BAD_REQUEST";
  let message = "The request could not be read";
  if (e.type === "entity.parse.failed") message = "The request body is not valid JSON";
  else if (e.type === "entity.too.large") {
    code = "PAYLOAD_TOO_LARGE";
    message = `The request body is larger than ${MAX_BODY.toUpperCase().replace("MB", " MB")}`;
  } else if (e.type === "charset.unsupported" || e.type === "encoding.unsupported")
    message = "The request body's charset or encoding is not supported (send UTF-8 JSON)";
  else if (error instanceof URIError) message = "The URL is not validly encoded";
  else if (status < 400 || status >= 500) {
    logger.error({ err: error, reqId: res.locals.requestId as string | undefined }, "unhandled error");
    code = "INTERNAL_SERVER_ERROR";
    message = "Internal server error";
  }
  const finalStatus = code === "INTERNAL_SERVER_ERROR" ? 500 : error instanceof URIError ? 400 : status;
  metrics.rejected.inc({ code });
  res.status(finalStatus).json(errorBody(code, message));
};
