import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const API_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Running {
  readonly process: ChildProcess;
  /** Everything written so far to standard output and error. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Runs `node dist/<script>` with `env` added to this process's environment (never the test runner's DATABASE_URL unless given). */
export function runBuilt(script: string, args: string[], env: Record<string, string>): Running {
  const { DATABASE_URL: _d, TEST_DATABASE_URL: _t, REDIS_URL: _r, ...base } = process.env;
  const child = spawn(process.execPath, [join(API_DIR, "dist", script), ...args], {
    cwd: API_DIR,
    env: { ...base, NODE_ENV: "production", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Starts the built server on `port` and waits until /healthz answers (or the process ends). */
export async function startServer(
  port: number,
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<Running & { url: string }> {
  const server = runBuilt("main.js", [], { PORT: String(port), HOST: "127.0.0.1", ...env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { ...server, url };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  throw new Error(`server on port ${port} did not become healthy:\n${server.stdout()}\n${server.stderr()}`);
}

/** POSTs a GraphQL operation; returns the HTTP status, headers and parsed body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as never };
}

/**
 * An empty database for servers started as processes: a throw-away PostgreSQL database when
 * TEST_DATABASE_URL points at a server, else a fresh SQLite file. `url` is a DATABASE_URL.
 */
export async function scratchDatabase(): Promise<{ url: string; kind: "sqlite" | "postgres"; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin?.startsWith("postgres")) {
    const name = `coproduce_proc_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return {
      url: admin.replace(/\/[^/?]*(\?.*)?$/, `/${name}$1`),
      kind: "postgres",
      async drop() {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "coproduce-proc-"));
  return {
    url: `file:${join(dir, "coproduce.sqlite")}`,
    kind: "sqlite",
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}
