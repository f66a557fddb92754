import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SeededRandom } from "@coproduce/domain";
import {
  axe,
  freshServer,
  launchBrowser,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
  noSidewaysScroll,
} from "./harness";

// Commit, then draw, in the browser: Lambeth's officer takes the demo round that is recruiting from
// its applicants to a drawn panel — quotas with live feasibility, the published commitment, the
// seed, the draw — and the round's checklist then counts the panel as drawn.

async function checkBoth(p: Page): Promise<void> {
  for (const width of [360, 1280]) {
    await p.setViewportSize({ width, height: 900 });
    await settle(p);
    await noSidewaysScroll(p);
    expect(await axe(p)).toEqual([]);
  }
}

const feasibility = (p: Page) => p.getByTestId("feasibility");

describe("the officer draws a panel in the browser (commit, then draw)", () => {
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

  it("sets quotas seeing feasibility, commits, enters the seed, draws, and the checklist's draw is met", async () => {
    const p = await browser.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(p, server, "officer@lambeth.example");
    const card = p.locator("li.card", { has: p.locator(".stage", { hasText: /^Recruiting the panel$/ }) }).first();
    const href = await card.locator('h3 a[href^="/rounds/"]').getAttribute("href");
    const slug = href!.slice("/rounds/".length);
    await p.goto(`${server.baseUrl}/officer/rounds/${slug}`);
    await settle(p);
    const requirements = p.getByTestId("requirements");
    await expect(
      requirements.locator("li", { hasText: "Draw the panel from the applicants." }).getAttribute("class"),
    ).resolves.toBe("unmet");
    const draw = p.getByRole("region", { name: "Draw the panel" });
    await draw.waitFor();
    const quotas = draw.locator("form", { has: p.getByRole("heading", { name: "Quotas" }) });
    await quotas.getByLabel("Panel size (number of seats)").waitFor();
    const size = Number(await quotas.getByLabel("Panel size (number of seats)").inputValue());
    expect(size).toBeGreaterThan(1);
    // The demo's quotas (sex, 40–60 %) are feasible, and the pool is counted per category.
    await expect(
      feasibility(p)
        .getByText(/^A panel of \d+ can meet these quotas, from \d+ applicants\.$/)
        .waitFor(),
    ).resolves.toBeUndefined();
    const female = quotas.locator(".quota-row", { hasText: /^Female/ });
    await expect(female.innerText()).resolves.toMatch(/\d+ applicants/);

    // Quotas that cannot all be met: both sexes at least size − 1 seats. The answer names the
    // conflict and the nearest quotas, adopted with one click.
    await quotas.getByLabel("Minimum seats for Female").fill(String(size - 1));
    await quotas.getByLabel("Maximum seats for Female").fill(String(size));
    await quotas.getByLabel("Minimum seats for Male").fill(String(size - 1));
    await quotas.getByLabel("Maximum seats for Male").fill(String(size));
    await feasibility(p).getByText(`No panel of ${size} can meet all these quotas.`).waitFor();
    await expect(feasibility(p).innerText()).resolves.toMatch(/(Female|Male) \(sex\): from \d+–\d+ to \d+–\d+/);
    await checkBoth(p);
    await screenshot(p, "officer-quotas");
    await feasibility(p).getByRole("button", { name: "Use these quotas" }).click();
    await feasibility(p)
      .getByText(/^A panel of \d+ can meet these quotas/)
      .waitFor();
    const adoptedMin =
      Number(await quotas.getByLabel("Minimum seats for Female").inputValue()) +
      Number(await quotas.getByLabel("Minimum seats for Male").inputValue());
    expect(adoptedMin).toBeLessThanOrEqual(size);

    // A client-side error is named beside the field; then save.
    await quotas.getByLabel("Panel size (number of seats)").fill("");
    await quotas.getByRole("button", { name: "Save quotas" }).click();
    await quotas.locator(".error-summary").getByText("Enter the panel size.").waitFor();
    await quotas.getByLabel("Panel size (number of seats)").fill(String(size));
    const commit = draw.locator("form", { has: p.getByRole("heading", { name: "Publish the commitment" }) });
    await commit.getByText("Save your changed quotas first").waitFor();
    await quotas.getByRole("button", { name: "Save quotas" }).click();
    await quotas.getByText("Quotas saved.").waitFor();

    // The commitment: a date in the past is refused beside its field; then published.
    await commit.getByLabel("Where the random number will come from").waitFor();
    await commit.getByLabel("Date of the random number").fill("2020-01-01");
    await commit.getByLabel("Where the random number will come from").fill("Dice thrown at the public meeting");
    await commit.getByRole("button", { name: "Publish the commitment" }).click();
    await commit
      .locator(".error-summary")
      .getByText(/The date must be today or later/)
      .waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await commit.getByLabel("Date of the random number").fill(today);
    // A public ceremony of numbered tickets: one ticket is refused, 1000 accepted.
    const tickets = commit.getByLabel("Public ceremony: number of tickets (optional)");
    await tickets.fill("1");
    await commit.getByRole("button", { name: "Publish the commitment" }).click();
    await commit
      .locator(".error-summary")
      .getByText(/whole number from 2 to 10,000/)
      .waitFor();
    await tickets.fill("1000");
    // How to share out the chances: maximin unless the officer chooses leximin.
    const chances = commit.getByRole("group", { name: "How to share out the chances" });
    const maximin = chances.getByRole("radio", { name: "Maximin: the lowest chance as high as possible" });
    const leximin = chances.getByRole("radio", {
      name: "Leximin: the lowest chance as high as possible, then the next lowest, and so on",
    });
    await expect(maximin.isChecked()).resolves.toBe(true);
    await expect(leximin.isChecked()).resolves.toBe(false);
    await leximin.check();
    await expect(maximin.isChecked()).resolves.toBe(false);
    await checkBoth(p);
    await p.setViewportSize({ width: 360, height: 900 });
    await settle(p);
    await screenshot(p, "officer-commit-360");
    await p.setViewportSize({ width: 1280, height: 900 });
    await commit.getByRole("button", { name: "Publish the commitment" }).click();

    // Step 2: the published commitment and the seed.
    const seedForm = draw.locator("form", {
      has: p.getByRole("heading", { name: "Enter the random number and draw" }),
    });
    await seedForm.waitFor();
    const hash = await draw.getByTestId("commitment-hash").innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // the committed algorithm, in words and by its id and version
    await expect(draw.getByTestId("commitment-algorithm").innerText()).resolves.toMatch(
      /^Leximin: the lowest chance as high as possible, then the next lowest, and so on \(leximin, cg\/v2\+highs-\d+\.\d+\.\d+\)$/,
    );
    await expect(
      draw.getByRole("link", { name: "Download the pool file (CSV)" }).getAttribute("href"),
    ).resolves.toMatch(/^data:text\/csv;charset=utf-8,id%2Csex%0AA-001%2C/);
    await checkBoth(p);
    await seedForm.getByRole("button", { name: "Draw the panel" }).click();
    await seedForm.locator(".error-summary").getByText("Enter the random number.").waitFor();
    await seedForm.getByLabel("Random number (seed)").fill("4 2 6 1 3 5");
    await seedForm.getByRole("button", { name: "Draw the panel" }).click();

    // Step 3: the result — panel, alternates in order, chances; the checklist counts the draw.
    await draw.getByRole("heading", { name: "The panel has been drawn" }).waitFor({ timeout: 60_000 });
    const panel = await draw.getByTestId("drawn-panel").locator("li").allInnerTexts();
    expect(panel).toHaveLength(size);
    const alternates = await draw.getByTestId("alternates").locator("li").allInnerTexts();
    expect(alternates.length).toBeGreaterThan(0);
    expect(new Set([...panel, ...alternates]).size).toBe(panel.length + alternates.length);
    await expect(draw.innerText()).resolves.toMatch(
      /chance of a seat was between [\d.]+% and [\d.]+% \(median [\d.]+%\)/,
    );
    await expect(draw.innerText()).resolves.toContain(`pnpm coproduce lottery verify --round ${slug}`);
    // the ticket the seed draws among the 1000, computed here from the published generator
    const ticket = new SeededRandom("4 2 6 1 3 5").nextInt(1000) + 1;
    await expect(draw.getByTestId("ceremony-ticket").innerText()).resolves.toMatch(
      new RegExp(`^Public ceremony: ticket ${ticket} of 1000 was drawn \\(tickets \\d+ to \\d+ name this panel\\)`),
    );
    await expect(draw.innerText()).resolves.toContain(
      "Yes: one of 1000 numbered tickets, equally likely, will be drawn",
    );
    await expect(draw.getByTestId("commitment-hash").innerText()).resolves.toBe(hash);
    await requirements.locator("li", { hasText: "The panel has been drawn." }).waitFor();
    await expect(
      requirements.locator("li", { hasText: "The panel has been drawn." }).getAttribute("class"),
    ).resolves.toBe("met");
    await checkBoth(p);
    await screenshot(p, "officer-draw");

    // The draw is public: the same panel and commitment through the API, anonymously.
    const res = await fetch(`${server.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($slug: String!) { round(slug: $slug) { panelDraw { commitmentSha256 commitment algorithm seed panel } } }`,
        variables: { slug },
      }),
    });
    const body = (await res.json()) as {
      data: {
        round: {
          panelDraw: { commitmentSha256: string; commitment: string; algorithm: string; seed: string; panel: string[] };
        };
      };
    };
    const { commitment, ...drawRecord } = body.data.round.panelDraw;
    expect(drawRecord).toEqual({
      commitmentSha256: hash,
      algorithm: "leximin",
      seed: "4 2 6 1 3 5",
      panel: [...panel].sort(),
    });
    // the algorithm is part of the committed document its hash fixes
    expect(createHash("sha256").update(commitment).digest("hex")).toBe(hash);
    expect(JSON.parse(commitment)).toMatchObject({ algorithm: "leximin" });

    // …and on the round's public page, for a resident on a phone: the order of events, the seed, and the
    // pool file to check it with (the same text the commitment's pool hash was made from).
    const resident = await browser.newPage();
    await resident.setViewportSize({ width: 360, height: 740 });
    await resident.goto(`${server.baseUrl}/rounds/${slug}`);
    await settle(resident);
    const published = resident.getByTestId("published-draw");
    await published.getByRole("heading", { name: "How the panel was drawn" }).waitFor();
    const text = await published.innerText();
    expect(text).toContain(`A lottery chose ${size} people from the`);
    expect(text).toContain("the panel was drawn with the random number");
    expect(text).toContain("4 2 6 1 3 5");
    expect(text).toMatch(/chance of being chosen of at least [\d.]+%/);
    expect(text).toContain(`The panel was drawn at a public ceremony as ticket ${ticket} of 1000 numbered tickets`);
    expect(text).toMatch(
      /(Rounding the lottery to 1000 tickets changed anyone's chance of being chosen by at most [\d.]+ percentage points\.|With 1000 tickets everyone's chance)/,
    );
    await published.getByText("Check the draw yourself").click();
    await expect.poll(() => published.getByText(hash).count()).toBe(1);
    const poolLink = (await published
      .getByRole("link", { name: /Download the list of applicants/ })
      .getAttribute("href"))!;
    const csv = decodeURIComponent(poolLink.slice("data:text/csv;charset=utf-8,".length));
    const poolHash = (
      (await (
        await fetch(`${server.baseUrl}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `query($slug: String!) { round(slug: $slug) { panelDraw { poolSha256 } } }`,
            variables: { slug },
          }),
        })
      ).json()) as { data: { round: { panelDraw: { poolSha256: string } } } }
    ).data.round.panelDraw.poolSha256;
    expect(createHash("sha256").update(csv).digest("hex")).toBe(poolHash);
    await checkBoth(resident);
    await resident.close();
  });
});
