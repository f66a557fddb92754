import { describe, expect, it } from "vitest";
import { dimensionRepresentativeness, panelRepresentativeness } from "./representativeness.js";

describe("dimensionRepresentativeness", () => {
  it("uses the dimension's own table total (Lambeth, sex, TS009)", () => {
    // Lambeth census 2021 TS009: Female 163,719, Male 153,938, table total 317,657.
    // Panel of 12: 8 women, 3 men, 1 no answer ⇒ shares over the 11 who answered.
    //   p_pop(F) = 163719/317657 ≈ 0.515393   p_panel(F) = 8/11 ≈ 0.727273   ratio ≈ 1.41111
    //   p_pop(M) = 153938/317657 ≈ 0.484607   p_panel(M) = 3/11 ≈ 0.272727   ratio ≈ 0.56278
    //   similarity = min(.515393, .727273) + min(.484607, .272727) = .515393 + .272727 ≈ 0.788120
    const r = dimensionRepresentativeness(
      { counts: { Female: 163_719, Male: 153_938 }, tableTotal: 317_657 },
      { counts: { Female: 8, Male: 3 }, noData: 1 },
    );
    expect(r.populationTotal).toBe(317_657);
    expect(r.panelAnswered).toBe(11);
    expect(r.noData).toBe(1);
    expect(r.panelSize).toBe(12);
    expect(r.similarity).toBeCloseTo(163_719 / 317_657 + 3 / 11, 12);
    expect(r.similarity).toBeCloseTo(0.78812, 5);
    const female = r.categories.find((c) => c.category === "Female");
    expect(female?.ratio).toBeCloseTo(8 / 11 / (163_719 / 317_657), 12);
    expect(female?.ratio).toBeCloseTo(1.41111, 4);
    expect(r.categories.find((c) => c.category === "Male")?.ratio).toBeCloseTo(0.56278, 4);
  });

  it("handles categories present on one side only", () => {
    // Baseline A 50, B 30, C 20 (total 100). Panel: A 2, D 2 (D is not a baseline category).
    //   p_panel: A .5, D .5; p_pop: A .5, B .3, C .2, D 0
    //   similarity = min(.5,.5) + min(.3,0) + min(.2,0) + min(0,.5) = 0.5
    //   ratios: A 1, B 0, C 0, D null (not in baseline)
    const r = dimensionRepresentativeness({ counts: { A: 50, B: 30, C: 20 } }, { counts: { A: 2, D: 2 } });
    expect(r.similarity).toBe(0.5);
    const by = Object.fromEntries(r.categories.map((c) => [c.category, c]));
    expect(by.A?.ratio).toBe(1);
    expect(by.B?.ratio).toBe(0);
    expect(by.B?.panelCount).toBe(0);
    expect(by.D?.ratio).toBeNull();
    expect(by.D?.inBaseline).toBe(false);
  });

  it("returns a null similarity when no panel member answered", () => {
    const r = dimensionRepresentativeness({ counts: { A: 1 } }, { counts: {}, noData: 5 });
    expect(r.similarity).toBeNull();
    expect(r.categories[0]?.panelShare).toBeNull();
    expect(r.noData).toBe(5);
  });

  it("rejects bad counts", () => {
    expect(() => dimensionRepresentativeness({ counts: { A: -1 } }, { counts: {} })).toThrow(RangeError);
    expect(() => dimensionRepresentativeness({ counts: {} }, { counts: { A: 1 } })).toThrow(/empty/);
  });
});

describe("panelRepresentativeness", () => {
  it("counts members per dimension and reports missing answers as no data", () => {
    // Members: (F, Disabled), (M, —), (F, Not disabled), (—, Not disabled)
    //   sex: F 2, M 1, no data 1; disability: D 1, ND 2, no data 1.
    //   Disability baseline 20/80: p_panel D = 1/3, ND = 2/3 ⇒ similarity = .2 + .6667 = 0.8667
    const r = panelRepresentativeness(
      {
        sex: { counts: { F: 50, M: 50 } },
        disability: { counts: { Disabled: 20, "Not disabled": 80 } },
      },
      [
        { sex: "F", disability: "Disabled" },
        { sex: "M" },
        { sex: "F", disability: "Not disabled" },
        { disability: "Not disabled" },
      ],
    );
    expect(r.sex?.noData).toBe(1);
    expect(r.sex?.categories.map((c) => c.panelCount)).toEqual([2, 1]);
    expect(r.disability?.similarity).toBeCloseTo(0.2 + 2 / 3, 12);
    expect(r.disability?.noData).toBe(1);
  });
});
