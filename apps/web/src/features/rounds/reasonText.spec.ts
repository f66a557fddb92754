import { describe, expect, it } from "vitest";
import { reasonText } from "./reasonText";

const titles: Record<string, string> = { C: "Trees on Mill Lane", X: "Benches", D: "Pond" };
const titleOf = (id: string) => titles[id] ?? id;

describe("reasonText", () => {
  it("greedy: rank by votes, what was needed and what was left (formatted money)", () => {
    const facts = {
      decisive: {
        kind: "greedy",
        funded: false,
        rank: 12,
        moneyLeft: { exact: "914", minor: 91_400 },
        cost: { exact: "3900", minor: 390_000 },
        shortfall: { exact: "2986", minor: 298_600 },
        stage: "greedy",
      },
    };
    expect(reasonText(facts, "GBP", titleOf)).toBe(
      "Not funded: ranked 12th by votes; £3,900 was needed but £914 was left.",
    );
  });

  it("Equal Shares: the share, what the supporters paid for, what they had left, what it would have taken", () => {
    const facts = {
      decisive: {
        kind: "mes",
        funded: false,
        share: { exact: "20", minor: 2_000 },
        supporters: 3,
        startMoney: { exact: "60", minor: 6_000 },
        paidFor: [{ projectId: "C", paid: { exact: "25", minor: 2_500 } }],
        after: "C",
        purchasesBefore: 1,
        moneyLeft: { exact: "35", minor: 3_500 },
        cost: { exact: "60", minor: 6_000 },
        shortfall: { exact: "25", minor: 2_500 },
        moreSupportersNeeded: 2,
      },
    };
    expect(reasonText(facts, "GBP", titleOf)).toBe(
      "Not funded: each voter had an equal share of £20. Its 3 supporters started with £60 together, " +
        "then spent £25 of it on “Trees on Mill Lane”, which they had also voted for. " +
        "Once “Trees on Mill Lane” was funded they had £35 left, £25 short of its cost of £60. " +
        "It would have taken 2 more supporters.",
    );
  });

  it("says nobody voted, and null without facts", () => {
    expect(reasonText({ decisive: { kind: "noVotes", funded: false } }, "GBP", titleOf)).toBe(
      "Not funded: nobody voted for it.",
    );
    expect(reasonText(null, "GBP", titleOf)).toBeNull();
  });
});
