import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  axe,
  freshServer,
  launchBrowser,
  removeSeededDatabase,
  screenshot,
  type RunningBrowser,
  type RunningServer,
} from "./harness";

// The analyst's console at /graphql: GraphiQL from the app's own bundle, in real headless Chromium
// against the real built server. The machine's network is closed, so the page working at all shows it
// loads nothing from a CDN; the test also fails on any request that leaves the server.

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  server = await freshServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSeededDatabase();
});

async function officerToken(): Promise<string> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token } }`,
      variables: { input: { email: "officer@lambeth.example", password: "coproduce-demo" } },
    }),
  });
  const body = (await res.json()) as { data: { officerLogin: { token: string | null } } };
  expect(body.data.officerLogin.token).toBeTruthy();
  return body.data.officerLogin.token!;
}

/** Runs the console's query (the execute button) and returns the response editor's text once it has one. */
async function run(page: Page, expectInEditor: string): Promise<string> {
  // Wait until the editor shows the query (the editor and schema are ready), then run it.
  await expect
    .poll(() => page.locator(".graphiql-query-editor").innerText(), { timeout: 30_000 })
    .toContain(expectInEditor);
  await page.locator(".graphiql-execute-button").click();
  const response = page.locator(".graphiql-response");
  // The editor draws spaces as no-break spaces.
  const text = async () => (await response.innerText()).replace(/\u00a0/g, " ");
  await expect.poll(async () => (await text()).includes('"data"'), { timeout: 20_000 }).toBe(true);
  return text();
}

function watchOutside(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(server.baseUrl) && !r.url().startsWith("blob:") && !r.url().startsWith("data:"))
      outside.push(r.url());
  });
  return outside;
}

describe("the GraphQL console (GraphiQL from the app's own bundle)", () => {
  it("opens on a browser's GET /graphql with docs, history and headers, and runs the first query", async () => {
    const page = await browser.newPage();
    const outside = watchOutside(page);
    await page.goto(`${server.baseUrl}/graphql`);
    await page.locator(".graphiql-execute-button").waitFor({ state: "visible", timeout: 30_000 });
    expect(await page.title()).toBe("GraphQL console — Coproduce");
    // The documentation explorer and the history are there (sidebar buttons), and so is the headers tab.
    await expect.poll(() => page.locator('button[aria-label="Show Documentation Explorer"]').count()).toBe(1);
    await expect.poll(() => page.locator('button[aria-label="Show History"]').count()).toBe(1);
    await expect.poll(() => page.getByRole("button", { name: "Headers", exact: true }).count()).toBe(1);
    const text = await run(page, "councils");
    expect(text).toContain('"slug": "lambeth"');
    await screenshot(page, "graphiql");
    // The history lists the query just run.
    await page.locator('button[aria-label="Show History"]').click();
    await expect.poll(() => page.locator(".graphiql-history-item").count()).toBeGreaterThan(0);
    // The schema documentation opens from the introspected schema.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText()).toContain("Query");
    expect(outside).toEqual([]);
    const serious = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    // GraphiQL is a third-party editor: report what axe finds rather than hide it; none may be critical.
    expect(serious.filter((v) => v.impact === "critical")).toEqual([]);
    await page.close();
  });

  it("sends an Authorization header from the Headers editor: the officer's own identity comes back", async () => {
    const token = await officerToken();
    const page = await browser.newPage();
    const query = `{ viewer { role displayName council { slug } } }`;
    const headers = JSON.stringify({ Authorization: `Bearer ${token}` });
    await page.goto(`${server.baseUrl}/graphql#q=${encodeURIComponent(query)}&headers=${encodeURIComponent(headers)}`);
    await page.locator(".graphiql-execute-button").waitFor({ state: "visible", timeout: 30_000 });
    const text = await run(page, "viewer");
    expect(text).toContain('"slug": "lambeth"');
    expect(text).toContain('"role": "OFFICER"');
    // Without the header the same query is anonymous: the header, not the page, made the difference.
    const anonymous = await browser.newPage();
    await anonymous.goto(`${server.baseUrl}/graphql#q=${encodeURIComponent(query)}`);
    await anonymous.locator(".graphiql-execute-button").waitFor({ state: "visible", timeout: 30_000 });
    const anonymousText = await run(anonymous, "viewer");
    expect(anonymousText).not.toContain('"slug": "lambeth"');
    // The token stays in the tab: GraphiQL does not persist headers in the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(stored).not.toContain(token);
    await page.close();
    await anonymous.close();
  });
});
