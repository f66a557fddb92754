import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { randomBytes } from "node:crypto";
import { AttemptThrottle, THROTTLES } from "./throttle.js";

/** Runs with the Redis tests (vitest.processes.config.ts, when TEST_REDIS_URL is set). */
const SHAPES = { ...THROTTLES, loginAddress: { points: 3, duration: 60 } };

describe("guessing throttle in Redis (REDIS_URL): shared by replicas", () => {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error("needs TEST_REDIS_URL");
  const prefix = `coproduce-test-${randomBytes(4).toString("hex")}:`;
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    a = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    b = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await a.connect();
    await b.connect();
  });
  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`);
    if (keys.length) await a.del(...keys);
    await a.quit();
    await b.quit();
  });

  it("two servers draw on one allowance per address, under the shared key prefix", async () => {
    const one = AttemptThrottle.redis(a, prefix, SHAPES);
    const two = AttemptThrottle.redis(b, prefix, SHAPES);
    expect(one.kind).toBe("redis");
    expect((await one.enter([["loginAddress", "203.0.113.9"]])).ok).toBe(true);
    expect((await two.enter([["loginAddress", "203.0.113.9"]])).ok).toBe(true);
    expect((await one.enter([["loginAddress", "203.0.113.9"]])).ok).toBe(true);
    const refused = await two.enter([["loginAddress", "203.0.113.9"]]);
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await a.keys(`${prefix}throttle:loginAddress*`)).toHaveLength(1);
    // Clearing on one server (an unlock) frees it on the other.
    await one.clear("loginAddress", "203.0.113.9");
    expect((await two.enter([["loginAddress", "203.0.113.9"]])).ok).toBe(true);
  });
});
