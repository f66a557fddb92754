import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  axe,
  freshServer,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// The commissioning steps of a round, done by the Lambeth officer in the browser: outcomes and an
// indicator, the tender (refused at 90 %, published at 100 %), the recommendation and a decision
// that differs from it, a milestone of an award. Each round is put in its stage through the API
// first (the demo seed has no Lambeth round in defining outcomes or deciding): the recruiting
// round's panel is drawn and it moves on; the interviewing round moves on to deciding.

const OFFICER = "officer@lambeth.example";
let srv: RunningServer;
let browser: RunningBrowser;
let page: Page;
let token: string;
const rounds: Record<string, { id: string; slug: string; title: string }> = {};

async function gql(query: string, variables: object = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function write(mutation: string, inputType: string, selection: string, input: object) {
  const data = await gql(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code message field } } }`,
    { input },
  );
  const payload = data[mutation] as { userErrors: unknown[] } & Record<string, unknown>;
  expect(payload.userErrors, `${mutation}: ${JSON.stringify(payload.userErrors)}`).toEqual([]);
  return payload;
}

const advance = (round: string, to: string) =>
  write("roundAdvancePhase", "RoundAdvancePhaseInput", "round { phase }", { round, to });

/** The checklist row of one requirement on the round page, by its words. */
const requirement = (p: Page, text: string | RegExp): Locator =>
  p.locator('[data-testid="requirements"] li', { hasText: text });

const form = (p: Page, heading: string): Locator =>
  p.locator("main form", { has: p.getByRole("heading", { name: heading, exact: true }) });

async function openRound(p: Page, slug: string): Promise<void> {
  await p.goto(`${srv.baseUrl}/officer/rounds/${slug}`);
  await settle(p);
  await p.getByRole("heading", { name: "Stages of the round" }).waitFor();
}

/** axe at 360 px and 1280 px, and no sideways scroll on the phone. */
async function accessible(p: Page): Promise<void> {
  await p.setViewportSize({ width: 360, height: 780 });
  expect(await axe(p)).toEqual([]);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await p.setViewportSize({ width: 1280, height: 900 });
  expect(await axe(p)).toEqual([]);
}

beforeAll(async () => {
  srv = await freshServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  const login = await gql(`mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token } }`, {
    input: { email: OFFICER, password: "coproduce-demo" },
  });
  token = (login.officerLogin as { token: string }).token;
  expect(token).toBeTruthy();
  const list = await gql(`{ rounds(first: 100, filterBy: { council: "lambeth" }) { nodes { id slug title phase } } }`);
  const nodes = (list.rounds as { nodes: { id: string; slug: string; title: string; phase: string }[] }).nodes;
  for (const phase of ["RECRUITING", "INTERVIEWING", "AWARDED", "BIDDING"]) {
    const round = nodes.find((r) => r.phase === phase);
    expect(round, `a Lambeth round in ${phase}`).toBeDefined();
    rounds[phase] = round!;
  }
  // recruiting → defining outcomes: commit, draw the panel (the lottery confirms the panel size), move on.
  await write("panelDrawCommit", "PanelDrawCommitInput", "draw { commitmentSha256 }", {
    round: rounds.RECRUITING!.id,
    randomnessDate: new Date().toISOString().slice(0, 10),
    randomnessSource: "Dice thrown at the public meeting",
  });
  await write("panelSelect", "PanelSelectInput", "round { id }", { round: rounds.RECRUITING!.id, seed: "4 2 6 1 3 5" });
  await advance(rounds.RECRUITING!.id, "DEFINING_OUTCOMES");
  // interviewing → deciding: the seeded panel has scored the shortlist.
  await advance(rounds.INTERVIEWING!.id, "DECIDING");
  await signInAsOfficer(page, srv, OFFICER);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await srv?.stop();
  removeSeededDatabase();
});

describe("commissioning a round in the officer console", () => {
  it("defines an outcome and its indicator; the stage's requirement turns met", async () => {
    const slug = rounds.RECRUITING!.slug;
    await openRound(page, slug);
    const needed = requirement(page, /outcome/);
    await expect.poll(() => needed.getAttribute("class")).toBe("unmet");
    // the task list's current stage links to its forms
    const current = page.locator('.task-list__item[aria-current="step"] a');
    expect(await current.getAttribute("href")).toBe("#commission-outcomes");
    expect(await current.textContent()).toContain("Defining outcomes");
    await page.getByTestId("outcomes-empty").waitFor();

    const add = form(page, "Add an outcome");
    await add.getByRole("button", { name: "Add outcome" }).click();
    await add.locator("p.error-text", { hasText: "Enter the outcome." }).waitFor();
    await add.getByLabel("Outcome", { exact: true }).fill("Young people feel safer in their area");
    await add.getByLabel("Description (optional)").fill("Measured by the youth survey.");
    await add.getByRole("button", { name: "Add outcome" }).click();
    await page.getByText("Outcome added: Young people feel safer in their area.").waitFor();

    // change the outcome's words
    await page.getByRole("button", { name: "Change outcome: Young people feel safer in their area" }).click();
    const edit = form(page, "Change the outcome");
    await edit.getByLabel("Outcome", { exact: true }).fill("Young people feel safe in Lambeth");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Outcome changed: Young people feel safe in Lambeth.").waitFor();

    const indicator = form(page, "Add an indicator");
    await indicator.getByLabel("Outcome it measures").selectOption({ label: "Young people feel safe in Lambeth" });
    await indicator.getByLabel("What is measured").fill("Young people who feel safe");
    await indicator.getByLabel("Unit", { exact: true }).fill("%");
    await indicator.getByLabel("Baseline (where it starts)").fill("40");
    await indicator.getByLabel("Which way is better?").selectOption("HIGHER_IS_BETTER");
    await indicator.getByLabel("Target", { exact: true }).fill("30");
    await indicator.getByLabel("Monitoring starts on").fill("2026-04-01");
    await indicator.getByLabel("Target due by").fill("2027-03-31");
    await indicator.getByRole("button", { name: "Add indicator" }).click();
    await indicator
      .locator("p.error-text", { hasText: "When higher is better, the target must be above the baseline." })
      .waitFor();
    await indicator.getByLabel("Target", { exact: true }).fill("60");
    await indicator.getByRole("button", { name: "Add indicator" }).click();
    await page.getByText("Indicator added: Young people who feel safe.").waitFor();

    const outcomes = page.getByTestId("outcomes");
    await expect
      .poll(() => outcomes.textContent(), { timeout: 10_000 })
      .toContain("Young people who feel safe: from 40 to 60 % by 31 Mar 2027");
    await expect.poll(() => needed.getAttribute("class"), { timeout: 10_000 }).toBe("met");
    expect(await needed.textContent()).toContain("1 outcome has an indicator");
    await accessible(page);
    await screenshot(page, "officer-outcomes");

    await page.getByRole("button", { name: "Advance to next stage" }).click();
    await page.getByRole("button", { name: "Yes, move to “Tendering”" }).click();
    await page.getByRole("heading", { name: "The tender", exact: true }).waitFor();
  }, 120_000);

  it("drafts the tender: refused at 90 %, saved at 100 %, checked, then published", async () => {
    const published = requirement(page, "Publish the tender");
    const weights = requirement(page, /weights/i);
    await page.getByText("Draft the tender and publish it.").waitFor();
    expect(await weights.getAttribute("class")).toBe("unmet");

    const draft = form(page, "Draft the tender");
    await draft.getByLabel("Title").fill("Safer streets for young people");
    await draft.getByLabel("What the service must do").fill("Youth work on the estates, evenings and weekends.");
    await draft.getByLabel("Most a bid may ask for (£)").fill("999,999,999");
    await draft.getByLabel("Young people feel safe in Lambeth").check();
    await draft.getByLabel("Criterion 1: name").fill("Quality");
    await draft.getByLabel("Criterion 1: weight (%)").fill("50");
    await draft.getByLabel("Criterion 2: name").fill("Involving young people");
    await draft.getByLabel("Criterion 2: weight (%)").fill("40");
    const total = draft.getByTestId("weight-total");
    expect((await total.textContent())?.replace(/\s+/g, " ").trim()).toBe("Total: 90 % of 100 % 10 % still to give.");
    await draft.getByRole("button", { name: "Save and check your answers" }).click();
    const summary = draft.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("The weights add up to 90 %; they must add up to 100 %.");
    expect(await summary.textContent()).toContain("cannot be more than the pot");

    // a third criterion with a button, then the weights reach 100 %
    await draft.getByRole("button", { name: "Add another criterion" }).click();
    await draft.getByLabel("Criterion 3: name").fill("Value for money");
    await draft.getByLabel("Criterion 3: weight (%)").fill("20");
    await draft.getByRole("button", { name: "Remove criterion 3" }).waitFor();
    expect(await total.textContent()).toContain("10 % too much.");
    await draft.getByLabel("Criterion 3: weight (%)").fill("10");
    expect(await total.textContent()).toContain("Total: 100 %. The weights add up.");
    await draft.getByLabel("Most a bid may ask for (£)").fill("30,000");
    await draft.getByRole("button", { name: "Save and check your answers" }).click();

    await page.getByRole("heading", { name: "Check your answers before publishing the tender" }).waitFor();
    await page.getByText("Tender saved as a draft: Safer streets for young people.").waitFor();
    const answers = page.getByTestId("tender-summary");
    const text = (await answers.textContent()) ?? "";
    expect(text).toContain("£30,000");
    expect(text).toContain("Quality: 50 %");
    expect(text).toContain("Involving young people: 40 %");
    expect(text).toContain("Value for money: 10 %");
    expect(text).toContain("Young people feel safe in Lambeth");
    await expect.poll(() => weights.getAttribute("class"), { timeout: 10_000 }).toBe("met");
    expect(await requirement(page, /ceiling/i).getAttribute("class")).toBe("met");
    expect(await published.getAttribute("class")).toBe("unmet");
    await accessible(page);
    await screenshot(page, "officer-tender");

    await page.getByRole("button", { name: "Publish the tender" }).click();
    await page.getByText("Tender published: the round is now open for bids.").waitFor();
    // the round is bidding now: the tendering stage is done, the tender is read-only
    const tendering = page.locator(".task-list__item", { hasText: "Tendering" });
    await expect.poll(() => tendering.textContent(), { timeout: 10_000 }).toContain("Completed");
    await page.getByRole("heading", { name: "The published tender" }).waitFor();
    expect(await page.getByRole("button", { name: "Publish the tender" }).count()).toBe(0);
    const check = await gql(
      `query($id: ID!) { round(id: $id) { phase tender { status criteria { weightBasisPoints } } } }`,
      {
        id: rounds.RECRUITING!.id,
      },
    );
    expect(check.round).toEqual({
      phase: "BIDDING",
      tender: {
        status: "published",
        criteria: [{ weightBasisPoints: 5000 }, { weightBasisPoints: 4000 }, { weightBasisPoints: 1000 }],
      },
    });
  }, 120_000);

  it("records a recommendation, then a decision that differs from it", async () => {
    const round = rounds.INTERVIEWING!;
    const scoring = await gql(`query($id: ID!) { round(id: $id) { scoring { bids { rank bid { id title } } } } }`, {
      id: round.id,
    });
    const ranked = (scoring.round as { scoring: { bids: { rank: number; bid: { id: string; title: string } }[] } })
      .scoring.bids;
    expect(ranked.length).toBeGreaterThan(1);
    const last = [...ranked].sort((a, b) => b.rank - a.rank)[0]!.bid;
    const first = ranked.find((b) => b.rank === 1)!.bid;

    await openRound(page, round.slug);
    const decided = requirement(page, /decision/i);
    expect(await decided.getAttribute("class")).toBe("unmet");
    await page.getByText("You have not recorded a recommendation.").waitFor();

    const recommend = form(page, "Record your recommendation");
    await recommend.getByRole("button", { name: "Record recommendation" }).click();
    await recommend.locator("p.error-text", { hasText: "Choose the bid you recommend." }).waitFor();
    const option = await recommend.locator("option", { hasText: last.title }).first().getAttribute("value");
    await recommend.getByLabel("Bid you recommend").selectOption(option);
    await recommend.getByLabel("Why you recommend it").fill("Strongest local links and lowest cost.");
    await recommend.getByRole("button", { name: "Record recommendation" }).click();
    await page.getByText(`Recommendation recorded: ${last.title}.`).waitFor();
    const card = page.getByTestId("recommendation");
    await card.getByText(`You recommended ${last.title}.`).waitFor();
    expect(await card.textContent()).toContain(`The panel's scores put ${first.title} first`);
    // beside the decision form
    await expect
      .poll(() => page.getByTestId("decision-recommendation").textContent(), { timeout: 10_000 })
      .toContain(`Your recommendation: ${last.title}. Strongest local links and lowest cost.`);
    await accessible(page);
    await screenshot(page, "officer-recommendation");

    await form(page, "Take the decision").getByRole("button", { name: "Take the decision" }).click();
    await page
      .getByText(/^Decision taken:/)
      .first()
      .waitFor();
    await expect.poll(() => decided.getAttribute("class"), { timeout: 10_000 }).toBe("met");
    await page
      .getByTestId("recommendation-differs")
      .getByText(`The decision differs from your recommendation: it did not fund ${last.title}.`)
      .waitFor({ timeout: 10_000 });
    expect(await page.getByText("Frozen: the decision has been taken.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Record recommendation" }).count()).toBe(0);
    const after = await gql(
      `query($id: ID!) { round(id: $id) { decision { followedRecommendation officerRecommendation { id } } } }`,
      {
        id: round.id,
      },
    );
    expect(after.round).toEqual({
      decision: { followedRecommendation: false, officerRecommendation: { id: last.id } },
    });
  }, 120_000);

  it("plans a milestone of an award and marks it finished", async () => {
    const round = rounds.AWARDED!;
    await openRound(page, round.slug);
    const awards = await gql(`query($id: ID!) { round(id: $id) { awards { id title } milestones { id } } }`, {
      id: round.id,
    });
    const { awards: list, milestones: before } = awards.round as {
      awards: { id: string; title: string }[];
      milestones: unknown[];
    };
    expect(list.length).toBeGreaterThan(0);
    const plan = form(page, "Plan a milestone");
    await plan.getByLabel("Award").selectOption(list[0]!.id);
    await plan.getByLabel("Milestone", { exact: true }).fill("Youth forum launched");
    await plan.getByLabel("Due on").fill("2026-06-30");
    await plan.getByRole("button", { name: "Add milestone" }).click();
    await page.getByText("Milestone added: Youth forum launched.").waitFor();
    const row = page.getByTestId("milestone").filter({ hasText: "Youth forum launched" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Scheduled");

    await row.getByRole("button", { name: "Mark finished: Youth forum launched" }).click();
    const finish = form(page, "Mark “Youth forum launched” finished");
    await finish.getByRole("button", { name: "Mark finished" }).click();
    await finish.locator("p.error-text", { hasText: "Enter the date it was finished." }).waitFor();
    await finish.getByLabel("Finished on").fill("2026-07-02");
    await finish.getByRole("button", { name: "Mark finished" }).click();
    await page.getByText("Milestone finished: Youth forum launched.").waitFor();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain("Finished late on 2 Jul 2026");
    await accessible(page);
    const check = await gql(
      `query($id: ID!) { round(id: $id) { milestones { title status completedOn award { id } } } }`,
      {
        id: round.id,
      },
    );
    const milestones = (check.round as { milestones: Record<string, unknown>[] }).milestones;
    expect(milestones.length).toBe(before.length + 1);
    expect(milestones).toContainEqual({
      title: "Youth forum launched",
      status: "late",
      completedOn: "2026-07-02",
      award: { id: list[0]!.id },
    });
  }, 120_000);

  it("adds an organisation from the bid form and enters its bid", async () => {
    const round = rounds.BIDDING!;
    await openRound(page, round.slug);
    await page.getByText("The organisation is not in the list? Add it").click();
    const add = form(page, "Add an organisation");
    await add.getByRole("button", { name: "Add the organisation" }).click();
    await add.locator("p.error-text", { hasText: "Enter the organisation's name" }).waitFor();
    await add.getByLabel("Organisation name").fill("Brixton Steel Band Collective");
    await add.getByLabel("What kind of organisation is it?").selectOption("COMMUNITY_GROUP");
    await add.getByLabel("Registration number (optional)").selectOption("GB-CHC");
    await add.getByLabel("Number", { exact: true }).fill("1 187 654");
    await add.getByLabel("Website (optional)").fill("https://steelband.example");
    await add.getByRole("button", { name: "Add the organisation" }).click();
    await page.getByText("Brixton Steel Band Collective is added.").waitFor();
    const bid = form(page, "Enter a bid");
    const chosen = bid.getByLabel("Bidding organisation");
    await expect.poll(() => chosen.locator("option:checked").textContent()).toBe("Brixton Steel Band Collective");
    await screenshot(page, "officer-add-organisation");
    await bid.getByLabel("Title", { exact: true }).fill("Steel band workshops");
    await bid.getByLabel(/Amount requested/).fill("4,500");
    await bid.getByRole("button", { name: "Record bid" }).click();
    await page.getByText(/“Steel band workshops” for £4,500(\.00)? recorded\./).waitFor();
    await accessible(page);
    const check = await gql(
      `query($id: ID!) { round(id: $id) { bids { title provider { name identifierScheme identifier website } } } }`,
      { id: round.id },
    );
    expect((check.round as { bids: Record<string, unknown>[] }).bids).toContainEqual({
      title: "Steel band workshops",
      provider: {
        name: "Brixton Steel Band Collective",
        identifierScheme: "GB-CHC",
        identifier: "1187654",
        website: "https://steelband.example",
      },
    });
    // The same charity number cannot be registered twice: the API's message shows beside the field.
    await add.getByLabel("Organisation name").fill("Another name");
    await add.getByLabel("What kind of organisation is it?").selectOption("CHARITY");
    await add.getByLabel("Registration number (optional)").selectOption("GB-CHC");
    await add.getByLabel("Number", { exact: true }).fill("1187654");
    await add.getByRole("button", { name: "Add the organisation" }).click();
    await add
      .locator("p.error-text", { hasText: "Brixton Steel Band Collective is already registered as GB-CHC-1187654." })
      .waitFor();
  }, 120_000);

  it("varies an award down with a reason, refused below what is paid, and checks the decision", async () => {
    const round = rounds.AWARDED!;
    await openRound(page, round.slug);
    const before = await gql(
      `query($id: ID!) { round(id: $id) { awards { id title status value { amountMinor } spent { amountMinor } } } }`,
      { id: round.id },
    );
    const award = (
      before.round as {
        awards: {
          id: string;
          title: string;
          status: string;
          value: { amountMinor: number };
          spent: { amountMinor: number };
        }[];
      }
    ).awards.find((a) => a.status === "active")!;
    const vary = form(page, "Vary an award");
    await vary.getByLabel("Award").selectOption(award.id);
    await vary.getByLabel("Down").check();
    // Down by the whole value would leave it below what is paid (or at zero): refused, nothing written.
    await vary.getByLabel(/By how much/).fill(String(award.value.amountMinor / 100));
    await vary.getByLabel("Why the value changes").fill("Contract variation 3, agreed 1 May");
    await vary.getByRole("button", { name: "Record the variation" }).click();
    await vary.locator("p.error-text", { hasText: /below what has already been spent|a value above zero/ }).waitFor();
    await vary.getByLabel(/By how much/).fill("100");
    await vary.getByRole("button", { name: "Record the variation" }).click();
    await page.getByText(`“${award.title}” is now worth`).waitFor();
    const after = await gql(`query($id: ID!) { round(id: $id) { awards { id value { amountMinor } } } }`, {
      id: round.id,
    });
    expect((after.round as { awards: { id: string; value: { amountMinor: number } }[] }).awards).toContainEqual({
      id: award.id,
      value: { amountMinor: award.value.amountMinor - 10_000 },
    });
    await page.getByRole("button", { name: "Check the decision again" }).click();
    await page.getByText("It matches: worked out again from the stored scores or ballots").waitFor();
    await screenshot(page, "officer-vary-award");
    await accessible(page);
  }, 120_000);

  it("signing out revokes the officer's token on the server", async () => {
    const stored = await page.evaluate(() => sessionStorage.getItem("coproduce.token"));
    expect(stored).toBeTruthy();
    const viewer = async () => {
      const res = await fetch(`${srv.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${stored}` },
        body: JSON.stringify({ query: "{ viewer { role } }" }),
      });
      return (await res.json()) as {
        data?: { viewer: { role: string } | null };
        errors?: { extensions?: { code?: string } }[];
      };
    };
    expect((await viewer()).data?.viewer?.role).toBe("OFFICER");
    await page.goto(`${srv.baseUrl}/officer`);
    await settle(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email address").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("coproduce.token"))).toBeNull();
    const afterOut = await viewer();
    // A revoked token is refused outright (401 UNAUTHENTICATED), not treated as anonymous.
    expect(afterOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  }, 60_000);

  it("raised no errors in the pages", () => {
    expect(browser.errors).toEqual([]);
  });
});
