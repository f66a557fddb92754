import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  SqliteDatabase,
  axe,
  gql,
  launchBrowser,
  noSidewaysScroll,
  removeSeededDatabase,
  screenshot,
  seededDatabase,
  settle,
  startServer,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// The ward map drilled down by keyboard alone, at 1280 and 360 px in real headless Chromium: Tab
// into Lambeth's ward map, Tab and Shift+Tab between wards, Enter on Brixton North — and the page
// shows the ward's own rounds, the borough-wide rounds apart, and the ward against the other wards.
// The demo data gets one more round, for Oval ward, won by a Southwark charity (which also holds a
// Southwark award): it counts where the service is — Oval, Lambeth — not where the provider is based.
// Every expected figure is worked out here from the API's answers, not read off the page.

const WARD = "brixton-north";
const OVAL_ROUND = "lambeth-2024-oval-youth-e2e";
const OVAL_AWARD = 20_000_000; // £200,000
const WIDTHS = [1280, 360] as const;

/** The seeded demo database with the Oval round, awarded to Southwark Lighthouse Trust. */
function withOvalRound(seeded: string): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "coproduce-e2e-ward-"));
  const from = dirname(seeded);
  const base = seeded.slice(from.length + 1);
  for (const name of readdirSync(from).filter((n) => n.startsWith(base)))
    copyFileSync(join(from, name), join(dir, name.replace(base, "ward.sqlite")));
  const file = join(dir, "ward.sqlite");
  const db = new SqliteDatabase(file);
  const key = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { key: number }).key;
  const lambeth = key(`SELECT "key" FROM council WHERE slug = 'lambeth'`);
  const oval = key(`SELECT "key" FROM area WHERE slug = 'oval' AND councilKey = ?`, lambeth);
  const provider = key(`SELECT "key" FROM provider WHERE slug = 'southwark-lighthouse-trust'`);
  const round = db
    .prepare(
      `INSERT INTO round (slug, councilKey, areaKey, title, description, kind, phase, theme, potMinor, currency, decisionMethod, year)
       VALUES (?, ?, ?, 'Oval: youth work on the estates', 'Youth work in Oval ward.', 'commissioning', 'monitoring', 'youth', 25000000, 'GBP', 'panel_scoring', 2024)`,
    )
    .run(OVAL_ROUND, lambeth, oval);
  db.prepare(
    `INSERT INTO award (roundKey, providerKey, title, kind, valueMinor, currency, awardedOn, status)
     VALUES (?, ?, 'Oval youth work', 'contract', ?, 'GBP', '2024-07-01', 'active')`,
  ).run(round.lastInsertRowid, provider, OVAL_AWARD);
  db.close();
  return { file, dir };
}

interface Money {
  amountMinor: number;
  currency: string;
}
interface Council {
  council: {
    name: string;
    areas: { slug: string; name: string; kind: string; population: number | null }[];
  };
  rounds: { nodes: { slug: string; area: { slug: string } | null; awarded: Money[] }[] };
  southwark: { nodes: { slug: string }[] };
}

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let made: { file: string; dir: string };
let lambeth: Council;

beforeAll(async () => {
  made = withOvalRound(await seededDatabase());
  server = await startServer({ copyOf: made.file });
  browser = await launchBrowser();
  page = await browser.newPage();
  lambeth = await gql<Council>(
    server,
    `{ council(slug: "lambeth") { name areas { slug name kind population } }
       rounds(first: 100, filterBy: { council: "lambeth" }) { nodes { slug area { slug } awarded { amountMinor currency } } }
       southwark: rounds(first: 100, filterBy: { council: "southwark" }) { nodes { slug } } }`,
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (made) rmSync(made.dir, { recursive: true, force: true });
  removeSeededDatabase();
});

const gbp = (money: readonly Money[]) =>
  money.filter((m) => m.currency === "GBP").reduce((s, m) => s + m.amountMinor, 0);
/** Pence per resident as the page shows it: "£7.08". */
const perResident = (minor: number) => `£${(Math.round(minor) / 100).toFixed(2)}`;
const pounds = (minor: number) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 }).format(minor / 100);
const rounds = (n: number) => `${n} ${n === 1 ? "round" : "rounds"}`;
const ORDINAL: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const ordinal = (n: number) => `${n}${ORDINAL[new Intl.PluralRules("en-GB", { type: "ordinal" }).select(n)]}`;

/** What the ward view should say, from the API's rounds and areas. */
function expected() {
  const { council, rounds: all } = lambeth;
  const wards = council.areas.filter((a) => a.kind === "ward");
  const own = (slug: string) => all.nodes.filter((r) => r.area?.slug === slug);
  const value = (slug: string) => {
    const minor = own(slug).reduce((s, r) => s + gbp(r.awarded), 0);
    return minor === 0 ? 0 : minor / wards.find((w) => w.slug === slug)!.population!;
  };
  const ward = wards.find((w) => w.slug === WARD)!;
  const mine = value(WARD);
  const others = wards
    .filter((w) => w !== ward)
    .map((w) => ({ name: w.name, value: value(w.slug), n: own(w.slug).length }));
  const sorted = others.map((o) => o.value).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const wide = all.nodes.filter((r) => !r.area || r.area.slug === "lambeth");
  const ownRounds = own(WARD);
  const rank = 1 + others.filter((o) => o.value > mine).length;
  const noRound = others.filter((o) => o.n === 0).length;
  return {
    ward,
    ownRounds,
    wide,
    highest: others.filter((o) => o.value === sorted.at(-1)).map((o) => o.name),
    lowest: others.filter((o) => o.value === sorted[0]).map((o) => o.name),
    median,
    others: others.length,
    served: `${ownRounds.length + wide.length} rounds serve ${ward.name}: ${rounds(ownRounds.length)} for it alone, ${rounds(wide.length)} borough-wide.`,
    comparison:
      `${ward.name}: ${perResident(mine)} a resident from its own rounds (${pounds(ownRounds.reduce((s, r) => s + gbp(r.awarded), 0))}), ` +
      `${ordinal(rank)} of ${wards.length} wards in ${council.name}. ` +
      `The other ${others.length} wards: median ${perResident(median)}, from ${perResident(sorted[0]!)} to ${perResident(sorted.at(-1)!)}. ` +
      `${noRound} of them have no round of their own.`,
    wideSummary: `${rounds(wide.length)}, ${pounds(wide.reduce((s, r) => s + gbp(r.awarded), 0))} awarded: not in ${ward.name}'s own figure.`,
    mine,
    oval: value("oval"),
  };
}

/** The label of the focused element when it is a ward of the map, else null. */
const focusedWard = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement;
    return el?.closest("#ward-map [data-testid=map]") ? el.getAttribute("aria-label") : null;
  });

describe("the ward map, by keyboard", () => {
  it("places the Southwark charity's Oval award in Oval ward, Lambeth (where the service is)", () => {
    const oval = lambeth.rounds.nodes.find((r) => r.slug === OVAL_ROUND);
    expect(oval?.area?.slug).toBe("oval");
    expect(lambeth.southwark.nodes.map((r) => r.slug)).not.toContain(OVAL_ROUND);
    // 20,000,000 p ÷ Oval's Census 2021 residents; Brixton North has less, so it comes second
    const e = expected();
    expect(e.oval).toBeGreaterThan(e.mine);
    expect(e.highest).toEqual(["Oval"]);
    expect(e.comparison).toContain(`, 2nd of 25 wards in London Borough of Lambeth.`);
  });

  for (const width of WIDTHS)
    it(`Tab into the ward map, Tab between wards, Enter on Brixton North: its rounds, the borough-wide ones apart, its rank (${width} px)`, async () => {
      const e = expected();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.baseUrl}/councils/lambeth`);
      await settle(page);
      await page.locator("#ward-map [data-testid=map] a").first().waitFor();
      // the Oval round is on the map where its service is
      const ovalLabel = await page.locator('#ward-map a[aria-label^="Oval: "]').getAttribute("aria-label");
      expect(ovalLabel).toBe(`Oval: ${perResident(e.oval)} a resident (${pounds(OVAL_AWARD)} awarded, 1 round)`);

      // Tab from the top of the page until the focus is on a ward of the map
      let label: string | null = null;
      for (let i = 0; i < 250 && label === null; i++) {
        await page.keyboard.press("Tab");
        label = await focusedWard(page);
      }
      expect(label).not.toBeNull();
      // then from ward to ward with Tab until Brixton North
      const passed = [label!];
      while (!label!.startsWith(`${e.ward.name}: `)) {
        expect(passed.length).toBeLessThan(26);
        await page.keyboard.press("Tab");
        label = await focusedWard(page);
        expect(label).not.toBeNull(); // still inside the map
        passed.push(label!);
      }
      expect(new Set(passed).size).toBe(passed.length); // each Tab moved to another ward
      // Shift+Tab goes back a ward (or out of the map before the first), Tab returns
      await page.keyboard.press("Shift+Tab");
      const back = await focusedWard(page);
      expect(back).not.toBe(label);
      if (passed.length > 1) expect(back).toBe(passed.at(-2));
      await page.keyboard.press("Tab");
      await expect.poll(() => focusedWard(page)).toBe(label);
      expect(label).toBe(
        `${e.ward.name}: ${perResident(e.mine)} a resident (${pounds(gbp(e.ownRounds[0]!.awarded))} awarded, 1 round)`,
      );
      await expect.poll(() => page.locator(".map__focus").count()).toBe(1);

      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`area=${WARD}`));
      await settle(page);
      const compare = page.locator("#ward-compare");
      await compare.waitFor();
      await expect(compare.locator("h3").innerText()).resolves.toBe(
        `${e.ward.name} compared with the other wards of ${lambeth.council.name}`,
      );
      await expect(page.getByTestId("ward-served").innerText()).resolves.toBe(e.served);
      await expect(page.getByTestId("ward-comparison").innerText()).resolves.toBe(e.comparison);
      const table = await page.getByTestId("ward-comparison-table").locator("tbody tr").allInnerTexts();
      const names = (list: string[]) => (list.length > 3 ? `${list.length} wards` : list.join(", "));
      expect(table.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
        `This ward ${e.ward.name} ${perResident(e.mine)}`,
        `The other ${e.others} wards`,
        `Highest ${names(e.highest)} ${perResident(e.oval)}`,
        `Median — ${perResident(e.median)}`,
        `Lowest ${names(e.lowest)} ${perResident(0)}`,
      ]);

      // the ward's own rounds, then the borough-wide rounds in their own section
      const ownRows = await page.locator("#rounds > .table-wrap tbody tr").allInnerTexts();
      expect(ownRows).toHaveLength(e.ownRounds.length);
      for (const r of ownRows) expect(r).toContain(e.ward.name);
      const wide = page.locator("#borough-wide");
      await expect(wide.locator("h3").innerText()).resolves.toBe(
        "Borough-wide rounds (serving every ward, including this one)",
      );
      await expect(wide.locator("p").first().innerText()).resolves.toBe(e.wideSummary);
      // each for the whole of Lambeth (the Area column), none for the ward itself
      const wideAreas = await wide.locator("tbody tr > :nth-child(3)").allInnerTexts();
      expect(wideAreas).toHaveLength(e.wide.length);
      for (const a of wideAreas) expect(["Lambeth", "Whole council"]).toContain(a.trim());

      await screenshot(page, `ward-view-${width}`);
      await noSidewaysScroll(page);
      expect(await axe(page)).toEqual([]);
    });

  it("raised no uncaught errors in the pages", () => {
    expect(browser.errors.filter((err) => err.startsWith("pageerror"))).toEqual([]);
  });
});
