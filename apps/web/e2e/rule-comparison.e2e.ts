import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  axe,
  freshServer,
  gql,
  launchBrowser,
  noSidewaysScroll,
  removeSeededDatabase,
  screenshot,
  settle,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// "Equal Shares and greedy compared" on a decided PB round: the page shows what the API stored when
// the decision was taken (fairness.ruleComparison), read here straight from the API. The real built
// server on a copy of the seeded demo data, real headless Chromium.

const PB = "wieliczka-2023-green-million"; // decided by Equal Shares, imported from Pabulib
const PANEL = "lambeth-2023-young-offenders-service";

interface MoneyJson {
  amountMinor: number;
  currency: string;
}
interface Stored {
  fairness: {
    ruleComparison: {
      greedy: string[];
      mes: string[];
      onlyGreedy: string[];
      onlyMes: string[];
      greedyProportionality: number | null;
      mesProportionality: number | null;
      categories: {
        category: string | null;
        votes: number;
        voteShare: number | null;
        greedyAmount: MoneyJson;
        mesAmount: MoneyJson;
      }[];
    } | null;
  }[];
  round: {
    decision: { projects: { bid: { id: string; title: string; amountRequested: MoneyJson } }[] };
  };
}

const QUERY = `query ($slug: String!, $rounds: [ID!]) {
  fairness(rounds: $rounds) {
    ruleComparison {
      greedy mes onlyGreedy onlyMes greedyProportionality mesProportionality
      categories { category votes voteShare greedyAmount { amountMinor currency } mesAmount { amountMinor currency } }
    }
  }
  round(slug: $slug) { decision { projects { bid { id title amountRequested { amountMinor currency } } } } }
}`;

/** The first amount in a cell's text ("zł 984,579.50 (Polish złoty)") in minor units, from its digits. */
function minorIn(text: string): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) throw new Error(`No amount in “${text}”`);
  const [whole, fraction = ""] = m[0].replace(/,/g, "").split(".");
  return Number(`${whole}${fraction.padEnd(2, "0")}`);
}
/** The first whole number in a text ("16,750 100% of votes" → 16750). */
const countIn = (text: string): number => Number(/\d[\d,]*/.exec(text)![0].replace(/,/g, ""));
/** 0.8193… → "81.9%", as en-GB writes it. */
const pct = (share: number): string =>
  new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 }).format(share);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let stored: NonNullable<Stored["fairness"][number]["ruleComparison"]>;
let bids: Map<string, { title: string; amountRequested: MoneyJson }>;

beforeAll(async () => {
  server = await freshServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  const data = await gql<Stored>(server, QUERY, { slug: PB, rounds: [PB] });
  stored = data.fairness[0]!.ruleComparison!;
  bids = new Map(data.round.decision.projects.map((p) => [p.bid.id, p.bid]));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSeededDatabase();
});

async function openRound(p: Page, width: number): Promise<Locator> {
  await p.setViewportSize({ width, height: 900 });
  await p.goto(`${server.baseUrl}/rounds/${PB}`);
  await settle(p);
  const section = p.getByTestId("rule-comparison");
  await section.getByRole("heading", { name: "Equal Shares and greedy compared" }).waitFor();
  return section;
}

describe("Equal Shares and greedy compared", () => {
  it("the stored comparison differs on this round (else the test would prove little)", () => {
    expect(stored.onlyMes.length).toBeGreaterThan(0);
    expect(stored.onlyGreedy.length).toBeGreaterThan(0);
    expect(stored.categories.length).toBeGreaterThan(0);
  });

  it("shows each rule's projects, money and share of voters with a funded project, as stored", async () => {
    const section = await openRound(page, 1280);
    await expect(section.innerText()).resolves.toContain("the same ballots were counted two ways");
    await expect(section.innerText()).resolves.toContain("This round's result is the Equal Shares count.");
    for (const [rule, funded, share, amounts] of [
      ["mes", stored.mes, stored.mesProportionality, stored.categories.map((c) => c.mesAmount.amountMinor)],
      ["greedy", stored.greedy, stored.greedyProportionality, stored.categories.map((c) => c.greedyAmount.amountMinor)],
    ] as const) {
      const row = section.locator(`tr[data-rule="${rule}"]`);
      await expect(row.locator('[data-cell="projects"]').innerText()).resolves.toBe(String(funded.length));
      expect(minorIn(await row.locator('[data-cell="money"]').innerText())).toBe(sum([...amounts]));
      // and the money is what the funded projects cost
      expect(sum([...amounts])).toBe(sum(funded.map((id) => bids.get(id)!.amountRequested.amountMinor)));
      await expect(row.locator('[data-cell="voters"]').innerText()).resolves.toBe(pct(share!));
    }
  });

  it("lists the projects only one rule funds, with their cost and total", async () => {
    const section = await openRound(page, 1280);
    for (const [rule, ids, heading] of [
      ["mes", stored.onlyMes, "Funded by Equal Shares only"],
      ["greedy", stored.onlyGreedy, "Funded by greedy only"],
    ] as const) {
      const block = section.locator(`[data-only="${rule}"]`);
      await expect(block.getByRole("heading").innerText()).resolves.toBe(`${heading} (${ids.length} projects)`);
      const items = await block.locator("li").allInnerTexts();
      expect(items).toHaveLength(ids.length);
      ids.forEach((id, i) => {
        const bid = bids.get(id)!;
        expect(items[i]).toContain(bid.title);
        expect(minorIn(items[i]!.slice(bid.title.length))).toBe(bid.amountRequested.amountMinor);
      });
      const total = sum(ids.map((id) => bids.get(id)!.amountRequested.amountMinor));
      expect(minorIn(await block.locator(".only__total").innerText())).toBe(total);
    }
  });

  it("sets money per category beside votes per category", async () => {
    const section = await openRound(page, 1280);
    const table = section.getByRole("table", { name: "Votes and money per project category" });
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(stored.categories.length);
    const mesTotal = sum(stored.categories.map((c) => c.mesAmount.amountMinor));
    const greedyTotal = sum(stored.categories.map((c) => c.greedyAmount.amountMinor));
    for (const [i, c] of stored.categories.entries()) {
      const row = rows.nth(i);
      if (c.category === null) await expect(row.locator("th").innerText()).resolves.toBe("Projects without a category");
      const votes = await row.locator('[data-cell="votes"]').innerText();
      expect(countIn(votes)).toBe(c.votes);
      expect(votes).toContain(`${pct(c.voteShare!)} of votes`);
      const mes = await row.locator('[data-cell="mes"]').innerText();
      expect(minorIn(mes)).toBe(c.mesAmount.amountMinor);
      expect(mes).toContain(`${pct(c.mesAmount.amountMinor / mesTotal)} of its money`);
      const greedy = await row.locator('[data-cell="greedy"]').innerText();
      expect(minorIn(greedy)).toBe(c.greedyAmount.amountMinor);
      expect(greedy).toContain(`${pct(c.greedyAmount.amountMinor / greedyTotal)} of its money`);
    }
  });

  it("is accessible and fits a phone: axe at 360 and 1280 px, no sideways scroll", async () => {
    for (const width of [360, 1280]) {
      const section = await openRound(page, width);
      await noSidewaysScroll(page);
      // the tables fit the answer column too (their wrapper would scroll, the page would not show it)
      for (const wrap of await section.locator(".table-wrap").all()) {
        const over = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(over, `table wider than the column at ${width} px`).toBeLessThanOrEqual(0);
      }
      expect(await axe(page)).toEqual([]);
      if (width === 360) {
        await section.scrollIntoViewIfNeeded();
        await screenshot(page, "rule-comparison-360");
      }
    }
    expect(browser.errors).toEqual([]);
  });

  it("in Welsh too, the tables fit a 360 px phone", async () => {
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(`${server.baseUrl}/rounds/${PB}`);
    await page.evaluate(() => localStorage.setItem("coproduce.locale", "cy")); // the reader's saved choice
    await page.reload();
    await settle(page);
    const section = page.getByTestId("rule-comparison");
    await section.getByRole("heading", { name: "Cyfrannau Cyfartal a'r dull barus wedi'u cymharu" }).waitFor();
    await noSidewaysScroll(page);
    for (const wrap of await section.locator(".table-wrap").all())
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(section.locator('tr[data-rule="mes"] [data-cell="projects"]').innerText()).resolves.toBe(
      String(stored.mes.length),
    );
    await page.evaluate(() => localStorage.clear());
  });

  it("is not shown for a round a panel decided", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/rounds/${PANEL}`);
    await settle(page);
    await page.locator("#decision-h").waitFor();
    await expect.poll(() => page.getByTestId("rule-comparison").count()).toBe(0);
  });
});
