import { describe, expect, it } from "vitest";
import { AttemptThrottle, THROTTLES, accountKey } from "./throttle.js";

const SHAPES = { ...THROTTLES, loginAddress: { points: 3, duration: 60 } };

describe("guessing throttle (in process)", () => {
  it("takes a point per attempt, gives it back on success, refuses past the allowance with the wait", async () => {
    const throttle = AttemptThrottle.memory(SHAPES);
    const ok = await throttle.enter([["loginAddress", "a"]]);
    expect(ok.ok).toBe(true);
    await ok.succeeded(); // a success costs nothing
    for (let i = 0; i < 3; i++) expect((await throttle.enter([["loginAddress", "a"]])).ok).toBe(true);
    const refused = await throttle.enter([["loginAddress", "a"]]);
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect((await throttle.enter([["loginAddress", "b"]])).ok).toBe(true);
  });

  it("is all or nothing over several keys: a refusal gives back the points it took", async () => {
    const throttle = AttemptThrottle.memory({ ...SHAPES, loginAccount: { points: 1, duration: 60 } });
    expect((await throttle.enter([["loginAccount", "x"]])).ok).toBe(true);
    const both = await throttle.enter([
      ["loginAddress", "c"],
      ["loginAccount", "x"],
    ]);
    expect(both.ok).toBe(false);
    // The address's point was given back: three attempts are still left for it.
    for (let i = 0; i < 3; i++) expect((await throttle.enter([["loginAddress", "c"]])).ok).toBe(true);
    expect((await throttle.enter([["loginAddress", "c"]])).ok).toBe(false);
  });

  it("keys accounts by a hash of the normalised email (no email in the store)", () => {
    expect(accountKey(" Officer@Lambeth.example ")).toBe(accountKey("officer@lambeth.example"));
    expect(accountKey("officer@lambeth.example")).toMatch(/^[0-9a-f]{64}$/);
  });
});
