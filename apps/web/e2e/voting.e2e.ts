import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  SqliteDatabase,
  noSidewaysScroll,
  axe,
  gql,
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

// Issue 15, the officer's and the resident's side of voting, end to end in headless Chromium against
// the built server: an officer issues and prints voter codes on the voting desk, residents vote with
// them on 360 px phones and at a kiosk that clears itself, two paper ballots are entered by officers
// (one mismatch, resolved by a third officer), public pages show no counts while voting, the officer
// closes voting, the decision is computed, and a resident checks that their receipt was counted.
// The PB round open for voting and two more Lambeth officers are written into a copy of the seeded
// demo database before the server starts (the seed has neither; there is no screen for ballot rules).

process.env.VOTER_TOKEN_SECRET ??= "e2e-voter-token-secret-0123456789";

const SLUG = "lambeth-2026-street-fund-vote";
const TITLE = "Street fund 2026";
const PROJECTS = [
  { id: "1", title: "Trees on Mill Lane", costMinor: 400_000, category: "environment" },
  { id: "2", title: "Play street kit", costMinor: 350_000, category: "children" },
  { id: "3", title: "Community fridge", costMinor: 300_000, category: "food" },
  { id: "4", title: "Bike hangar", costMinor: 250_000, category: "transport" },
];
const OFFICER_A = "officer@lambeth.example";
const OFFICER_B = "second.officer@lambeth.example";
const OFFICER_C = "third.officer@lambeth.example";

function withVotingRound(seeded: string): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "coproduce-e2e-voting-"));
  const from = dirname(seeded);
  const base = seeded.slice(from.length + 1);
  for (const name of readdirSync(from).filter((n) => n.startsWith(base)))
    copyFileSync(join(from, name), join(dir, name.replace(base, "voting.sqlite")));
  const file = join(dir, "voting.sqlite");
  const db = new SqliteDatabase(file);
  const council = db.prepare(`SELECT "key" FROM council WHERE slug = 'lambeth'`).get() as { key: number };
  const round = db
    .prepare(
      `INSERT INTO round (slug, councilKey, title, description, kind, phase, theme, potMinor, currency, ballotType, decisionMethod, allocationRule, allocationParams, year, ballotsChangeable)
       VALUES (?, ?, ?, ?, 'participatory_budgeting', 'deciding', 'environment', 1000000, 'GBP', 'approval', 'voting', 'greedy', ?, 2026, 0)`,
    )
    .run(
      SLUG,
      council.key,
      TITLE,
      "Residents choose what the fund pays for.",
      JSON.stringify({ ballot: { maxLength: 3 } }),
    );
  for (const p of PROJECTS)
    db.prepare(
      `INSERT INTO bid (roundKey, externalId, title, summary, category, amountRequestedMinor, currency, status)
       VALUES (?, ?, ?, '', ?, ?, 'GBP', 'submitted')`,
    ).run(round.lastInsertRowid, p.id, p.title, p.category, p.costMinor);
  // two more Lambeth officers, with the demo officer's account settings and password
  const officer = db.prepare(`SELECT * FROM user_account WHERE email = ?`).get(OFFICER_A) as Record<string, unknown>;
  const columns = Object.keys(officer).filter((c) => c !== "key");
  for (const [email, name] of [
    [OFFICER_B, "Second Lambeth officer"],
    [OFFICER_C, "Third Lambeth officer"],
  ] as const)
    db.prepare(
      `INSERT INTO user_account (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    ).run(...columns.map((c) => (c === "email" ? email : c === "displayName" ? name : officer[c])));
  db.close();
  return { file, dir };
}

async function axeClean(p: Page, label: string): Promise<void> {
  for (const width of [360, 1280]) {
    await p.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    const violations = await axe(p);
    expect(violations, `${label} at ${width} px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
}

/** A resident votes in the booth with a code: the projects chosen, the receipt back. */
async function voteWith(p: Page, code: string, titles: string[]): Promise<string> {
  await p.getByLabel("Voter code", { exact: true }).fill(code);
  await p.getByRole("button", { name: "Start voting" }).click();
  await p.getByRole("heading", { name: "Choose projects" }).waitFor();
  for (const title of titles)
    await p
      .locator("li.project", { has: p.getByRole("heading", { name: title }) })
      .getByRole("checkbox")
      .click();
  await p.getByRole("button", { name: "Continue to check your ballot" }).click();
  await p.getByRole("button", { name: "Cast my ballot" }).click();
  await p.getByRole("heading", { name: "Your ballot has been counted" }).waitFor();
  return (await p.getByTestId("receipt").textContent())!.trim();
}

async function enterPaper(p: Page, serial: string, titles: string[]): Promise<void> {
  const form = p.locator("form", { has: p.getByRole("heading", { name: "Enter a paper ballot" }) });
  await form.getByLabel("Serial number").fill(serial);
  for (const title of titles) await form.getByLabel(title, { exact: true }).check();
  await form.getByRole("button", { name: "Enter this paper" }).click();
}

let server: RunningServer;
let browser: RunningBrowser;
let dbDir: string;
const measured: Record<string, number> = {};

beforeAll(async () => {
  const made = withVotingRound(await seededDatabase());
  dbDir = made.dir;
  server = await startServer({ copyOf: made.file });
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
  console.log(`voting measurements: ${JSON.stringify(measured)}`);
});

describe("voting, from the officer's desk to the resident's receipt", () => {
  it("codes printed, residents vote on phones and at a kiosk, paper entered twice, voting closed, receipt counted", async () => {
    // The officer opens the round's task list and follows the link to the voting desk.
    const desk = await browser.newPage();
    await signInAsOfficer(desk, server, OFFICER_A);
    await desk.goto(`${server.baseUrl}/officer/rounds/${SLUG}`);
    await settle(desk);
    await desk.getByRole("link", { name: /^Voting desk/ }).click();
    await desk.getByRole("heading", { name: `Voting: ${TITLE}` }).waitFor();
    expect(new URL(desk.url()).pathname).toBe(`/officer/rounds/${SLUG}/voting`);
    await settle(desk);

    // Issue a batch of 12 codes (a bad count first), shown once, and print them on slips.
    const codesForm = desk.locator("form", {
      has: desk.getByRole("heading", { name: "Issue a batch of voter codes" }),
    });
    await codesForm.getByLabel("How many codes").fill("1.5");
    await codesForm.getByRole("button", { name: "Issue the codes" }).click();
    await codesForm.getByRole("alert").getByText("Enter the number of codes as a whole number, like 50.").waitFor();
    await codesForm.getByLabel("How many codes").fill("12");
    await codesForm.getByLabel("Label for the batch (optional)").fill("Brixton library, Saturday");
    await codesForm.getByRole("button", { name: "Issue the codes" }).click();
    await desk.getByText("12 voter codes issued.").waitFor();
    await desk.getByText("These codes are shown only once.").waitFor();
    const codes = (await desk.getByTestId("issued-codes").locator("ol li code").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    const batches = desk.getByTestId("batches");
    await expect.poll(() => batches.locator("tbody tr").count()).toBe(1);
    const batchRow = (await batches.locator("tbody tr").first().locator("td").allTextContents()).map((s) => s.trim());
    expect(batchRow.slice(1)).toEqual(["Lambeth commissioning officer", "Brixton library, Saturday", "12"]);
    await desk.setViewportSize({ width: 360, height: 740 });
    await noSidewaysScroll(desk);
    await axeClean(desk, "voting desk");
    await desk.setViewportSize({ width: 1280, height: 900 });
    await desk.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk, "officer-voting");

    // The print view: only the slips, one per code, each with the title, the booth's address and the steps.
    await desk.emulateMedia({ media: "print" });
    const slips = desk.locator(".voter-slips .slip");
    expect(await slips.count()).toBe(12);
    expect(await desk.locator("#app").isVisible()).toBe(false);
    expect(await desk.locator(".voter-slips").isVisible()).toBe(true);
    const booth = `${server.baseUrl}/rounds/${SLUG}/vote`;
    for (let i = 0; i < 12; i++) {
      const text = (await slips.nth(i).textContent())!;
      expect(text).toContain(`Your vote: ${TITLE}`);
      expect(text).toContain(booth);
      expect(text).toContain("Type the code exactly as it is printed here");
      expect((await slips.nth(i).getByTestId("slip-code").textContent())!.trim()).toBe(codes[i]);
    }
    await screenshot(desk, "voter-codes-print");
    await desk.emulateMedia({ media: "screen" });

    // Public pages show no counts while voting is open.
    const visitor = await browser.newPage();
    await visitor.setViewportSize({ width: 360, height: 740 });
    await visitor.goto(`${server.baseUrl}/rounds/${SLUG}`);
    await settle(visitor);
    await visitor.getByRole("heading", { name: "Voting is open" }).waitFor();
    await visitor.getByText("No votes or counts are shown until voting closes.").waitFor();
    expect(await visitor.getByRole("heading", { name: "Who voted" }).count()).toBe(0);

    // Ten residents on 360 px phones vote with the printed codes.
    const receipts: string[] = [];
    const choices = [
      ["Trees on Mill Lane", "Play street kit"],
      ["Trees on Mill Lane"],
      ["Community fridge", "Bike hangar"],
      ["Trees on Mill Lane", "Bike hangar"],
      ["Play street kit"],
    ];
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      const phone = await browser.newPage();
      await phone.setViewportSize({ width: 360, height: 740 });
      await phone.goto(booth);
      await phone.getByRole("heading", { name: "Sign in with your voter code" }).waitFor();
      receipts.push(await voteWith(phone, codes[i]!, choices[i % choices.length]!));
      if (i === 0) {
        // the done page links to the receipt check, which finds the ballot (not yet counted)
        await noSidewaysScroll(phone);
        await phone.getByRole("link", { name: "Check your receipt" }).click();
        await phone.getByRole("heading", { name: "Check your receipt", level: 1 }).waitFor();
        await phone.getByLabel("Your receipt").fill(receipts[0]!);
        await phone.getByRole("button", { name: "Check my receipt" }).click();
        await phone
          .getByTestId("receipt-answer")
          .getByText(/^Received and (sealed|stored)$/)
          .waitFor();
      }
      await phone.close();
    }
    measured.tenPhoneVotersMs = Date.now() - started;

    // A kiosk: the officer starts a session; the device votes for one resident, then clears itself.
    const kioskForm = desk.locator("form", { has: desk.getByRole("heading", { name: "Start a kiosk session" }) });
    await kioskForm.getByLabel(/How many hours/).fill("2");
    await kioskForm.getByRole("button", { name: "Start the kiosk" }).click();
    const kioskUrl = (await desk.getByTestId("kiosk-url").textContent())!.trim();
    expect(kioskUrl.startsWith(`${booth}#kiosk=`)).toBe(true);
    const kiosk = await browser.newPage();
    await kiosk.setViewportSize({ width: 360, height: 740 });
    await kiosk.goto(kioskUrl);
    await kiosk.getByTestId("kiosk-banner").waitFor();
    await expect.poll(() => new URL(kiosk.url()).hash).toBe(""); // the token leaves the address bar
    receipts.push(await voteWith(kiosk, codes[10]!, ["Community fridge"]));
    await kiosk.getByRole("button", { name: "Finish and clear for the next voter" }).click();
    await kiosk.getByRole("heading", { name: "Sign in with your voter code" }).waitFor();
    expect(await kiosk.getByLabel("Voter code", { exact: true }).inputValue()).toBe("");
    expect(await kiosk.getByTestId("receipt").count()).toBe(0);
    expect(await kiosk.getByText(receipts[10]!).count()).toBe(0);
    await kiosk.getByTestId("kiosk-banner").waitFor();
    // the next voter at the same kiosk, still in kiosk mode
    receipts.push(await voteWith(kiosk, codes[11]!, ["Bike hangar"]));
    await kiosk.close();

    // Paper ballots: officer A enters two papers, officer B agrees on one and disagrees on the other.
    await enterPaper(desk, "P-001", ["Trees on Mill Lane", "Bike hangar"]);
    await desk.getByText("Paper P-001 is entered. A second officer now enters the same paper.").waitFor();
    await enterPaper(desk, "P-002", ["Play street kit"]);
    await desk.getByText("Paper P-002 is entered.", { exact: false }).waitFor();
    const second = await browser.newPage();
    await signInAsOfficer(second, server, OFFICER_B);
    await second.goto(`${server.baseUrl}/officer/rounds/${SLUG}/voting`);
    await settle(second);
    await enterPaper(second, "P-001", ["Bike hangar", "Trees on Mill Lane"]);
    await second.getByText("Paper P-001 matches the other entry: counted.").waitFor();
    await enterPaper(second, "P-002", ["Community fridge"]);
    await second.getByText("Paper P-002 does not match the other officer's entry: flagged MISMATCH.").waitFor();
    await second.getByTestId("paper-mismatch").waitFor();
    // the flagged paper heads the list of papers entered
    const flagged = second.getByTestId("papers").locator("tbody tr").first();
    await expect.poll(() => flagged.textContent()).toMatch(/^P-002\s*MISMATCH/);
    await second
      .getByTestId("paper-standing")
      .getByText("1 counted, 0 waiting for a second entry, 1 flagged as MISMATCH.")
      .waitFor();
    await axeClean(second, "voting desk with a mismatch");
    // a third officer reads P-002 again and agrees with officer B: counted
    const third = await browser.newPage();
    await signInAsOfficer(third, server, OFFICER_C);
    await third.goto(`${server.baseUrl}/officer/rounds/${SLUG}/voting`);
    await settle(third);
    await enterPaper(third, "P-002", ["Community fridge"]);
    await third.getByText("Paper P-002 matches the other entry: counted.").waitFor();
    await third
      .getByTestId("paper-standing")
      .getByText("2 counted, 0 waiting for a second entry, 0 flagged as MISMATCH.")
      .waitFor();
    const turnout = (await third.getByTestId("turnout").textContent())!;
    expect(turnout).toMatch(/People who have voted\s*14(?!\d)/);
    expect(turnout).toMatch(/Paper ballots counted\s*2(?!\d)/);
    expect(turnout).toMatch(/Voter codes used\s*12 of 12(?!\d)/);

    // Still no counts in public (the API's public fields too).
    const open = await gql<{ round: unknown }>(
      server,
      `query($s: String!) { round(slug: $s) { ballotChannels { total } countedReceipts decision { id } bids { status } } }`,
      { s: SLUG },
    );
    expect(open.round).toEqual({
      ballotChannels: null,
      countedReceipts: null,
      decision: null,
      bids: PROJECTS.map(() => ({ status: "SUBMITTED" })),
    });

    // The officer closes voting: the decision is computed.
    await third.getByRole("button", { name: "Close voting" }).click();
    await third.getByRole("button", { name: "Yes, close voting and count" }).click();
    await third.getByText("Voting has closed. The ballots are counted and the decision is taken.").waitFor();
    await third.getByTestId("requirements").getByText("The decision has been taken.").waitFor();
    const decided = await gql<{
      round: {
        decision: {
          decidedAt: string | null;
          result: { ballots: number };
          projects: { funded: boolean; bid: { externalId: string } }[];
        };
        countedReceipts: string[];
      };
    }>(
      server,
      `query($s: String!) { round(slug: $s) { decision { decidedAt result projects { funded bid { externalId } } } countedReceipts } }`,
      { s: SLUG },
    );
    expect(decided.round.decision.decidedAt).toBeTruthy();
    expect(decided.round.decision.result.ballots).toBe(14);
    expect(decided.round.countedReceipts).toHaveLength(14);
    // votes: trees 6 phones + 1 paper = 7; bike 4 phones + 1 kiosk + 1 paper = 6; play 4 phones; fridge 2 phones
    // + 1 kiosk + 1 paper = 4. Greedy on £10,000: trees (£4,000), bike (£2,500), then of the two tied on 4
    // votes, play (£3,500) or fridge (£3,000): either fits the £3,500 left, and then the other does not.
    const funded = decided.round.decision.projects
      .filter((p) => p.funded)
      .map((p) => p.bid.externalId)
      .sort();
    expect(funded).toHaveLength(3);
    expect([
      ["1", "2", "4"],
      ["1", "3", "4"],
    ]).toContainEqual(funded);

    // A resident checks their receipt: counted. A receipt that is not theirs is not found.
    const resident = await browser.newPage();
    await resident.setViewportSize({ width: 360, height: 740 });
    await resident.goto(`${server.baseUrl}/rounds/${SLUG}/receipt`);
    await settle(resident);
    await resident.getByLabel("Your receipt").fill("not-a-real-receipt-000");
    await resident.getByRole("button", { name: "Check my receipt" }).click();
    await resident.getByTestId("receipt-answer").getByText("Not found").waitFor();
    await resident.getByLabel("Your receipt").fill(` ${receipts[3]!} `);
    await resident.getByRole("button", { name: "Check my receipt" }).click();
    await resident.getByTestId("receipt-answer").getByRole("heading", { name: "Counted" }).waitFor();
    await resident.getByText("Your ballot was counted in the result.").waitFor();
    await noSidewaysScroll(resident);
    await axeClean(resident, "receipt check");
    await resident.setViewportSize({ width: 360, height: 740 });
    await screenshot(resident, "receipt-check");

    // Who voted, on the public round page: turnout, online vs paper with the small paper count suppressed.
    await visitor.reload();
    await settle(visitor);
    await visitor.getByRole("heading", { name: "Who voted" }).waitFor();
    await visitor.getByTestId("turnout").getByText("14 people voted.").waitFor();
    await visitor.getByTestId("channels").getByText("Online and at kiosks: [c]. On paper: <5.").waitFor();
    await visitor.getByTestId("suppression-note").getByText("“<5” means from 1 to 4 people").waitFor();
    await noSidewaysScroll(visitor);
    // the officer sees the exact split on the desk
    await third.reload();
    await settle(third);
    expect((await third.getByTestId("turnout").textContent())!).toMatch(/Online and at kiosks\s*12(?!\d)/);
    for (const p of [desk, second, third, visitor, resident]) await p.close();
  });

  it("who voted on a decided PB round with voters' age and sex: published counts, small ones suppressed and explained", async () => {
    const slug = "warszawa-2019-stara-ochota";
    const api = await gql<{ round: { id: string; ballotsCast: number } }>(
      server,
      `query($s: String!) { round(slug: $s) { id ballotsCast } }`,
      { s: slug },
    );
    type Dim = {
      dimension: string;
      categories: { category: string; count: { display: string } }[];
      noData: { display: string };
    };
    const published = await gql<{ participation: { voters: Dim[] } }>(
      server,
      `query($id: ID!) { participation(round: $id) { voters { dimension categories { category count { display } } noData { display } } } }`,
      { id: api.round.id },
    );
    const dims = published.participation.voters.filter((d) => d.categories.some((c) => c.count.display !== "0"));
    expect(dims.map((d) => d.dimension).sort()).toEqual(["age_band", "sex"]);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.baseUrl}/rounds/${slug}`);
    await settle(page);
    const section = page.locator("#voting");
    await section.getByRole("heading", { name: "Who voted" }).waitFor();
    const people = new Intl.NumberFormat("en-GB").format(api.round.ballotsCast);
    await section.getByTestId("turnout").getByText(`${people} people voted.`).waitFor();
    for (const d of dims) {
      const table = section.locator("table", {
        has: page.locator("caption", { hasText: d.dimension === "sex" ? "Voters by sex" : "Voters by age" }),
      });
      const counts = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map((s) => s.trim());
      expect(counts).toEqual([...d.categories.map((c) => c.count.display), d.noData.display]);
    }
    const hidden = dims.some((d) =>
      [...d.categories.map((c) => c.count.display), d.noData.display].some((x) => x === "<5" || x === "[c]"),
    );
    expect(await section.getByTestId("suppression-note").count()).toBe(hidden ? 1 : 0);
    await noSidewaysScroll(page);
    await axeClean(page, "who voted");
    await page.close();
  });
});
