import { describe, expect, it } from "vitest";
import { bidStatusLabel, explainProject, moneyLeft, share } from "./explain";

describe("explainProject", () => {
  it("uses the rule's own sentence when there is one", () => {
    expect(
      explainProject(
        { summary: "Funded: ranked 1 by score, it cost 5200 and 123927 was left when it was reached." },
        true,
      ),
    ).toMatch(/^Funded: ranked 1/);
  });
  it("reads out a weighted interview score", () => {
    expect(explainProject({ weightedScore: 3.8625, scale: 5 }, false)).toBe(
      "Not funded: weighted interview score 3.86 out of 5.",
    );
  });
  it("never leaves an unfunded project unexplained in silence", () => {
    expect(explainProject(null, false)).toBe("Not funded; no explanation was recorded.");
    expect(explainProject({ reason: "over_budget" }, false)).toBe("Not funded: over budget.");
  });
});

describe("bid status and shares", () => {
  it("labels statuses and nests amounts only within one currency", () => {
    expect(bidStatusLabel("NOT_SHORTLISTED")).toBe("Not shortlisted");
    expect(share({ amountMinor: 2_280_000, currency: "GBP" }, { amountMinor: 3_040_000, currency: "GBP" })).toBeCloseTo(
      0.75,
    );
    expect(share({ amountMinor: 1, currency: "BRX" }, { amountMinor: 3_040_000, currency: "GBP" })).toBeNull();
    expect(share(undefined, { amountMinor: 1, currency: "GBP" })).toBeNull();
  });
});

describe("money left", () => {
  const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
  it("takes each funded project's cost off the pot in the order shown; unfunded ones leave it as it was", () => {
    const rows = [
      { funded: true, cost: gbp(3_040_000) },
      { funded: false, cost: gbp(3_200_000) },
      { funded: true, cost: gbp(100_000) },
    ];
    expect(moneyLeft(rows, gbp(3_200_000))).toEqual([gbp(160_000), gbp(160_000), gbp(60_000)]);
  });
  it("never subtracts across currencies", () => {
    expect(
      moneyLeft(
        [
          { funded: true, cost: { amountMinor: 5, currency: "BRX" } },
          { funded: false, cost: gbp(1) },
        ],
        gbp(100),
      ),
    ).toEqual([null, null]);
    expect(moneyLeft([], gbp(100))).toEqual([]);
  });
});
