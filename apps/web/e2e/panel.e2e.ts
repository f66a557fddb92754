import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  axe,
  DEMO_OFFICER_PASSWORD,
  freshServer,
  launchBrowser,
  screenshot,
  settle,
  signInAsOfficer,
  type RunningBrowser,
  type RunningServer,
  noSidewaysScroll,
} from "./harness";

// The panel after the draw, in the browser: Lambeth's recruiting round is drawn through the API
// (its quotas are in the demo data; commit, then draw with a seed), then the officer withdraws a member and fills the
// seat from the alternates, and reads the selection history and the representation funnel.

async function gql<T>(srv: RunningServer, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${srv.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Roster {
  round: {
    id: string;
    panelSize: number;
    panel: { quotas: { dimension: string; category: string; min: number; max: number }[] };
    panelRoster: {
      seats: {
        member: { pseudonym: string; active: boolean };
        quotaAnswers: { dimension: string; category: string | null }[];
      }[];
      alternates: {
        state: string;
        applicant: { pseudonym: string };
        quotaAnswers: { dimension: string; category: string | null }[];
      }[];
    };
  };
}
const ROSTER = `query($slug: String!) { round(slug: $slug) { id panelSize panel { quotas { dimension category min max } }
  panelRoster { seats { member { pseudonym active } quotaAnswers { dimension category } }
  alternates { state applicant { pseudonym } quotaAnswers { dimension category } } } } }`;

describe("the panel after the draw", () => {
  let server: RunningServer;
  let browser: RunningBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await server?.stop();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the officer withdraws a member, fills the seat from the alternates, and sees the history and the funnel", async () => {
    server = await freshServer();
    const login = await gql<{ officerLogin: { token: string | null } }>(
      server,
      `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token } }`,
      { input: { email: "officer@lambeth.example", password: DEMO_OFFICER_PASSWORD } },
    );
    const token = login.officerLogin.token!;
    const rounds = await gql<{ rounds: { nodes: { id: string; slug: string }[] } }>(
      server,
      `query { rounds(filterBy: { council: "lambeth", phases: [RECRUITING] }, first: 5) { nodes { id slug } } }`,
      {},
      token,
    );
    const { id: roundId, slug } = rounds.rounds.nodes[0]!;
    // Commit, then draw: publish the commitment (the demo quotas, today's dice), then draw with the seed.
    const committed = await gql<{ panelDrawCommit: { userErrors: unknown[] } }>(
      server,
      `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) { userErrors { code message } } }`,
      {
        input: {
          round: roundId,
          randomnessDate: new Date().toISOString().slice(0, 10),
          randomnessSource: "Dice thrown at the public meeting",
        },
      },
      token,
    );
    expect(committed.panelDrawCommit.userErrors).toEqual([]);
    const drawn = await gql<{ panelSelect: { quotasMet: boolean; userErrors: unknown[] } }>(
      server,
      `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code message } } }`,
      { input: { round: roundId, seed: "4 2 6 1 3 5" } },
      token,
    );
    expect(drawn.panelSelect).toEqual({ quotasMet: true, userErrors: [] });

    // Who should take Panel member A's seat, computed here from the quotas and the alternates' answers.
    const raw = await gql<Roster>(server, ROSTER, { slug }, token);
    const quotas = raw.round.panel.quotas;
    const sexOf = (answers: { dimension: string; category: string | null }[]) =>
      answers.find((a) => a.dimension === "sex")?.category ?? null;
    const seats = raw.round.panelRoster.seats;
    const leaving = seats.find((s) => s.member.pseudonym === "Panel member A")!;
    const staying = seats.filter((s) => s !== leaving).map((s) => sexOf(s.quotaAnswers));
    const keeps = (sex: string | null) =>
      quotas.every((q) => {
        const n = [...staying, sex].filter((s) => s === q.category).length;
        return n >= q.min && n <= q.max;
      });
    const expected = raw.round.panelRoster.alternates.find(
      (a) => a.state === "waiting" && keeps(sexOf(a.quotaAnswers)),
    )!;
    expect(expected).toBeDefined();

    const page = await browser.newPage();
    await signInAsOfficer(page, server, "officer@lambeth.example");
    await page.goto(`${server.baseUrl}/officer/rounds/${slug}`);
    await settle(page);
    await page.getByRole("link", { name: /^The panel after the draw/ }).click();
    await settle(page);
    await page.getByRole("heading", { name: "The panel after the draw", level: 1 }).waitFor();
    const history = page.getByTestId("selection-history");
    await expect.poll(() => history.locator(":scope > li").count()).toBe(1);
    await expect(history.innerText()).resolves.toContain("Draw");
    expect(await axe(page)).toEqual([]);

    // Confirm one member (asked first).
    const b = page.locator('li[data-pseudonym="Panel member B"]');
    await b.getByRole("button", { name: "Confirm Panel member B" }).click();
    await b.getByRole("button", { name: "Yes, confirm" }).click();
    await page.getByText("Panel member B has confirmed their seat.").waitFor();
    await b.locator(".badge", { hasText: "Confirmed" }).waitFor();

    // Withdraw Panel member A with a reason; an empty reason is refused beside the field.
    const a = page.locator('li[data-pseudonym="Panel member A"]');
    await a.getByRole("button", { name: "Withdraw Panel member A" }).click();
    const form = a.locator("form");
    await form.getByRole("button", { name: "Withdraw Panel member A" }).click();
    await form.locator(".error-summary").waitFor();
    await expect(form.locator(".error-summary").innerText()).resolves.toContain(
      "Give the reason the member is leaving.",
    );
    await form.getByLabel("Why are they leaving?").fill("Moved to Manchester for college.");
    await form.getByRole("button", { name: "Withdraw Panel member A" }).click();
    await page.getByText("Panel member A has left the panel.").waitFor();
    await a.locator(".badge", { hasText: "Withdrawn" }).waitFor();
    await expect(a.innerText()).resolves.toContain("Moved to Manchester for college.");

    // Fill the seat: the first alternate who keeps every quota.
    await a.getByRole("button", { name: "Fill the seat from the alternates Panel member A" }).click();
    await a.getByRole("button", { name: "Yes, fill the seat" }).click();
    const message = page.getByTestId("panel-message");
    await message.waitFor();
    const text = await message.innerText();
    expect(text).toContain(`(${expected.applicant.pseudonym}, alternate`);
    expect(text).toContain("takes the seat of Panel member A.");
    expect(text).toContain("Every quota is still met.");
    const newcomer = /^(Panel member [A-Z]+) \(/.exec(text)![1]!;
    await page.locator(`li[data-pseudonym="${newcomer}"]`).waitFor();
    await expect(page.locator(`li[data-pseudonym="${newcomer}"]`).innerText()).resolves.toContain(
      "Took the seat of Panel member A.",
    );
    await expect(a.innerText()).resolves.toContain(`Seat filled by ${newcomer}.`);

    // The history lists the draw and the replacement; the funnel counts the seats held.
    await expect.poll(() => history.locator(":scope > li").count()).toBe(2);
    await expect(history.locator(":scope > li").nth(1).innerText()).resolves.toContain("Replacement");
    await expect(history.locator(":scope > li").nth(1).innerText()).resolves.toContain(expected.applicant.pseudonym);
    const sexFunnel = page.getByTestId("funnel").filter({ has: page.getByRole("heading", { name: "Sex" }) });
    const people = sexFunnel.locator("tr.funnel__total td");
    // Columns: target, applied, selected, confirmed, attended, spoke, scored.
    await expect(people.nth(2).innerText()).resolves.toBe(String(raw.round.panelSize + 1));
    await expect(people.nth(3).innerText()).resolves.toBe("1");
    await expect(page.getByTestId("report-link").getAttribute("download")).resolves.toBe(
      `selection-report-${slug}.csv`,
    );
    const csv = decodeURIComponent(
      (await page.getByTestId("report-link").getAttribute("href"))!.replace(/^data:text\/csv;charset=utf-8,/, ""),
    );
    expect(csv.split("\r\n")[0]).toBe(
      "dimension,category,quota_min,quota_max,target_percent,target_scope,pool_count,pool_percent,selected_count,selected_percent",
    );
    // Invited: the officer records the letters sent; the funnel's first stage shows the response rate.
    const applied = Number(await people.nth(1).innerText());
    await page.getByLabel("How many invitation letters were sent").fill("abc");
    await page.getByRole("button", { name: "Save the number of invitations" }).click();
    await expect(
      page.getByText("Enter the number of letters sent as a whole number, for example 2000.").first().isVisible(),
    ).resolves.toBe(true);
    await page.getByLabel("How many invitation letters were sent").fill("2,000");
    await page.getByRole("button", { name: "Save the number of invitations" }).click();
    await page.getByText("Saved: 2000 invitations sent.").waitFor();
    const invited = page.getByTestId("invited");
    await invited.waitFor();
    const rate = `${((100 * applied) / 2000).toFixed(1).replace(/\.0$/, "")}%`;
    await expect(invited.innerText()).resolves.toContain(`Invited: 2000 letters sent; ${applied} applied`);
    await expect(invited.innerText()).resolves.toContain(rate);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "officer-panel");

    await page.setViewportSize({ width: 360, height: 780 });
    await settle(page);
    await noSidewaysScroll(page);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "officer-panel-360");
    await page.close();
    expect(browser.errors).toEqual([]);
  });
});
