import { describe, expect, it } from "vitest";
import {
  ageBandRange,
  invitationResponse,
  representationFunnel,
  selectionReport,
  targetAgeRange,
  targetGroupBaseline,
} from "./representation-funnel.js";

describe("targetAgeRange", () => {
  it.each([
    ["young people aged 11–19", { from: 11, to: 19 }],
    ["young offenders aged 16-21", { from: 16, to: 21 }],
    ["isolated residents over 65", { from: 65, to: null }],
    ["adults 18+", { from: 18, to: null }],
    ["children under 16", { from: 0, to: 15 }],
    ["private renters facing eviction", null],
    [null, null],
  ])("%s", (text, expected) => {
    expect(targetAgeRange(text)).toEqual(expected);
  });
  it("reads census bands", () => {
    expect(ageBandRange("15-19")).toEqual({ from: 15, to: 19 });
    expect(ageBandRange("85+")).toEqual({ from: 85, to: null });
    expect(ageBandRange("Female")).toBeNull();
  });
});

const census = {
  age_band: { "10-14": 100, "15-19": 300, "20-24": 600, "25-29": 1000 },
  sex: { Female: 1040, Male: 960 },
};

describe("targetGroupBaseline", () => {
  it("keeps the age bands overlapping the target's range; other dimensions stay area-wide", () => {
    const t = targetGroupBaseline(census, "young people aged 16–21");
    expect(t.counts.age_band).toEqual({ "15-19": 300, "20-24": 600 });
    expect(t.scope).toEqual({ age_band: "target_group", sex: "area" });
  });
  it("uses the whole area when the target names no age", () => {
    const t = targetGroupBaseline(census, "private renters");
    expect(t.counts.age_band).toEqual(census.age_band);
    expect(t.scope.age_band).toBe("area");
  });
});

describe("representationFunnel", () => {
  it("counts each stage per category against the target share (computed by hand)", () => {
    const applied = [
      { age_band: "15-19", sex: "Female" },
      { age_band: "15-19", sex: "Male" },
      { age_band: "20-24", sex: "Female" },
      { age_band: "20-24", sex: null },
    ];
    const selected = applied.slice(0, 2);
    const f = representationFunnel({
      stages: [
        { stage: "applied", people: applied },
        { stage: "selected", people: selected },
        { stage: "confirmed", people: [] },
      ],
      dimensions: ["age_band", "sex"],
      baseline: targetGroupBaseline(census, "aged 16–21"),
    });
    expect(f.stages).toEqual([
      { stage: "applied", total: 4 },
      { stage: "selected", total: 2 },
      { stage: "confirmed", total: 0 },
    ]);
    const age = f.dimensions[0]!;
    expect(age.scope).toBe("target_group");
    // Target: 300 / 900 and 600 / 900.
    expect(age.categories.map((c) => [c.category, c.targetShare])).toEqual([
      ["15-19", 1 / 3],
      ["20-24", 2 / 3],
    ]);
    const young = age.categories[0]!.stages;
    expect(young[0]).toEqual({ stage: "applied", count: 2, share: 0.5, ratio: 1.5 });
    expect(young[1]).toEqual({ stage: "selected", count: 2, share: 1, ratio: 3 });
    expect(young[2]).toEqual({ stage: "confirmed", count: 0, share: null, ratio: null });
    const sex = f.dimensions[1]!;
    expect(sex.scope).toBe("area");
    // Applied: 2 F of 3 who answered; target 1040 / 2000 = 0.52.
    expect(sex.categories[0]!.stages[0]!.share).toBeCloseTo(2 / 3, 12);
    expect(sex.categories[0]!.stages[0]!.ratio).toBeCloseTo(2 / 3 / 0.52, 12);
    expect(sex.noData.map((c) => c.count)).toEqual([1, 0, 0]);
  });

  it("lists answers outside the census after the census categories, without a target share", () => {
    const f = representationFunnel({
      stages: [{ stage: "applied", people: [{ sex: "Non-binary" }] }],
      dimensions: ["sex"],
      baseline: targetGroupBaseline(census, null),
    });
    expect(f.dimensions[0]!.categories.map((c) => [c.category, c.targetShare])).toEqual([
      ["Female", 0.52],
      ["Male", 0.48],
      ["Non-binary", null],
    ]);
  });
});

describe("selectionReport", () => {
  it("gives target %, pool % and selected % per quota category (computed by hand)", () => {
    const pool = [
      { sex: "Female" },
      { sex: "Female" },
      { sex: "Female" },
      { sex: "Male" },
      { sex: "Male" },
      { sex: null },
    ];
    const rows = selectionReport({
      quotas: { sex: { Female: { min: 1, max: 2 }, Male: { min: 1, max: 2 } } },
      pool,
      selected: [pool[0]!, pool[3]!, pool[4]!],
      baseline: targetGroupBaseline(census, null),
    });
    expect(rows).toEqual([
      {
        dimension: "sex",
        category: "Female",
        quotaMin: 1,
        quotaMax: 2,
        targetPercent: 52,
        poolCount: 3,
        poolPercent: 50,
        selectedCount: 1,
        selectedPercent: 33.3,
      },
      {
        dimension: "sex",
        category: "Male",
        quotaMin: 1,
        quotaMax: 2,
        targetPercent: 48,
        poolCount: 2,
        poolPercent: 33.3,
        selectedCount: 2,
        selectedPercent: 66.7,
      },
      {
        dimension: "sex",
        category: "(no data)",
        quotaMin: null,
        quotaMax: null,
        targetPercent: null,
        poolCount: 1,
        poolPercent: 16.7,
        selectedCount: 0,
        selectedPercent: 0,
      },
    ]);
  });
});

describe("invitationResponse", () => {
  it("gives the response rate applied ÷ invited (by hand: 36 of 1 200 letters = 3 %)", () => {
    expect(invitationResponse(1200, 36)).toEqual({ invited: 1200, applied: 36, responseRate: 0.03 });
  });
  it("is null when no count was recorded, and has no rate for 0 letters", () => {
    expect(invitationResponse(null, 5)).toBeNull();
    expect(invitationResponse(0, 5)).toEqual({ invited: 0, applied: 5, responseRate: null });
  });
  it("refuses a negative or fractional count", () => {
    expect(() => invitationResponse(-1, 0)).toThrow(RangeError);
    expect(() => invitationResponse(2.5, 0)).toThrow(RangeError);
  });
});
