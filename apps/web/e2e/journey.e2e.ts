import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  axe,
  freshServer,
  gql,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// Issue 13's "done means": the Lambeth story with a NEW round, driven only through the browser.
// The officer creates the round, applicants apply on 360 px phones, the officer draws the panel,
// confirms and invites it, records a session and pay; the outcomes, the tender, the bids, the
// shortlist, the scores (a member on a phone, another member's paper sheet), the officer's
// recommendation, a decision that funds a different bid, the award, a spend and a measurement —
// then an anonymous resident reads the story on a phone. The API is only read, to check figures.

const OFFICER = "officer@lambeth.example";
const TITLE = "Youth voice in Lambeth";
const PANEL_SIZE = 3;
const APPLICANTS = [
  { name: "Amira", sex: "Female" },
  { name: "Ben", sex: "Male" },
  { name: "Chloe", sex: "Female" },
  { name: "Dev", sex: "Male" },
  { name: "Esme", sex: "Female" },
  { name: "Femi", sex: "Male" },
];
// Two bids that cannot both fit the £32,000 pot: only the top-scoring one is funded.
const MENTORING = { title: "Brixton mentoring circle", amount: 28_000 };
const SPORT = { title: "Stockwell street sport", amount: 24_000 };

async function noSidewaysScroll(p: Page): Promise<void> {
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const form = (p: Page, heading: string): Locator =>
  p.locator("main form", { has: p.getByRole("heading", { name: heading, exact: true }) });
const requirement = (p: Page, text: string | RegExp): Locator =>
  p.locator('[data-testid="requirements"] li', { hasText: text });
const current = (p: Page): Locator => p.locator(".task-list [aria-current=step]");

async function openRound(p: Page, srv: RunningServer, slug: string): Promise<void> {
  await p.goto(`${srv.baseUrl}/officer/rounds/${slug}`);
  await settle(p);
  await p.getByRole("heading", { name: "Stages of the round" }).waitFor();
}

/** The checklist on the round page: every requirement met, then advance with the confirmation step. */
async function advance(p: Page, from: string, to: string): Promise<void> {
  await expect.poll(() => p.locator('[data-testid="requirements"] li.unmet').count(), { timeout: 10_000 }).toBe(0);
  await p.getByRole("button", { name: "Advance to next stage" }).click();
  await p.getByText(`Move the round from “${from}” to “${to}”?`).waitFor();
  expect(await p.getByText(/not done yet, so the move will be refused/).count()).toBe(0);
  await p.getByRole("button", { name: `Yes, move to “${to}”` }).click();
  await p.getByText(`Moved to “${to}”.`).waitFor();
  await expect.poll(() => current(p).innerText(), { timeout: 10_000 }).toContain(to);
}

async function phone(browser: RunningBrowser): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewportSize({ width: 360, height: 780 });
  return p;
}

async function applyOnPhone(p: Page, srv: RunningServer, slug: string, who: { name: string; sex: string }) {
  await p.goto(`${srv.baseUrl}/rounds/${slug}/apply`);
  await settle(p);
  const f = p.locator("form", { has: p.getByRole("heading", { name: "Your application" }) });
  await f.waitFor();
  await f
    .getByRole("group", { name: /^Do you live in/ })
    .getByLabel("Yes")
    .check();
  const age = f.getByRole("group", { name: /Is that you\?$/ });
  if ((await age.count()) > 0) await age.getByLabel("Yes").check();
  await f.getByRole("group", { name: "What is your sex?" }).getByLabel(who.sex, { exact: true }).check();
  await f.getByLabel("Your first name").fill(who.name);
  await f.getByLabel("Your phone number or email address").fill(`${who.name.toLowerCase()}@example.org`);
  await f.getByLabel(/^I agree that the council/).check();
  await noSidewaysScroll(p);
  await f.getByRole("button", { name: "Send my application" }).click();
  await p.getByRole("heading", { name: "Application sent" }).waitFor();
  return p.locator(".panel-confirm__ref").innerText();
}

describe("the Lambeth story, in the browser, with a new round", () => {
  let srv: RunningServer;
  let browser: RunningBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    srv = await freshServer();
  }, 180_000);
  afterAll(async () => {
    await srv?.stop();
    await browser?.close();
    removeSeededDatabase();
  });

  it("runs a whole round, and a resident reads the truthful story on a phone", async () => {
    const p = await browser.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(p, srv, OFFICER);

    // 1. create the round (Draft), then open it for applications
    await p.goto(`${srv.baseUrl}/officer/rounds/new`);
    await settle(p);
    const about = form(p, "About the round");
    await about.getByLabel("Title").fill(TITLE);
    await about.getByLabel("Theme").fill("youth");
    await about.getByLabel("Who the service is for (optional)").fill("young people aged 16 to 24");
    await about.getByLabel("Area").selectOption({ index: 1 });
    await about.getByLabel("Pot (£)").fill("32,000");
    await about.getByLabel("Currency the panel is paid in").selectOption("GBP");
    await about.getByLabel("Panel size").fill(String(PANEL_SIZE));
    await about.getByRole("button", { name: "Create round" }).click();
    await p.getByText("Round created. It starts in Draft: work through the stages below.").waitFor();
    const slug = new URL(p.url()).pathname.split("/").pop()!;
    await p.getByText("Nothing else is needed to leave this stage.").waitFor();
    await advance(p, "Draft", "Recruiting the panel");
    await requirement(p, `At least ${PANEL_SIZE} members confirmed on the panel (0 so far).`).waitFor();
    await expect(requirement(p, "Draw the panel from the applicants.").getAttribute("class")).resolves.toBe("unmet");

    // quotas first (sex, 1–2 seats each), so the application form asks the question the lottery needs
    const draw = p.getByRole("region", { name: "Draw the panel" });
    const quotas = draw.locator("form", { has: p.getByRole("heading", { name: "Quotas" }) });
    await quotas.getByLabel("Panel size (number of seats)").waitFor();
    const sexQuotas = quotas.locator("details", { hasText: "Quotas by sex" });
    if ((await sexQuotas.getAttribute("open")) === null) await sexQuotas.locator("summary").click();
    await quotas.getByLabel("Minimum seats for Female").fill("1");
    await quotas.getByLabel("Maximum seats for Female").fill("2");
    await quotas.getByLabel("Minimum seats for Male").fill("1");
    await quotas.getByLabel("Maximum seats for Male").fill("2");
    await quotas.getByRole("button", { name: "Save quotas" }).click();
    await quotas.getByText("Quotas saved.").waitFor();

    // 2. applicants apply on phones
    const refs: string[] = [];
    for (const who of APPLICANTS) {
      const ph = await phone(browser);
      refs.push(await applyOnPhone(ph, srv, slug, who));
      await ph.close();
    }
    expect(new Set(refs).size).toBe(APPLICANTS.length);

    // 3. the officer reviews the applicants: all listed, each with their quota answer
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}/applicants`);
    await settle(p);
    for (const [i, ref] of refs.entries()) {
      const row = p.locator(`li[data-pseudonym="${ref}"]`);
      await row.waitFor();
      await expect(row.innerText()).resolves.toContain(APPLICANTS[i]!.name);
      await expect(row.innerText()).resolves.toContain(APPLICANTS[i]!.sex);
    }

    // 4. quotas with the live feasibility check, the commitment, the seed, the draw
    await openRound(p, srv, slug);
    await quotas.getByLabel("Panel size (number of seats)").waitFor();
    await expect(quotas.getByLabel("Panel size (number of seats)").inputValue()).resolves.toBe(String(PANEL_SIZE));
    // the live feasibility check counts the applicants per category
    await p
      .getByTestId("feasibility")
      .getByText(`A panel of ${PANEL_SIZE} can meet these quotas, from ${APPLICANTS.length} applicants.`)
      .waitFor();
    await expect(quotas.locator(".quota-row", { hasText: /^Female/ }).innerText()).resolves.toContain("3 applicants");
    const commit = draw.locator("form", { has: p.getByRole("heading", { name: "Publish the commitment" }) });
    await commit.getByLabel("Date of the random number").fill(new Date().toISOString().slice(0, 10));
    await commit.getByLabel("Where the random number will come from").fill("Dice thrown at the youth forum");
    await commit.getByRole("button", { name: "Publish the commitment" }).click();
    const seedForm = draw.locator("form", {
      has: p.getByRole("heading", { name: "Enter the random number and draw" }),
    });
    await seedForm.getByLabel("Random number (seed)").fill("3 1 4 1 5 9");
    await seedForm.getByRole("button", { name: "Draw the panel" }).click();
    await draw.getByRole("heading", { name: "The panel has been drawn" }).waitFor({ timeout: 60_000 });
    await expect.poll(() => draw.getByTestId("drawn-panel").locator("li").count()).toBe(PANEL_SIZE);
    await expect
      .poll(() => requirement(p, "The panel has been drawn.").getAttribute("class"), { timeout: 10_000 })
      .toBe("met");

    // 5. confirm the members at /panel
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}/panel`);
    await settle(p);
    const seats = p.locator("li[data-pseudonym^='Panel member']");
    await expect.poll(() => seats.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(PANEL_SIZE);
    const members = (await seats.evaluateAll((els) => els.map((e) => e.getAttribute("data-pseudonym")!))).slice(
      0,
      PANEL_SIZE,
    );
    expect(members).toHaveLength(PANEL_SIZE);
    for (const m of members) {
      const seat = p.locator(`li[data-pseudonym="${m}"]`);
      await seat.getByRole("button", { name: `Confirm ${m}` }).click();
      await seat.getByRole("button", { name: "Yes, confirm" }).click();
      await p.getByText(`${m} has confirmed their seat.`).waitFor();
    }

    // 6. invitation codes: the letter of the first member
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}/applicants`);
    await settle(p);
    const [first, second] = members as [string, string];
    await p.getByRole("button", { name: `Issue code ${first}` }).click();
    const letter = p.getByRole("region", { name: `Invitation letter for ${first}` });
    await letter.waitFor();
    const code = await letter.getByTestId("invitation-code").innerText();
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    // the checklist of recruiting is met: advance
    await openRound(p, srv, slug);
    await advance(p, "Recruiting the panel", "Defining outcomes");

    // 7. a session, attendance, a pay rate and a payment
    await p.goto(`${srv.baseUrl}/officer/rounds/${slug}/sessions`);
    await settle(p);
    const session = form(p, "Record a session");
    await session.getByLabel("Title").fill("Defining what matters to young people");
    await session.getByLabel("Date").fill("2026-04-14");
    await session.getByLabel("Kind of session").selectOption("deliberation");
    await session.getByLabel("Length (minutes)").fill("120");
    await session.getByRole("button", { name: "Record session" }).click();
    await session.getByRole("status").waitFor();
    const attendance = p.getByRole("form", { name: "Record attendance" });
    await expect.poll(() => attendance.getByLabel("Session", { exact: true }).locator("option").count()).toBe(2);
    await attendance.getByLabel("Session", { exact: true }).selectOption({ index: 1 });
    await attendance.getByLabel("Panel member", { exact: true }).selectOption({ label: first });
    await attendance.getByLabel("Was the member there?").selectOption({ label: "Yes, present" });
    await attendance.getByRole("button", { name: "Record attendance" }).click();
    await attendance.getByRole("status").waitFor();
    const rate = p.getByRole("form", { name: "Set the pay rate" });
    await rate.getByLabel("How the panel is paid").selectOption({ label: "A flat fee per session" });
    await rate.getByLabel(/^Rate/).fill("25");
    await rate.getByRole("button", { name: "Set the pay rate" }).click();
    await rate.getByRole("status").waitFor();
    const payment = p.getByRole("form", { name: "Record a payment" });
    await payment.getByLabel("Panel member").selectOption({ label: first });
    await payment.getByLabel(/^Amount/).fill("25");
    await payment.getByLabel("Date paid").fill("2026-04-20");
    await payment.getByRole("button", { name: "Record the payment" }).click();
    await payment.getByRole("status").waitFor();
    const ledger = (col: string) =>
      p.getByTestId("pay-ledger").locator(`tr[data-member="${first}"] td[data-col="${col}"]`).innerText();
    await expect.poll(() => ledger("owed"), { timeout: 10_000 }).toMatch(/^£25(\.00)?(\D|$)/);
    await expect.poll(() => ledger("paid"), { timeout: 10_000 }).toMatch(/^£25(\.00)?(\D|$)/);

    // 8. the member signs in with the code on a phone
    const member = await phone(browser);
    await member.goto(`${srv.baseUrl}/panel`);
    await settle(member);
    await member.getByLabel("Invitation code").fill(code);
    await member.getByRole("button", { name: "Continue" }).click();
    await member.getByText(`Hello, ${first}`).waitFor();
    await noSidewaysScroll(member);

    // 9. outcomes and an indicator
    await openRound(p, srv, slug);
    await expect(requirement(p, /outcome/).getAttribute("class")).resolves.toBe("unmet");
    const add = form(p, "Add an outcome");
    await add.getByLabel("Outcome", { exact: true }).fill("Young people feel safe in Lambeth");
    await add.getByRole("button", { name: "Add outcome" }).click();
    await p.getByText("Outcome added: Young people feel safe in Lambeth.").waitFor();
    const indicator = form(p, "Add an indicator");
    await indicator.getByLabel("Outcome it measures").selectOption({ label: "Young people feel safe in Lambeth" });
    await indicator.getByLabel("What is measured").fill("Young people who feel safe");
    await indicator.getByLabel("Unit", { exact: true }).fill("%");
    await indicator.getByLabel("Baseline (where it starts)").fill("40");
    await indicator.getByLabel("Which way is better?").selectOption("HIGHER_IS_BETTER");
    await indicator.getByLabel("Target", { exact: true }).fill("60");
    await indicator.getByLabel("Monitoring starts on").fill("2026-04-01");
    await indicator.getByLabel("Target due by").fill("2027-03-31");
    await indicator.getByRole("button", { name: "Add indicator" }).click();
    await p.getByText("Indicator added: Young people who feel safe.").waitFor();
    await expect.poll(() => requirement(p, /outcome/).getAttribute("class"), { timeout: 10_000 }).toBe("met");
    await advance(p, "Defining outcomes", "Tendering");

    // 10. the tender: weights summing to 100 %, then published (the round opens for bids)
    const draft = form(p, "Draft the tender");
    await draft.getByLabel("Title").fill("Youth mentoring and activities");
    await draft.getByLabel("What the service must do").fill("Evening and weekend youth work across Lambeth.");
    await draft.getByLabel("Most a bid may ask for (£)").fill("30,000");
    await draft.getByLabel("Young people feel safe in Lambeth").check();
    await draft.getByLabel("Criterion 1: name").fill("Quality");
    await draft.getByLabel("Criterion 1: weight (%)").fill("60");
    await draft.getByLabel("Criterion 2: name").fill("Value for money");
    await draft.getByLabel("Criterion 2: weight (%)").fill("40");
    await expect(draft.getByTestId("weight-total").textContent()).resolves.toContain(
      "Total: 100 %. The weights add up.",
    );
    await draft.getByRole("button", { name: "Save and check your answers" }).click();
    await p.getByRole("heading", { name: "Check your answers before publishing the tender" }).waitFor();
    await expect.poll(() => requirement(p, /weights/i).getAttribute("class"), { timeout: 10_000 }).toBe("met");
    await p.getByRole("button", { name: "Publish the tender" }).click();
    await p.getByText("Tender published: the round is now open for bids.").waitFor();
    await expect.poll(() => current(p).innerText(), { timeout: 10_000 }).toContain("Bidding");

    // 11. two bids arrive: the mentoring circle is a new organisation, added from the bid form
    await p.getByText("The organisation is not in the list? Add it").click();
    const org = form(p, "Add an organisation");
    await org.getByLabel("Organisation name").fill("Brixton Mentoring Circle CIC");
    await org.getByLabel("What kind of organisation is it?").selectOption("COMPANY");
    await org.getByLabel("Registration number (optional)").selectOption("GB-COH");
    await org.getByLabel("Number", { exact: true }).fill("14567890");
    await org.getByRole("button", { name: "Add the organisation" }).click();
    await p.getByText("Brixton Mentoring Circle CIC is added.").waitFor();
    for (const bid of [MENTORING, SPORT]) {
      const bf = form(p, "Enter a bid");
      if (bid === MENTORING)
        await expect
          .poll(() => bf.getByLabel("Bidding organisation").locator("option:checked").textContent())
          .toBe("Brixton Mentoring Circle CIC");
      else await bf.getByLabel("Bidding organisation").selectOption({ index: 2 });
      await bf.getByLabel("Title").fill(bid.title);
      await bf.getByLabel(/^Amount requested/).fill(bid.amount.toLocaleString("en-GB"));
      await bf.getByRole("button", { name: "Record bid" }).click();
      await p.getByText(new RegExp(`“${bid.title}” for £${bid.amount.toLocaleString("en-GB")}`)).waitFor();
    }
    await advance(p, "Bidding", "Shortlisting");

    // 12. the member shortlists the mentoring circle on the phone; the officer shortlists the sport
    await member.reload();
    await member.getByText(`Hello, ${first}`).waitFor();
    await settle(member);
    const toShortlist = member.locator("li.bid", { hasText: MENTORING.title });
    await toShortlist
      .getByLabel("Why should this bid get an interview?")
      .fill("Mentors who grew up here, and young people help choose them.");
    await toShortlist.getByRole("button", { name: "Put it on the shortlist" }).click();
    await toShortlist.getByRole("status").filter({ hasText: "On the shortlist." }).waitFor();
    await noSidewaysScroll(member);
    await openRound(p, srv, slug);
    for (const bid of [SPORT]) {
      const sf = form(p, "Shortlist a bid");
      const option = await sf.locator("option", { hasText: bid.title }).getAttribute("value");
      await sf.getByLabel("Bid", { exact: true }).selectOption(option);
      await sf.getByLabel("Why it deserves an interview").fill("Meets the tender and fits the ceiling.");
      await sf.getByRole("button", { name: "Shortlist bid" }).click();
      await p.getByText(`“${bid.title}” is on the shortlist.`).waitFor();
    }
    await advance(p, "Shortlisting", "Interviewing");

    // 13. scores: the first member on the phone, the second member's paper sheet entered by the officer.
    // Mentoring: 4 and 4; sport: 2 and 3 — the scores put mentoring first.
    await member.reload();
    await member.getByText(`Hello, ${first}`).waitFor();
    await settle(member);
    for (const [bid, s] of [
      [MENTORING, 4],
      [SPORT, 2],
    ] as const) {
      const sheet = member.locator("form.score-form", { has: member.getByRole("heading", { name: bid.title }) });
      await sheet.waitFor();
      for (const c of ["Quality", "Value for money"])
        await sheet
          .getByRole("group", { name: new RegExp(`^${c}`) })
          .getByRole("radio", { name: String(s), exact: true })
          .check();
      await sheet.getByRole("button", { name: "Send scores" }).click();
      await expect(sheet.getByRole("status").innerText()).resolves.toBe("Thanks! Your scores are in.");
    }
    await noSidewaysScroll(member);
    await openRound(p, srv, slug);
    for (const [bid, s] of [
      [MENTORING, 4],
      [SPORT, 3],
    ] as const) {
      const paper = form(p, "Enter a member's interview scores");
      await paper.getByLabel("Panel member").selectOption({ label: second });
      await paper.getByLabel("Shortlisted bid").selectOption({ label: bid.title });
      for (const c of ["Quality", "Value for money"])
        await paper
          .getByRole("group", { name: new RegExp(`^${c}`) })
          .getByRole("radio", { name: String(s), exact: true })
          .check();
      await paper.getByRole("button", { name: "Record scores" }).click();
      await p.getByText(`${second}'s scores for “${bid.title}” recorded.`).waitFor();
    }
    await advance(p, "Interviewing", "Deciding");

    // 14. the officer recommends the other bid, then the decision follows the scores
    const recommend = form(p, "Record your recommendation");
    const sportId = await recommend.locator("option", { hasText: SPORT.title }).first().getAttribute("value");
    await recommend.getByLabel("Bid you recommend").selectOption(sportId);
    await recommend.getByLabel("Why you recommend it").fill("Lower cost and reaches more young people.");
    await recommend.getByRole("button", { name: "Record recommendation" }).click();
    await p.getByText(`Recommendation recorded: ${SPORT.title}.`).waitFor();
    await form(p, "Take the decision").getByRole("button", { name: "Take the decision" }).click();
    await p
      .getByText(/^Decision taken:/)
      .first()
      .waitFor();
    await p
      .getByTestId("recommendation-differs")
      .getByText(`The decision differs from your recommendation: it did not fund ${SPORT.title}.`)
      .waitFor({ timeout: 10_000 });

    // 15. the award, then (awarded) a spend and a measurement
    const award = form(p, "Make an award");
    await award.getByLabel("Funded bid").selectOption({ label: MENTORING.title });
    await award.getByLabel(/^Value/).fill("28,000");
    await award.getByLabel("Awarded on").fill("2026-06-01");
    await award.getByRole("button", { name: "Make award" }).click();
    await p.getByText(`Awarded £28,000 for “${MENTORING.title}”.`).waitFor();
    await advance(p, "Deciding", "Awarded");
    const spend = form(p, "Record spend");
    await spend.getByLabel("Award").selectOption({ index: 1 });
    await spend.getByLabel(/^Amount/).fill("7,000");
    await spend.getByLabel("Paid on").fill("2026-07-01");
    await spend.getByLabel("What it was for").fill("First quarter of the mentoring circle");
    await spend.getByLabel("Payment reference").fill("LBL-2026-0001");
    await spend.getByRole("button", { name: "Record payment" }).click();
    await p.getByText(/^Payment LBL-2026-0001 of £7,000/).waitFor();
    const measure = form(p, "Record an outcome measurement");
    await measure.getByLabel("Indicator").selectOption({ index: 1 });
    await measure.getByLabel(/^Value/).fill("48");
    await measure.getByLabel("Measured on").fill("2026-09-30");
    await measure.getByLabel("Source").fill("Youth survey, autumn 2026");
    await measure.getByRole("button", { name: "Record measurement" }).click();
    await p.getByText(/^Young people who feel safe: 48/).waitFor();

    // the API agrees (read only): the figures the browser wrote
    const check = await gql<{
      round: {
        phase: string;
        decision: { followedRecommendation: boolean; projects: { funded: boolean; bid: { title: string } }[] };
        awards: { value: { amountMinor: number }; spent: { amountMinor: number } }[];
      };
    }>(
      srv,
      `query($slug: String!) { round(slug: $slug) { phase decision { followedRecommendation projects { funded bid { title } } }
        awards { value { amountMinor } spent { amountMinor } } } }`,
      { slug },
    );
    expect(check.round.phase).toBe("AWARDED");
    expect(check.round.decision.followedRecommendation).toBe(false);
    expect(
      check.round.decision.projects
        .filter((x) => x.funded)
        .map((x) => x.bid.title)
        .sort(),
    ).toEqual([MENTORING.title]);
    expect(check.round.awards).toEqual([{ value: { amountMinor: 2_800_000 }, spent: { amountMinor: 700_000 } }]);

    // 16. an anonymous resident reads the public page on a phone
    const resident = await launchBrowser();
    try {
      const r = await resident.newPage();
      await r.setViewportSize({ width: 360, height: 740 });
      await r.goto(`${srv.baseUrl}/rounds/${slug}`);
      await settle(r);
      await r.locator("main h1", { hasText: TITLE }).waitFor();
      const text = await r.locator("main").innerText();
      // every stage shown done happened; the ones still to come are not ticked
      for (const stage of ["Recruiting the panel", "Defining outcomes", "Tendering", "Shortlisting", "Deciding"])
        expect(text).toMatch(new RegExp(`✓ ${stage}\\s*\\(done\\)`));
      expect(text).toMatch(/● Awarded\s*\(current stage\)/);
      expect(text).toMatch(/○ Monitoring/);
      expect(text).toMatch(new RegExp(`A panel of ${PANEL_SIZE} people from the target group took the decision`));
      expect(text).toContain("The service is for young people aged 16 to 24.");
      // the panel beside the ages the round is for (the ward's census bands 16–19 and 20–24), not all residents
      expect(text).toContain(`Panel members (${PANEL_SIZE}) vs usual residents aged 16–24, the ages the round is for`);
      expect(text).toContain("Age is compared with residents aged 16–24");
      expect(text).toContain("Panel members were owed £25 for their time, of which £25 has been paid.");
      expect(text).toContain(`The panel's weighted interview scores funded “${MENTORING.title}”.`);
      expect(text).toContain("The panel chose differently from the officer's recommendation.");
      expect(text).toContain("Spent £7,000 of £28,000 awarded (25%), inside a pot of £32,000.");
      // why the other bid was not funded: mentoring (4.00) took £28,000 of the £32,000, leaving £4,000
      const why = r.locator("tr", { hasText: "did not fit" });
      await expect.poll(() => why.count()).toBe(1);
      await expect(why.innerText()).resolves.toMatch(new RegExp(`${SPORT.title}[\\s\\S]*£24,000[\\s\\S]*£4,000`));
      // …in words a resident reads, the money formatted
      await expect(why.innerText()).resolves.toContain("its £24,000 did not fit the £4,000 left.");
      // …and on the phone without scrolling sideways: the reason is inside the screen, its table not scrolled
      const reason = await why.locator("td.reason").boundingBox();
      expect(reason!.x).toBeGreaterThanOrEqual(0);
      expect(reason!.x + reason!.width).toBeLessThanOrEqual(360);
      const wrap = r.locator(".table-wrap", { has: why });
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      // the panel make-up, beside the round's area
      await r.getByRole("heading", { name: /^The panel by sex, beside / }).waitFor();
      await noSidewaysScroll(r);
      expect(await axe(r)).toEqual([]);
      await screenshot(r, "journey-public-360");
      expect(resident.errors).toEqual([]);
    } finally {
      await resident.close();
    }
    await member.close();
    await p.close();
    expect(browser.errors).toEqual([]);
  }, 240_000);

  it("refuses an advance with unmet requirements, showing the checklist; a step back is in the audit log", async () => {
    const p = await browser.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    await signInAsOfficer(p, srv, OFFICER);
    await p.goto(`${srv.baseUrl}/officer/rounds/new`);
    await settle(p);
    const about = form(p, "About the round");
    await about.getByLabel("Title").fill("Older people's lunch clubs");
    await about.getByLabel("Theme").fill("older people");
    await about.getByLabel("Pot (£)").fill("12,500");
    await about.getByLabel("Panel size").fill("5");
    await about.getByRole("button", { name: "Create round" }).click();
    await p.getByText("Round created. It starts in Draft: work through the stages below.").waitFor();
    const slug = new URL(p.url()).pathname.split("/").pop()!;
    await advance(p, "Draft", "Recruiting the panel");

    const unmet = (await p.getByTestId("requirements").locator("li.unmet").allInnerTexts()).map((x) =>
      x.replace(/\s+/g, " ").trim(),
    );
    expect(unmet).toEqual([
      "✕ Not done yet: Draw the panel from the applicants.",
      "✕ Not done yet: At least 5 members confirmed on the panel (0 so far).",
    ]);
    await p.getByRole("button", { name: "Advance to next stage" }).click();
    await p.getByText("2 things are not done yet, so the move will be refused.").waitFor();
    await p.getByRole("button", { name: "Yes, move to “Defining outcomes”" }).click();
    const refused = p.locator(".error-summary[role=alert]");
    await refused.waitFor();
    await expect(refused.locator("li").allInnerTexts()).resolves.toEqual([
      "Draw the panel from the applicants.",
      "At least 5 members confirmed on the panel (0 so far).",
    ]);
    await expect(current(p).innerText()).resolves.toMatch(/^Recruiting the panel\s+In progress$/);

    await p.getByText("Step back to “Draft”").first().click();
    const stepForm = p.locator("form", { has: p.getByRole("heading", { name: "Step back to “Draft”" }) });
    await stepForm.getByLabel("Why is the round stepping back?").fill("Opened before the pot was agreed.");
    await stepForm.getByRole("button", { name: "Step back to “Draft”" }).click();
    await stepForm.getByText("Stepped back to “Draft”.").waitFor();
    await expect.poll(() => current(p).innerText(), { timeout: 10_000 }).toContain("Draft");

    // the council's audit log: the step back, newest first, with its reason
    await p.goto(`${srv.baseUrl}/officer/audit`);
    await settle(p);
    const newest = p.getByTestId("audit-log").locator("li.audit__entry").first();
    await newest.waitFor();
    await expect(newest.getAttribute("data-action")).resolves.toBe("roundStepBack");
    await expect(newest.innerText()).resolves.toContain("Opened before the pot was agreed.");
    await expect(newest.innerText()).resolves.toContain("Older people's lunch clubs");
    expect(await axe(p)).toEqual([]);
    expect(slug).toMatch(/^older-people-s-lunch-clubs|^older-peoples-lunch-clubs/);
    await p.close();
    expect(browser.errors).toEqual([]);
  }, 120_000);
});
