import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  settle,
  axe,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  startServer,
  tabTo,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// Find it, link it: the header search, the search page, the provider page, /rounds, titles and 404s,
// on the real built server with the demo data, in headless Chromium. These tests only read, so
// they share one server.
let server: RunningServer;
let browser: RunningBrowser;

async function gql(query: string, variables: object = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const LAMBETH_ROUND = "lambeth-2023-young-offenders-service";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSeededDatabase();
});

describe("find: search, provider pages, every round", () => {
  it("goes from the header search to a provider's page to the round it delivers", async () => {
    // the Lambeth round's provider, as the API names it
    const data = await gql(
      `query($s: String!) { round(slug: $s) { title council { name } awards { provider { id name } } } }`,
      { s: LAMBETH_ROUND },
    );
    const round = data.round as {
      title: string;
      council: { name: string };
      awards: { provider: { id: string; name: string } }[];
    };
    const provider = round.awards[0]!.provider;
    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await settle(page);
    // a typing mistake in the first word ("Mentorign") is corrected
    const words = provider.name.split(" ");
    const typed = [words.at(-2)!.replace(/ng$/, "gn"), words.at(-1)!].join(" ");
    await page.getByRole("search", { name: "Site search" }).getByRole("searchbox").fill(typed);
    await page.getByRole("search", { name: "Site search" }).getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=/);
    await settle(page);
    expect(await page.title()).toBe(`Search results for “${typed}” — Coproduce`);
    await screenshot(page, "search");
    const result = page.locator(".search-result", { hasText: "Provider" }).getByRole("link", { name: provider.name });
    await result.click();
    await page.waitForURL(`**/providers/${provider.id}`);
    await settle(page);
    await expect(page.locator("main h1").textContent()).resolves.toBe(provider.name);
    expect(await page.title()).toBe(`${provider.name} — Coproduce`);
    await screenshot(page, "provider");
    await page.locator("main table").getByRole("link", { name: round.title }).click();
    await page.waitForURL(`**/rounds/${LAMBETH_ROUND}`);
    await settle(page);
    await expect(page.locator("main h1").textContent()).resolves.toBe(round.title);
    expect(await page.title()).toBe(`${round.title} — ${round.council.name} — Coproduce`);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(
      `${round.title} — ${round.council.name} — Coproduce`,
    );
    // and the provider's name links back from the round
    expect(await page.locator(`main a[href="/providers/${provider.id}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("searches by keyboard alone: Tab to the header's box, type, Enter, Tab to a result, Enter", async () => {
    const data = await gql(`query($s: String!) { round(slug: $s) { title awards { provider { id name } } } }`, {
      s: LAMBETH_ROUND,
    });
    const provider = (data.round as { awards: { provider: { id: string; name: string } }[] }).awards[0]!.provider;
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(server.baseUrl);
    await settle(page);
    const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox");
    const presses = await tabTo(page, box);
    expect(presses).toBeLessThan(15); // near the top of the page, after the skip link and the header
    await page.keyboard.type(provider.name.split(" ").at(-1)!);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await settle(page);
    const result = page.locator(".search-result", { hasText: "Provider" }).getByRole("link", { name: provider.name });
    await tabTo(page, result);
    // the focused result is in view and not under a sticky header (WCAG 2.4.11)
    const place = await result.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const sticky = [...document.querySelectorAll("header, nav")].filter((h) =>
        ["sticky", "fixed"].includes(getComputedStyle(h).position),
      );
      const covered = Math.max(0, ...sticky.map((h) => h.getBoundingClientRect().bottom));
      return { top: r.top, bottom: r.bottom, covered, height: window.innerHeight };
    });
    expect(place.top).toBeGreaterThanOrEqual(place.covered);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/providers/${provider.id}`);
    await expect.poll(() => page.locator("main h1").textContent()).toBe(provider.name);
    await page.close();
  });

  it("lists every round, filtered and sorted in the URL", async () => {
    const expected = await gql(`{ rounds(filterBy: { council: "lambeth" }, first: 1) { totalCount } }`);
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/rounds`);
    await settle(page);
    await page.locator("#rl-council").selectOption("lambeth");
    await page.locator("#rl-sort").selectOption("pot-desc");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/council=lambeth/);
    await settle(page);
    expect(page.url()).toContain("sort=pot-desc");
    const n = (expected.rounds as { totalCount: number }).totalCount;
    await page.getByText(`${n} rounds`, { exact: true }).waitFor();
    expect(await page.locator("main tbody tr").count()).toBe(Math.min(n, 20));
    await page.close();
  });

  it("shows the Lambeth reference provider as itself on Home, not in an 'Other' bar", async () => {
    const data = await gql(`query($s: String!) { round(slug: $s) { awards { provider { id name } } } }`, {
      s: LAMBETH_ROUND,
    });
    const provider = (data.round as { awards: { provider: { id: string; name: string } }[] }).awards[0]!.provider;
    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await settle(page);
    // the provider chart's table: a row with the provider's name (linked) and 1 award
    const row = page.locator("tr", { has: page.locator(`a[href="/providers/${provider.id}"]`) });
    await row.first().waitFor({ state: "attached" });
    expect(await row.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("answers 404 for an unknown address and an unknown round, with the not-found page", async () => {
    const page = await browser.newPage();
    for (const [path, heading] of [
      ["/no-such-page", "Page not found"],
      ["/rounds/no-such-round", "Round not found"],
    ] as const) {
      const response = await page.goto(`${server.baseUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await settle(page);
      await expect(page.locator("main h1").textContent()).resolves.toBe(heading);
    }
    // without JavaScript too (curl): a round's title and pot are in the HTML
    const html = await (await fetch(`${server.baseUrl}/rounds/${LAMBETH_ROUND}`)).text();
    const data = await gql(`query($s: String!) { round(slug: $s) { title pot { formatted } } }`, { s: LAMBETH_ROUND });
    const round = data.round as { title: string; pot: { formatted: string } };
    expect(html).toContain(`<h1>${round.title}</h1>`);
    expect(html).toContain(round.pot.formatted);
    await page.close();
  });

  it("has no serious accessibility violation on the new pages at 360 and 1280 px", async () => {
    const data = await gql(`{ providers(first: 1) { nodes { id } } }`);
    const providerId = (data.providers as { nodes: { id: string }[] }).nodes[0]!.id;
    const page = await browser.newPage();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        "/search?q=youth",
        "/search?q=zzzzqqq",
        "/rounds",
        "/rounds?council=lambeth",
        `/providers/${providerId}`,
      ]) {
        await page.goto(`${server.baseUrl}${path}`);
        await settle(page);
        expect(await axe(page), `${path} at ${width}px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await screenshot(page, `rounds-${width}`);
    }
    await page.close();
  });
});
