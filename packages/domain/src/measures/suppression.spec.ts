import { describe, expect, it } from "vitest";
import { suppressCount, suppressedPercentage, suppressGroup } from "./suppression.js";

const displays = (g: ReturnType<typeof suppressGroup>): string[] => g.cells.map((c) => c.display);

describe("suppressCount", () => {
  it("shows 0 and counts of 5 or more, hides 1–4 as <5", () => {
    expect(suppressCount(0)).toEqual({ value: 0, suppressed: false, display: "0", reason: "shown" });
    expect(suppressCount(1)).toEqual({ value: null, suppressed: true, display: "<5", reason: "small_count" });
    expect(suppressCount(4).display).toBe("<5");
    expect(suppressCount(5)).toEqual({ value: 5, suppressed: false, display: "5", reason: "shown" });
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });
});

describe("suppressGroup", () => {
  it("suppresses a second cell when a single small cell could be recovered from the total", () => {
    // Panel of 12 by sex: Female 10, Male 2. Male (2) → "<5". With the total 12 shown,
    // 12 − 10 = 2 would reveal it, so the next smallest non-zero cell (Female, 10) is suppressed
    // as "[c]". Now Male + Female = 12 with Female ≥ 5 ⇒ Male ∈ 1..4: protected. Total stays.
    const g = suppressGroup([
      { key: "Female", count: 10 },
      { key: "Male", count: 2 },
    ]);
    expect(displays(g)).toEqual(["[c]", "<5"]);
    expect(g.cells[0]?.reason).toBe("complementary");
    expect(g.cells[0]?.value).toBeNull();
    expect(g.total).toEqual({ value: 12, suppressed: false, display: "12", reason: "shown" });
  });

  it("picks the smallest non-zero cell as the complement and leaves zeros shown", () => {
    // A 3, B 0, C 20, D 7 (total 30). A → "<5" alone is recoverable (30 − 0 − 20 − 7 = 3).
    // Smallest non-zero shown cell is D (7) → "[c]". A + D = 10, D ≥ 5 ⇒ A ∈ 1..4.
    const g = suppressGroup([
      { key: "A", count: 3 },
      { key: "B", count: 0 },
      { key: "C", count: 20 },
      { key: "D", count: 7 },
    ]);
    expect(displays(g)).toEqual(["<5", "0", "20", "[c]"]);
    expect(g.total.display).toBe("30");
  });

  it("needs no complement when two small cells cannot be told apart", () => {
    // 2, 3, 40 (total 45): the two "<5" cells sum to 5; each could be 1..4. Nothing more to hide.
    expect(
      displays(
        suppressGroup([
          { key: "a", count: 2 },
          { key: "b", count: 3 },
          { key: "c", count: 40 },
        ]),
      ),
    ).toEqual(["<5", "<5", "40"]);
  });

  it("adds a complement when small cells sum to their minimum (each must be 1)", () => {
    // 1, 1, 30 (total 32): "<5" + "<5" = 2 ⇒ both are 1 (a published "<5" is never 0) — disclosed.
    // Suppress 30 too: then the three sum to 32 with the big one ≥ 5 ⇒ each small one in 1..4.
    expect(
      displays(
        suppressGroup([
          { key: "a", count: 1 },
          { key: "b", count: 1 },
          { key: "c", count: 30 },
        ]),
      ),
    ).toEqual(["<5", "<5", "[c]"]);
  });

  it("suppresses a small total, and with it every non-zero cell", () => {
    // Total 3 is itself a small count.
    const g = suppressGroup([
      { key: "a", count: 2 },
      { key: "b", count: 1 },
      { key: "c", count: 0 },
    ]);
    expect(displays(g)).toEqual(["<5", "<5", "0"]);
    expect(g.total.display).toBe("<5");
  });

  it("suppresses the total when no cell is left to complement", () => {
    // One cell of 4 inside a published total of 9 (the other 5 are in an unlisted remainder that
    // readers are assumed to know): 9 − 5 reveals it, and no other cell can be hidden ⇒ hide the total.
    const g = suppressGroup([{ key: "a", count: 4 }], { total: 9 });
    expect(displays(g)).toEqual(["<5"]);
    expect(g.total).toEqual({ value: null, suppressed: true, display: "[c]", reason: "complementary" });
  });

  it("applies primary suppression only when the total is not known", () => {
    expect(
      displays(
        suppressGroup(
          [
            { key: "F", count: 10 },
            { key: "M", count: 2 },
          ],
          { totalKnown: false },
        ),
      ),
    ).toEqual(["10", "<5"]);
  });
});

describe("suppressedPercentage", () => {
  it("derives percentages only from shown counts", () => {
    // 7 of 20 = 35 %.
    expect(suppressedPercentage(suppressCount(7), suppressCount(20))).toEqual({
      value: 35,
      suppressed: false,
      display: "35%",
      reason: "shown",
    });
    expect(suppressedPercentage(suppressCount(1), suppressCount(3), 1).display).toBe("[c]");
    expect(suppressedPercentage(suppressCount(3), suppressCount(20)).suppressed).toBe(true);
    // 20 of 30 with one decimal: 66.7 %.
    expect(suppressedPercentage(suppressCount(20), suppressCount(30), 1).display).toBe("66.7%");
    expect(suppressedPercentage(suppressCount(0), suppressCount(0)).display).toBe("–");
  });
});
