import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  settle,
  axe,
  freshServer,
  launchBrowser,
  screenshot,
  type RunningBrowser,
  type RunningServer,
  signInAsOfficer,
  noSidewaysScroll,
} from "./harness";

// Applying to a panel on a phone, the officer's review, and a panel member's device session:
// the real built server on its own copy of the seeded database, driven only through the browser.

async function phone(browser: RunningBrowser): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewportSize({ width: 360, height: 780 });
  return p;
}

/** Signs in as Lambeth's officer on `p` and reads, from the console, the slug of its round at `stage`. */
async function lambethRoundAt(p: Page, srv: RunningServer, stage: string): Promise<string> {
  await signInAsOfficer(p, srv, "officer@lambeth.example");
  const card = p.locator("li.card", { has: p.locator(".stage", { hasText: new RegExp(`^${stage}$`) }) }).first();
  const href = await card.locator('h3 a[href^="/rounds/"]').getAttribute("href");
  if (!href) throw new Error(`no Lambeth round at ${stage}`);
  return href.slice("/rounds/".length);
}

async function apply(
  p: Page,
  srv: RunningServer,
  slug: string,
  who: { name: string; contact: string; sex: string; language?: "Cymraeg" },
) {
  await p.goto(`${srv.baseUrl}/rounds/${slug}`);
  await settle(p);
  await p.getByRole("link", { name: "Apply to join the panel" }).click();
  await settle(p);
  await p.getByRole("heading", { name: /^Apply to join the panel/ }).waitFor();
  const form = p.locator("form", { has: p.getByRole("heading", { name: "Your application" }) });
  // Sending it empty names every missing answer, beside the field and in the summary.
  await form.getByRole("button", { name: "Send my application" }).click();
  await form.locator(".error-summary").waitFor();
  await expect(form.locator(".error-summary").innerText()).resolves.toContain("Choose your sex.");
  await form
    .getByRole("group", { name: /^Do you live in/ })
    .getByLabel("Yes")
    .check();
  const group = form.getByRole("group", { name: /Is that you\?$/ });
  if ((await group.count()) > 0) await group.getByLabel("Yes").check();
  await form.getByRole("group", { name: "What is your sex?" }).getByLabel(who.sex, { exact: true }).check();
  await form.getByLabel("Your first name").fill(who.name);
  await form.getByLabel("Your phone number or email address").fill(who.contact);
  // Equality questions are optional and offer "Prefer not to say".
  await form.getByRole("group", { name: "Are you disabled?" }).getByLabel("Prefer not to say").check();
  // The council writes in the page's language unless the applicant chooses another.
  const language = form.getByRole("group", { name: "Which language should the council write to you in?" });
  await expect.poll(() => language.getByLabel("English").isChecked()).toBe(true);
  if (who.language) await language.getByLabel(who.language).check();
  await form.getByLabel(/^I agree that the council/).check();
  await form.getByRole("button", { name: "Send my application" }).click();
  await p.getByRole("heading", { name: "Application sent" }).waitFor();
  const reference = await p.locator(".panel-confirm__ref").innerText();
  expect(reference).toMatch(/^A-\d{3}$/);
  return reference;
}

/** The one-time code on the confirmation page (the applicant's key to their status page). */
async function codeOnConfirmation(p: Page): Promise<string> {
  await expect.poll(() => p.getByText("Keep this code to check your application.").count()).toBe(1);
  const code = (await p.getByTestId("application-code").innerText()).trim();
  expect(code).toMatch(/^AP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  return code;
}

/** Checks an application on /rounds/:slug/application with a typed code; returns the status box's text. */
async function checkApplication(p: Page, srv: RunningServer, slug: string, code: string): Promise<string> {
  await p.goto(`${srv.baseUrl}/rounds/${slug}/application`);
  await settle(p);
  await p.getByLabel("Your code").fill(code);
  await p.getByRole("button", { name: "Check" }).click();
  await p.getByTestId("application-status").waitFor();
  return p.getByTestId("application-status").innerText();
}

describe("applying to a panel, the officer's review, and staying signed in as a member", () => {
  let server: RunningServer;
  let browser: RunningBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await server?.stop();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("two applicants apply on 360 px phones; the officer sees them and rejects one with a reason", async () => {
    server = await freshServer();
    const look = await browser.newPage();
    const slug = await lambethRoundAt(look, server, "Recruiting the panel");
    await look.close();

    const first = await phone(browser);
    await first.goto(`${server.baseUrl}/rounds/${slug}/apply`);
    await settle(first);
    // the title names the form, the round and its council, as the server's HTML does
    await expect
      .poll(() => first.title())
      .toMatch(/^Apply to the panel — Lambeth: .+ — London Borough of Lambeth — Coproduce$/);
    await noSidewaysScroll(first);
    expect(await axe(first)).toEqual([]);
    await screenshot(first, "apply-360");
    const jay = await apply(first, server, slug, {
      name: "Jay",
      contact: "07700 900123",
      sex: "Female",
      language: "Cymraeg",
    });
    const jayCode = await codeOnConfirmation(first);
    expect(first.url()).not.toContain(jayCode);
    await noSidewaysScroll(first);
    expect(await axe(first)).toEqual([]);
    await screenshot(first, "apply-done-360");
    // The confirmation links to the status page with the code already filled in (not in the address).
    await first.getByRole("link", { name: "Check your application" }).click();
    await first.getByTestId("application-status").waitFor();
    expect(first.url()).toBe(`${server.baseUrl}/rounds/${slug}/application`);
    await expect(first.getByLabel("Your code").inputValue()).resolves.toBe(jayCode);
    const jayStatus = await first.getByTestId("application-status").innerText();
    expect(jayStatus).toContain("In the lottery");
    expect(jayStatus).toContain("Your chance of being selected will show here once the council has published");
    expect(jayStatus).not.toContain("Your chance of being selected:");
    await noSidewaysScroll(first);
    expect(await axe(first)).toEqual([]);
    await screenshot(first, "application-status-360");
    const second = await phone(browser);
    const sam = await apply(second, server, slug, { name: "Sam", contact: "sam@example.org", sex: "Male" });
    expect(sam).not.toBe(jay);
    const samCode = await codeOnConfirmation(second);
    expect(samCode).not.toBe(jayCode);
    // A wrong code: a plain message, no status.
    await second.goto(`${server.baseUrl}/rounds/${slug}/application`);
    await settle(second);
    await second.getByLabel("Your code").fill("AP-0000-0000-0000");
    await second.getByRole("button", { name: "Check" }).click();
    await second.getByRole("alert").waitFor();
    await expect(second.getByRole("alert").innerText()).resolves.toContain(
      "We could not find an application with that code for this round.",
    );
    await expect.poll(() => second.getByTestId("application-status").count()).toBe(0);
    expect(await axe(second)).toEqual([]);

    const wide = await browser.newPage();
    await wide.goto(`${server.baseUrl}/rounds/${slug}/apply`);
    await settle(wide);
    expect(await axe(wide)).toEqual([]);

    // The officer: both applications listed with their quota answer, no equality answers.
    await signInAsOfficer(wide, server, "officer@lambeth.example");
    const card = wide.locator("li.card", { has: wide.locator(`a[href="/rounds/${slug}"]`) });
    await card.getByRole("link", { name: /Applicants and invitations/ }).click();
    await settle(wide);
    const jayRow = wide.locator(`li[data-pseudonym="${jay}"]`);
    const samRow = wide.locator(`li[data-pseudonym="${sam}"]`);
    await jayRow.waitFor();
    await expect(jayRow.innerText()).resolves.toContain("Jay");
    await expect(jayRow.innerText()).resolves.toContain("07700 900123");
    await expect(jayRow.innerText()).resolves.toContain("Female");
    await expect(jayRow.innerText()).resolves.not.toContain("disabled");
    await expect(samRow.innerText()).resolves.toContain("Male");
    // the language each chose (Jay Welsh, Sam the page's English), so the officer writes in it
    await expect(jayRow.innerText()).resolves.toContain("Write to them in: Cymraeg");
    await expect(samRow.innerText()).resolves.toContain("Write to them in: English");
    expect(await axe(wide)).toEqual([]);

    await samRow.getByRole("button", { name: `Reject ${sam}` }).click();
    const review = wide.locator("form", {
      has: wide.getByRole("heading", { name: "Reject an application, or keep it in the lottery" }),
    });
    await review.getByLabel("Reason for rejecting").fill("Lives outside Lambeth (Croydon address on the form).");
    await review.getByRole("button", { name: "Save the review" }).click();
    await review.getByRole("status").waitFor();
    await expect(review.getByRole("status").innerText()).resolves.toBe(`${sam} is rejected; the reason is recorded.`);
    await samRow.locator(".badge", { hasText: "Rejected" }).waitFor();
    await expect(samRow.innerText()).resolves.toContain("Lives outside Lambeth (Croydon address on the form).");
    await expect(jayRow.innerText()).resolves.toContain("Applied");

    // Sam checks the application on the phone: not accepted, with the officer's reason.
    const samStatus = await checkApplication(second, server, slug, samCode.toLowerCase());
    expect(samStatus).toContain("Not accepted");
    expect(samStatus).toContain("Lives outside Lambeth (Croydon address on the form).");
    await noSidewaysScroll(second);
    expect(await axe(second)).toEqual([]);

    await wide.setViewportSize({ width: 360, height: 780 });
    await noSidewaysScroll(wide);
    expect(await axe(wide)).toEqual([]);
    await screenshot(wide, "officer-applicants-360");
    for (const p of [first, second, wide]) await p.close();
    expect(browser.errors).toEqual([]);
  });

  it("a member joins with a code, closes the page and is still signed in; a re-issued code ends the old one", async () => {
    server = await freshServer();
    const member = await phone(browser);
    await member.goto(`${server.baseUrl}/panel`);
    await settle(member);
    await member.getByLabel("Invitation code").fill("LAMBETH-PANEL-A");
    await member.getByRole("button", { name: "Continue" }).click();
    await member.getByText("Hello, Panel member A").waitFor();
    await settle(member);
    const next = await member.locator(".next").innerText();
    expect(next).toContain("Your next meeting");
    expect(next).toContain("at 17:30");
    expect(next).toContain("Where: Brixton Library, meeting room 2");
    const bids = member.locator(".bid");
    await expect(bids.count()).resolves.toBeGreaterThan(0);
    const bid = await bids.first().innerText();
    expect(bid).toMatch(/Cost: £[\d,]+/);
    expect(bid).toMatch(/From .+\./);
    expect(bid).toContain("You have scored this bid");
    await expect
      .poll(() => member.getByText("You can change your scores until the interviews finish.").count())
      .toBe(1);
    await expect.poll(() => member.getByRole("heading", { name: "Your scores" }).count()).toBe(1);
    await expect.poll(() => member.getByRole("heading", { name: "What the panel has decided so far" }).count()).toBe(1);
    await noSidewaysScroll(member);
    expect(await axe(member)).toEqual([]);
    await screenshot(member, "panel-home-360");
    await member.close();

    // A new page in the same browser: still signed in, no code asked.
    const again = await phone(browser);
    await again.goto(`${server.baseUrl}/panel`);
    await again.getByText("Hello, Panel member A").waitFor();
    await expect.poll(() => again.getByLabel("Invitation code").count()).toBe(0);
    await again.setViewportSize({ width: 1280, height: 900 });
    expect(await axe(again)).toEqual([]);
    // The member reads in Welsh from now on: switching the page's language records it for the council.
    await expect.poll(() => again.locator(".written-in").innerText()).toContain("writes to you in English");
    await again.getByRole("navigation", { name: "Language" }).getByRole("button", { name: "Cymraeg" }).click();
    await expect.poll(() => again.locator(".written-in").innerText()).toContain("ysgrifennu atoch chi yn Cymraeg");
    await again.reload(); // what the server recorded, not the page's own state
    await expect.poll(() => again.locator(".written-in").innerText()).toContain("yn Cymraeg");
    await again.getByRole("navigation", { name: "Iaith" }).getByRole("button", { name: "English" }).click();
    await expect.poll(() => again.locator(".written-in").innerText()).toContain("writes to you in English");

    // The officer re-issues the code from another browser (the console's button) and prints the letter.
    const officerBrowser = await launchBrowser();
    try {
      const officer = await officerBrowser.newPage();
      const slug = await lambethRoundAt(officer, server, "Interviewing");
      await officer.goto(`${server.baseUrl}/officer/rounds/${slug}/applicants`);
      await settle(officer);
      await officer.getByRole("button", { name: "Re-issue code Panel member A" }).click();
      const letter = officer.getByRole("region", { name: "Invitation letter for Panel member A" });
      await letter.waitFor();
      const code = await letter.getByTestId("invitation-code").innerText();
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      await expect.poll(() => letter.getByRole("button", { name: "Print the letter" }).count()).toBe(1);
      expect(await axe(officer)).toEqual([]);
      await screenshot(officer, "officer-invitation-letter");

      // The member's device session ends; the old code no longer works; the new one does.
      await again.reload();
      await again.getByRole("alert").waitFor();
      await expect(again.getByRole("alert").innerText()).resolves.toBe(
        "Your sign-in has run out. Type your invitation code again.",
      );
      await again.getByLabel("Invitation code").fill("LAMBETH-PANEL-A");
      await again.getByRole("button", { name: "Continue" }).click();
      await again.getByText("This invitation code is not valid.").waitFor();
      await again.getByLabel("Invitation code").fill(code);
      await again.getByRole("button", { name: "Continue" }).click();
      await again.getByText("Hello, Panel member A").waitFor();
      expect(officerBrowser.errors).toEqual([]);
    } finally {
      await officerBrowser.close();
    }
    await again.close();
  });
  it("after the council publishes the commitment, the applicant sees their own chance; the draw keeps it", async () => {
    // Only this test's errors (the one before expects a 401 on a revoked device).
    const earlierErrors = browser.errors.length;
    server = await freshServer();
    const look = await browser.newPage();
    const slug = await lambethRoundAt(look, server, "Recruiting the panel");
    await look.close();
    const applicant = await phone(browser);
    await apply(applicant, server, slug, { name: "Ola", contact: "ola@example.org", sex: "Female" });
    const code = await codeOnConfirmation(applicant);

    // The officer publishes the commitment (the saved demo quotas, today's dice).
    const officer = await browser.newPage();
    await officer.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(officer, server, "officer@lambeth.example");
    await officer.goto(`${server.baseUrl}/officer/rounds/${slug}`);
    await settle(officer);
    const draw = officer.getByRole("region", { name: "Draw the panel" });
    const commit = draw.locator("form", { has: officer.getByRole("heading", { name: "Publish the commitment" }) });
    await commit.getByLabel("Where the random number will come from").waitFor();
    await commit.getByLabel("Date of the random number").fill(new Date().toISOString().slice(0, 10));
    await commit.getByLabel("Where the random number will come from").fill("Dice thrown at the public meeting");
    await commit.getByRole("button", { name: "Publish the commitment" }).click();
    const seedForm = draw.locator("form", {
      has: officer.getByRole("heading", { name: "Enter the random number and draw" }),
    });
    await seedForm.waitFor({ timeout: 60_000 });

    // Before the draw: the public round page gives the spread, the applicant their own chance within it.
    const round = await browser.newPage();
    await round.goto(`${server.baseUrl}/rounds/${slug}`);
    await settle(round);
    const spreadText = await round.getByTestId("published-draw").innerText();
    const spread =
      /has a chance of being chosen of at least ([\d.]+)% \(half have at least ([\d.]+)%; the highest is ([\d.]+)%\)/.exec(
        spreadText,
      );
    expect(spread, spreadText).not.toBeNull();
    const [min, , max] = spread!.slice(1).map(Number) as [number, number, number];
    const before = await checkApplication(applicant, server, slug, code);
    expect(before).toContain("In the lottery");
    const chance = /Your chance of being selected: ([\d.]+)%/.exec(before);
    expect(chance, before).not.toBeNull();
    const percent = Number(chance![1]);
    expect(percent).toBeGreaterThanOrEqual(Math.floor(min) - 0.5);
    expect(percent).toBeLessThanOrEqual(Math.ceil(max) + 0.5);
    expect(before).toContain("if the draw were run 100 times, you would be picked about");
    await noSidewaysScroll(applicant);
    expect(await axe(applicant)).toEqual([]);
    await screenshot(applicant, "application-chance-360");

    // The draw: the applicant is picked or on the reserve list, with the same chance as before.
    await seedForm.getByLabel("Random number (seed)").fill("4 2 6 1 3 5");
    await seedForm.getByRole("button", { name: "Draw the panel" }).click();
    await draw.getByRole("heading", { name: "The panel has been drawn" }).waitFor({ timeout: 60_000 });
    const after = await checkApplication(applicant, server, slug, code);
    expect(after).toMatch(/Picked for the panel|Not picked this time/);
    expect(after).toContain(`Your chance of being selected: ${chance![1]}%`);
    expect(after).toContain("That was your chance before the draw");
    expect(await axe(applicant)).toEqual([]);
    for (const p of [applicant, officer, round]) await p.close();
    expect(browser.errors.slice(earlierErrors)).toEqual([]);
  });
});
