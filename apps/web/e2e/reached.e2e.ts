import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  axe,
  freshServer,
  gql,
  launchBrowser,
  noSidewaysScroll,
  removeSeededDatabase,
  SCREENSHOT_DIR,
  settle,
  waitForPaintedCanvas,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// "Who was reached" on the public round page: the section shows the API's public funnel
// (Round.publicFunnel, docs/adr/0005-suppression-method.md decision 6) as stage bars and, per
// census dimension, a table of every stage — the same figures, read here straight from the API.
// The real built server on a copy of the seeded demo data, real headless Chromium, 1280 and 360 px.

const ROUND = "lambeth-2023-young-offenders-service";
const YOUTH = "lambeth-2022-youth-1";

interface Cell {
  value: number | null;
  display: string;
}
interface Funnel {
  round: {
    publicFunnel: {
      invited: number | null;
      stages: { stage: string; total: Cell }[];
      dimensions: {
        dimension: string;
        publishedThrough: string | null;
        categories: { category: string; targetShare: number | null; stages: { stage: string; count: Cell }[] }[];
      }[];
    };
  };
}
const QUERY = `query($slug: String!) { round(slug: $slug) { publicFunnel { invited
  stages { stage total { value display } }
  dimensions { dimension publishedThrough categories { category targetShare stages { stage count { value display } } } } } } }`;

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let funnel: Funnel["round"]["publicFunnel"];

beforeAll(async () => {
  server = await freshServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  funnel = (await gql<Funnel>(server, QUERY, { slug: ROUND })).round.publicFunnel;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSeededDatabase();
});

/** A category as the page names it: "15-19" → "15–19", "not_disabled" → "Not disabled", "no_data" → "No data". */
function labelOf(c: string): string {
  if (c === "no_data") return "No data";
  const x = c.replace(/(\d)-(\d)/g, "$1\u2013$2").replace(/_/g, " ");
  return x.charAt(0).toUpperCase() + x.slice(1);
}

/** The table caption of a dimension, as the page words it ("Who was reached, by ethnic group"). */
const captionOf = (dimension: string): RegExp =>
  new RegExp(`^Who was reached, by ${dimension === "age_band" ? "age" : dimension.replace(/_/g, " ")}`, "i");

async function openRound(width: number): Promise<Locator> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.baseUrl}/rounds/${ROUND}`);
  await settle(page);
  const section = page.getByTestId("who-was-reached");
  await section.getByRole("heading", { name: "Who was reached", exact: true }).waitFor();
  return section;
}

describe("Who was reached, on the public round page", () => {
  it("the demo round has a funnel with applicants (else the test would prove little)", () => {
    expect(funnel.stages[0]!.stage).toBe("applied");
    expect(funnel.stages[0]!.total.value).toBeGreaterThan(0);
  });

  it("shows every stage's total as the API published it, and a table per dimension", async () => {
    const section = await openRound(1280);
    const texts = (await section.locator(".stages__row").allInnerTexts()).map((x) => x.trim());
    const offset = funnel.invited === null ? 0 : 1;
    expect(texts).toHaveLength(offset + funnel.stages.length);
    funnel.stages.forEach((s, i) => expect(texts[offset + i]!.endsWith(s.total.display)).toBe(true));
    const text = await section.innerText();
    expect(text).toContain("“<5” means 1 to 4 people.");
    // Each dimension's table (shown or folded away): one row per category, each stage's cell as the API printed it.
    for (const d of funnel.dimensions) {
      const table = section.locator("table", { has: page.locator("caption", { hasText: /^Who was reached, by / }) });
      expect(await table.count()).toBe(funnel.dimensions.length);
      const mine = section
        .locator("table")
        .filter({ has: page.locator("caption").filter({ hasText: captionOf(d.dimension) }) });
      const rows = mine.locator("tbody tr");
      const n = await rows.count();
      // Every category of the target group and "no data" has a row (census bands outside it with nobody may not).
      expect(n).toBeGreaterThanOrEqual(d.categories.filter((c) => c.targetShare !== null).length + 1);
      for (let i = 0; i < n; i++) {
        const name = (await rows.nth(i).locator("th").innerText()).trim();
        const c = d.categories.find((x) => labelOf(x.category) === name);
        expect(c, `${d.dimension}: a row “${name}” the API did not send`).toBeDefined();
        // Cells after the group's name: the target group's share, then one per stage.
        const tds = (await rows.nth(i).locator("td").allTextContents()).map((x) => x.trim());
        expect(tds).toHaveLength(1 + c!.stages.length);
        c!.stages.forEach((s, j) => {
          const cell = tds[j + 1]!;
          // "12 (40%)" for a published count with its share; "<5", "[c]" or "0" alone.
          expect(
            cell === s.count.display || cell.startsWith(`${s.count.display} (`),
            `${d.dimension} ${c!.category} ${s.stage}: ${cell}`,
          ).toBe(true);
        });
      }
    }
  });

  it("has no serious accessibility violations and fits 360 px; screenshots at both widths", async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const width of [1280, 360]) {
      const section = await openRound(width);
      expect(await axe(page)).toEqual([]);
      if (width === 360) await noSidewaysScroll(page);
      await section.screenshot({ path: join(SCREENSHOT_DIR, `reached-${width}.png`) });
      // The stage bars and the first dimension on their own (readable at full size).
      const figures = section.locator("section.chart-figure");
      await figures.nth(0).screenshot({ path: join(SCREENSHOT_DIR, `reached-${width}-stages.png`) });
      await figures.nth(2).screenshot({ path: join(SCREENSHOT_DIR, `reached-${width}-sex.png`) });
    }
  });

  it("a youth round whose age groups have 0 or 5+ people at every step: its age is published through every stage, with a chart", async () => {
    const youth = (await gql<Funnel>(server, QUERY, { slug: YOUTH })).round.publicFunnel;
    const age = youth.dimensions.find((d) => d.dimension === "age_band")!;
    expect(age.publishedThrough).toBe("scored");
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.baseUrl}/rounds/${YOUTH}`);
      await settle(page);
      const section = page.getByTestId("who-was-reached");
      const figure = section.locator("section.chart-figure").filter({ hasText: "Who was reached, by age" }).first();
      await figure.waitFor();
      await waitForPaintedCanvas(page, '[data-testid="who-was-reached"] canvas');
      expect(await figure.innerText()).toContain("Every stage is shown for every group.");
      expect(await axe(page)).toEqual([]);
      if (width === 360) await noSidewaysScroll(page);
      await figure.screenshot({ path: join(SCREENSHOT_DIR, `reached-youth-${width}-age.png`) });
    }
  });

  it("raised no uncaught errors in the page", () => {
    expect(browser.errors).toEqual([]);
  });
});
