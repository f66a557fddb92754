import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { generate } from "otplib";
import {
  settle,
  axe,
  freshServer,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

async function signIn(p: Page, srv: RunningServer): Promise<void> {
  await p.goto(`${srv.baseUrl}/officer`);
  await settle(p);
  await p.getByLabel("Email address").fill("officer@lambeth.example");
  await p.getByLabel("Password").fill("coproduce-demo");
  await p.getByRole("button", { name: "Sign in" }).click();
}

describe("two-factor sign-in end to end", () => {
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
    removeSeededDatabase();
  });

  it("an officer turns on TOTP on the account page, then signs in with a code from the app", async () => {
    const p = await chromium.newPage();
    await signIn(p, srv);
    await p.getByText("Signed in as").waitFor();
    await p.getByRole("link", { name: "Your account and two-factor sign-in" }).click();
    await settle(p);
    await expect(p.locator("main h1").innerText()).resolves.toBe("Your account");
    await expect.poll(() => p.getByText("Two-factor sign-in is off for this account.").count()).toBe(1);
    for (const width of [360, 1280]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await axe(p)).toEqual([]);
    }

    await p.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await p.getByTestId("totp-secret").innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(p.locator("code.uri").innerText()).resolves.toContain(`secret=${secret}`);
    expect(await axe(p)).toEqual([]);
    // a wrong code is refused beside the form
    await p.getByLabel("Six-digit code from the app").fill("12345");
    await p.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(p.getByRole("alert").innerText()).resolves.toBe("Enter the six digits the app shows.");
    await p.getByLabel("Six-digit code from the app").fill(await generate({ secret }));
    await p.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await p.getByRole("heading", { name: "Your recovery codes" }).waitFor();
    await expect.poll(() => p.locator(".codes li").count()).toBe(10);
    await expect.poll(() => p.getByText("Two-factor sign-in is on for this account.").count()).toBe(1);
    for (const width of [360, 1280]) {
      await p.setViewportSize({ width, height: 900 });
      expect(await axe(p)).toEqual([]);
    }
    await screenshot(p, "account-two-factor");

    // sign out, then sign in again: the password alone asks for the code
    await p.goto(`${srv.baseUrl}/officer`);
    await settle(p);
    await p.getByRole("button", { name: "Sign out" }).click();
    await signIn(p, srv);
    await p.getByLabel("Code from your authenticator app (or a recovery code)").waitFor();
    await expect.poll(() => p.getByText("Signed in as").count()).toBe(0);
    expect(await axe(p)).toEqual([]);
    // the next 30-second step's code (the confirmation used this step's; a code is never accepted twice)
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await p.getByLabel("Code from your authenticator app (or a recovery code)").fill(next);
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByText("Signed in as").waitFor();
    await expect(p.locator(".signed-in").innerText()).resolves.toContain("London Borough of Lambeth");
    await p.close();
  });
});
