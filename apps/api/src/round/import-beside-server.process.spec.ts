import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_DIR, freePort, graphql, runBuilt, scratchDatabase, startServer, type Running } from "../test/processes.js";

// Gdańsk 2020: 30,237 ballots, several seconds of writes (its header says how many).
const FILE = join(API_DIR, "..", "..", "..", "shared", "data", "pabulib", "poland_gdansk_2020_.pb");
const VOTES = Number(/^num_votes;(\d+)/m.exec(readFileSync(FILE, "utf8"))![1]);

const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token userErrors { code } } }`;
const CREATE = `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { slug } userErrors { code } } }`;

/**
 * The CLI imports a large election into the database a running server uses: the server's writes
 * (an officer creating rounds) keep succeeding throughout — on SQLite they used to wait for, then
 * fail with "database is locked", as long as the import's single transaction lasted.
 */
describe(`a server writing while the CLI imports (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let server: Running & { url: string };
  beforeAll(async () => {
    db = await scratchDatabase();
    server = await startServer(await freePort(), { DATABASE_URL: db.url, RATE_LIMIT_COST_PER_MINUTE: "0" });
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  it("answers every write during the import, and the import completes", async () => {
    expect(VOTES).toBe(30237);
    const login = await graphql<{ officerLogin: { token: string } }>(server.url, LOGIN, {
      input: { email: "officer@lambeth.example", password: "coproduce-demo" },
    });
    const token = login.body.data!.officerLogin.token;
    const cli = runBuilt("cli/main.js", ["import-pb", FILE, "--council", "lambeth", "--slug", "gdansk-2020"], {
      DATABASE_URL: db.url,
    });
    let done = false;
    void cli.exited.then(() => (done = true));
    // Wait for the first committed batch of ballots: the import is under way.
    while (!done && !/\d+\/30237 ballots/.test(cli.stderr())) await new Promise((r) => setTimeout(r, 20));
    const results: { during: boolean; written: boolean; errors: unknown }[] = [];
    while (!done) {
      const during = !done; // the import is still running as this write is sent
      const res = await graphql<{ roundCreate: { round: { slug: string } | null } }>(
        server.url,
        CREATE,
        {
          input: {
            title: `Written during the import ${results.length + 1}`,
            theme: "youth",
            potMinor: 100_000,
            currency: "GBP",
            year: 2026,
          },
        },
        { authorization: `Bearer ${token}` },
      );
      results.push({ during, written: Boolean(res.body.data?.roundCreate.round), errors: res.body.errors });
    }
    expect(await cli.exited, cli.stderr().slice(-2000)).toBe(0);
    expect(cli.stdout()).toContain(`imported 28 projects and ${VOTES} ballots as round "gdansk-2020"`);
    const during = results.filter((r) => r.during);
    // Writes were sent while the import held its batch transactions (how many depends on the machine's
    // speed, so no number is asserted), and none failed: on SQLite they used to fail with "database is locked".
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => !r.written || r.errors)).toEqual([]);
    // The imported round is whole.
    const round = await graphql<{ round: { ballotCount: number } | null }>(
      server.url,
      `
        {
          round(slug: "gdansk-2020") {
            slug
          }
        }
      `,
    );
    expect(round.body.errors).toBeUndefined();
    expect(round.body.data?.round).not.toBeNull();

    // The server's log: one JSON line per request with its id, and no personal data.
    const log = server.stdout();
    const lines = log
      .trim()
      .split("\n")
      .map(
        (l) => JSON.parse(l) as { msg: string; reqId?: string; route?: string; graphql?: { operationType?: string } },
      );
    const graphqlLines = lines.filter((l) => l.msg === "request" && l.route === "/graphql");
    expect(graphqlLines.length).toBeGreaterThanOrEqual(results.length + 1);
    for (const l of graphqlLines) expect(l.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(graphqlLines.filter((l) => l.graphql?.operationType === "mutation").length).toBe(results.length + 1);
    expect(log).not.toContain("officer@lambeth.example");
    expect(log).not.toContain("coproduce-demo");
    expect(log).not.toContain("127.0.0.1");
    expect(log).not.toContain(token);
  });
});
