import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "./app.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Award } from "../award/award.entity.js";
import { toGlobalId } from "../graphql/node-id.js";

/** The dashboard's addresses as a crawler or `curl` sees them: status, title, description, essentials. */
describe(`the dashboard's HTML (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  let web: string;
  let providerId: string;
  const SHELL = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta name="description" content="Coproduce: where public money went, who decided, and whether it worked." />
    <title>Coproduce — where the money went</title>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

  beforeAll(async () => {
    db = await openTestDatabase();
    const m = db.dataSource.manager;
    const council = await m.save(m.create(Council, { slug: "lambeth", name: "Lambeth" }));
    const round = await m.save(
      m.create(Round, {
        slug: "lambeth-2023-young-offenders-service",
        title: "A service for young offenders, chosen by young people",
        councilKey: council.key,
        kind: "commissioning",
        phase: "monitoring",
        theme: "youth",
        potMinor: 320_000_00,
        currency: "GBP",
        decisionMethod: "panel_scoring",
        year: 2023,
      }),
    );
    const provider = await m.save(m.create(Provider, { slug: "slmt", name: "Mentors <& Co>", kind: "charity" }));
    providerId = toGlobalId("Provider", provider.key);
    for (const valueMinor of [200_000_00, 104_000_00])
      await m.save(
        m.create(Award, {
          roundKey: round.key,
          providerKey: provider.key,
          title: "Service",
          kind: "grant",
          valueMinor,
          currency: "GBP",
          awardedOn: "2023-09-01",
        }),
      );
    web = mkdtempSync(join(tmpdir(), "coproduce-web-"));
    writeFileSync(join(web, "index.html"), SHELL);
    app = await createApp(db.dataSource, { webDist: web });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await db.close();
    rmSync(web, { recursive: true, force: true });
  });

  it("writes a round's title, council, pot and amount awarded into the HTML, with its Open Graph tags", async () => {
    const res = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(
      "<title>A service for young offenders, chosen by young people — Lambeth — Coproduce</title>",
    );
    expect(html).toContain(
      '<meta property="og:title" content="A service for young offenders, chosen by young people — Lambeth — Coproduce" />',
    );
    // the pot and the awards (200,000 + 104,000), as a reader reads them
    expect(html).toContain("<p>Pot: £320,000</p>");
    expect(html).toContain("<p>Awarded: £304,000</p>");
    expect(html).toContain('<meta name="description" content="Lambeth, 2023: a pot of £320,000, £304,000 awarded');
    expect(html).toContain("<h1>A service for young offenders, chosen by young people</h1>");
  });

  it("writes each page's main table into the HTML: a round's awards, a council's rounds, a provider's awards, Home's councils", async () => {
    const round = await (await fetch(`${base}/rounds/lambeth-2023-young-offenders-service`)).text();
    // largest award first, the provider's name escaped
    expect(round).toContain(
      '<thead><tr><th scope="col">Awarded to</th><th scope="col">Amount</th></tr></thead>' +
        '<tbody><tr><th scope="row">Mentors &lt;&amp; Co&gt;</th><td>£200,000</td></tr>' +
        '<tr><th scope="row">Mentors &lt;&amp; Co&gt;</th><td>£104,000</td></tr></tbody>',
    );
    const council = await (await fetch(`${base}/councils/lambeth`)).text();
    expect(council).toContain(
      '<tr><th scope="row">2023</th><td>A service for young offenders, chosen by young people</td><td>Monitoring</td><td>£320,000</td></tr>',
    );
    const provider = await (await fetch(`${base}/providers/${providerId}`)).text();
    expect(provider).toContain("<caption>Awards to Mentors &lt;&amp; Co&gt;, newest first</caption>");
    expect(provider.match(/<td>Lambeth<\/td><td>£(200|104),000<\/td>/g)).toHaveLength(2);
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain("<p>Awarded through Coproduce: £304,000</p>");
    expect(home).toContain('<tr><th scope="row">Lambeth</th><td>1</td></tr>');
    const rounds = await (await fetch(`${base}/rounds`)).text();
    expect(rounds).toContain(
      '<tr><th scope="row">A service for young offenders, chosen by young people</th><td>Lambeth</td><td>2023</td><td>£320,000</td></tr>',
    );
  });

  it("answers 404 for an unknown route and for unknown slugs and ids, with the not-found page", async () => {
    for (const path of [
      "/no-such-page",
      "/rounds/no-such-round",
      "/councils/atlantis",
      "/providers/not-an-id",
      `/providers/${toGlobalId("Provider", 999)}`,
      `/providers/${toGlobalId("Round", 1)}`,
      "/rounds/lambeth-2023-young-offenders-service/extra",
      "/rounds/no-such-round/apply",
      "/rounds/no-such-round/vote",
      "/rounds/no-such-round/propose",
      "/rounds/no-such-round/proposals/status",
      "/rounds/no-such-round/application",
      "/rounds/lambeth-2023-young-offenders-service/proposals",
      "/rounds/no-such-round/receipt",
      "/officer/rounds/lambeth-2023-young-offenders-service/voting/extra",
      "/officer/somewhere",
      "/officer/rounds/no-such-round",
      "/officer/rounds/no-such-round/applicants",
      "/officer/audit/extra",
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain("<title>Page not found — Coproduce</title>");
      expect(html, path).toContain('<div id="app">'); // the dashboard still loads and shows its not-found page
    }
  });

  it("answers 200 for the known pages, escaping what the data holds", async () => {
    for (const path of [
      "/",
      "/rounds",
      "/search",
      "/councils/lambeth",
      "/outcomes",
      "/compare",
      "/rounds/",
      "/panel",
      "/accessibility",
      "/officer",
      "/officer/account",
      "/officer/rounds/new",
      "/officer/rounds/lambeth-2023-young-offenders-service",
      "/officer/rounds/lambeth-2023-young-offenders-service/applicants",
      "/officer/rounds/lambeth-2023-young-offenders-service/proposals",
      "/officer/rounds/lambeth-2023-young-offenders-service/voting",
      "/officer/rounds/lambeth-2023-young-offenders-service/panel",
      "/officer/rounds/lambeth-2023-young-offenders-service/sessions",
      "/officer/rounds/lambeth-2023-young-offenders-service/edit",
      "/officer/audit",
    ])
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    // The application form and the booth of a round that exists: the round's meta under the form's name.
    const apply = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/apply`);
    expect(apply.status).toBe(200);
    expect(await apply.text()).toContain(
      "<title>Apply to the panel — A service for young offenders, chosen by young people — Lambeth — Coproduce</title>",
    );
    expect((await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/vote`)).status).toBe(200);
    const statement = await (await fetch(`${base}/accessibility`)).text();
    expect(statement).toContain("<title>Accessibility statement — Coproduce</title>");
    expect(statement).toContain("<h1>Accessibility statement for Coproduce</h1>");
    const propose = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/propose`);
    expect(propose.status).toBe(200);
    expect(await propose.text()).toContain(
      "<title>Suggest a project — A service for young offenders, chosen by young people — Lambeth — Coproduce</title>",
    );
    const status = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/proposals/status`);
    expect(status.status).toBe(200);
    expect(await status.text()).toContain("<title>Check on your idea — A service for young offenders");
    const application = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/application`);
    expect(application.status).toBe(200);
    expect(await application.text()).toContain(
      "<title>Check your application — A service for young offenders, chosen by young people — Lambeth — Coproduce</title>",
    );
    const receipt = await fetch(`${base}/rounds/lambeth-2023-young-offenders-service/receipt`);
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain(
      "<title>Check your receipt — A service for young offenders, chosen by young people — Lambeth — Coproduce</title>",
    );
    const html = await (await fetch(`${base}/providers/${providerId}`)).text();
    expect(html).toContain("<title>Mentors &lt;&amp; Co&gt; — Coproduce</title>");
    expect(html).not.toContain("<& Co>");
  });
});
