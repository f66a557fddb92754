import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
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

    // Search finds the round by a word only its Welsh title has, and names it in Welsh.
    await page.goto(`${server.baseUrl}/search?q=droseddwyr`);
    await settle(page);
    const hit = page.locator(".search-result__title").first();
    await hit.waitFor();
    expect(await hit.textContent()).toBe(WELSH);
    expect(await hit.getAttribute("href")).toBe("/rounds/lambeth-2023-young-offenders-service");
    expect(await hit.getAttribute("lang")).toBeNull();

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
  it("shows outcome and indicator names and who a round is for, set in Welsh in the console, to Welsh readers", async () => {
    const SLUG = "lambeth-2023-young-offenders-service";
    const WELSH_OUTCOME = "Llai o bobl ifanc yn aildroseddu";
    const WELSH_INDICATOR = "Pobl ifanc sy'n aildroseddu o fewn blwyddyn";
    const WELSH_GROUP = "Pobl ifanc sydd wedi troseddu, 14 i 24 oed";
    const WELSH_APPLY_GROUP = "Pobl ifanc 16 i 25 oed sy'n byw yn Lambeth";
    const { round } = await gql<{
      round: { targetGroup: string | null; outcomes: { title: string; indicators: { name: string }[] }[] };
    }>(server, `query($slug: String!) { round(slug: $slug) { targetGroup outcomes { title indicators { name } } } }`, {
      slug: SLUG,
    });
    const [first, second] = round.outcomes;
    expect(round.targetGroup).toBeTruthy();
    expect(first?.indicators.length).toBeGreaterThan(0);
    expect(second).toBeDefined(); // an outcome left untranslated: shown in English, marked English

    const officer = await browser.newPage();
    await officer.goto(`${server.baseUrl}/`);
    await officer.evaluate(() => localStorage.clear()); // the earlier tests chose Welsh on this device
    await signInAsOfficer(officer, server, "officer@lambeth.example");
    const recruiting = await lambethRoundAt(officer, "Recruiting the panel");
    await officer.goto(`${server.baseUrl}/officer/rounds/${SLUG}/edit`);
    await settle(officer);
    await officer.getByLabel(en.officer.translation.welshTargetGroup).fill(WELSH_GROUP);
    await officer.getByRole("button", { name: en.officer.translation.submit }).click();
    await officer
      .getByText(en.officer.translation.done.replace("{title}", "Gwasanaeth i droseddwyr ifanc Lambeth"))
      .waitFor();
    const form = officer.getByRole("form", { name: en.officer.outcomeTranslation.title.replace("{n}", "1") });
    expect(await form.getByText(first!.title).count()).toBeGreaterThan(0);
    await form.getByLabel(en.officer.outcomeTranslation.welshTitle).fill(WELSH_OUTCOME);
    await form
      .getByLabel(en.officer.outcomeTranslation.welshIndicator.replace("{name}", first!.indicators[0]!.name))
      .fill(WELSH_INDICATOR);
    await form.getByRole("button", { name: en.officer.outcomeTranslation.submit }).click();
    await form.getByText(en.officer.outcomeTranslation.done.replace("{title}", WELSH_OUTCOME)).waitFor();
    await screenshot(officer, "officer-outcome-cy");
    // who the recruiting round's panel is for, in Welsh (read on its apply page below)
    await officer.goto(`${server.baseUrl}/officer/rounds/${recruiting}/edit`);
    await settle(officer);
    await officer.getByLabel(en.officer.translation.welshTargetGroup).fill(WELSH_APPLY_GROUP);
    await officer.getByRole("button", { name: en.officer.translation.submit }).click();
    await officer.getByText(en.officer.translation.savedNoTitle).waitFor(); // no Welsh title: only the group
    await officer.close();

    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.baseUrl}/rounds/${SLUG}`);
    await settle(page);
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await page.getByRole("heading", { name: cy.round.n5TheOutcomesThePanel, level: 2 }).waitFor();
    const outcomes = page.locator("#outcomes");
    const welshOutcome = outcomes.getByText(WELSH_OUTCOME, { exact: true });
    expect(await welshOutcome.getAttribute("lang")).toBeNull();
    expect(await outcomes.getByText(first!.title, { exact: true }).count()).toBe(0);
    const welshIndicator = outcomes.getByText(WELSH_INDICATOR, { exact: true });
    expect(await welshIndicator.getAttribute("lang")).toBeNull();
    // the untranslated outcome: its English title, marked English for screen readers
    expect(await outcomes.getByText(second!.title, { exact: true }).getAttribute("lang")).toBe("en");
    const group = page.locator("#target-group strong");
    expect(await group.textContent()).toBe(WELSH_GROUP);
    expect(await group.getAttribute("lang")).toBeNull();
    await outcomes.scrollIntoViewIfNeeded();
    const full = await screenshot(page, "round-outcomes-cy-360");
    await outcomes.screenshot({ path: full.replace(/\.png$/, "-section.png") });
    const serious = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);

    // The outcomes tracker and the apply page read the same Welsh words.
    await page.goto(`${server.baseUrl}/outcomes?round=${SLUG}`);
    await settle(page);
    await page.locator("table").getByText(WELSH_INDICATOR, { exact: true }).first().waitFor();
    expect(await page.locator("table").getByText(WELSH_OUTCOME, { exact: true }).count()).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/rounds/${recruiting}/apply`);
    await settle(page);
    const who = page.getByText(WELSH_APPLY_GROUP, { exact: true }).first();
    await who.waitFor();
    expect(await who.getAttribute("lang")).toBeNull();
    expect(await page.locator("main h1").first().getAttribute("lang")).toBeNull();
    expect(await page.locator("main h1 [lang=en]").count()).toBe(1); // its title, not translated, marked English
    await screenshot(page, "apply-cy-360");
    await page.close();
  });
});

/** On a signed-in officer's console, the slug of Lambeth's round at `stage`. */
async function lambethRoundAt(p: Page, stage: string): Promise<string> {
  const card = p.locator("li.card", { has: p.locator(".stage", { hasText: new RegExp(`^${stage}$`) }) }).first();
  const href = await card.locator('h3 a[href^="/rounds/"]').getAttribute("href");
  if (!href) throw new Error(`no Lambeth round at ${stage}`);
  return href.slice("/rounds/".length);
}
