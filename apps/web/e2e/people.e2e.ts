import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  settle,
  axe,
  freshServer,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
  noSidewaysScroll,
} from "./harness";

// The officer console's people screens, driven only through the browser on the built server:
// attendance, pay rate and payments (owed vs paid), editing a round, and the audit log.

async function accessibleAtBothWidths(p: Page): Promise<void> {
  for (const width of [360, 1280]) {
    await p.setViewportSize({ width, height: 900 });
    expect(await axe(p)).toEqual([]);
    await noSidewaysScroll(p);
  }
}

/** "£1,234.50" → 1234.5 (the figure, whatever the formatting). */
const POLL = { timeout: 10_000, interval: 200 };

function amount(text: string): number {
  return Number(text.replace(/[^0-9.-]/g, ""));
}

async function ledgerCell(p: Page, member: string, col: "owed" | "paid" | "outstanding"): Promise<number> {
  const cell = p.getByTestId("pay-ledger").locator(`tr[data-member="${member}"] td[data-col="${col}"]`);
  return amount((await cell.innerText()).split("(")[0]!);
}

async function choose(form: Locator, label: string, option: string | { index: number }): Promise<string> {
  const select = form.getByLabel(label, { exact: true });
  if (typeof option === "string") await select.selectOption({ label: option });
  else await select.selectOption({ index: option.index });
  return select.evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text.trim());
}

describe("an officer runs the panel's people side and edits a round", () => {
  let srv: RunningServer;
  let chromium: RunningBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
    srv = await freshServer();
  });
  afterAll(async () => {
    await srv?.stop();
    await chromium?.close();
    removeSeededDatabase();
  });

  it("records attendance, sets a rate, records a payment, edits the title, and sees it all in the audit log", async () => {
    const p = await chromium.newPage();
    await signInAsOfficer(p, srv, "officer@lambeth.example");
    // Lambeth's round at the interviewing stage (its panel meets and is paid in pounds)
    const card = p.locator("li.card", { has: p.locator(".stage", { hasText: /^Interviewing$/ }) }).first();
    const href = await card.locator('h3 a[href^="/rounds/"]').getAttribute("href");
    const slug = href!.slice("/rounds/".length);
    const oldTitle = (await card.locator("h3 a").innerText()).trim();

    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}`);
    await settle(p);
    await p.getByRole("link", { name: "Sessions, attendance and pay" }).click();
    await settle(p);
    await expect(p.locator("main h1").innerText()).resolves.toBe("Sessions, attendance and pay");
    await accessibleAtBothWidths(p);

    // 1. attendance: the first member at the first session
    const attendance = p.getByRole("form", { name: "Record attendance" });
    await choose(attendance, "Session", { index: 1 });
    const member = await choose(attendance, "Panel member", { index: 1 });
    await attendance.getByLabel("Was the member there?").selectOption({ label: "Yes, present" });
    await attendance.getByRole("button", { name: "Record attendance" }).click();
    await expect(attendance.getByRole("status").innerText()).resolves.toMatch(
      new RegExp(`^${member} recorded as present at .+\\.$`),
    );
    const register = p.getByTestId("registers").locator("li.register").first();
    // the page reloads the round after the write
    await expect.poll(() => register.locator('dd[data-col="present"]').innerText(), POLL).toContain(member);
    // the sessions at which this member is now recorded present, read from the registers
    const presentLists = await p.getByTestId("registers").locator('dd[data-col="present"]').allInnerTexts();
    const attended = presentLists.filter((list) => list.split(", ").includes(member)).length;
    expect(attended).toBeGreaterThanOrEqual(1);
    const paidBefore = await ledgerCell(p, member, "paid");

    // 2. a flat rate of £25 for every session: owed = 25 × the sessions attended
    const rate = p.getByRole("form", { name: "Set the pay rate" });
    await rate.getByLabel("How the panel is paid").selectOption({ label: "A flat fee per session" });
    await rate.getByLabel(/^Rate/).fill("25");
    await rate.getByRole("button", { name: "Set the pay rate" }).click();
    await rate.getByRole("status").waitFor();
    await expect.poll(() => ledgerCell(p, member, "owed"), POLL).toBe(25 * attended);

    // 3. a payment of £12.50: paid goes up by it, still-to-pay is owed − paid
    const payment = p.getByRole("form", { name: "Record a payment" });
    await payment.getByLabel("Panel member").selectOption({ label: member });
    await payment.getByLabel(/^Amount/).fill("12.50");
    await payment.getByLabel("Date paid").fill("2026-03-27");
    await payment.getByRole("button", { name: "Record the payment" }).click();
    await expect(payment.getByRole("status").innerText()).resolves.toMatch(new RegExp(`paid to ${member} on`));
    await expect.poll(() => ledgerCell(p, member, "paid"), POLL).toBe(paidBefore + 12.5);
    await expect.poll(() => ledgerCell(p, member, "outstanding"), POLL).toBe(25 * attended - (paidBefore + 12.5));
    // a payment form left empty says what is missing beside each field
    await payment.getByRole("button", { name: "Record the payment" }).click();
    await expect(payment.locator(".error-summary").innerText()).resolves.toContain("Choose the panel member");
    await accessibleAtBothWidths(p);
    await p.setViewportSize({ width: 1280, height: 900 });
    await screenshot(p, "officer-sessions");

    // 4. edit the round's title: the pot is locked at this stage; check the change, then save
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}`);
    await settle(p);
    await p.getByRole("link", { name: "Edit the round's settings" }).click();
    // the edit page, not the task list still on screen while the route changes
    await p.getByRole("heading", { level: 1, name: "Edit the round" }).waitFor();
    await settle(p);
    await expect(p.locator("main h1").innerText()).resolves.toBe("Edit the round");
    await expect(p.getByLabel(/^Pot/).isDisabled()).resolves.toBe(true);
    await accessibleAtBothWidths(p);
    const newTitle = `${oldTitle} (renamed)`;
    await p.getByLabel("Title", { exact: true }).fill(newTitle);
    await p.getByRole("button", { name: "Continue" }).click();
    const changes = p.getByTestId("changes");
    await changes.waitFor();
    await expect(changes.locator("del").allInnerTexts()).resolves.toEqual([oldTitle]);
    await expect(changes.locator("ins").allInnerTexts()).resolves.toEqual([newTitle]);
    await accessibleAtBothWidths(p);
    await p.setViewportSize({ width: 1280, height: 900 });
    await screenshot(p, "officer-edit-round");
    await p.getByRole("button", { name: "Save the changes" }).click();
    await expect(p.getByRole("status").innerText()).resolves.toBe(`The round "${newTitle}" has been updated.`);
    await p.goto(`${srv.baseUrl}/rounds/${slug}`);
    await settle(p);
    await expect(p.locator("main h1").innerText()).resolves.toBe(newTitle);

    // 5. the round's audit log, newest first: the edit, the payment, the rate, the attendance
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}`);
    await settle(p);
    await p.getByRole("link", { name: "Audit log of this round" }).click();
    await settle(p);
    const log = p.getByTestId("audit-log");
    await log.waitFor();
    const actions = await log
      .locator("li.audit__entry")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));
    expect(actions.slice(0, 4)).toEqual(["roundUpdate", "paymentRecord", "compensationRateSet", "attendanceRecord"]);
    const newest = log.locator("li.audit__entry").first();
    await expect(newest.innerText()).resolves.toContain("Edited the round's settings");
    await expect(newest.innerText()).resolves.toContain(`title: ${oldTitle} → ${newTitle}`);
    await expect(newest.innerText()).resolves.toContain("By Lambeth commissioning officer");
    await accessibleAtBothWidths(p);
    // the council's whole log, from the console's front page, holds the same entries
    await p.goto(`${srv.baseUrl}/officer`);
    await settle(p);
    await p.getByRole("link", { name: "Audit log", exact: true }).click();
    await settle(p);
    await log.waitFor();
    await expect(log.locator("li.audit__entry").first().getAttribute("data-action")).resolves.toBe("roundUpdate");
    await p.setViewportSize({ width: 1280, height: 900 });
    await screenshot(p, "officer-audit");
    expect(chromium.errors).toEqual([]);
  });
});
