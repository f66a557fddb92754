import { LotteryInputError, SeededRandom } from "@coproduce/domain";
import { describe, expect, it } from "vitest";
import { checkQuotaFeasibilityOffThread, selectPanelOffThread } from "./lottery-thread.js";

// A pool whose solve takes a while: 4 quota dimensions, 300 applicants, 30 seats.
function pool() {
  const rng = new SeededRandom("thread-pool");
  const dims = { a: ["a1", "a2", "a3"], b: ["b1", "b2"], c: ["c1", "c2", "c3", "c4"], d: ["d1", "d2", "d3"] };
  const applicants = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    categories: Object.fromEntries(Object.entries(dims).map(([k, v]) => [k, v[rng.nextInt(v.length)]!])),
  }));
  const quotas = Object.fromEntries(
    Object.entries(dims).map(([k, v]) => [
      k,
      Object.fromEntries(v.map((c) => [c, { min: Math.floor(30 / v.length) - 2, max: Math.ceil(30 / v.length) + 2 }])),
    ]),
  );
  return { applicants, quotas, panelSize: 30, seed: "s" };
}

describe("the lottery off the event loop", () => {
  it("keeps the event loop turning while the solver works, and returns the domain's result", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = Date.now();
    const result = await selectPanelOffThread(pool());
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(result.quotasMet).toBe(true);
    expect(result.panel).toHaveLength(30);
    // A blocked loop would tick at most once after the solve; a free one ticks throughout.
    expect(ticks).toBeGreaterThan(Math.min(10, elapsed / 50));
  });

  it("passes coded input errors back as LotteryInputError", async () => {
    const input = pool();
    const bad = { ...input, applicants: [...input.applicants, { ...input.applicants[0]! }] };
    const error = await selectPanelOffThread(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LotteryInputError);
    expect((error as LotteryInputError).code).toBe("DUPLICATE_ID");
  });

  it("checks quota feasibility on the worker, with the nearest quotas and HiGHS's version", async () => {
    const { applicants, quotas, panelSize } = pool();
    const ok = await checkQuotaFeasibilityOffThread({ applicants, quotas, panelSize });
    expect(ok.feasible).toBe(true);
    expect(ok.highsVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const tooMany = { ...quotas, b: { b1: { min: 29, max: 30 }, b2: { min: 29, max: 30 } } };
    const no = await checkQuotaFeasibilityOffThread({ applicants, quotas: tooMany, panelSize });
    expect(no.feasible).toBe(false);
    expect(no.infeasible?.code).toBe("MINIMUMS_EXCEED_PANEL");
    expect(no.infeasible?.conflicts.length).toBeGreaterThan(0);
  });
});
