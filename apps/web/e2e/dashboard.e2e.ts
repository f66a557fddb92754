import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  settle,
  axe,
  freshServer,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  startServer,
  waitForPaintedCanvas,
  type RunningBrowser,
  type RunningServer,
  signInAsOfficer,
} from "./harness";
import { colour } from "../src/styles/tokens";

// The real built server (API + dashboard) on a fresh SQLite database seeded with demo data,
// driven by real headless Chromium. No mocks.
const LAMBETH_ROUND = "/rounds/lambeth-2023-young-offenders-service";

const PAGES = [
  { name: "home", path: "/", heading: "Where the money went" },
  { name: "council", path: "/councils/lambeth", heading: "London Borough of Lambeth" },
  { name: "round", path: LAMBETH_ROUND, heading: "A service for young offenders, chosen by young people" },
  { name: "outcomes", path: "/outcomes", heading: "Did it work?" },
  {
    name: "compare",
    path: `/compare?councils=hackney,lambeth,lewisham,southwark&rounds=lambeth-2023-young-offenders-service`,
    heading: "Compare councils and rounds",
  },
  { name: "officer", path: "/officer", heading: "Officer console" },
  { name: "panel", path: "/panel", heading: "Your panel" },
  { name: "not-found", path: "/no-such-page", heading: "Page not found" },
] as const;

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;

/** "12,500.50" (major units, as shown) → 1250050 minor units, from the digits (no float arithmetic). */
function toMinor(text: string): number {
  const [whole, fraction = ""] = text.replace(/,/g, "").split(".");
  return Number(`${whole}${fraction.padEnd(2, "0")}`);
}

/** 1250050 → "12500.50", as an officer would type it. */
function major(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

/** A figure's CSV download (its data: URI) as rows of cells, read as RFC 4180 (quoted cells may hold commas). */
async function csvOf(figure: Locator): Promise<string[][]> {
  const href = (await figure.getByRole("link", { name: /Download CSV/ }).getAttribute("href")) ?? "";
  const text = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ""));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

/** Pixels of one colour (a token's hex) on the canvases matching `selector`. */
async function pixelsOf(p: Page, selector: string, hex: string): Promise<number> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return p.$$eval(
    selector,
    (canvases, [r, g, b]) =>
      (canvases as HTMLCanvasElement[]).reduce((n, canvas) => {
        const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
        return n;
      }, 0),
    [r, g, b],
  );
}

/** A GraphQL request to the running server (as an officer when `token` is given); fails on any error. */
async function gql(
  srv: RunningServer,
  query: string,
  variables: object = {},
  token?: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as Record<string, unknown>;
}

/** One mutation through the API as an officer; fails unless it succeeded with no userErrors. */
async function write(
  srv: RunningServer,
  mutation: string,
  inputType: string,
  selection: string,
  token: string,
  input: object,
): Promise<Record<string, unknown>> {
  const data = await gql(
    srv,
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code message field } } }`,
    { input },
    token,
  );
  const payload = data[mutation] as { userErrors: unknown[] } & Record<string, unknown>;
  expect(payload.userErrors, JSON.stringify(payload.userErrors)).toEqual([]);
  return payload;
}

async function officerToken(srv: RunningServer, email: string): Promise<string> {
  const login = await gql(srv, `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token } }`, {
    input: { email, password: "coproduce-demo" },
  });
  const token = (login.officerLogin as { token: string | null }).token;
  expect(token).toBeTruthy();
  return token!;
}

/**
 * A form's message beside a field (the GOV.UK pattern also repeats it, as a link, in the error
 * summary at the top of the form: see `errorSummary`).
 */
function fieldError(form: Locator, text: string | RegExp): Locator {
  return form.locator("p.error-text", { hasText: text });
}
function errorSummary(form: Locator): Locator {
  return form.locator(".error-summary");
}

/** Opens the officer console signed in as `email` (a fresh page has no session). */
/** Signs in, opens one round's page in the console (its task list and this stage's forms); `form(heading)` finds a form. */
async function openRoundForms(
  p: Page,
  srv: RunningServer,
  email: string,
  slug: string,
): Promise<{ card: Locator; form: (heading: string) => Locator }> {
  await signInAsOfficer(p, srv, email);
  const card = p.locator("li.card", { has: p.locator(`a[href="/rounds/${slug}"]`) });
  await card.getByRole("link", { name: /Manage this round/ }).click();
  await p.getByRole("heading", { name: "Stages of the round" }).waitFor();
  const main = p.locator("main");
  const form = (name: string) => main.locator("form", { has: p.getByRole("heading", { name, exact: true }) });
  return { card: main, form };
}

/** "Advance to next stage", then the confirmation. */
async function advanceStage(p: Page): Promise<void> {
  await p.getByRole("button", { name: "Advance to next stage" }).click();
  await p.getByRole("button", { name: /^Yes, move to/ }).click();
}

describe("dashboard end to end", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(PAGES)("$name page ($path) renders, passes axe and is screenshotted", async ({ name, path, heading }) => {
    await page.goto(`${server.baseUrl}${path}`);
    await settle(page);
    await expect(page.locator("main h1").first().innerText()).resolves.toBe(heading);
    await expect.poll(() => page.locator("[role=alert]").count()).toBe(0);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, name);
  });

  it("Home shows totals and a painted bar chart whose table and download agree", async () => {
    await page.goto(`${server.baseUrl}/`);
    await settle(page);
    const painted = await waitForPaintedCanvas(page, "#by-council canvas");
    expect(painted.paintedPixels).toBeGreaterThan(1000);
    // totals per currency, never added together (e.g. "£1,771,100 + zł117,063 awarded")
    await expect(page.getByTestId("scope").innerText()).resolves.toMatch(/£[\d,]+( \+ [^+]+?)* awarded/);

    const figure = page.locator("#by-council");
    await figure.getByRole("button", { name: "Show data table" }).click();
    const rows = figure.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const firstCouncil = await rows.first().locator("th").innerText();
    const canvasLabel = (await figure.locator("canvas").getAttribute("aria-label")) ?? "";
    expect(canvasLabel).toContain(firstCouncil);
    const csvHref = (await figure.getByRole("link", { name: /Download CSV/ }).getAttribute("href")) ?? "";
    expect(decodeURIComponent(csvHref)).toContain(firstCouncil);
    // the table and the download in pounds: "Awarded (£)", the CSV's pounds exactly the table's money
    await expect(figure.locator("thead th").nth(1).innerText()).resolves.toMatch(/^Awarded \(£\)/);
    const csv = await csvOf(figure);
    expect(csv[0]).toEqual(["Council", "Awarded (£)", "Share of total (%)", "Number of awards"]);
    expect(csv[1]![0]).toBe(firstCouncil);
    expect(csv[1]![1]).toMatch(/^\d+\.\d\d$/);
    const shown = (await rows.first().locator("td").first().innerText()).replace(/^£/, "");
    expect(toMinor(csv[1]![1]!)).toBe(toMinor(shown));
    expect(csv.slice(1).every((row) => /^\d+\.\d\d$/.test(row[1]!))).toBe(true);
    // the footer links both open-data packages, and they name this server, as the request reached it
    const footer = page.locator("footer");
    await expect(footer.getByRole("link", { name: "OCDS" }).getAttribute("href")).resolves.toBe("/exports/ocds.json");
    const giving = footer.getByRole("link", { name: "360Giving (grants)" });
    await expect(giving.getAttribute("href")).resolves.toBe("/exports/360giving.json");
    const grants = (await (await fetch(`${server.baseUrl}/exports/360giving.json`)).json()) as {
      publisher: { website: string };
      downloadURL: string;
    };
    expect(grants.publisher.website).toBe(server.baseUrl);
    expect(grants.downloadURL).toBe(`${server.baseUrl}/exports/360giving.json`);
    // "rounds run" drills to the councils table, whose rounds per council add up to it
    const roundsTile = page.getByRole("link", { name: /rounds run/ });
    const roundsRun = Number(await roundsTile.locator(".stat-tile__value").innerText());
    await expect(roundsTile.getAttribute("href")).resolves.toBe("/#councils");
    const perCouncil = await page.locator("#councils tbody tr td:nth-child(4)").allInnerTexts();
    expect(perCouncil.reduce((sum, t) => sum + Number(t), 0)).toBe(roundsRun);
  });

  it("drills down Home → council → round, with the breadcrumb and the Lambeth story", async () => {
    await page.goto(`${server.baseUrl}/`);
    await settle(page);
    await page.locator("#councils").getByRole("link", { name: "London Borough of Lambeth" }).click();
    await page.waitForURL(/\/councils\/lambeth$/);
    await settle(page);
    await expect(page.locator("main h1").innerText()).resolves.toBe("London Borough of Lambeth");
    await waitForPaintedCanvas(page, "#per-capita canvas");

    await page.getByRole("link", { name: "A service for young offenders, chosen by young people" }).click();
    await page.waitForURL(new RegExp(`${LAMBETH_ROUND}$`));
    await settle(page);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect.poll(() => crumbs.getByRole("link", { name: "London Borough of Lambeth" }).count()).toBe(1);
    const story = await page.locator("main").innerText();
    expect(story).toContain("£32,000");
    expect(story).toContain("Brixton Pound (B£)");
    expect(story).toContain("young offenders aged 16–21");
    expect(story).toContain("The panel chose “Brixton Youth Talent Show”.");
    expect(story).toContain("chose differently from the officer's recommendation");
    // the results table has a running "money left": £32,000 less the funded £30,400 on the first row
    await expect(page.locator("#decision tbody tr").first().innerText()).resolves.toContain("£1,600");
    // the story is told in order
    const order = [
      "1. The pot",
      "3. The panel",
      "5. The outcomes",
      "6. The tender",
      "8. The decision",
      "9. Awards",
      "10. Did it work?",
    ];
    const positions = order.map((h) => story.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // outcome progress line charts actually painted
    await waitForPaintedCanvas(page, "#progress canvas");
    // the panel's ages beside the target group (young offenders aged 16–21 → the census bands 15–24), not all residents
    const panelSection = page.locator("#panel");
    await panelSection.getByText("Panel members (", { exact: false }).first().waitFor();
    const panelText = await panelSection.innerText();
    expect(panelText).toContain("vs usual residents aged 15–24, the ages the round is for (Census 2021)");
    expect(panelText).toContain("Age is compared with residents aged 15–24");
    await panelSection.screenshot({ path: await screenshot(page, "round-panel-target-group") });

    // back up the breadcrumb
    await crumbs.getByRole("link", { name: "London Borough of Lambeth" }).click();
    await page.waitForURL(/\/councils\/lambeth$/);
  });

  it("keeps filters in the URL and removes them with a chip", async () => {
    await page.goto(`${server.baseUrl}/?council=lambeth`);
    await settle(page);
    await expect(page.getByTestId("scope").innerText()).resolves.toContain("London Borough of Lambeth");
    // the latest decisions follow the filter too
    const decisions = page.locator("#latest .decisions > li");
    expect(await decisions.count()).toBeGreaterThan(0);
    for (const text of await decisions.locator("p.muted").allInnerTexts())
      expect(text).toContain("London Borough of Lambeth");
    await page.getByRole("button", { name: /Remove filter Council: London Borough of Lambeth/ }).click();
    await page.waitForURL((url) => !url.search.includes("council="));
    await settle(page);
    await expect(page.getByTestId("scope").innerText()).resolves.toContain("All councils");
  });

  it("works at 360 px wide without sideways scrolling, menu included", async () => {
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    for (const path of [
      "/",
      LAMBETH_ROUND,
      "/panel",
      "/outcomes",
      "/compare?councils=lambeth&rounds=lambeth-2023-young-offenders-service&normalise=per-pot",
      "/rounds/wieliczka-2023-green-million",
      "/councils/lambeth",
    ]) {
      await phone.goto(`${server.baseUrl}${path}`);
      await settle(phone);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await phone.goto(`${server.baseUrl}/`);
    await settle(phone);
    const menu = phone.getByRole("button", { name: "Menu" });
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await menu.click();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await phone.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outcomes" }).click();
    await phone.waitForURL(/\/outcomes$/);
    await phone.goto(`${server.baseUrl}/`);
    await settle(phone);
    await screenshot(phone, "home-360");
    await phone.close();
  });

  it("is keyboard navigable: the skip link moves focus to the main content", async () => {
    await page.goto(`${server.baseUrl}/outcomes`);
    await settle(page);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      "Skip to main content",
    );
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest("main")));
    expect(inMain).toBe(true);
  });

  it("panel view: an invitation link with a wrong code says so plainly, on a phone", async () => {
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${server.baseUrl}/panel?code=NOT-A-CODE`);
    await phone.getByRole("alert").waitFor();
    await expect(phone.getByRole("alert").innerText()).resolves.toBe("This invitation code is not valid.");
    // the used code is not left in the address bar
    await phone.waitForURL((url) => !url.search.includes("code="));
    expect(await axe(phone)).toEqual([]);
    await screenshot(phone, "panel-360");
    await phone.close();
  });

  it("panel view: a member joins with a real invitation code on a phone and sees their sessions and pay", async () => {
    // the Lambeth officer invites a member of an existing round, through the real API
    const gql = async (query: string, variables: object, token?: string) => {
      const res = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as Record<string, unknown>;
    };
    const login = await gql(`mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token } }`, {
      input: { email: "officer@lambeth.example", password: "coproduce-demo" },
    });
    const officerToken = (login.officerLogin as { token: string }).token;
    expect(officerToken).toBeTruthy();
    const round = await gql(
      `query { round(slug: "lambeth-2023-young-offenders-service") { panel { members { id pseudonym } } } }`,
      {},
      officerToken,
    );
    const members = (round.round as { panel: { members: { id: string; pseudonym: string }[] } }).panel.members;
    const member = members.find((m) => m.pseudonym === "Panel member B") ?? members[0];
    expect(member).toBeDefined();
    const invite = await gql(
      `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode userErrors { message } } }`,
      { input: { member: member!.id } },
      officerToken,
    );
    const code = (invite.panelMemberInvite as { invitationCode: string | null }).invitationCode;
    expect(code).toBeTruthy();

    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${server.baseUrl}/panel`);
    await settle(phone);
    await phone.getByLabel("Invitation code").fill(code!);
    await phone.getByRole("button", { name: "Continue" }).click();
    await phone.getByText(`Hello, ${member!.pseudonym}`).waitFor();
    await settle(phone);
    await expect(phone.locator(".round__title").innerText()).resolves.toBe(
      "A service for young offenders, chosen by young people",
    );
    await expect(phone.locator(".round__phase").innerText()).resolves.toMatch(/^Right now: .+\.$/);
    const sessions = phone.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
    await expect(sessions.count()).resolves.toBeGreaterThan(0);
    const sessionText = await phone.getByRole("list", { name: "Your sessions" }).innerText();
    expect(sessionText).toMatch(/You were there|Marked absent|Not recorded yet/);
    expect(sessionText).toMatch(/\d+ (hour|minute)/);
    const pay = await phone.locator(".pay").innerText();
    expect(pay).toContain("You've earned");
    expect(pay).toContain("Still to come");
    expect(pay).toMatch(/B?£\d/);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(phone)).toEqual([]);
    await screenshot(phone, "panel-member");

    // on reload the token is still valid: still the member view
    await phone.reload();
    await phone.getByText(`Hello, ${member!.pseudonym}`).waitFor();

    // a token the server no longer accepts: a clear message and the code form again
    await phone.evaluate(() => sessionStorage.setItem("coproduce.token", "expired-or-unknown"));
    await phone.reload();
    await phone.getByRole("alert").waitFor();
    await expect(phone.getByRole("alert").innerText()).resolves.toBe(
      "Your sign-in has run out. Type your invitation code again.",
    );
    await expect.poll(() => phone.getByLabel("Invitation code").count()).toBe(1);
    await phone.close();
  });

  it("was it fair: the Lambeth round flags its dominant participant by pseudonym, with a painted chart and its table", async () => {
    await page.goto(`${server.baseUrl}${LAMBETH_ROUND}`);
    await settle(page);
    const fairness = page.locator("#fairness");
    await fairness.getByRole("heading", { name: "11. Was it fair?" }).waitFor();
    const flag = fairness.getByTestId("dominance-flag");
    await flag.waitFor();
    await expect(flag.innerText()).resolves.toContain("Panel member A held more than twice an equal share");
    await expect(
      fairness
        .getByRole("heading", { name: "Panel member A held more than twice an equal share of the speaking" })
        .count(),
    ).resolves.toBe(1);
    await waitForPaintedCanvas(page, "#fairness canvas");
    const voice = fairness.locator(".chart-figure").first();
    await voice.getByRole("button", { name: "Show data table" }).click();
    await expect(voice.locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    await expect(voice.locator("tbody").innerText()).resolves.toContain("Yes: Panel member A");
    // interview scoring: weighted totals, spread, and whether one scorer alone changed the top bid
    const text = await fairness.innerText();
    expect(text).toContain("No single scorer changed the top bid");
    expect(text).toContain("widest disagreement");
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "round-fairness");
  });

  it("was it fair: the Wieliczka Equal Shares round explains every project, funded or not", async () => {
    await page.goto(`${server.baseUrl}/rounds/wieliczka-2023-green-million`);
    await settle(page);
    const fairness = page.locator("#fairness");
    await fairness.getByRole("heading", { name: /projects funded by Equal Shares/ }).waitFor();
    // a PB round shows only some of the story's sections: its headings are unnumbered, not 1, 2, 7, 8…
    const headings = await page.locator("main h2").allInnerTexts();
    expect(headings).toContain("The decision");
    expect(headings.filter((h) => /^\d+\./.test(h.trim()))).toEqual([]);
    await waitForPaintedCanvas(page, "#fairness canvas");
    const table = fairness.locator(".chart-figure").last().locator("tbody");
    await expect(table.innerText()).resolves.toContain("Funded by equal shares in round 1");
    await expect(table.innerText()).resolves.toMatch(/Not funded: in round \d+ its supporters held only/);
    await expect(fairness.innerText()).resolves.toContain("The closest unfunded project was");
    // 64 projects: the chart starts on the 34 unfunded ones; the table lists all 64 whatever is charted
    const support = page.locator("#effective-support");
    const canvas = support.locator("canvas");
    await expect(support.getByLabel("Not funded (34)").isChecked()).resolves.toBe(true);
    await expect(canvas.getAttribute("aria-label")).resolves.toContain("and 29 more");
    await expect.poll(() => support.locator("tbody tr").count()).toBe(64);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "round-equal-shares");
    await support.getByLabel("Funded (30)").check();
    await page.waitForURL((url) => url.search.includes("projects=funded"));
    await expect(canvas.getAttribute("aria-label")).resolves.toContain("and 25 more");
    await expect.poll(() => support.locator("tbody tr").count()).toBe(64);
    await support.getByLabel("All projects (64)").check();
    await page.waitForURL((url) => url.search.includes("projects=all"));
    await expect(canvas.getAttribute("aria-label")).resolves.toContain("and 59 more");
  });

  it("council: its panels pooled beside the borough's population, and every area leads to its rounds", async () => {
    await page.goto(`${server.baseUrl}/councils/lambeth`);
    await settle(page);
    // rounds over the years: a painted chart whose table adds up to the rounds listed below it
    await waitForPaintedCanvas(page, "#by-year canvas");
    const byYear = page.locator("#by-year");
    await byYear.getByRole("button", { name: "Show data table" }).click();
    const perYear = await byYear.locator("tbody tr td:nth-child(2)").allInnerTexts();
    const listed = await page.locator("#rounds > .table-wrap tbody tr").count();
    expect(perYear.reduce((sum, t) => sum + Number(t), 0)).toBe(listed);
    // pots and awards in pounds, in the table's headers and the download
    const yearCsv = await csvOf(byYear);
    expect(yearCsv[0]).toEqual(["Year", "Rounds", "In pots (£)", "Awarded (£)"]);
    const pots = (await byYear.locator("tbody tr td:nth-child(3)").allInnerTexts()).map((t) => t.replace(/^£/, ""));
    expect(yearCsv.slice(1).map((r) => toMinor(r[2]!))).toEqual(pots.map(toMinor));
    // and per resident: pounds per resident from the exact totals
    const perCapitaCsv = await csvOf(page.locator("#per-capita"));
    expect(perCapitaCsv[0]).toEqual(["Area", "Awarded per resident (£)", "Awarded (£)", "residents (Census 2021)"]);
    expect(perCapitaCsv.slice(1).every((r) => /^\d+\.\d{4}$/.test(r[1]!) && /^\d+\.\d\d$/.test(r[2]!))).toBe(true);
    // OCDS and 360Giving side by side in its open data, for this council only
    const openData = page.locator(".open-data");
    await expect(openData.getByRole("link", { name: "OCDS" }).getAttribute("href")).resolves.toBe(
      "/exports/ocds.json?council=lambeth",
    );
    await expect(openData.getByRole("link", { name: "360Giving (grants)" }).getAttribute("href")).resolves.toBe(
      "/exports/360giving.json?council=lambeth",
    );
    const lambethGrants = await fetch(`${server.baseUrl}/exports/360giving.json?council=lambeth`);
    expect(lambethGrants.status).toBe(200);
    expect(((await lambethGrants.json()) as { downloadURL: string }).downloadURL).toBe(
      `${server.baseUrl}/exports/360giving.json?council=lambeth`,
    );
    const panels = page.locator("#panels");
    await panels.getByRole("heading", { name: "Its panels by sex, beside London Borough of Lambeth" }).waitFor();
    // every round of the council is in the pooled grouping (those without a panel add no one)
    await expect(panels.innerText()).resolves.toMatch(new RegExp(`Panel members \\(\\d+, ${listed} rounds pooled\\)`));
    await expect(panels.locator("table").first().locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    // paired bars (panel vs residents) painted, with a summary naming the largest gaps
    await waitForPaintedCanvas(page, "#panels canvas");
    await expect(panels.locator("canvas").first().getAttribute("aria-label")).resolves.toMatch(
      /^Paired bar chart, panel against residents by age\. .*represented/,
    );
    // an area in the list filters the rounds table, in the URL
    const area = page.locator("#areas li a").first();
    const areaName = await area.innerText();
    await area.click();
    await page.waitForURL((url) => url.search.includes("area="));
    await expect.poll(() => page.getByRole("button", { name: `Remove filter Area: ${areaName}` }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    // a council whose rounds had no panel says so
    await page.goto(`${server.baseUrl}/councils/wieliczka`);
    await settle(page);
    await page.locator("#panels").getByText("No panel members yet").waitFor();
  });

  it("compare: councils and a round side by side from the API's compare query, normalisation in the URL", async () => {
    const group = `councils=lambeth,hackney&rounds=lambeth-2023-young-offenders-service`;
    await page.goto(`${server.baseUrl}/compare?${group}&normalise=per-pot`);
    await settle(page);
    await expect(page.getByLabel(/^Share of the pot/).isChecked()).resolves.toBe(true);
    await waitForPaintedCanvas(page, "#comparison canvas");
    // the same figures the API gives for the same group
    const api = await gql(
      server,
      `query($c: [String!]!, $r: [ID!]!) { compare(councils: $c, rounds: $r, normalise: PER_POT) { group { measure currency median } items { label normalised { measure currency value } } } }`,
      { c: ["lambeth", "hackney"], r: ["lambeth-2023-young-offenders-service"] },
    );
    const cmp = api.compare as {
      group: { measure: string; currency: string; median: number }[];
      items: { label: string; normalised: { measure: string; currency: string; value: number | null }[] }[];
    };
    expect(cmp.items).toHaveLength(3);
    const table = page.locator("#comparison table");
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    for (const item of cmp.items) {
      const share = item.normalised.find((n) => n.measure === "awarded" && n.currency === "GBP")!.value!;
      const row = rows.filter({ has: page.getByRole("rowheader", { name: item.label }) });
      await expect(row.innerText()).resolves.toContain(`${(share * 100).toFixed(1)}%`);
    }
    const roundRow = rows.filter({
      has: page.getByRole("rowheader", { name: "A service for young offenders, chosen by young people" }),
    });
    await expect(roundRow.innerText()).resolves.toMatch(/Round\s+95\.0%/);
    const median = cmp.group.find((g) => g.measure === "awarded" && g.currency === "GBP")!.median;
    await expect(page.locator("#comparison h2").innerText()).resolves.toBe(
      `Money awarded as a share of the pot: group median ${(median * 100).toFixed(1)}%`,
    );
    // the round links to its story, the council to its page
    await expect(roundRow.getByRole("link").getAttribute("href")).resolves.toBe(
      "/rounds/lambeth-2023-young-offenders-service",
    );
    // the group's range and median on the chart: said to screen readers, the band painted behind the bars
    const medianGbp = cmp.group.find((g) => g.measure === "awarded" && g.currency === "GBP")!;
    await expect(page.locator("#comparison canvas").getAttribute("aria-label")).resolves.toContain(
      `Marked on the chart: Median ${(medianGbp.median * 100).toFixed(1)}%; Range `,
    );
    await expect.poll(() => pixelsOf(page, "#comparison canvas", colour.bgInfo)).toBeGreaterThan(500);
    await screenshot(page, "compare-range-1280");
    // the download: shares in percent, exactly, under a header that says so
    const compareCsv = await csvOf(page.locator("#comparison"));
    expect(compareCsv[0]!.slice(0, 3)).toEqual(["Council or round", "Kind", "Awarded, share of the pot (%)"]);
    // £30,400 of a £32,000 pot
    const roundCsv = compareCsv.find((r) => r[0] === "A service for young offenders, chosen by young people");
    expect(roundCsv?.slice(1, 3)).toEqual(["Round", "95.00"]);
    expect(compareCsv.slice(1).every((r) => /^\d+\.\d\d$/.test(r[2]!))).toBe(true);

    // per resident: the parameter leaves the URL (the default) and money comes back in pounds and pence
    await page.getByLabel(/^Per resident/).check();
    await page.waitForURL((url) => !url.search.includes("normalise="));
    await settle(page);
    await expect.poll(() => rows.first().innerText()).toMatch(/£\d+\.\d\d/);
    // measure: spent
    await page.getByLabel("Spent", { exact: true }).check();
    await page.waitForURL((url) => url.search.includes("measure=spent"));
    await settle(page);
    await expect
      .poll(() => page.locator("#comparison h2").innerText())
      .toMatch(/^Money spent per resident: group median £/);
    // add a round with the picker, remove a council with its box
    await page.getByLabel("Add a round").selectOption("warszawa-2019-stara-ochota");
    await page.waitForURL((url) => decodeURIComponent(url.search).includes("warszawa-2019-stara-ochota"));
    await settle(page);
    await expect.poll(() => rows.count()).toBe(4);
    // złoty are never put on the pound chart, and say so
    await expect(page.locator("#comparison").innerText()).resolves.toContain(
      "Stara Ochota: participatory budget 2019 not charted",
    );
    await page.getByLabel("London Borough of Hackney", { exact: true }).uncheck();
    await page.waitForURL((url) => !decodeURIComponent(url.search).includes("hackney"));
    await settle(page);
    await expect.poll(() => rows.count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    // nothing chosen: a plain message, no request error
    await page.goto(`${server.baseUrl}/compare?councils=`);
    await settle(page);
    await page.getByText("Nothing chosen to compare").waitFor();
    await expect.poll(() => page.locator("[role=alert]").count()).toBe(0);
    // a region as the comparison group, beside a round
    await page.goto(`${server.baseUrl}/compare?councils=&rounds=lambeth-2023-young-offenders-service`);
    await settle(page);
    await page.getByRole("button", { name: "Every council in London (4)" }).click();
    await page.waitForURL((url) =>
      ["hackney", "lambeth", "lewisham", "southwark"].every((c) => decodeURIComponent(url.search).includes(c)),
    );
    await settle(page);
    await expect.poll(() => page.locator("#comparison tbody tr").count()).toBe(5);
    // a mistyped round in the address is named, not a failure of the whole comparison
    await page.goto(`${server.baseUrl}/compare?councils=lambeth&rounds=no-such-round`);
    await settle(page);
    await expect(page.getByTestId("not-found").innerText()).resolves.toContain("no-such-round");
    await expect.poll(() => page.locator("[role=alert]").count()).toBe(0);
    await expect.poll(() => page.locator("#comparison tbody tr").count()).toBe(1);
  });

  it("compare: share of the pot across the Pabulib rounds, all in złoty, with the group's range and median drawn", async () => {
    const rounds = ["wieliczka-2023-green-million", "warszawa-2019-stara-ochota"];
    const api = await gql(
      server,
      `query($r: [ID!]!) { compare(councils: [], rounds: $r, normalise: PER_POT) { group { measure currency median min max } } }`,
      { r: rounds },
    );
    const awarded = (
      api.compare as { group: { measure: string; currency: string; median: number; min: number; max: number }[] }
    ).group.find((g) => g.measure === "awarded")!;
    expect(awarded.currency).toBe("PLN");
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    for (const width of [1280, 360]) {
      const p = width === 1280 ? page : await browser.newPage();
      if (width === 360) await p.setViewportSize({ width: 360, height: 780 });
      await p.goto(`${server.baseUrl}/compare?councils=&rounds=${rounds.join(",")}&normalise=per-pot`);
      await settle(p);
      await waitForPaintedCanvas(p, "#comparison canvas");
      const figure = p.locator("#comparison");
      await expect(figure.locator("h2").innerText()).resolves.toBe(
        `Money awarded as a share of the pot: group median ${pct(awarded.median)}`,
      );
      // both złoty rounds charted (none left out for being in złoty), each placed against the group
      await expect(figure.innerText()).resolves.not.toContain("not charted");
      await expect(figure.locator("tbody tr").count()).resolves.toBe(2);
      await expect(figure.locator("canvas").getAttribute("aria-label")).resolves.toContain(
        `Marked on the chart: Median ${pct(awarded.median)}; Range ${pct(awarded.min)}–${pct(awarded.max)}.`,
      );
      await expect(figure.innerText()).resolves.toContain(
        `group median of ${pct(awarded.median)} (range ${pct(awarded.min)}–${pct(awarded.max)})`,
      );
      // (the range here is 99.5–100%: a sliver of band under the bars, so its pixels are not counted)
      // Wieliczka: zł995,079 of a zł1,000,000 pot; Stara Ochota: all of it
      const csv = await csvOf(figure);
      expect(csv.slice(1).map((r) => r[2])).toEqual(expect.arrayContaining(["99.51", "100.00"]));
      await figure.locator(".chart-figure__chart").screenshot({ path: await screenshot(p, `compare-pln-${width}`) });
      if (p !== page) await p.close();
    }
  });

  it("outcomes: the status summary is the API's outcomeProgress, filters live in the URL, each indicator has its progress chart", async () => {
    const listed = await gql(
      server,
      `{ rounds(first: 100, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) { nodes { id slug } } }`,
    );
    const ids = (listed.rounds as { nodes: { id: string; slug: string }[] }).nodes.map((r) => r.id);
    const api = await gql(
      server,
      `query($r: [ID!]!) { outcomeProgress(rounds: $r) { overall { onTrack atRisk offTrack notReported } indicators { name status costPerPersonReached { formatted } } } }`,
      { r: ids },
    );
    const progress = api.outcomeProgress as {
      overall: { onTrack: number; atRisk: number; offTrack: number; notReported: number };
      indicators: { name: string; status: string; costPerPersonReached: { formatted: string }[] }[];
    };
    await page.goto(`${server.baseUrl}/outcomes`);
    await settle(page);
    const tiles = page.getByTestId("status-tiles");
    const tile = (label: string) => tiles.getByRole("link", { name: new RegExp(`indicators ${label}\\b`) });
    const value = (label: string) => tile(label).locator(".stat-tile__value").innerText();
    await expect(value("on track")).resolves.toBe(String(progress.overall.onTrack));
    await expect(value("at risk")).resolves.toBe(String(progress.overall.atRisk));
    await expect(value("off track")).resolves.toBe(String(progress.overall.offTrack));
    await expect(value("not reported")).resolves.toBe(String(progress.overall.notReported));
    const total =
      progress.overall.onTrack + progress.overall.atRisk + progress.overall.offTrack + progress.overall.notReported;
    await expect(page.getByTestId("status-summary").innerText()).resolves.toContain(`Of ${total} indicators`);
    await expect.poll(() => page.locator("#indicators-h + .table-wrap tbody tr").count()).toBe(total);
    // per round: a painted chart of mean progress with its table
    await waitForPaintedCanvas(page, "#by-round canvas");
    // cost per person reached where the indicator counts people (the Lambeth round's accredited awards)
    const cost = progress.indicators.find((i) => i.name === "Participants gaining an accredited award")!
      .costPerPersonReached[0]!.formatted;
    await expect(page.locator("#indicators-h + .table-wrap").innerText()).resolves.toContain(cost);

    // a status tile filters, in the URL; every row shown has that status
    await tile("off track").click();
    await page.waitForURL((url) => url.search.includes("status=off-track"));
    await settle(page);
    const offRows = page.locator("#indicators-h + .table-wrap tbody tr");
    await expect.poll(() => offRows.count()).toBe(progress.overall.offTrack);
    await expect.poll(() => offRows.filter({ hasNotText: "Off track" }).count()).toBe(0);
    // a round filter, from the select; the Lambeth round's three indicators, each with a painted progress chart
    await page.getByLabel("Round", { exact: true }).selectOption("lambeth-2023-young-offenders-service");
    await page.waitForURL(
      (url) =>
        url.search.includes("round=lambeth-2023-young-offenders-service") && url.search.includes("status=off-track"),
    );
    await settle(page);
    await expect.poll(() => offRows.count()).toBe(3);
    await expect.poll(() => page.locator("#over-time .chart-figure").count()).toBe(3);
    await waitForPaintedCanvas(page, "#over-time canvas");
    await expect(page.locator("#over-time").innerText()).resolves.toContain(
      "Participants reoffending within 12 months is off track",
    );
    expect(await axe(page)).toEqual([]);
    // chips remove the filters
    await page.getByRole("button", { name: /Remove filter Status: off track/ }).click();
    await page.waitForURL((url) => !url.search.includes("status="));
    // a round that matches nothing says so
    await page.goto(`${server.baseUrl}/outcomes?round=no-such-round`);
    await settle(page);
    await page.getByText("No indicators match").waitFor();
    await page.goto(`${server.baseUrl}/outcomes?council=nowhere`);
    await settle(page);
    await page.getByText("There is no council “nowhere”.").waitFor();
  });

  it("raised no uncaught errors in the pages", () => {
    expect(browser.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

afterAll(removeSeededDatabase);

// Every test here writes (advances rounds, records bids, scores, spend): each gets a server of its
// own on a fresh copy of the seeded database, so none depends on another's leftovers or order.
describe("officer console end to end", () => {
  let srv: RunningServer;
  let chromium: RunningBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  beforeEach(async () => {
    srv = await freshServer();
  });
  afterEach(async () => {
    await srv?.stop();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it("logs in as a council officer; advancing a round with unmet requirements is refused with the checklist; a step back is audited", async () => {
    const p = await chromium.newPage();
    await p.goto(`${srv.baseUrl}/officer`);
    await settle(p);
    // wrong password first: an error, not a console
    await p.getByLabel("Email address").fill("officer@lambeth.example");
    await p.getByLabel("Password").fill("not-the-password");
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByRole("alert").waitFor();

    await p.getByLabel("Password").fill("coproduce-demo");
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByText("Signed in as").waitFor();
    await expect(p.locator(".signed-in").innerText()).resolves.toContain("London Borough of Lambeth");
    await settle(p);
    expect(await axe(p)).toEqual([]);

    // the recruiting round has no panel drawn yet: its checklist says so, and the advance is refused
    const card = p.locator("li.card", {
      has: p.getByRole("link", { name: "Lambeth: detached youth work and mentoring" }),
    });
    await expect(card.locator(".stage").innerText()).resolves.toBe("Recruiting the panel");
    await card.getByRole("link", { name: /Manage this round/ }).click();
    await p.getByRole("heading", { name: "Stages of the round" }).waitFor();
    await settle(p);
    const checklist = p.getByTestId("requirements");
    const unmet = (await checklist.locator("li.unmet").allInnerTexts()).map((x) => x.replace(/\s+/g, " ").trim());
    expect(unmet).toEqual([
      "✕ Not done yet: Draw the panel from the applicants.",
      "✕ Not done yet: At least 10 members confirmed on the panel (0 so far).",
    ]);
    await p.getByRole("button", { name: "Advance to next stage" }).click();
    await p.getByText("Move the round from “Recruiting the panel” to “Defining outcomes”?").waitFor();
    await p.getByText("2 things are not done yet, so the move will be refused.").waitFor();
    await screenshot(p, "officer-round-confirm");
    await p.getByRole("button", { name: "Yes, move to “Defining outcomes”" }).click();
    const refused = p.locator(".error-summary[role=alert]");
    await refused.waitFor();
    await expect(refused.locator("li").allInnerTexts()).resolves.toEqual([
      "Draw the panel from the applicants.",
      "At least 10 members confirmed on the panel (0 so far).",
    ]);
    await expect(p.locator(".task-list [aria-current=step]").innerText()).resolves.toMatch(
      /^Recruiting the panel\s+In progress$/,
    );
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "officer-round-refused");

    // step back to Draft, with a reason (required, said beside the field)
    await p.getByText("Step back to “Draft”").first().click();
    const stepForm = p.locator("form", { has: p.getByRole("heading", { name: "Step back to “Draft”" }) });
    await stepForm.getByRole("button", { name: "Step back to “Draft”" }).click();
    await fieldError(stepForm, "Say why the round is stepping back.").waitFor();
    await stepForm.getByLabel("Why is the round stepping back?").fill("Opened for applications too early.");
    await stepForm.getByRole("button", { name: "Step back to “Draft”" }).click();
    await stepForm.getByText("Stepped back to “Draft”.").waitFor();
    await p.waitForFunction(() =>
      document.querySelector(".task-list [aria-current=step]")?.textContent?.includes("Draft"),
    );
    const token = await officerToken(srv, "officer@lambeth.example");
    const audit = await gql(srv, `query { round(slug: "lambeth-2025-community-safety-5") { id } }`, {}, token);
    const log = await gql(
      srv,
      `query($round: ID!) { auditLog(round: $round, first: 5) { nodes { action before after } } }`,
      { round: (audit.round as { id: string }).id },
      token,
    );
    expect((log.auditLog as { nodes: unknown[] }).nodes[0]).toEqual({
      action: "roundStepBack",
      before: { phase: "recruiting" },
      after: { phase: "draft", reason: "Opened for applications too early." },
    });

    // the public page shows the stage the round is really at
    await p.goto(`${srv.baseUrl}/rounds/lambeth-2025-community-safety-5`);
    await settle(p);
    await expect(p.locator(".phases [aria-current=step]").innerText()).resolves.toContain("Draft");
    await p.close();
  });

  it("creates a round at /officer/rounds/new (validation beside the field), then sees its task list", async () => {
    const p = await chromium.newPage();
    await signInAsOfficer(p, srv, "officer@lambeth.example");
    await p.getByRole("link", { name: "Create a round" }).click();
    await p.getByRole("heading", { name: "Create a round", level: 1 }).waitFor();
    await settle(p);
    const form = p.locator("form", { has: p.getByRole("heading", { name: "About the round" }) });
    await form.getByLabel("Title").fill("Youth voice fund");
    await form.getByLabel("Theme").fill("youth");
    await form.getByLabel("Pot (£)").fill("32,000.123");
    await form.getByRole("button", { name: "Create round" }).click();
    await fieldError(form, "Enter the panel size.").waitFor();
    await expect(form.getByLabel("Pot (£)").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "officer-round-new");
    await p.setViewportSize({ width: 360, height: 780 });
    await expect(
      p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await axe(p)).toEqual([]);
    await p.setViewportSize({ width: 1280, height: 900 });

    await form.getByLabel("Pot (£)").fill("32,000");
    await form.getByLabel("Panel size").fill("12");
    await form.getByLabel("Who the service is for (optional)").fill("young people aged 16 to 24");
    await form.getByRole("button", { name: "Create round" }).click();
    await p.getByText("Round created. It starts in Draft: work through the stages below.").waitFor();
    await p.getByRole("heading", { name: "Youth voice fund", level: 1 }).waitFor();
    await expect.poll(() => p.locator(".task-list li").count()).toBe(11);
    await expect(p.locator(".task-list [aria-current=step]").innerText()).resolves.toMatch(/^Draft\s+In progress$/);
    await p.getByText("Nothing else is needed to leave this stage.").waitFor();
    await settle(p);
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "officer-round-task-list");
    await p.setViewportSize({ width: 360, height: 780 });
    await expect(
      p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await axe(p)).toEqual([]);

    // Draft needs nothing: the round moves to recruiting, and its checklist asks for the panel
    await advanceStage(p);
    await p.getByText("Moved to “Recruiting the panel”.").waitFor();
    await p.getByText("At least 12 members confirmed on the panel (0 so far).").waitFor();
    const created = await gql(
      srv,
      `query { round(slug: "youth-voice-fund-${new Date().getFullYear()}") { phase panelSize pot { amountMinor currency } } }`,
    );
    expect(created.round).toEqual({
      phase: "RECRUITING",
      panelSize: 12,
      pot: { amountMinor: 3_200_000, currency: "GBP" },
    });
    await p.close();
  });

  it("records a session (with a validation message next to the field) and a contribution, then takes the decision", async () => {
    const p = await chromium.newPage();
    const { card } = await openRoundForms(p, srv, "officer@lambeth.example", "lambeth-2024-legal-advice-4");
    const sessionForm = card.locator("form", { has: p.getByRole("heading", { name: "Record a session" }) });
    await sessionForm.waitFor();

    // empty form: the message sits next to the field, which is marked invalid, and the error
    // summary at the top links to it (and takes the focus)
    await sessionForm.getByRole("button", { name: "Record session" }).click();
    await expect(sessionForm.getByLabel("Title").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect.poll(() => fieldError(sessionForm, "Enter a title for the session.").count()).toBe(1);
    const summaryLink = errorSummary(sessionForm).getByRole("link", { name: "Enter a title for the session." });
    await expect(summaryLink.getAttribute("href")).resolves.toBe(
      `#${await sessionForm.getByLabel("Title").getAttribute("id")}`,
    );
    await expect(p.evaluate(() => document.activeElement?.classList.contains("error-summary") ?? false)).resolves.toBe(
      true,
    );
    await summaryLink.click();
    await expect(sessionForm.getByLabel("Title").evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await sessionForm.getByLabel("Title").fill("Deliberation on the shortlisted advice services");
    await sessionForm.getByLabel("Date").fill("2024-07-02");
    await sessionForm.getByLabel("Kind of session").selectOption("deliberation");
    await sessionForm.getByLabel("Length (minutes)").fill("90");
    await sessionForm.getByRole("button", { name: "Record session" }).click();
    await sessionForm.getByRole("status").waitFor();
    await expect(sessionForm.getByRole("status").innerText()).resolves.toBe(
      "Session “Deliberation on the shortlisted advice services” on 2 Jul 2024 recorded.",
    );

    // the new session is offered for a contribution
    const contributionForm = card.locator("form", { has: p.getByRole("heading", { name: "Record a contribution" }) });
    await contributionForm
      .getByLabel("Session")
      .selectOption({ label: "2 Jul 2024 — Deliberation on the shortlisted advice services" });
    await contributionForm.getByLabel("Panel member").selectOption({ index: 1 });
    await contributionForm.getByLabel("How many").fill("7");
    await contributionForm.getByRole("button", { name: "Record contribution" }).click();
    await contributionForm.getByRole("status").waitFor();
    await expect(contributionForm.getByRole("status").innerText()).resolves.toMatch(
      /^Recorded 7 speaking turns for Panel member \w+ in “Deliberation on the shortlisted advice services”\.$/,
    );
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "officer-console-forms");

    // advance to "Deciding", then take the decision
    await advanceStage(p);
    await card.getByText("Moved to “Deciding”.").waitFor();
    const decisionForm = card.locator("form", { has: p.getByRole("heading", { name: "Take the decision" }) });
    await decisionForm.waitFor();
    await decisionForm.getByRole("button", { name: "Take the decision" }).click();
    await card.getByText(/^Decision taken: The panel's weighted interview scores funded/).waitFor();

    // the decision taken, the award form offers the funded bid; more than it asked for is refused by the API, next to the value
    const awardForm = card.locator("form", { has: p.getByRole("heading", { name: "Make an award" }) });
    await awardForm.waitFor();
    await expect(awardForm.getByLabel("Funded bid").locator("option").count()).resolves.toBeGreaterThan(1); // "Choose…" + the funded bid(s)
    await awardForm.getByLabel("Funded bid").selectOption({ index: 1 });
    const asked = /The bid asked for £([\d,]+(?:\.\d\d)?)\./.exec(
      await awardForm.getByText(/^The bid asked for/).innerText(),
    );
    expect(asked).not.toBeNull();
    const askedMinor = toMinor(asked![1]!);
    await awardForm.getByLabel("Value (£)").fill(major(askedMinor + 1)); // one penny more than the bid
    await awardForm.getByLabel("Awarded on").fill("2024-08-01");
    await awardForm.getByRole("button", { name: "Make award" }).click();
    await fieldError(awardForm, "The award cannot be more than the bid asked for.").waitFor();
    await expect(awardForm.getByLabel("Value (£)").getAttribute("aria-invalid")).resolves.toBe("true");
    await awardForm.getByLabel("Value (£)").fill(major(askedMinor));
    await awardForm.getByRole("button", { name: "Make award" }).click();
    await awardForm.getByRole("status").waitFor();
    await expect(awardForm.getByRole("status").innerText()).resolves.toMatch(/^Awarded £[\d,.]+ for “.+”\.$/);
    const awarded = await gql(
      srv,
      `query { round(slug: "lambeth-2024-legal-advice-4") { awards { value { amountMinor currency } } } }`,
    );
    expect((awarded.round as { awards: unknown[] }).awards).toEqual([
      { value: { amountMinor: askedMinor, currency: "GBP" } },
    ]);

    // the public round page shows the recorded session
    await p.goto(`${srv.baseUrl}/rounds/lambeth-2024-legal-advice-4`);
    await settle(p);
    await expect(p.locator("#sessions").innerText()).resolves.toContain(
      "Deliberation on the shortlisted advice services",
    );
    await p.close();
  });

  it("takes a round from bidding to interviewing in the console and enters a member's paper scores; the scoring summary reflects them", async () => {
    const list = await gql(
      srv,
      `query { rounds(first: 100, filterBy: { council: "southwark" }) { nodes { slug phase pot { amountMinor currency } } } }`,
    );
    const round = (
      list.rounds as { nodes: { slug: string; phase: string; pot: { amountMinor: number; currency: string } }[] }
    ).nodes.find((r) => r.phase === "BIDDING");
    expect(round?.pot.currency).toBe("GBP");
    const p = await chromium.newPage();
    const { card, form } = await openRoundForms(p, srv, "officer@southwark.example", round!.slug);

    // bidding: a bid over the tender's ceiling is refused by the API, its message next to the amount
    const bidForm = form("Enter a bid");
    await bidForm.waitFor();
    await expect.poll(() => form("Shortlist a bid").count()).toBe(0);
    await expect.poll(() => form("Enter a member's interview scores").count()).toBe(0);
    await bidForm.getByLabel("Bidding organisation").selectOption({ index: 1 });
    await bidForm.getByLabel("Title", { exact: true }).fill("Peckham youth radio");
    const amount = bidForm.getByLabel("Amount requested (£)");
    await amount.fill(major(round!.pot.amountMinor + 1));
    await bidForm.getByRole("button", { name: "Record bid" }).click();
    await fieldError(bidForm, "The amount requested is more than the tender's budget ceiling.").waitFor();
    await expect(amount.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(amount.getAttribute("aria-describedby")).resolves.toContain("-error");
    await amount.fill("12,500.50");
    await bidForm.getByRole("button", { name: "Record bid" }).click();
    await bidForm.getByRole("status").waitFor();
    await expect(bidForm.getByRole("status").innerText()).resolves.toMatch(
      /^Bid B\d+ “Peckham youth radio” for £12,500\.50 recorded\.$/,
    );

    // shortlisting: the reason is required (said next to the field), then the bid goes on the shortlist
    await advanceStage(p);
    await card.getByText("Moved to “Shortlisting”.").waitFor();
    const shortlistForm = form("Shortlist a bid");
    await shortlistForm.waitFor();
    await expect.poll(() => form("Enter a bid").count()).toBe(0);
    await shortlistForm.getByLabel("Bid").selectOption({ label: "Peckham youth radio (£12,500.50)" });
    await shortlistForm.getByRole("button", { name: "Shortlist bid" }).click();
    await fieldError(shortlistForm, "Say why the bid deserves an interview.").waitFor();
    await expect(shortlistForm.getByLabel("Why it deserves an interview").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await shortlistForm.getByLabel("Why it deserves an interview").fill("Young people present it themselves.");
    await shortlistForm.getByRole("button", { name: "Shortlist bid" }).click();
    await shortlistForm.getByText("“Peckham youth radio” is on the shortlist.").waitFor();

    // interviewing: Panel member A scored on paper; the officer enters the sheet
    await advanceStage(p);
    await card.getByText("Moved to “Interviewing”.").waitFor();
    const scoreForm = form("Enter a member's interview scores");
    await scoreForm.waitFor();
    const summary = card.getByTestId("scoring-summary");
    await expect(summary.locator("tbody tr").innerText()).resolves.toMatch(/Peckham youth radio\s+not scored\s+0/);
    await scoreForm.getByLabel("Panel member").selectOption({ label: "Panel member A" });
    await scoreForm.getByLabel("Shortlisted bid").selectOption({ label: "Peckham youth radio" });
    const criterion = (name: string) => scoreForm.getByRole("group", { name: new RegExp(`^${name}`) });
    await criterion("Young people and users at the heart").getByRole("radio", { name: "5 Great" }).check();
    await criterion("Achieving the outcomes").getByRole("radio", { name: "4", exact: true }).check();
    // one criterion left blank: not sent, and said next to that criterion
    await scoreForm.getByRole("button", { name: "Record scores" }).click();
    await expect.poll(() => fieldError(criterion("Value for money"), "Pick a score.").count()).toBe(1);
    await expect.poll(() => fieldError(scoreForm, "Pick a score.").count()).toBe(1);
    await criterion("Value for money").getByRole("radio", { name: "3", exact: true }).check();
    await scoreForm.getByRole("button", { name: "Record scores" }).click();
    await scoreForm.getByRole("status").waitFor();
    await expect(scoreForm.getByRole("status").innerText()).resolves.toBe(
      "Panel member A's scores for “Peckham youth radio” recorded.",
    );

    // weighted: (5 × 40 % + 4 × 35 % + 3 × 25 %) = 4.15, one scorer — in the console and in the API
    await p.waitForFunction(
      () => document.querySelector("[data-testid=scoring-summary] tbody tr")?.textContent?.includes("4.15") === true,
    );
    await expect(summary.locator("tbody tr").innerText()).resolves.toMatch(/^1\s+Peckham youth radio\s+4\.15\s+1$/);
    await card.getByText("1 member has scored").waitFor();
    const scored = await gql(
      srv,
      `query($slug: String!) { round(slug: $slug) { scoring { scorers bids { bid { title } score scorers } } } }`,
      { slug: round!.slug },
    );
    const scoring = (
      scored.round as {
        scoring: { scorers: number; bids: { bid: { title: string }; score: number; scorers: number }[] };
      }
    ).scoring;
    expect(scoring.scorers).toBe(1);
    expect(scoring.bids).toHaveLength(1);
    expect(scoring.bids[0]!.bid.title).toBe("Peckham youth radio");
    expect(scoring.bids[0]!.score).toBeCloseTo(4.15, 10);
    expect(scoring.bids[0]!.scorers).toBe(1);

    expect(await axe(p)).toEqual([]);
    await screenshot(p, "officer-console-scores");
    // on a phone: no sideways scrolling with the forms open, still accessible
    await p.setViewportSize({ width: 360, height: 780 });
    await expect(
      p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await axe(p)).toEqual([]);
    await p.close();
  });

  it("panel view: a member shortlists a bid on their phone, then opens their scoring sheet and sends their scores", async () => {
    // Its own state, through the API as the officer would make it in the console: Southwark's bidding
    // round gets "Peckham youth radio", shortlisted; the round moves to interviewing, and Panel member
    // A's paper sheet (5, 4, 3 → weighted 4.15) is entered for it.
    const token = await officerToken(srv, "officer@southwark.example");
    const list = await gql(
      srv,
      `query { rounds(first: 100, filterBy: { council: "southwark", phases: [BIDDING] }) {
        nodes { id slug pot { currency } panel { members { id pseudonym } } tender { criteria { id name } } } } }`,
      {},
      token,
    );
    type RoundNode = {
      id: string;
      slug: string;
      pot: { currency: string };
      panel: { members: { id: string; pseudonym: string }[] };
      tender: { criteria: { id: string; name: string }[] };
    };
    const [round] = (list.rounds as { nodes: RoundNode[] }).nodes;
    const providers = await gql(srv, `query { providers(first: 1) { nodes { id } } }`, {}, token);
    const provider = (providers.providers as { nodes: { id: string }[] }).nodes[0]!.id;
    const bidId = (
      (await write(srv, "bidSubmit", "BidSubmitInput", "bid { id }", token, {
        round: round!.id,
        provider,
        title: "Peckham youth radio",
        amountRequested: { amountMinor: 1_250_050, currency: round!.pot.currency },
      })) as { bid: { id: string } }
    ).bid.id;
    await write(srv, "roundAdvancePhase", "RoundAdvancePhaseInput", "round { id }", token, {
      round: round!.id,
      to: "SHORTLISTING",
    });
    // Shortlisting, on Panel member B's phone: the bid is put on the shortlist with B's reason.
    const member = round!.panel.members.find((m) => m.pseudonym === "Panel member B")!;
    const invite = await gql(
      srv,
      `mutation($input: PanelMemberInviteInput!) { panelMemberInvite(input: $input) { invitationCode } }`,
      { input: { member: member.id } },
      token,
    );
    const code = (invite.panelMemberInvite as { invitationCode: string }).invitationCode;
    const phone = await chromium.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${srv.baseUrl}/panel`);
    await settle(phone);
    await phone.getByLabel("Invitation code").fill(code);
    await phone.getByRole("button", { name: "Continue" }).click();
    await phone.getByText("Hello, Panel member B").waitFor();
    await settle(phone);
    await phone.getByRole("heading", { name: "Bids to shortlist" }).waitFor();
    const card = phone.locator("li.bid", { hasText: "Peckham youth radio" });
    await card.getByRole("button", { name: "Put it on the shortlist" }).click();
    await card.getByText("Say why this bid should get an interview").waitFor();
    await card.getByLabel("Why should this bid get an interview?").fill("Young people present it themselves.");
    await card.getByRole("button", { name: "Put it on the shortlist" }).click();
    await card.getByRole("status").filter({ hasText: "On the shortlist." }).waitFor();
    await expect(
      phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await axe(phone)).toEqual([]);
    await screenshot(phone, "panel-shortlist-360");
    const listed = await gql(
      srv,
      `query($id: ID!) { node(id: $id) { ... on Bid { status shortlisting { reason proposedByRole reasonStatus } } } }`,
      { id: bidId },
      token,
    );
    // the member's words are the council's to review before they are public
    expect(listed.node).toEqual({
      status: "SHORTLISTED",
      shortlisting: {
        reason: "Young people present it themselves.",
        proposedByRole: "panel_member",
        reasonStatus: "awaiting_review",
      },
    });
    await write(srv, "roundAdvancePhase", "RoundAdvancePhaseInput", "round { id }", token, {
      round: round!.id,
      to: "INTERVIEWING",
    });
    const byName = (prefix: string) => round!.tender.criteria.find((c) => c.name.startsWith(prefix))!.id;
    await write(srv, "interviewScoreSubmit", "InterviewScoreSubmitInput", "bid { id }", token, {
      bid: bidId,
      panelMember: round!.panel.members.find((m) => m.pseudonym === "Panel member A")!.id,
      scores: [
        { criterion: byName("Young people and users at the heart"), score: 5 },
        { criterion: byName("Achieving the outcomes"), score: 4 },
        { criterion: byName("Value for money"), score: 3 },
      ],
    });
    // Interviewing: the same phone, reloaded, now shows the scoring sheet.
    await phone.reload();
    await settle(phone);
    const sheet = phone.locator("form.score-form", {
      has: phone.getByRole("heading", { name: "Peckham youth radio" }),
    });
    await sheet.waitFor();
    const question = (name: string) => sheet.getByRole("group", { name: new RegExp(`^${name}`) });
    await question("Young people and users at the heart").getByRole("radio", { name: "3", exact: true }).check();
    await question("Achieving the outcomes").getByRole("radio", { name: "3", exact: true }).check();
    await sheet.getByRole("button", { name: "Send scores" }).click();
    await expect.poll(() => question("Value for money").getByText("Pick a score.").count()).toBe(1);
    await question("Value for money").getByRole("radio", { name: "3", exact: true }).check();
    await sheet.getByRole("button", { name: "Send scores" }).click();
    await sheet.getByRole("status").waitFor();
    await expect(sheet.getByRole("status").innerText()).resolves.toBe("Thanks! Your scores are in.");
    await expect(
      phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await axe(phone)).toEqual([]);

    // the member's 3s (weighted 3.00) join the officer-entered 4.15: two scorers, mean 3.575
    const scored = await gql(
      srv,
      `query($slug: String!) { round(slug: $slug) { scoring { scorers bids { score scorers } } } }`,
      { slug: round!.slug },
    );
    const scoring = (scored.round as { scoring: { scorers: number; bids: { score: number; scorers: number }[] } })
      .scoring;
    expect(scoring.scorers).toBe(2);
    expect(scoring.bids[0]!.scorers).toBe(2);
    expect(scoring.bids[0]!.score).toBeCloseTo(3.575, 10);
    await phone.close();
  });

  it("records spend against an award (over-award spend shows the API's message next to the amount) and an outcome measurement", async () => {
    const list = await gql(
      srv,
      `query { rounds(first: 100, filterBy: { council: "lambeth", phases: [AWARDED] }) { nodes { slug awards { title value { amountMinor } spent { amountMinor } } } } }`,
    );
    const [round] = (
      list.rounds as {
        nodes: {
          slug: string;
          awards: { title: string; value: { amountMinor: number }; spent: { amountMinor: number } }[];
        }[];
      }
    ).nodes;
    const award = round!.awards[0]!;
    expect(award.spent.amountMinor).toBe(0);
    const p = await chromium.newPage();
    const { form } = await openRoundForms(p, srv, "officer@lambeth.example", round!.slug);
    const spendForm = form("Record spend");
    await spendForm.waitFor();
    // only this stage's forms
    for (const other of ["Enter a bid", "Shortlist a bid", "Enter a member's interview scores", "Take the decision"])
      await expect.poll(() => form(other).count()).toBe(0);

    await spendForm.getByLabel("Award").selectOption({ label: award.title });
    await spendForm.getByText(/^Awarded £[\d,.]+; £0 spent so far\.$/).waitFor();
    const amount = spendForm.getByLabel("Amount (£)");
    await amount.fill(major(award.value.amountMinor + 1)); // a penny over the award
    await spendForm.getByLabel("Paid on").fill("2024-06-01");
    await spendForm.getByLabel("What it was for").fill("First instalment");
    await spendForm.getByLabel("Payment reference").fill("E2E-SPEND-1");
    await spendForm.getByRole("button", { name: "Record payment" }).click();
    const refusal = fieldError(spendForm, "Spend cannot exceed the award (vary the award first, with a reason).");
    await refusal.waitFor();
    await expect(amount.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(amount.getAttribute("aria-describedby")).resolves.toContain((await refusal.getAttribute("id"))!);
    await expect.poll(() => spendForm.getByRole("status").count()).toBe(0);

    await amount.fill("1,000.50");
    await spendForm.getByRole("button", { name: "Record payment" }).click();
    await spendForm.getByRole("status").waitFor();
    await expect(spendForm.getByRole("status").innerText()).resolves.toBe(
      "Payment E2E-SPEND-1 of £1,000.50 on 1 Jun 2024 recorded.",
    );
    await spendForm.getByText(/^Awarded £[\d,.]+; £1,000\.50 spent so far\.$/).waitFor();
    const after = await gql(
      srv,
      `query($slug: String!) { round(slug: $slug) { awards { spent { amountMinor currency } transactions { reference amount { amountMinor } } } } }`,
      { slug: round!.slug },
    );
    expect((after.round as { awards: unknown[] }).awards).toEqual([
      {
        spent: { amountMinor: 100_050, currency: "GBP" },
        transactions: [{ reference: "E2E-SPEND-1", amount: { amountMinor: 100_050 } }],
      },
    ]);

    const measureForm = form("Record an outcome measurement");
    await measureForm.getByLabel("Indicator").selectOption({ index: 1 });
    await measureForm.getByLabel(/^Value/).fill("12.5");
    await measureForm.getByLabel("Measured on").fill("2024-07-01");
    await measureForm.getByLabel("Source", { exact: true }).fill("Provider quarterly report");
    await measureForm.getByRole("button", { name: "Record measurement" }).click();
    await measureForm.getByRole("status").waitFor();
    await expect(measureForm.getByRole("status").innerText()).resolves.toMatch(
      /^.+: 12\.5 .+ on 1 Jul 2024 recorded\.$/,
    );

    expect(await axe(p)).toEqual([]);
    await p.close();
  });
});
