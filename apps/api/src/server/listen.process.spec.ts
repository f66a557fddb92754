import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, runBuilt, scratchDatabase, startServer } from "../test/processes.js";

/** A server that cannot have its port says so and fails, instead of claiming to listen. */
describe(`the built server on a busy port (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let squatter: Server;
  let port: number;
  beforeAll(async () => {
    db = await scratchDatabase();
    port = await freePort();
    squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => squatter.close(resolve));
    await db.drop();
  });

  it("exits with code 1 and a clear message, never printing that it listens", async () => {
    const server = runBuilt("main.js", [], {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: db.url,
      COPRODUCE_SEED: "none",
    });
    const code = await server.exited;
    expect(code).toBe(1);
    expect(server.stderr()).toContain(`cannot start: port ${port} is already in use`);
    expect(server.stdout()).not.toMatch(/listening/);
  });

  it("starts normally once the port is free, and a second one on the same port fails the same way", async () => {
    const other = await freePort();
    const first = await startServer(other, { DATABASE_URL: db.url, COPRODUCE_SEED: "none" });
    try {
      expect(first.stdout()).toMatch(new RegExp(`listening on http://localhost:${other}`));
      const second = runBuilt("main.js", [], {
        PORT: String(other),
        HOST: "127.0.0.1",
        DATABASE_URL: db.url,
        COPRODUCE_SEED: "none",
      });
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toMatch(/already in use/);
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });
});
