import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  axe,
  freshServer,
  gql,
  launchBrowser,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
  type UserErrors,
  noSidewaysScroll,
} from "./harness";

// Residents propose projects for a PB round on their phones, the officer reviews each (accepting one at a
// revised cost, rejecting the other with a reason), each proposer reads the outcome by their reference,
// and the accepted project is on the round's public page and in the voting booth.

// The booth's voter codes need the server's token secret (as in vote.e2e.ts).
process.env.VOTER_TOKEN_SECRET ??= "e2e-voter-token-secret-0123456789";

async function officerToken(srv: RunningServer): Promise<string> {
  const login = await gql<{ officerLogin: { token: string } }>(
    srv,
    `mutation($i: OfficerLoginInput!) { officerLogin(input: $i) { token } }`,
    {
      i: { email: "officer@lambeth.example", password: "coproduce-demo" },
    },
  );
  return login.officerLogin.token;
}

async function advance(srv: RunningServer, token: string, round: string, to: string): Promise<void> {
  const moved = await gql<{ roundAdvancePhase: UserErrors }>(
    srv,
    `mutation($i: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $i) { round { phase } userErrors { code message } } }`,
    { i: { round, to } },
    token,
  );
  expect(moved.roundAdvancePhase.userErrors).toEqual([]);
}

async function phone(browser: RunningBrowser): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewportSize({ width: 360, height: 780 });
  return p;
}

interface Idea {
  title: string;
  description: string;
  area?: string;
  cost: string;
  categories: string[];
  contact: string;
}

/** A resident finds the propose page from the round's page and sends an idea; returns the reference shown. */
async function propose(p: Page, srv: RunningServer, slug: string, idea: Idea, shoot = false): Promise<string> {
  await p.goto(`${srv.baseUrl}/rounds/${slug}`);
  await settle(p);
  await p.getByRole("link", { name: "Suggest a project" }).click();
  await settle(p);
  await p.getByRole("heading", { name: /^Suggest a project for/ }).waitFor();
  await noSidewaysScroll(p);
  if (shoot) {
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "propose");
  }
  const form = p.locator("form", { has: p.getByRole("heading", { name: "Your idea" }) });
  // Sent empty: each missing answer is named, in the summary and beside its field.
  await form.getByRole("button", { name: "Send my idea" }).click();
  await form.locator(".error-summary").waitFor();
  const summary = await form.locator(".error-summary").innerText();
  expect(summary).toContain("Give your idea a short name");
  expect(summary).toContain("Say what your idea is and who it helps");
  expect(summary).toContain("Enter a rough cost as a number, like 1500");
  if (shoot) {
    expect(await axe(p)).toEqual([]);
  }
  await form.getByLabel("Give your idea a short name").fill(idea.title);
  await form.getByLabel("What is your idea, and who does it help?").fill(idea.description);
  if (idea.area) await form.getByLabel("Where would it happen? (optional)").fill(idea.area);
  await form.getByLabel(/^Roughly how much would it cost/).fill(idea.cost);
  for (const c of idea.categories) await form.getByLabel(c, { exact: true }).check();
  await form.getByLabel("Your email or phone number (optional)").fill(idea.contact);
  if (shoot) await noSidewaysScroll(p);
  await form.getByRole("button", { name: "Send my idea" }).click();
  await p.getByRole("heading", { name: "Idea sent" }).waitFor();
  const reference = await p.getByTestId("proposal-reference").innerText();
  expect(reference).toMatch(/^PB-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await p.getByText("What happens next").waitFor();
  await noSidewaysScroll(p);
  if (shoot) {
    expect(await axe(p)).toEqual([]);
    await screenshot(p, "propose-done");
  }
  return reference;
}

/** The proposer checks on their idea with the reference; returns what the status section says. */
async function checkStatus(p: Page, srv: RunningServer, slug: string, reference: string): Promise<string> {
  await p.goto(`${srv.baseUrl}/rounds/${slug}/proposals/status`);
  await settle(p);
  await p.getByLabel("Your reference").fill(reference.toLowerCase());
  await p.getByRole("button", { name: "Check" }).click();
  const result = p.getByTestId("proposal-status");
  await result.waitFor();
  await noSidewaysScroll(p);
  return result.innerText();
}

describe("residents propose projects for a PB round; the officer reviews them", () => {
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

  it("two residents propose at 360 px, the officer accepts one at a revised cost and rejects one, each reads why", async () => {
    // The PB round, made through the API as the council's officer would: £20,000, approval voting, open for ideas.
    const token = await officerToken(server);
    const created = await gql<{ roundCreate: UserErrors & { round: { id: string; slug: string } } }>(
      server,
      `mutation($i: RoundCreateInput!) { roundCreate(input: $i) { round { id slug } userErrors { code message } } }`,
      {
        i: {
          title: "Stockwell ideas fund",
          description: "Residents suggest and choose small projects for Stockwell.",
          kind: "PARTICIPATORY_BUDGETING",
          theme: "participatory_budgeting",
          potMinor: 2_000_000,
          currency: "GBP",
          decisionMethod: "VOTING",
          ballotType: "APPROVAL",
          allocationRule: "GREEDY",
          year: 2026,
        },
      },
      token,
    );
    expect(created.roundCreate.userErrors).toEqual([]);
    const roundId = created.roundCreate.round.id;
    const slug = created.roundCreate.round.slug;
    await advance(server, token, roundId, "BIDDING");

    const first = await phone(browser);
    const benches = await propose(
      first,
      server,
      slug,
      {
        title: "Benches on Stockwell Road",
        description: "Six benches so older people can rest on the walk to the shops.",
        area: "Stockwell Road",
        cost: "4,500",
        categories: ["Streets and public spaces", "Older people"],
        contact: "sam.resident@example.org",
      },
      true,
    );
    const second = await phone(browser);
    const mural = await propose(second, server, slug, {
      title: "A mural on the railway bridge",
      description: "Young people paint a mural on the railway bridge.",
      cost: "3000",
      categories: ["Arts and culture"],
      contact: "07700 900456",
    });
    expect(mural).not.toBe(benches);
    // The form at 1280 px too.
    await second.setViewportSize({ width: 1280, height: 900 });
    await second.goto(`${server.baseUrl}/rounds/${slug}/propose`);
    await settle(second);
    expect(await axe(second)).toEqual([]);
    await second.setViewportSize({ width: 360, height: 780 });

    // Before the review: waiting.
    expect(await checkStatus(first, server, slug, benches)).toContain("Waiting to be checked");

    // The officer: from the round's task list to the proposals, with the private contact.
    const officer = await browser.newPage();
    await signInAsOfficer(officer, server, "officer@lambeth.example");
    await officer.goto(`${server.baseUrl}/officer/rounds/${slug}`);
    await settle(officer);
    await officer.getByRole("link", { name: "Residents' proposals" }).click();
    await settle(officer);
    await officer.getByRole("heading", { name: "Residents' proposals", level: 1 }).waitFor();
    await expect(officer.getByTestId("proposal-counts").innerText()).resolves.toBe(
      "2 proposals: 2 to review, 0 accepted, 0 rejected.",
    );
    const benchesCard = officer.getByTestId(`proposal-${benches}`);
    const muralCard = officer.getByTestId(`proposal-${mural}`);
    await expect(benchesCard.innerText()).resolves.toContain("sam.resident@example.org");
    await expect(benchesCard.innerText()).resolves.toContain("Streets and public spaces, Older people");
    await expect(benchesCard.innerText()).resolves.toContain("£4,500");
    expect(await axe(officer)).toEqual([]);
    await screenshot(officer, "officer-proposals");

    // Accept the benches at a revised cost; a revised cost without its reason is refused first.
    const acceptForm = benchesCard.locator("form");
    await acceptForm.getByLabel("Accept onto the ballot").check();
    await acceptForm.getByLabel("Reason (the proposer reads this)").fill("A good idea the council can deliver.");
    await acceptForm.getByLabel(/^Revised cost in £/).fill("6,000");
    await acceptForm.getByRole("button", { name: "Record the review" }).click();
    await acceptForm.locator(".error-summary").getByText("Say why the cost changed").waitFor();
    await acceptForm
      .getByLabel("Why the cost changed (the proposer reads this)")
      .fill("Fixing benches to the pavement safely costs more.");
    await acceptForm.getByRole("button", { name: "Record the review" }).click();
    await benchesCard.locator(".tag", { hasText: "Accepted" }).waitFor();
    await expect(benchesCard.innerText()).resolves.toContain("£6,000");

    const rejectForm = muralCard.locator("form");
    await rejectForm.getByLabel("Reject").check();
    await rejectForm
      .getByLabel("Reason (the proposer reads this)")
      .fill("Network Rail owns the bridge and does not allow murals on it.");
    await rejectForm.getByRole("button", { name: "Record the review" }).click();
    await muralCard.locator(".tag", { hasText: "Rejected" }).waitFor();
    await expect(officer.getByTestId("proposal-counts").innerText()).resolves.toBe(
      "2 proposals: 0 to review, 1 accepted, 1 rejected.",
    );
    await expect.poll(() => officer.locator("li.proposal form").count()).toBe(0);
    await officer.setViewportSize({ width: 360, height: 780 });
    await noSidewaysScroll(officer);
    expect(await axe(officer)).toEqual([]);

    // Each proposer reads the outcome and the reason.
    const accepted = await checkStatus(first, server, slug, benches);
    expect(accepted).toContain("On the ballot");
    expect(accepted).toContain("A good idea the council can deliver.");
    expect(accepted).toContain("£4,500");
    expect(accepted).toContain("£6,000");
    expect(accepted).toContain("Fixing benches to the pavement safely costs more.");
    expect(await axe(first)).toEqual([]);
    const rejected = await checkStatus(second, server, slug, mural);
    expect(rejected).toContain("Not accepted");
    expect(rejected).toContain("Network Rail owns the bridge and does not allow murals on it.");
    expect(rejected).not.toContain("07700");
    // A wrong reference says so.
    await second.getByLabel("Your reference").fill("PB-0000-0000");
    await second.getByRole("button", { name: "Check" }).click();
    await second.getByRole("alert").getByText("We could not find an idea with that reference.").waitFor();
    await second.setViewportSize({ width: 1280, height: 900 });
    expect(await axe(second)).toEqual([]);

    // The public round page lists the accepted project, not the rejected one, and no contact.
    const pub = await browser.newPage();
    await pub.goto(`${server.baseUrl}/rounds/${slug}`);
    await settle(pub);
    const projects = await pub.locator("#bids").innerText();
    expect(projects).toContain("Benches on Stockwell Road");
    expect(projects).not.toContain("A mural on the railway bridge");
    const page = await pub.locator("main").innerText();
    expect(page).not.toMatch(/example\.org|07700/);
    expect(await axe(pub)).toEqual([]);

    // Voting opens: the booth lists the accepted project at its revised cost.
    await advance(server, token, roundId, "DECIDING");
    const issued = await gql<{ voterTokensIssue: UserErrors & { tokens: string[] } }>(
      server,
      `mutation($i: VoterTokensIssueInput!) { voterTokensIssue(input: $i) { tokens userErrors { code message } } }`,
      { i: { round: roundId, count: 1 } },
      token,
    );
    expect(issued.voterTokensIssue.userErrors).toEqual([]);
    const code = issued.voterTokensIssue.tokens[0]!;
    const voter = await phone(browser);
    await voter.goto(`${server.baseUrl}/rounds/${slug}/vote`);
    await settle(voter);
    await voter.getByLabel("Voter code", { exact: true }).fill(code);
    await voter.getByRole("button", { name: "Start voting" }).click();
    await voter.getByRole("heading", { name: "Choose projects" }).waitFor();
    const listed = voter.locator("li.project");
    await expect.poll(() => listed.count()).toBe(1);
    const only = await listed.first().innerText();
    expect(only).toContain("Benches on Stockwell Road");
    expect(only).toContain("£6,000");
    expect(only).toContain("public space, older people");

    // The propose page now says ideas are closed.
    await first.goto(`${server.baseUrl}/rounds/${slug}/propose`);
    await settle(first);
    await first.getByText("This round is not taking ideas right now.").waitFor();

    for (const p of [first, second, officer, pub, voter]) await p.close();
    expect(browser.errors).toEqual([]);
  });
});
