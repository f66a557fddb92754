import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  axe,
  freshServer,
  launchBrowser,
  noSidewaysScroll,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// The household rule in the browser: a resident on a phone gives "12 High St.", an officer types in a
// paper form from the same home written "12 high st"; the officer commits with "At most one person
// per household", sees the rule affect those 2 applicants (1 shared household), draws, and the two
// are never both on the panel. The published pool file carries the label H1, never the address.

async function checkBoth(p: Page): Promise<void> {
  for (const width of [360, 1280]) {
    await p.setViewportSize({ width, height: 900 });
    await settle(p);
    await noSidewaysScroll(p);
    expect(await axe(p)).toEqual([]);
  }
}

describe("the household rule: address on the application, rule at the commitment", () => {
  let server: RunningServer;
  let browser: RunningBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await freshServer();
  });
  afterAll(async () => {
    await server?.stop();
    await browser?.close();
  });

  it("asks for the home address, commits the rule, shows whom it affected, and draws at most one per home", async () => {
    const p = await browser.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(p, server, "officer@lambeth.example");
    const card = p.locator("li.card", { has: p.locator(".stage", { hasText: /^Recruiting the panel$/ }) }).first();
    const href = await card.locator('h3 a[href^="/rounds/"]').getAttribute("href");
    const slug = href!.slice("/rounds/".length);

    // A resident on a phone applies, with the home address (optional, explained in plain words).
    const resident = await browser.newPage();
    await resident.setViewportSize({ width: 360, height: 780 });
    await resident.goto(`${server.baseUrl}/rounds/${slug}/apply`);
    await settle(resident);
    const form = resident.locator("form", { has: resident.getByRole("heading", { name: "Your application" }) });
    const address = form.getByLabel("Your home address or postcode and house number (optional)");
    await address.waitFor();
    await expect(form.innerText()).resolves.toContain(
      "We use it only to make sure no two people from one home are chosen.",
    );
    await form
      .getByRole("group", { name: /^Do you live in/ })
      .getByLabel("Yes")
      .check();
    const group = form.getByRole("group", { name: /Is that you\?$/ });
    if ((await group.count()) > 0) await group.getByLabel("Yes").check();
    await form.getByRole("group", { name: "What is your sex?" }).getByLabel("Female", { exact: true }).check();
    await form.getByLabel("Your first name").fill("Jay");
    await form.getByLabel("Your phone number or email address").fill("07700 900123");
    await address.fill("12 High St.");
    await form.getByLabel(/^I agree that the council/).check();
    await noSidewaysScroll(resident);
    expect(await axe(resident)).toEqual([]);
    await screenshot(resident, "apply-household-360");
    await form.getByRole("button", { name: "Send my application" }).click();
    await resident.getByRole("heading", { name: "Application sent" }).waitFor();
    const jay = (await resident.locator(".panel-confirm__ref").innerText()).trim();
    await resident.close();

    // The officer types in a paper form from the same home, written differently.
    await p.goto(`${server.baseUrl}/officer`);
    await settle(p);
    await p
      .locator("li.card", { has: p.locator(`a[href="/rounds/${slug}"]`) })
      .getByRole("link", { name: /Applicants and invitations/ })
      .click();
    await settle(p);
    const paper = p.locator("form", { has: p.getByRole("heading", { name: "A paper application form" }) });
    await paper
      .getByRole("group", { name: /^Does the applicant live in/ })
      .getByLabel("Yes")
      .check();
    const paperGroup = paper.getByRole("group", { name: /Is the applicant one of them\?$/ });
    if ((await paperGroup.count()) > 0) await paperGroup.getByLabel("Yes").check();
    await paper.getByRole("group", { name: "What is your sex?" }).getByLabel("Male", { exact: true }).check();
    await paper.getByLabel("The applicant's home address or postcode and house number (optional)").fill("12 high st");
    await paper.getByLabel("The applicant signed the agreement on the paper form").check();
    await paper.getByRole("button", { name: "Add the application" }).click();
    await paper.getByText(/^Added as A-\d{3}\.$/).waitFor();
    const sam = /A-\d{3}/.exec(await paper.getByText(/^Added as A-\d{3}\.$/).innerText())![0];
    // the officer sees the address; it is private to the council's officers
    await expect(p.locator(`li[data-pseudonym="${sam}"]`).innerText()).resolves.toContain("12 high st");

    // The commitment with the household rule.
    await p.goto(`${server.baseUrl}/officer/rounds/${slug}`);
    await settle(p);
    const draw = p.getByRole("region", { name: "Draw the panel" });
    const commit = draw.locator("form", { has: p.getByRole("heading", { name: "Publish the commitment" }) });
    await commit.getByLabel("Where the random number will come from").waitFor();
    await commit.getByLabel("Where the random number will come from").fill("Dice thrown at the public meeting");
    const rule = commit.getByLabel("At most one person per household");
    await rule.check();
    await checkBoth(p);
    await screenshot(p, "officer-commit-household");
    await commit.getByRole("button", { name: "Publish the commitment" }).click();
    const seedForm = draw.locator("form", {
      has: p.getByRole("heading", { name: "Enter the random number and draw" }),
    });
    await seedForm.waitFor();
    // The demo applicants gave no address: only Jay and the paper applicant share a home.
    await expect(draw.getByTestId("household-rule").innerText()).resolves.toBe(
      "Yes: at most one person per household. Applicants affected: 2; shared households: 1. The pool file labels them H1, H2 and so on, never with an address.",
    );
    const poolHref = (await draw.getByRole("link", { name: "Download the pool file (CSV)" }).getAttribute("href"))!;
    const csv = decodeURIComponent(poolHref.slice("data:text/csv;charset=utf-8,".length));
    const lines = csv.trim().split("\n");
    expect(lines[0]).toMatch(/,household$/);
    expect(lines.filter((l) => l.endsWith(",H1")).map((l) => l.split(",")[0])).toEqual([jay, sam].sort());
    expect(lines.slice(1).every((l) => l.endsWith(",H1") || l.endsWith(","))).toBe(true);
    expect(csv).not.toMatch(/high st/i);
    await checkBoth(p);
    await screenshot(p, "officer-commitment-household");

    // The draw: at most one of the two, and the count in the result.
    await seedForm.getByLabel("Random number (seed)").fill("4 2 6 1 3 5");
    await seedForm.getByRole("button", { name: "Draw the panel" }).click();
    await draw.getByRole("heading", { name: "The panel has been drawn" }).waitFor({ timeout: 60_000 });
    await expect(draw.getByTestId("household-result").innerText()).resolves.toBe(
      "At most one person per household was chosen. Applicants affected: 2; shared households: 1.",
    );
    const panel = await draw.getByTestId("drawn-panel").locator("li").allInnerTexts();
    expect(panel.includes(jay) && panel.includes(sam)).toBe(false);
    await checkBoth(p);
    await p.setViewportSize({ width: 360, height: 900 });
    await settle(p);
    await screenshot(p, "officer-draw-household-360");

    // The round's public page says so, for anyone, without an address.
    const visitor = await browser.newPage();
    await visitor.setViewportSize({ width: 360, height: 740 });
    await visitor.goto(`${server.baseUrl}/rounds/${slug}`);
    await settle(visitor);
    const published = visitor.getByTestId("published-draw");
    await published.getByTestId("household").waitFor();
    await expect(published.getByTestId("household").innerText()).resolves.toBe(
      "At most one person per household could be chosen. Applicants who share a home with another applicant: 2; shared homes: 1. The list of applicants marks them with a household label, never an address.",
    );
    await expect(published.innerText()).resolves.not.toMatch(/high st/i);
    await noSidewaysScroll(visitor);
    expect(await axe(visitor)).toEqual([]);
    await visitor.close();
  });
});
