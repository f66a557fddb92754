import { describe, expect, it } from "vitest";
import { publicFunnel, publicFunnelDepth, type PublicFunnelPerson } from "./public-funnel.js";
import { suppressTable } from "./suppression.js";

const people = (n: number, sex: string | null, applied: boolean, level: number): PublicFunnelPerson[] =>
  Array.from({ length: n }, () => ({ applied, level, categories: { sex } }));

describe("publicFunnelDepth", () => {
  it("publishes every stage when every atom is 0 or at least 5", () => {
    const ps = [...people(5, "F", true, 0), ...people(6, "F", true, 5), ...people(10, "M", true, 3)];
    expect(publicFunnelDepth(ps, "sex")).toBe(5);
  });

  it("stops before the stage where a category's path has 1–4 people", () => {
    // 10 women on the panel: 7 confirmed, 3 not → the confirmed stage would show 7 of 10.
    const ps = [...people(5, "F", true, 0), ...people(3, "F", true, 1), ...people(7, "F", true, 2)];
    expect(publicFunnelDepth(ps, "sex")).toBe(1);
  });

  it("is 0 when the pool minus the panel is 1–4 in a category", () => {
    const ps = [...people(2, "F", true, 0), ...people(8, "F", true, 1), ...people(6, "M", true, 1)];
    expect(publicFunnelDepth(ps, "sex")).toBe(0);
  });
});

describe("publicFunnel", () => {
  it("shows exact cells through the depth, totals only after, shares against the target", () => {
    const ps = [
      ...people(5, "F", true, 0),
      ...people(10, "F", true, 3),
      ...people(5, "M", true, 2),
      ...people(5, "M", true, 3),
      ...people(2, "M", true, 4), // 2 men spoke: the spoke step is not clean
    ];
    const keys = { sex: ["F", "M", "no_data"] };
    const made = suppressTable([
      { key: "F", count: 10 },
      { key: "M", count: 12 },
      { key: "no_data", count: 0 },
    ]);
    const f = publicFunnel({
      people: ps,
      dimensions: ["sex"],
      keys,
      madeUp: { sex: made },
      baseline: { counts: { sex: { F: 60, M: 40 } }, scope: { sex: "area" }, ageRange: null },
      noDataKey: "no_data",
    });
    expect(f.stages.map((s) => s.display)).toEqual(["27", "22", "22", "17", "<5", "0"]);
    const d = f.dimensions[0]!;
    // Atoms at depth 3 (attended): F pool-only 5, F attended 10, M confirmed 5, M attended 7 → clean;
    // depth 4 splits M attended into 5 + 2 → not.
    expect(d.publishedThrough).toBe("attended");
    const F = d.categories.find((c) => c.category === "F")!;
    expect(F.stages.map((s) => s.display)).toEqual(["15", "10", "10", "10", "[c]", "[c]"]);
    expect(F.stages[3]!.share).toBeCloseTo(10 / 17, 12);
    expect(F.stages[3]!.ratio).toBeCloseTo(10 / 17 / 0.6, 12);
    expect(F.targetShare).toBeCloseTo(0.6, 12);
  });

  it("repeats the make-up's published cells on the panel stage when nothing is clean", () => {
    const ps = [...people(3, "F", true, 1), ...people(9, "M", true, 1), ...people(4, "M", true, 0)];
    const made = suppressTable([
      { key: "F", count: 3 },
      { key: "M", count: 9 },
      { key: "no_data", count: 0 },
    ]);
    const f = publicFunnel({
      people: ps,
      dimensions: ["sex"],
      keys: { sex: ["F", "M", "no_data"] },
      madeUp: { sex: made },
      baseline: null,
      noDataKey: "no_data",
    });
    const d = f.dimensions[0]!;
    expect(d.publishedThrough).toBeNull();
    expect(d.categories.map((c) => c.stages.map((s) => s.display))).toEqual([
      ["[c]", "<5", "[c]", "[c]", "[c]", "[c]"],
      ["[c]", "[c]", "[c]", "[c]", "[c]", "[c]"],
      ["[c]", "0", "[c]", "[c]", "[c]", "[c]"],
    ]);
  });
});
