import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  SqliteDatabase,
  noSidewaysScroll,
  SCREENSHOT_DIR,
  axe,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  seededDatabase,
  startServer,
  tabTo,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// Residents vote on a 360 px phone and read a decided PB round's result: the real built server on a
// copy of the seeded demo database, driven by headless Chromium. The officer's side (a PB round open
// for voting, with its ballot rules) is written into the database before the server starts — there is
// no officer screen for ballot rules yet — and voter codes are issued through the API (voterTokensIssue).

process.env.VOTER_TOKEN_SECRET ??= "e2e-voter-token-secret-0123456789";

interface RoundSpec {
  slug: string;
  title: string;
  ballotType: string;
  potMinor: number;
  ballot: Record<string, unknown>;
  changeable: boolean;
  projects: { id: string; title: string; costMinor: number; category: string; summary: string }[];
}

const APPROVAL: RoundSpec = {
  slug: "lambeth-2026-green-streets-vote",
  title: "Green streets fund 2026",
  ballotType: "approval",
  potMinor: 1_000_000,
  ballot: { maxLength: 3, maxSumCostMinor: 1_000_000, shuffle: true },
  changeable: true,
  projects: [
    {
      id: "1",
      title: "Trees on Mill Lane",
      costMinor: 400_000,
      category: "environment",
      summary: "Twelve street trees.",
    },
    {
      id: "2",
      title: "Play street kit",
      costMinor: 350_000,
      category: "children,sport",
      summary: "Barriers and toys.",
    },
    { id: "3", title: "Community fridge", costMinor: 300_000, category: "food", summary: "A shared fridge." },
    { id: "4", title: "Bike hangar", costMinor: 250_000, category: "transport", summary: "Six secure spaces." },
    {
      id: "5",
      title: "Pocket park benches",
      costMinor: 150_000,
      category: "environment",
      summary:
        "Four benches for the pocket park. They are made of recycled plastic, last twenty years and need no painting; the park's friends group will keep them clean and report any damage to the council.",
    },
    {
      id: "6",
      title: "Library garden",
      costMinor: 600_000,
      category: "environment,education",
      summary: "Raised beds.",
    },
  ],
};

const ORDINAL: RoundSpec = {
  ...APPROVAL,
  slug: "lambeth-2026-youth-ranking-vote",
  title: "Youth spaces 2026 (ranked)",
  ballotType: "ordinal",
  ballot: { maxLength: 3 },
  changeable: false,
};

const CUMULATIVE: RoundSpec = {
  ...APPROVAL,
  slug: "lambeth-2026-park-points-vote",
  title: "Park improvements 2026 (points)",
  ballotType: "cumulative",
  ballot: { totalPoints: 5, maxPointsPerProject: 3 },
  changeable: false,
};

/** The seeded database with the PB rounds open for voting added (in Lambeth, so Lambeth's officer issues codes). */
function withVotingRounds(seeded: string, specs: RoundSpec[]): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "coproduce-e2e-vote-"));
  const from = dirname(seeded);
  const base = seeded.slice(from.length + 1);
  for (const name of readdirSync(from).filter((n) => n.startsWith(base)))
    copyFileSync(join(from, name), join(dir, name.replace(base, "vote.sqlite")));
  const file = join(dir, "vote.sqlite");
  const db = new SqliteDatabase(file);
  const council = db.prepare(`SELECT "key" FROM council WHERE slug = 'lambeth'`).get() as { key: number };
  for (const s of specs) {
    const round = db
      .prepare(
        `INSERT INTO round (slug, councilKey, title, description, kind, phase, theme, potMinor, currency, ballotType, decisionMethod, allocationRule, allocationParams, year, ballotsChangeable)
         VALUES (?, ?, ?, ?, 'participatory_budgeting', 'deciding', 'environment', ?, 'GBP', ?, 'voting', 'greedy', ?, 2026, ?)`,
      )
      .run(
        s.slug,
        council.key,
        s.title,
        "Residents choose what the fund pays for.",
        s.potMinor,
        s.ballotType,
        JSON.stringify({ ballot: s.ballot }),
        s.changeable ? 1 : 0,
      );
    for (const p of s.projects)
      db.prepare(
        `INSERT INTO bid (roundKey, externalId, title, summary, category, amountRequestedMinor, currency, status)
         VALUES (?, ?, ?, ?, ?, ?, 'GBP', 'submitted')`,
      ).run(round.lastInsertRowid, p.id, p.title, p.summary, p.category, p.costMinor);
  }
  db.close();
  return { file, dir };
}

/** One GraphQL request; `T` is the shape of the data the query selects. */
async function gql<T>(srv: RunningServer, query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

interface UserErrors {
  userErrors: { code: string; message: string }[];
}

/** Lambeth's officer's token and a round's id, through the API. */
async function officerAndRound(srv: RunningServer, slug: string): Promise<{ token: string; roundId: string }> {
  const login = await gql<{ officerLogin: { token: string } }>(
    srv,
    `mutation($i: OfficerLoginInput!) { officerLogin(input: $i) { token } }`,
    { i: { email: "officer@lambeth.example", password: "coproduce-demo" } },
  );
  const round = await gql<{ round: { id: string } }>(srv, `query($s: String!) { round(slug: $s) { id } }`, { s: slug });
  return { token: login.officerLogin.token, roundId: round.round.id };
}

/** Voter codes for a round, issued by Lambeth's officer through the API. */
async function voterCodes(srv: RunningServer, slug: string, count: number): Promise<string[]> {
  const { token, roundId } = await officerAndRound(srv, slug);
  const issued = await gql<{ voterTokensIssue: UserErrors & { tokens: string[] } }>(
    srv,
    `mutation($i: VoterTokensIssueInput!) { voterTokensIssue(input: $i) { tokens userErrors { code message } } }`,
    { i: { round: roundId, count } },
    token,
  );
  expect(issued.voterTokensIssue.userErrors).toEqual([]);
  return issued.voterTokensIssue.tokens;
}

/**
 * Voting closes: Lambeth's officer takes the decision through the API. Ballots wait sealed in the mixing
 * pool until a batch fills or voting closes (ADR 0008), so only then are their contents in `ballot`.
 */
async function closeVoting(srv: RunningServer, slug: string): Promise<void> {
  const { token, roundId } = await officerAndRound(srv, slug);
  const taken = await gql<{ decisionTake: UserErrors }>(
    srv,
    `mutation($i: DecisionTakeInput!) { decisionTake(input: $i) { decision { id } userErrors { code message } } }`,
    { i: { round: roundId } },
    token,
  );
  expect(taken.decisionTake.userErrors).toEqual([]);
}

/** What the database holds for a round's ballots: each ballot's chosen project ids (ordinal: in rank order). */
function storedBallots(file: string, slug: string): string[][] {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT c.ballotKey AS ballot, b.externalId AS project FROM ballot_choice c
         JOIN bid b ON b."key" = c.bidKey JOIN round r ON r."key" = b.roundKey
         WHERE r.slug = ? ORDER BY c.ballotKey, c.rank, b.externalId`,
      )
      .all(slug) as { ballot: number; project: string }[];
    const by = new Map<number, string[]>();
    for (const r of rows) by.set(r.ballot, [...(by.get(r.ballot) ?? []), r.project]);
    return [...by.values()];
  } finally {
    db.close();
  }
}

async function axeClean(p: Page, label: string): Promise<void> {
  for (const width of [360, 1280]) {
    await p.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    const violations = await axe(p);
    expect(violations, `${label} at ${width} px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
  await p.setViewportSize({ width: 360, height: 740 });
}

let server: RunningServer;
let browser: RunningBrowser;
let dbDir: string;
let dbFile: string;
const measured: Record<string, number> = {};

beforeAll(async () => {
  const made = withVotingRounds(await seededDatabase(), [APPROVAL, ORDINAL, CUMULATIVE]);
  dbDir = made.dir;
  server = await startServer({ copyOf: made.file });
  dbFile = join(server.dataDir, "e2e.sqlite");
  browser = await launchBrowser();
});

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  removeSeededDatabase();
  console.log(`booth measurements: ${JSON.stringify(measured)}`);
});

describe("the voting booth on a 360 px phone", () => {
  it("a resident signs in with a voter code, votes within the budget bar and gets a receipt", async () => {
    const [code] = await voterCodes(server, APPROVAL.slug, 1);
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    const bytes = { js: 0, css: 0, jsGzip: 0, cssGzip: 0 };
    const files: string[] = [];
    phone.on("response", (r) => {
      const url = r.url();
      const kind = url.endsWith(".js") ? "js" : url.endsWith(".css") ? "css" : null;
      if (!kind) return;
      void r
        .body()
        .then((b) => {
          files.push(`${url.slice(url.lastIndexOf("/") + 1)}:${b.length}`);
          bytes[kind] += b.length;
          bytes[kind === "js" ? "jsGzip" : "cssGzip"] += gzipSync(b).length;
        })
        .catch(() => undefined);
    });
    const started = Date.now();
    await phone.goto(`${server.baseUrl}/rounds/${APPROVAL.slug}/vote`);
    await phone.getByRole("heading", { name: "Sign in with your voter code" }).waitFor();
    await phone.waitForLoadState("networkidle");
    await expect.poll(() => phone.title()).toMatch(/^Vote — .+ — .+ — Coproduce$/);
    Object.assign(measured, {
      boothJsBytes: bytes.js,
      boothCssBytes: bytes.css,
      boothJsGzipBytes: bytes.jsGzip,
      boothCssGzipBytes: bytes.cssGzip,
    });
    console.log(`booth files: ${files.join(" ")}`);
    await axeClean(phone, "sign-in");
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "vote-signin-360");

    // a wrong code is caught before anything is sent
    await phone.getByLabel("Voter code", { exact: true }).fill("short");
    await phone.getByRole("button", { name: "Start voting" }).click();
    await phone.getByText("Enter the whole voter code").waitFor();
    await phone.getByLabel("Voter code", { exact: true }).fill(code!);
    await phone.getByRole("button", { name: "Start voting" }).click();
    await phone.getByRole("heading", { name: "Choose projects" }).waitFor();
    await phone
      .getByText("Choose from 1 to 3 projects. The projects you choose may cost at most £10,000 in all.")
      .waitFor();
    await phone.getByText("shown in a random order, different for each voter").waitFor();

    const project = (title: string) =>
      phone.locator("li.project", { has: phone.getByRole("heading", { name: title }) });
    const choose = (title: string) => project(title).getByRole("checkbox").click();
    await choose("Trees on Mill Lane");
    await choose("Play street kit");
    const tally = phone.locator(".tally__text");
    await expect
      .poll(() => tally.textContent())
      .toContain("You have chosen 2 projects, costing £7,500. £2,500 left to spend.");
    // the £3,000 fridge no longer fits; the £2,500 hangar does
    await project("Community fridge").getByText("Costs more than the £2,500 you have left.").waitFor();
    expect(await project("Bike hangar").getByText("Costs more than").count()).toBe(0);
    await choose("Community fridge");
    await phone
      .getByRole("alert")
      .getByText("Your projects cost £10,500, £500 more than the £10,000 you may spend.")
      .waitFor();
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "vote-over-budget-360");
    await choose("Community fridge");
    await expect.poll(() => phone.getByRole("alert").count()).toBe(0);

    // search, category filter and the full description
    await phone.getByLabel("Search projects").fill("bench");
    await expect.poll(() => phone.locator("li.project").count()).toBe(1);
    await project("Pocket park benches").getByText("Full description").click();
    await project("Pocket park benches").getByText("the park's friends group will keep them clean").waitFor();
    await phone.getByLabel("Search projects").fill("");
    await phone.getByLabel("Category").selectOption("environment");
    await expect.poll(() => phone.locator("li.project").count()).toBe(3);
    await phone.getByLabel("Category").selectOption("");
    await choose("Bike hangar");
    await expect.poll(() => tally.textContent()).toContain("costing £10,000. £0 left to spend.");
    await noSidewaysScroll(phone);
    await axeClean(phone, "choose");
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "vote-choose-360");

    await phone.getByRole("button", { name: "Continue to check your ballot" }).click();
    await phone.getByRole("heading", { name: "Check your ballot" }).waitFor();
    await axeClean(phone, "review");
    const castAt = Date.now();
    await phone.getByRole("button", { name: "Cast my ballot" }).click();
    await phone.getByRole("heading", { name: "Your ballot has been counted" }).waitFor();
    measured.castRoundTripMs = Date.now() - castAt;
    measured.openToReceiptMs = Date.now() - started;
    const receipt = (await phone.getByTestId("receipt").textContent())!.trim();
    expect(receipt.length).toBeGreaterThanOrEqual(20);
    expect(receipt).not.toContain(code!);
    await axeClean(phone, "receipt");
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "vote-receipt-360");

    // the code cannot vote twice; this round lets a voter change their ballot with code and receipt
    expect(storedBallots(dbFile, APPROVAL.slug)).toEqual([]); // sealed in the mixing pool until then
    await phone.goto(`${server.baseUrl}/rounds/${APPROVAL.slug}/vote`);
    await phone.getByLabel("Voter code", { exact: true }).fill(code!);
    await phone.getByRole("button", { name: "Start voting" }).click();
    await choose("Bike hangar");
    await phone.getByRole("button", { name: "Continue to check your ballot" }).click();
    await phone.getByRole("button", { name: "Cast my ballot" }).click();
    await phone
      .getByText("This voter code has already been used to vote. To change your ballot, enter your receipt as well.")
      .waitFor();
    // the receipt field is revealed; a wrong receipt is refused plainly, and nothing changes
    await phone.getByLabel("Your receipt").fill("not-the-receipt-0000000");
    await phone.getByRole("button", { name: "Change my ballot" }).click();
    await phone.getByRole("heading", { name: "Choose projects" }).waitFor();
    await choose("Trees on Mill Lane");
    await phone.getByRole("button", { name: "Continue to check your ballot" }).click();
    await phone.getByRole("button", { name: "Cast my ballot" }).click();
    await phone.getByText("No ballot has this receipt for this voter code.", { exact: false }).waitFor();
    await axeClean(phone, "change: wrong receipt");
    await phone.getByLabel("Your receipt").fill(receipt);
    await phone.getByRole("button", { name: "Change my ballot" }).click();
    await phone.getByRole("heading", { name: "Choose projects" }).waitFor();
    // the draft kept (bike hangar, trees); add the fridge: £9,500 of £10,000
    await choose("Community fridge");
    await phone.getByRole("button", { name: "Continue to check your ballot" }).click();
    await phone.getByText("This ballot will replace the one you cast before.").waitFor();
    await phone.getByRole("button", { name: "Cast my ballot" }).click();
    await phone.getByRole("heading", { name: "Your ballot has been changed" }).waitFor();
    expect((await phone.getByTestId("receipt").textContent())!.trim()).toBe(receipt);
    await closeVoting(server, APPROVAL.slug);
    // once voting closes, the ballot stored is the changed one, once
    expect(storedBallots(dbFile, APPROVAL.slug)).toEqual([["1", "3", "4"]]);
    await phone.close();
  });

  it("an ordinal ballot is ranked with buttons and the keyboard alone", async () => {
    const [code] = await voterCodes(server, ORDINAL.slug, 1);
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${server.baseUrl}/rounds/${ORDINAL.slug}/vote`);
    await tabTo(phone, phone.getByLabel("Voter code", { exact: true }));
    await phone.keyboard.type(code!);
    await phone.keyboard.press("Enter");
    await phone.getByRole("heading", { name: "Choose projects" }).waitFor();
    await phone.getByText("Rank from 1 to 3 projects, your favourite first.").waitFor();
    const add = (title: string) => phone.getByRole("button", { name: new RegExp(`^Add to my ranking\\W+${title}$`) });
    // keyboard only: Tab to a control, press Enter / Space
    await tabTo(phone, add("Community fridge"));
    await phone.keyboard.press("Enter");
    await tabTo(phone, add("Library garden"));
    await phone.keyboard.press("Space");
    await tabTo(phone, add("Trees on Mill Lane"));
    await phone.keyboard.press("Enter");
    const ranking = phone.locator(".ranking li .ranking__title");
    await expect
      .poll(() => ranking.allTextContents())
      .toEqual(["Community fridge", "Library garden", "Trees on Mill Lane"]);
    // a fourth is over the limit, said at once
    await tabTo(phone, add("Bike hangar"));
    await phone.keyboard.press("Enter");
    await phone.getByRole("alert").getByText("Choose at most 3 projects: you have chosen 4 projects.").waitFor();
    await tabTo(phone, phone.getByRole("button", { name: "Remove “Bike hangar” from your ranking" }));
    await phone.keyboard.press("Enter");
    // move the trees to the top: twice up, focus stays on the button
    await tabTo(phone, phone.getByRole("button", { name: "Move “Trees on Mill Lane” up" }));
    await phone.keyboard.press("Enter");
    await phone.keyboard.press("Enter");
    await expect
      .poll(() => ranking.allTextContents())
      .toEqual(["Trees on Mill Lane", "Community fridge", "Library garden"]);
    await axeClean(phone, "ranking");
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "vote-ranking-360");
    await tabTo(phone, phone.getByRole("button", { name: "Continue to check your ballot" }));
    await phone.keyboard.press("Enter");
    await phone.getByRole("heading", { name: "Check your ballot" }).waitFor();
    await tabTo(phone, phone.getByRole("button", { name: "Cast my ballot" }));
    await phone.keyboard.press("Enter");
    await phone.getByRole("heading", { name: "Your ballot has been counted" }).waitFor();
    await phone.getByText("Your voter code cannot be used again in this round.").waitFor();
    await closeVoting(server, ORDINAL.slug);
    expect(storedBallots(dbFile, ORDINAL.slug)).toEqual([["1", "3", "6"]]);
    await phone.close();
  });
});

describe("points and timing", () => {
  it("a cumulative ballot: points shared out with + and − buttons; time to cast on a phone", async () => {
    const [code] = await voterCodes(server, CUMULATIVE.slug, 1);
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    const started = Date.now();
    await phone.goto(`${server.baseUrl}/rounds/${CUMULATIVE.slug}/vote`);
    await phone.getByLabel("Voter code", { exact: true }).fill(code!);
    await phone.getByRole("button", { name: "Start voting" }).click();
    await phone
      .getByText("Share out up to 5 points between the projects you like, at most 3 points on one project.")
      .waitFor();
    const add = (title: string) => phone.getByRole("button", { name: `Add a point to “${title}”` });
    const take = (title: string) => phone.getByRole("button", { name: `Take a point from “${title}”` });
    for (let i = 0; i < 3; i++) await add("Bike hangar").click();
    // at most 3 on one project: the + is disabled
    expect(await add("Bike hangar").isDisabled()).toBe(true);
    await add("Library garden").click();
    await add("Library garden").click();
    await add("Library garden").click();
    await phone.getByRole("alert").getByText("You have given 6 points: you may give at most 5 points.").waitFor();
    await take("Library garden").click();
    await expect.poll(() => phone.locator(".tally__text").textContent()).toContain("0 points left to give.");
    await phone.getByRole("button", { name: "Continue to check your ballot" }).click();
    await phone.getByRole("button", { name: "Cast my ballot" }).click();
    await phone.getByRole("heading", { name: "Your ballot has been counted" }).waitFor();
    measured.cumulativeOpenToCountedMs = Date.now() - started;
    await closeVoting(server, CUMULATIVE.slug);
    const db = new SqliteDatabase(dbFile, { readonly: true, fileMustExist: true });
    const stored = db
      .prepare(
        `SELECT b.externalId AS project, c.points AS points FROM ballot_choice c JOIN bid b ON b."key" = c.bidKey
         JOIN round r ON r."key" = b.roundKey WHERE r.slug = ? ORDER BY b.externalId`,
      )
      .all(CUMULATIVE.slug);
    db.close();
    expect(stored).toEqual([
      { project: "4", points: 3 },
      { project: "6", points: 2 },
    ]);
    await phone.close();
  });
});

describe("the result of a decided PB round, for residents", () => {
  it("a resident finds their project on Wieliczka's Equal Shares round and reads why it was not funded", async () => {
    const slug = "wieliczka-2023-green-million";
    interface Minor {
      minor: number;
    }
    interface P {
      funded: boolean;
      reasonFacts: {
        decisive?: {
          kind: string;
          after?: unknown;
          cost: Minor;
          moneyLeft: Minor;
          shortfall: Minor;
          moreSupportersNeeded: number;
        };
      } | null;
      bid: { title: string; amountRequested: { amountMinor: number } };
    }
    const data = await gql<{ round: { decision: { projects: P[] } } }>(
      server,
      `query($s: String!) { round(slug: $s) { decision { projects { funded reasonFacts bid { title amountRequested { amountMinor } } } } } }`,
      { s: slug },
    );
    const projects = data.round.decision.projects;
    // an unfunded project the engine also did not fund, which became unaffordable after a purchase
    const mine = projects.find(
      (p) =>
        !p.funded &&
        p.reasonFacts?.decisive?.kind === "mes" &&
        p.reasonFacts.decisive.after &&
        projects.filter((q) => q.bid.title.toLowerCase().includes(p.bid.title.toLowerCase())).length === 1,
    )!;
    expect(mine).toBeTruthy();
    const facts = mine.reasonFacts!.decisive!;
    // the facts are consistent with what the page says: held less than the cost, short by the difference
    expect(facts.cost.minor).toBe(mine.bid.amountRequested.amountMinor);
    expect(facts.moneyLeft.minor).toBeLessThan(facts.cost.minor);
    expect(Math.abs(facts.shortfall.minor - (facts.cost.minor - facts.moneyLeft.minor))).toBeLessThanOrEqual(1);

    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${server.baseUrl}/rounds/${slug}`);
    await phone.getByRole("heading", { name: "How it was decided" }).waitFor();
    await phone.getByText(/^\s*Equal Shares: the .* pot was split equally between .* voters/).waitFor();
    await phone.getByLabel("Project name").fill(mine.bid.title);
    const card = phone.locator(".result.card", { has: phone.getByRole("heading", { name: mine.bid.title }) });
    await card.waitFor();
    const reason = (await card.locator(".result__reason").textContent())!;
    expect(reason).toMatch(/^Not funded: each voter had an equal share of /);
    expect(reason).toContain("which they had also voted for");
    expect(reason).toContain(`It would have taken ${facts.moreSupportersNeeded} more supporter`);
    expect(reason).not.toMatch(/round \d+/); // no engine language
    await card.getByText("Details: the engine's exact figures").click();
    await card
      .locator(".result__engine")
      .getByText(/its supporters held only/)
      .waitFor();
    await noSidewaysScroll(phone);
    measured.wieliczkaPageHeightPx = await phone.evaluate(() => document.documentElement.scrollHeight);
    // long rounds collapse: no 35,000 px page on a phone
    expect(measured.wieliczkaPageHeightPx).toBeLessThan(35_000);
    await axeClean(phone, "Wieliczka result");
    // the "find my project" part of the page, not the whole 16,000 px
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const top = (selector: string) =>
      phone.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
      }, selector);
    const from = await top("#find-h");
    const to = await top(".result.card");
    await phone.screenshot({
      path: join(SCREENSHOT_DIR, "result-find-my-project-360.png"),
      fullPage: true,
      clip: { x: 0, y: from.top - 8, width: 360, height: to.bottom - from.top + 16 },
    });

    // every project, 20 a page
    const list = phone.locator("ol.results > li");
    expect(await list.count()).toBe(Math.min(20, projects.length));
    if (projects.length > 20) {
      await phone.getByRole("button", { name: "Next 20" }).click();
      await phone.getByText(`Page 2 of ${Math.ceil(projects.length / 20)}`).waitFor();
    }
    await phone.close();
  });
});
