import express, { type Express } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expressMiddleware } from "@as-integrations/express5";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { createApolloServer } from "../graphql/apollo.js";
import { responseCacheSeconds } from "../graphql/response-cache.js";
import { costPerMinute } from "../graphql/rate-limit.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import { graphiqlPage } from "./graphiql.js";
import { exportsRouter } from "../exports/exports.router.js";
import { viewerFromAuthorization } from "../auth/viewer.js";

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

/**
 * One process serves everything: the dashboard at `/`, GraphQL at `/graphql` (GET in a browser
 * opens the local GraphiQL IDE), `/healthz`. It keeps no state between requests, so any number
 * of replicas can run against one PostgreSQL.
 */
export async function createApp(
  dataSource: DataSource,
  options: { webDist?: string; responseCacheSeconds?: number; rateLimitPerMinute?: number } = {},
): Promise<App> {
  const apollo = await createApolloServer({
    responseCacheSeconds: options.responseCacheSeconds ?? responseCacheSeconds(),
    rateLimitPerMinute: options.rateLimitPerMinute ?? costPerMinute(),
  });
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  // Behind a reverse proxy, TRUST_PROXY (Express "trust proxy": hop count or subnets) makes the
  // client address — whose budget an anonymous request spends — the forwarded one.
  const trustProxy = process.env.TRUST_PROXY;
  if (trustProxy) app.set("trust proxy", /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: dataSource.options.type === "postgres" ? "postgres" : "sqlite" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.get("/graphql", (req, res, next) => {
    if (req.accepts(["text/html", "application/json"]) === "text/html" && !req.query.query) {
      res.type("html").send(graphiqlPage());
      return;
    }
    next();
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      // Stateless: the viewer comes from the bearer token's hash, looked up in `auth_token`.
      context: async ({ req }: { req: express.Request }) =>
        createContext(
          dataSource,
          await viewerFromAuthorization(dataSource, req.headers.authorization),
          req.ip ?? "unknown",
        ),
    }),
  );

  app.use("/exports", exportsRouter(dataSource));

  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, "index.html"))) {
    app.use(express.static(webDist, { index: false, maxAge: "1h" }));
    // History-mode routes of the dashboard.
    app.get(/^\/(?!graphql|healthz|exports).*/, (_req, res) => {
      res.sendFile(join(webDist, "index.html"));
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
  return { app, apollo };
}
