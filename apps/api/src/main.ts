import "reflect-metadata";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDatabaseUrl } from "./db/database-url.js";
import { openDatabase } from "./db/bootstrap.js";
import { createApp } from "./server/app.js";

const here = dirname(fileURLToPath(import.meta.url));
const config = parseDatabaseUrl();
const port = Number(process.env.PORT ?? 4000);
const log = (line: string) => console.log(`[coproduce] ${line}`);

log(`database: ${config.kind === "postgres" ? "PostgreSQL" : `SQLite at ${config.location}`}`);
const dataSource = await openDatabase(config, { seed: process.env.COPRODUCE_SEED !== "none", log });
const { app, apollo } = await createApp(dataSource, {
  webDist: process.env.WEB_DIST ?? join(here, "..", "..", "web", "dist"),
});
const server = app.listen(port, () => {
  log(`listening on http://localhost:${port}  (dashboard /, GraphQL /graphql, health /healthz)`);
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  server.close(() => {
    void apollo
      .stop()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
