import { describe, expect, it } from "vitest";
import { hashing, hashPassword, MAX_CONCURRENT_HASHES, Semaphore, verifyPassword } from "./password.js";

describe("password hashing stays off the event loop and bounded", () => {
  it("verifies asynchronously: the event loop turns (setImmediate runs) before a hash is done", async () => {
    const stored = await hashPassword("correct horse battery");
    const order: string[] = [];
    const verified = verifyPassword("correct horse battery", stored).then((ok) => order.push(`verified:${ok}`));
    await new Promise<void>((resolve) => setImmediate(() => (order.push("immediate"), resolve())));
    await verified;
    // A synchronous scrypt would finish before the loop could run the immediate callback.
    expect(order).toEqual(["immediate", "verified:true"]);
    expect(await verifyPassword("wrong horse battery", stored)).toBe(false);
  });

  it(`runs at most ${MAX_CONCURRENT_HASHES} hashes at once; a storm of 8 waits in a queue`, async () => {
    const before = hashing.stats();
    expect(before.running).toBe(0);
    const storm = Array.from({ length: 8 }, (_, i) => hashPassword(`password number ${i}`));
    const during = hashing.stats();
    expect(during.running).toBe(MAX_CONCURRENT_HASHES);
    expect(during.waiting).toBe(8 - MAX_CONCURRENT_HASHES);
    const hashes = await Promise.all(storm);
    expect(new Set(hashes).size).toBe(8);
    expect(hashing.stats()).toMatchObject({ running: 0, waiting: 0 });
    expect(hashing.stats().peak).toBe(MAX_CONCURRENT_HASHES);
  });

  it("the semaphore lets waiting tasks in, in order, as running ones finish (and after a failure)", async () => {
    const gate = new Semaphore(1);
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const task = (n: number, fail = false) =>
      gate.run(
        () =>
          new Promise<number>((resolve, reject) => {
            started.push(n);
            releases.push(() => (fail ? reject(new Error(`task ${n}`)) : resolve(n)));
          }),
      );
    const a = task(1, true);
    const b = task(2);
    const c = task(3);
    await Promise.resolve();
    expect(started).toEqual([1]);
    releases.shift()!();
    await expect(a).rejects.toThrow("task 1");
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([1, 2]);
    releases.shift()!();
    expect(await b).toBe(2);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([1, 2, 3]);
    releases.shift()!();
    expect(await c).toBe(3);
    expect(gate.stats()).toEqual({ running: 0, waiting: 0, peak: 1 });
  });
});
