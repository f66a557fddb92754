import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  settle,
  axe,
  freshServer,
  gql,
  launchBrowser,
  removeSeededDatabase,
  signInAsOfficer,
  screenshot,
  type RunningBrowser,
  type RunningServer,
} from "./harness";
import cy from "../src/i18n/locales/cy.json";
import en from "../src/i18n/locales/en.json";

// Reading the dashboard in Welsh, in real headless Chromium against the built server: the switch is on
// every page, keeps the place, is remembered, and marks the page's language for screen readers.
const LAMBETH_ROUND = "/rounds/lambeth-2023-young-offenders-service?from=test";

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  server = await freshServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSeededDatabase();
});

describe("the dashboard in Welsh (Cymraeg)", () => {
  it("switches a round page to Welsh on a phone, in place, and remembers it", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.baseUrl}${LAMBETH_ROUND}`);
    await settle(page);
    await page.getByText(en.round.n1ThePot, { exact: true }).waitFor();
    // The switch names Welsh in Welsh, marked as Welsh.
    const toWelsh = page.getByRole("button", { name: "Cymraeg" });
    expect(await toWelsh.getAttribute("lang")).toBe("cy-GB");
    await toWelsh.click();
    await page.getByText(cy.round.n1ThePot, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(LAMBETH_ROUND);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("cy-GB");
    expect(await page.getByText(cy.round.n2WhoItIsFor, { exact: true }).count()).toBe(1);
    expect(await page.getByText(en.round.n1ThePot, { exact: true }).count()).toBe(0);
    await screenshot(page, "round-cy-360");
    const serious = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);

    // Remembered on this device: another page, opened afresh, is in Welsh too.
    await page.goto(`${server.baseUrl}/`);
    await settle(page);
    await page.getByRole("heading", { name: cy.home.whereTheMoneyWent, level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("cy-GB");

    // And back to English from the same switch.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: en.home.whereTheMoneyWent, level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
    await page.close();
  });

  it("is on every page, the panel member's sign-in included, at 1280 px", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.evaluate(() => localStorage.clear());
    for (const path of ["/", "/councils/lambeth", "/outcomes", "/compare", "/panel", "/no-such-page"]) {
      await page.goto(`${server.baseUrl}${path}`);
      await settle(page);
      expect(await page.getByRole("navigation", { name: "Language" }).count(), path).toBe(1);
    }
    await page.goto(`${server.baseUrl}/panel`);
    await settle(page);
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await page.getByRole("heading", { name: cy.panel.yourPanel, level: 1 }).waitFor();
    await page.getByLabel(cy.panel.invitationCode).waitFor();
    const serious = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.close();
  });

  it("shows a round's Welsh title, set in the officer console, to Welsh readers; the English, marked, otherwise", async () => {
    const WELSH = "Gwasanaeth i droseddwyr ifanc Lambeth";
    const { round } = await gql<{ round: { title: string } }>(
      server,
      `query($slug: String!) { round(slug: $slug) { title } }`,
      { slug: "lambeth-2023-young-offenders-service" },
    );
    const officer = await browser.newPage();
    await signInAsOfficer(officer, server, "officer@lambeth.example");
    await officer.goto(`${server.baseUrl}/officer/rounds/lambeth-2023-young-offenders-service/edit`);
    await settle(officer);
    await officer.getByLabel(en.officer.translation.welshTitle).fill(WELSH);
    await officer.getByRole("button", { name: en.officer.translation.submit }).click();
    await officer.getByText(en.officer.translation.done.replace("{title}", WELSH)).waitFor();
    await officer.close();

    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}${LAMBETH_ROUND}`);
    await page.evaluate(() => localStorage.clear()); // the earlier tests chose Welsh on this device
    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
    const h1 = page.locator("main h1").first();
    expect(await h1.textContent()).toBe(round.title);
    expect(await h1.getAttribute("lang")).toBeNull();
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await page.getByRole("heading", { name: WELSH, level: 1 }).waitFor();
    expect(await h1.getAttribute("lang")).toBeNull();
    expect(await page.title()).toContain(WELSH);

    // A round not translated into Welsh shows its English title marked English; a Pabulib election's
    // project names are marked Polish.
    await page.goto(`${server.baseUrl}/rounds/warszawa-2019-stara-ochota`);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("cy-GB");
    expect(await page.locator("main h1").first().getAttribute("lang")).toBe("en");
    expect(await page.locator('main [lang="pl"]').count()).toBeGreaterThan(0);
    const serious = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.close();
  });
});
