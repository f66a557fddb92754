import "reflect-metadata";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import type { DataSource } from "typeorm";
import { parseDatabaseUrl } from "./db/database-url.js";
import { openDatabase } from "./db/bootstrap.js";
import { createApp, type App } from "./server/app.js";
import { listen } from "./server/listen.js";
import { connectShared, type SharedStore } from "./server/redis.js";
import { logger } from "./server/logger.js";

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => logger.info(line);

let dataSource: DataSource | undefined;
let shared: SharedStore | undefined;
let app: App | undefined;
let server: Server | undefined;

/** Startup failures end the process with exit code 1 and one plain line (no stack trace). */
async function start(): Promise<void> {
  const config = parseDatabaseUrl();
  const rawPort = process.env.PORT ?? "4000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${rawPort}"`);
  log(`database: ${config.kind === "postgres" ? "PostgreSQL" : `SQLite at ${config.location}`}`);
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    shared = await connectShared(redisUrl);
    log("Redis: rate-limit budgets, response cache and write generation shared with every replica");
  }
  dataSource = await openDatabase(config, { seed: process.env.COPRODUCE_SEED !== "none", log });
  app = await createApp(dataSource, {
    webDist: process.env.WEB_DIST ?? join(here, "..", "..", "web", "dist"),
    shared,
  });
  server = await listen(app.app, port, process.env.HOST || undefined);
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  log(`listening on http://localhost:${bound}  (dashboard /, GraphQL /graphql, health /healthz)`);
}

async function release(): Promise<void> {
  await app?.apollo.stop().catch(() => undefined);
  if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
  await shared?.close();
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  const done = () => void release().then(() => process.exit(0));
  if (server) server.close(done);
  else done();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

try {
  await start();
} catch (error) {
  logger.fatal({ err: error }, `cannot start: ${(error as Error).message}`);
  process.stderr.write(`coproduce: cannot start: ${(error as Error).message}\n`);
  await release();
  process.exit(1);
}
