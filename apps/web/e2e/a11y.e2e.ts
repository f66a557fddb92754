import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  REPO_ROOT,
  WEB_ROOT,
  axe,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  seededDatabase,
  settle,
  signInAsOfficer,
  startServer,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// Accessible to everyone: every route of the router, public and officer, at 360 and 1280 px in real
// headless Chromium — axe finds no serious or critical violation and nothing scrolls sideways; the
// maps work by keyboard; each public round page prints in at most three A4 pages. The real built
// server on a copy of the seeded demo data, with one PB round open for voting added (the demo has
// none), so the booth is visited too.

const COMMISSIONING = "lambeth-2023-young-offenders-service";
const PB = "wieliczka-2023-green-million";
const RECRUITING = "lambeth-2025-community-safety-5";
const VOTING = "lambeth-2026-a11y-vote";
const WIDTHS = [360, 1280] as const;

const requireApi = createRequire(join(REPO_ROOT, "apps/api/package.json"));
interface Sqlite {
  prepare(sql: string): {
    run(...args: unknown[]): { lastInsertRowid: number | bigint };
    get(...args: unknown[]): unknown;
  };
  close(): void;
}
const Database = requireApi("better-sqlite3") as new (file: string) => Sqlite;

/** The seeded database with a Lambeth PB round open for voting (three projects, approval ballot). */
function withVotingRound(seeded: string): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "coproduce-e2e-a11y-"));
  const from = dirname(seeded);
  const base = seeded.slice(from.length + 1);
  for (const name of readdirSync(from).filter((n) => n.startsWith(base)))
    copyFileSync(join(from, name), join(dir, name.replace(base, "a11y.sqlite")));
  const file = join(dir, "a11y.sqlite");
  const db = new Database(file);
  const council = db.prepare(`SELECT "key" FROM council WHERE slug = 'lambeth'`).get() as { key: number };
  const round = db
    .prepare(
      `INSERT INTO round (slug, councilKey, title, description, kind, phase, theme, potMinor, currency, ballotType, decisionMethod, allocationRule, allocationParams, year, ballotsChangeable)
       VALUES (?, ?, 'Streets for play 2026', 'Residents choose what the fund pays for.', 'participatory_budgeting', 'deciding', 'environment', 1000000, 'GBP', 'approval', 'voting', 'greedy', ?, 2026, 1)`,
    )
    .run(VOTING, council.key, JSON.stringify({ ballot: { maxLength: 2, maxSumCostMinor: 1_000_000 } }));
  for (const [id, title, cost] of [
    ["1", "Trees on Mill Lane", 400_000],
    ["2", "Play street kit", 350_000],
    ["3", "Community fridge", 300_000],
  ] as const)
    db.prepare(
      `INSERT INTO bid (roundKey, externalId, title, summary, category, amountRequestedMinor, currency, status)
       VALUES (?, ?, ?, 'A project.', 'environment', ?, 'GBP', 'submitted')`,
    ).run(round.lastInsertRowid, id, title, cost);
  db.close();
  return { file, dir };
}

async function gql<T>(srv: RunningServer, query: string): Promise<T> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** The route patterns of the dashboard's router (src/router.ts), read from its source. */
function routerPaths(): string[] {
  const src = readFileSync(join(WEB_ROOT, "src/router.ts"), "utf8");
  return [...src.matchAll(/\bpath:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let dir: string;
let providerId: string;

/** Every public route with a real address from the demo data (pattern → address). */
const publicPages = (): Record<string, string> => ({
  "/": "/",
  "/councils": "/councils",
  "/councils/:slug": "/councils/lambeth",
  "/rounds": "/rounds",
  "/rounds/:slug": `/rounds/${COMMISSIONING}`,
  "/rounds/:slug/apply": `/rounds/${RECRUITING}/apply`,
  "/rounds/:slug/application": `/rounds/${RECRUITING}/application`,
  "/rounds/:slug/vote": `/rounds/${VOTING}/vote`,
  "/rounds/:slug/receipt": `/rounds/${VOTING}/receipt`,
  "/rounds/:slug/propose": `/rounds/${COMMISSIONING}/propose`,
  "/rounds/:slug/proposals/status": `/rounds/${COMMISSIONING}/proposals/status`,
  "/providers/:id": `/providers/${providerId}`,
  "/search": "/search?q=lambeth",
  "/outcomes": "/outcomes",
  "/compare": `/compare?councils=hackney,lambeth,lewisham,southwark&rounds=${COMMISSIONING}`,
  "/accessibility": "/accessibility",
  "/panel": "/panel",
  "/:pathMatch(.*)*": "/no-such-page",
});
/** The officer console's routes, visited signed in as Lambeth's officer. */
const officerPages: Record<string, string> = {
  "/officer": "/officer",
  "/officer/rounds/new": "/officer/rounds/new",
  "/officer/rounds/:slug": `/officer/rounds/${COMMISSIONING}`,
  "/officer/rounds/:slug/applicants": `/officer/rounds/${RECRUITING}/applicants`,
  "/officer/rounds/:slug/proposals": `/officer/rounds/${COMMISSIONING}/proposals`,
  "/officer/rounds/:slug/voting": `/officer/rounds/${VOTING}/voting`,
  "/officer/rounds/:slug/panel": `/officer/rounds/${COMMISSIONING}/panel`,
  "/officer/rounds/:slug/sessions": `/officer/rounds/${COMMISSIONING}/sessions`,
  "/officer/rounds/:slug/edit": `/officer/rounds/${COMMISSIONING}/edit`,
  "/officer/audit": "/officer/audit",
  "/officer/account": "/officer/account",
};
/** More public pages than one per route: the PB round page, and its result. */
const extraPublic = [`/rounds/${PB}`];

async function overflow(p: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return p.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** axe and sideways scroll at both widths; returns the problems found (empty when clean). */
async function check(p: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto(`${server.baseUrl}${path}`);
    await settle(p);
    for (const v of await axe(p))
      problems.push(`${path} @${width}: ${v.id} (${v.impact}) ${v.targets.slice(0, 3).join(" | ")}`);
    const o = await overflow(p);
    if (o.scrollWidth > o.innerWidth)
      problems.push(`${path} @${width}: scrolls sideways (${o.scrollWidth} > ${o.innerWidth})`);
  }
  return problems;
}

/** The number of pages of a PDF (its /Type /Page objects). */
const pdfPages = (pdf: Buffer): number => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

beforeAll(async () => {
  const made = withVotingRound(await seededDatabase());
  dir = made.dir;
  server = await startServer({ database: made.file });
  const data = await gql<{ providers: { nodes: { id: string }[] } }>(
    server,
    "{ providers(first: 1) { nodes { id } } }",
  );
  providerId = data.providers.nodes[0]!.id;
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  removeSeededDatabase();
});

describe("accessible to everyone", () => {
  it("visits every route of the router (a new route must be added here)", () => {
    const covered = new Set([...Object.keys(publicPages()), ...Object.keys(officerPages)]);
    expect(routerPaths().filter((p) => !covered.has(p))).toEqual([]);
    expect(routerPaths().length).toBeGreaterThanOrEqual(covered.size);
  });

  it("every public page: no serious or critical axe violation, no sideways scroll, at 360 and 1280 px", async () => {
    const problems: string[] = [];
    for (const path of [...Object.values(publicPages()), ...extraPublic]) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
  });

  it("every officer console page, signed in: the same at both widths", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(page, server, "officer@lambeth.example");
    const problems: string[] = [];
    for (const path of Object.values(officerPages)) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.context().clearCookies();
  });

  it("the maps work by keyboard: Tab to a borough, Enter opens its council; Tab to a ward, Enter shows its rounds", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/`);
    await settle(page);
    await page.locator("[data-testid=map] a").first().waitFor();
    const links = await page
      .locator("[data-testid=map] a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")));
    // the four demo boroughs are links, named with their figure; the other 29 are not links
    expect(links).toHaveLength(4);
    expect(links.find((l) => l?.startsWith("Lambeth: "))).toMatch(
      /^Lambeth: £\d+\.\d\d a resident \(£[\d,]+ awarded\)$/,
    );
    await screenshot(page, "home-map");
    let inMap = false;
    for (let i = 0; i < 120 && !inMap; i++) {
      await page.keyboard.press("Tab");
      inMap = await page.evaluate(() => document.activeElement?.closest("[data-testid=map]") !== null);
    }
    expect(inMap).toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(focused).toMatch(/^\/councils\//);
    // the focused borough is outlined (the focus ring is drawn over its neighbours)
    await expect.poll(() => page.locator(".map__focus").count()).toBe(1);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${focused!}`);
    await settle(page);

    await page.goto(`${server.baseUrl}/councils/lambeth`);
    await settle(page);
    await page.locator("#ward-map [data-testid=map] a").first().waitFor();
    await expect.poll(() => page.locator("#ward-map [data-testid=map] path.map__area").count()).toBe(25);
    await screenshot(page, "council-map");
    const ward = page.locator('#ward-map [data-testid=map] a[aria-label^="Brixton North: "]');
    await ward.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/area=brixton-north/);
    // the rounds table (not the by-year chart's hidden table), filtered to the ward
    const table = page.locator("#rounds > .table-wrap tbody tr");
    await table.first().waitFor();
    const rows = await table.allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toContain("Brixton North");
  });

  it("the accessibility statement is linked from the footer, in English and Welsh", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/outcomes`);
    await settle(page);
    await page.locator("footer").getByRole("link", { name: "Accessibility statement" }).click();
    await page.waitForURL("**/accessibility");
    await settle(page);
    await expect(page.locator("main h1").innerText()).resolves.toBe("Accessibility statement for Coproduce");
    await expect(page.title()).resolves.toBe("Accessibility statement for Coproduce — Coproduce");
    for (const h of ["How accessible this website is", "Enforcement procedure", "How we tested this website"])
      await expect.poll(() => page.getByRole("heading", { name: h }).count()).toBe(1);
    await screenshot(page, "accessibility");
    await page.getByRole("button", { name: "Cymraeg" }).first().click();
    await page.locator("main h1", { hasText: "Datganiad hygyrchedd ar gyfer Coproduce" }).waitFor();
    await page.evaluate(() => localStorage.clear());
  });

  it("each public round page prints in at most three A4 pages", async () => {
    const data = await gql<{ rounds: { nodes: { slug: string }[] } }>(
      server,
      "{ rounds(first: 100) { nodes { slug } } }",
    );
    const slugs = data.rounds.nodes.map((r) => r.slug);
    expect(slugs).toContain(COMMISSIONING);
    expect(slugs).toContain(PB);
    await page.setViewportSize({ width: 1280, height: 900 });
    const counts: Record<string, number> = {};
    for (const slug of slugs) {
      await page.goto(`${server.baseUrl}/rounds/${slug}`);
      await settle(page);
      counts[slug] = pdfPages(await page.pdf({ format: "A4" }));
    }
    console.log(`print: A4 pages per round ${JSON.stringify(counts)}`);
    expect(Object.entries(counts).filter(([, n]) => n > 3)).toEqual([]);
    expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
  });

  it("raised no uncaught errors in the pages", () => {
    expect(browser.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});
