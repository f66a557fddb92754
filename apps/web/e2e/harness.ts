/**
 * End-to-end harness: the real built server (which serves the built dashboard, GraphQL and
 * /healthz on one port) against a throw-away SQLite file, driven by real headless Chromium.
 * No mocks: what the tests see is what a resident sees.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { inject } from "vitest";

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(WEB_ROOT, "../..");
/** The built server; COPRODUCE_API_MAIN may point at another build of it (e.g. of a given commit). */
export const API_MAIN = process.env.COPRODUCE_API_MAIN ?? join(REPO_ROOT, "apps/api/dist/main.js");
/**
 * Where test runs put their screenshots: an ignored folder (e2e/.screenshots/), so a test run never
 * changes tracked files. `pnpm --filter @coproduce/web screenshots` runs the suite with
 * COPRODUCE_SCREENSHOT_DIR=docs/screenshots to refresh the ones the docs show.
 */
export const SCREENSHOT_DIR = process.env.COPRODUCE_SCREENSHOT_DIR
  ? resolve(REPO_ROOT, process.env.COPRODUCE_SCREENSHOT_DIR)
  : join(WEB_ROOT, "e2e/.screenshots");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      if (address === null || typeof address === "string") {
        reject(new Error("Could not get a free port"));
        return;
      }
      srv.close(() => resolvePort(address.port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface RunningServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

let seeded: Promise<string> | undefined;

/**
 * Migrates and seeds a new SQLite file with the demo data: start a server on an empty file, let it
 * seed, stop it, keep the file. The e2e run does this once (global-setup.ts).
 */
export async function seedOnce(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "coproduce-e2e-seed-")), "e2e.sqlite");
  const server = await startServer({ database: file });
  await server.stop();
  return file;
}

/**
 * The SQLite file with the migrated, seeded demo data: the one the run's global setup made, or (in a
 * process without it) one made here, once per process. Tests only ever copy it.
 */
export function seededDatabase(): Promise<string> {
  seeded ??= (async () => {
    let provided: string | undefined;
    try {
      provided = inject("e2eSeededDatabase");
    } catch {
      provided = undefined; // not inside a vitest worker
    }
    if (provided && existsSync(provided)) return provided;
    const file = await seedOnce();
    ownSeed = dirname(file);
    return file;
  })();
  return seeded;
}
let ownSeed: string | undefined;

/** Deletes a seeded database this process made itself (`afterAll(removeSeededDatabase)`); the shared one is the run's. */
export function removeSeededDatabase(): void {
  if (ownSeed) rmSync(ownSeed, { recursive: true, force: true });
  ownSeed = undefined;
  seeded = undefined;
}

/**
 * A server of its own on a copy of the seeded database: for a test that writes, so no test sees
 * what another wrote and each can run alone (`vitest run -t …`).
 */
export async function freshServer(): Promise<RunningServer> {
  return startServer({ copyOf: await seededDatabase() });
}

/**
 * Starts `node apps/api/dist/main.js` with PORT and DATABASE_URL=file:<tmp>/e2e.sqlite (it
 * migrates and seeds demo data on first start) and waits for /healthz to answer 200. `copyOf`
 * starts from a copy of an existing database file; `database` uses (and keeps) the given file.
 */
export async function startServer(
  options: { timeoutMs?: number; copyOf?: string; database?: string } = {},
): Promise<RunningServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (pnpm build).`);
  if (!existsSync(join(WEB_ROOT, "dist/index.html"))) {
    throw new Error("apps/web/dist/index.html is missing: build the dashboard first (pnpm build).");
  }
  // COPRODUCE_E2E_PORT pins the port (a shared machine where each run has its own range), else any free one
  const port = process.env.COPRODUCE_E2E_PORT ? Number(process.env.COPRODUCE_E2E_PORT) : await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "coproduce-e2e-"));
  if (options.copyOf) {
    // the database with its WAL side files, if the server left any
    const from = dirname(options.copyOf);
    const base = options.copyOf.slice(from.length + 1);
    for (const name of readdirSync(from).filter((n) => n.startsWith(base)))
      copyFileSync(join(from, name), join(dataDir, name.replace(base, "e2e.sqlite")));
  }
  const database = options.database ?? join(dataDir, "e2e.sqlite");
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: dirname(dirname(API_MAIN)),
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${database}`,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let ready = false;
  while (Date.now() < deadline) {
    if (exited !== undefined) break;
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) {
        ready = true;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }

  const stop = async (): Promise<void> => {
    if (exited === undefined) {
      child.kill("SIGTERM");
      const until = Date.now() + 5_000;
      while (exited === undefined && Date.now() < until) await sleep(50);
      if (exited === undefined) child.kill("SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  if (!ready) {
    await stop();
    throw new Error(
      exited !== undefined
        ? `The server exited (code ${exited}) before /healthz answered:\n${output}`
        : `/healthz did not answer within the timeout:\n${output}`,
    );
  }
  return { baseUrl, port, dataDir, logs: () => output, stop };
}

export interface RunningBrowser {
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors seen so far, per page. */
  readonly errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Debian Chromium via playwright-core, with a fresh profile directory. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "coproduce-chromium-"));
  // playwright-core passes the profile as --user-data-dir itself (it refuses the raw flag).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    reducedMotion: "reduce",
  });
  const errors: string[] = [];
  const watch = (page: Page): void => {
    page.on("pageerror", (e) => errors.push(`pageerror ${page.url()}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console ${page.url()}: ${m.text()}`);
    });
  };
  context.on("page", watch);
  return {
    context,
    errors,
    newPage: async () => {
      const page = await context.newPage();
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** The few calls of better-sqlite3 (the API's SQLite driver) the e2e tests use to add data to a copied demo database. */
export interface Sqlite {
  prepare(sql: string): {
    run(...args: unknown[]): { lastInsertRowid: number | bigint };
    get(...args: unknown[]): unknown;
    all(...args: unknown[]): unknown[];
  };
  close(): void;
}
/** better-sqlite3, resolved from the API package (the web app does not depend on it). */
export const SqliteDatabase = createRequire(join(REPO_ROOT, "apps/api/package.json"))("better-sqlite3") as new (
  file: string,
  options?: object,
) => Sqlite;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Moderate rules enforced as well as every serious and critical one: a page's structure as screen
 * reader users navigate it — one main, unique landmarks, a first-level heading (and, checked
 * beside axe, exactly one `h1`).
 */
const STRUCTURE_RULES = new Set([
  "page-has-heading-one",
  "landmark-one-main",
  "landmark-unique",
  "landmark-no-duplicate-main",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-main-is-top-level",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
]);

/**
 * Runs axe-core in the page; returns the serious and critical violations (WCAG 2.x A/AA + best
 * practice) and the structure rules above, with a page that has more than one `h1` as `one-h1`.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const hasAxe = await page.evaluate(() => "axe" in window);
  // page.evaluate runs over CDP, so a Content-Security-Policy cannot block the injected script.
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  });
  const h1s = await page.evaluate(() => [...document.querySelectorAll("h1")].map((h) => h.textContent?.trim() ?? ""));
  const structure: AxeViolation[] =
    h1s.length > 1 ? [{ id: "one-h1", impact: "moderate", help: "A page has one h1", helpUrl: "", targets: h1s }] : [];
  return [
    ...violations.filter((v) => v.impact === "serious" || v.impact === "critical" || STRUCTURE_RULES.has(v.id)),
    ...structure,
  ];
}

/**
 * A keyboard-only walk: presses Tab until `target` has the focus (then Shift+Tab, if it lay behind);
 * returns how many presses it took. Never `focus()`: the walk goes where a keyboard user's would.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  const focused = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  for (const key of ["Tab", "Shift+Tab"])
    for (let i = 1; i <= max; i++) {
      await page.keyboard.press(key);
      if (await focused()) return i;
    }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses either way`);
}

/** Full-page screenshot to SCREENSHOT_DIR/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface CanvasPaint {
  readonly width: number;
  readonly height: number;
  /** Pixels with any opacity. */
  readonly paintedPixels: number;
  /** Distinct colours seen (a blank or single-fill canvas has ≤ 1). */
  readonly colours: number;
  readonly dataUrlLength: number;
}

/** Reads the pixels of every chart canvas on the page. */
export async function canvasPaint(page: Page, selector = "canvas"): Promise<CanvasPaint[]> {
  return page.$$eval(selector, (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const ctx = canvas.getContext("2d");
      const base = { width: canvas.width, height: canvas.height, dataUrlLength: canvas.toDataURL().length };
      if (!ctx || canvas.width === 0 || canvas.height === 0) return { ...base, paintedPixels: 0, colours: 0 };
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0) {
          painted++;
          if (colours.size < 64) colours.add(((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!) >>> 0);
        }
      }
      return { ...base, paintedPixels: painted, colours: colours.size };
    }),
  );
}

/** Waits until at least one canvas matching `selector` has painted non-blank pixels. */
export async function waitForPaintedCanvas(page: Page, selector = "canvas", timeoutMs = 15_000): Promise<CanvasPaint> {
  const until = Date.now() + timeoutMs;
  let last: CanvasPaint[] = [];
  while (Date.now() < until) {
    last = await canvasPaint(page, selector);
    const painted = last.find((c) => c.paintedPixels > 100 && c.colours > 1);
    if (painted) return painted;
    await sleep(200);
  }
  throw new Error(`No chart canvas painted within ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

/** A dashboard page has loaded: the network is quiet, its heading shows and no loading state is left. */
export async function settle(p: Page): Promise<void> {
  await p.waitForLoadState("networkidle");
  await p.locator("main h1").first().waitFor({ state: "visible" });
  await p.waitForFunction(() => document.querySelector(".state--loading") === null);
}

/** The demo data's officer password (every demo officer has it; see the README). */
export const DEMO_OFFICER_PASSWORD = "coproduce-demo";

/** Signs in on the console at /officer as a demo officer (`officer@lambeth.example`, …) and waits for the console. */
export async function signInAsOfficer(p: Page, srv: RunningServer, email: string): Promise<void> {
  await p.goto(`${srv.baseUrl}/officer`);
  await settle(p);
  await p.getByLabel("Email address").fill(email);
  await p.getByLabel("Password").fill(DEMO_OFFICER_PASSWORD);
  await p.getByRole("button", { name: "Sign in" }).click();
  await p.getByText("Signed in as").waitFor();
  await settle(p);
}

/**
 * One GraphQL request to the running server (as an officer with `token`); fails the test on any GraphQL
 * error. `T` is the shape of the data the query selects.
 */
export async function gql<T>(srv: RunningServer, query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** A payload's userErrors, as the API returns them. */
export interface UserErrors {
  userErrors: { code: string; message: string }[];
}

/** The page fits its width: nothing scrolls sideways (WCAG 1.4.10 reflow at 360 px). */
export async function noSidewaysScroll(p: Page): Promise<void> {
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${p.url()} scrolls sideways by ${overflow} px`);
}
