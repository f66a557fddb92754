import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { createApp, type App } from "./app.js";

/** The HTTP surface: health, GraphQL over POST, CSRF protection, the local console. */
describe("HTTP server", () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await createApp(db.dataSource, { webDist: "/nonexistent" });
    server = app.app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.apollo.stop();
    await db.close();
  });

  it("reports health with the database kind", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: db.kind });
  });

  it("answers GraphQL over POST with the cost in extensions", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ councils(first: 1) { totalCount } }" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { councils: { totalCount: number } }; extensions: { cost: number } };
    expect(body.data.councils.totalCount).toBe(0);
    expect(body.extensions.cost).toBeGreaterThan(0);
  });

  it("compresses a large answer for a client that accepts gzip, and leaves it plain for one that does not", async () => {
    const query = JSON.stringify({ query: "{ __schema { types { name description } } }" });
    const ask = (encoding: string) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": encoding },
        body: query,
      });
    const gzipped = await ask("gzip");
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const plain = await ask("identity");
    expect(plain.headers.get("content-encoding")).toBeNull();
    // the same answer either way (fetch decodes the gzip), and it is large enough to be worth compressing
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(10_000);
    expect(await gzipped.text()).toBe(text);
  });

  it("refuses a simple cross-site GET query (CSRF prevention)", async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent("{ councils(first: 1) { totalCount } }")}`);
    expect(res.status).toBe(400);
  });

  it("serves the plain GraphQL console to browsers before the dashboard is built", async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Coproduce GraphQL console/);
  });

  it("serves the dashboard's built GraphiQL page to browsers once it is built", async () => {
    const dist = mkdtempSync(join(tmpdir(), "coproduce-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>dashboard</title>");
    writeFileSync(join(dist, "graphiql.html"), "<!doctype html><title>built console</title>");
    const built = await createApp(db.dataSource, { webDist: dist });
    const builtServer = built.app.listen(0);
    const url = `http://127.0.0.1:${(builtServer.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${url}/graphql`, { headers: { accept: "text/html" } });
      expect(await page.text()).toContain("built console");
      // A client asking for JSON still reaches GraphQL, not the page.
      const api = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{ councils(first: 1) { totalCount } }" }),
      });
      expect(((await api.json()) as { data: { councils: { totalCount: number } } }).data.councils.totalCount).toBe(0);
    } finally {
      await new Promise((resolve) => builtServer.close(resolve));
      await built.apollo.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("serves the map boundaries with a day's caching and an ETag, other files with the hour", async () => {
    const dist = mkdtempSync(join(tmpdir(), "coproduce-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>dashboard</title>");
    mkdirSync(join(dist, "geo/wards"), { recursive: true });
    writeFileSync(join(dist, "geo/boroughs.json"), '{"type":"FeatureCollection","features":[]}');
    writeFileSync(join(dist, "geo/wards/E09000022.json"), '{"type":"FeatureCollection","features":[]}');
    const built = await createApp(db.dataSource, { webDist: dist });
    const builtServer = built.app.listen(0);
    const url = `http://127.0.0.1:${(builtServer.address() as AddressInfo).port}`;
    try {
      for (const path of ["/geo/boroughs.json", "/geo/wards/E09000022.json"]) {
        const res = await fetch(`${url}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        expect(res.headers.get("cache-control")).toBe("public, max-age=86400, stale-while-revalidate=604800");
        // revalidation by ETag (fetch itself adds no-cache to a conditional request, so only its presence is checked)
        expect(res.headers.get("etag")).toMatch(/^W\/"/);
      }
      writeFileSync(join(dist, "robots.txt"), "User-agent: *");
      expect((await fetch(`${url}/robots.txt`)).headers.get("cache-control")).toBe("public, max-age=3600");
      // a missing boundary file is the dashboard's 404, not an empty 200
      const shell = await fetch(`${url}/geo/wards/E09000001.json`);
      expect(shell.status).toBe(404);
    } finally {
      await new Promise((resolve) => builtServer.close(resolve));
      await built.apollo.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("maps an over-limit query to HTTP 400 with a coded error", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ councils(first: 101) { totalCount } }" }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
  });
});
