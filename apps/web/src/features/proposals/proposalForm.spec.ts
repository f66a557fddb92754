import { describe, expect, it } from "vitest";
import {
  buildProposal,
  buildReview,
  categoryText,
  initialProposal,
  initialReview,
  proposalCounts,
} from "./proposalForm";
import { statusProblem } from "./proposalStatus";

const round = { id: "R1", currency: "GBP", potMinor: 5_000_000, potText: "£50,000" };

describe("a resident's proposal", () => {
  it("names each missing answer by the API's field and sends nothing", () => {
    const { input, errors } = buildProposal(initialProposal(), round);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["description", "estimatedCost", "title"]);
    expect(errors.title).toBe("Give your idea a short name");
  });

  it("turns a typed cost into minor units and keeps several categories", () => {
    const { input, errors } = buildProposal(
      {
        title: " Benches ",
        description: "Six benches.",
        area: "",
        cost: "£1,250.50",
        categories: ["public space", "older people"],
        contact: " sam@example.org ",
      },
      round,
    );
    expect(errors).toEqual({});
    expect(input).toEqual({
      round: "R1",
      title: "Benches",
      description: "Six benches.",
      estimatedCost: { amountMinor: 125_050, currency: "GBP" },
      categories: ["public space", "older people"],
      contact: "sam@example.org",
    });
  });

  it("says plainly when the cost is nothing, not a number, or over the pot", () => {
    const base = { ...initialProposal(), title: "x", description: "y" };
    expect(buildProposal({ ...base, cost: "0" }, round).errors.estimatedCost).toBe("Enter a cost of more than nothing");
    expect(buildProposal({ ...base, cost: "lots" }, round).errors.estimatedCost).toBe(
      "Enter a rough cost as a number, like 1500",
    );
    expect(buildProposal({ ...base, cost: "50000.01" }, round).errors.estimatedCost).toBe(
      "That is more than the whole pot (£50,000). Make the idea smaller or cheaper.",
    );
    expect(buildProposal({ ...base, cost: "50000" }, round).errors).toEqual({});
  });

  it("names categories in the reader's words, unknown ones as written", () => {
    expect(categoryText("greenery")).toBe("Parks, trees and nature");
    expect(categoryText("allotments")).toBe("allotments");
  });
});

describe("an officer's review", () => {
  const proposal = { id: "P1", currency: "GBP" };

  it("needs a decision and the reason", () => {
    const { input, errors } = buildReview(initialReview(), proposal);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["outcome", "reason"]);
  });

  it("sends a revised cost only with an acceptance, and asks why", () => {
    const accept = { outcome: "accepted", reason: "Feasible.", revisedCost: "15,000", costReason: "" };
    expect(buildReview(accept, proposal).errors).toEqual({ costReason: "Say why the cost changed" });
    expect(buildReview({ ...accept, costReason: "Installation." }, proposal).input).toEqual({
      proposal: "P1",
      outcome: "accepted",
      reason: "Feasible.",
      revisedCost: { amountMinor: 1_500_000, currency: "GBP" },
      costReason: "Installation.",
    });
    // A rejection ignores a cost left in the box.
    expect(buildReview({ ...accept, outcome: "rejected" }, proposal).input).toEqual({
      proposal: "P1",
      outcome: "rejected",
      reason: "Feasible.",
    });
  });

  it("counts proposals by status", () => {
    const list = ["SUBMITTED", "ACCEPTED", "REJECTED", "SUBMITTED"].map((status) => ({ proposal: { status } }));
    expect(proposalCounts(list)).toEqual({ total: 4, submitted: 2, accepted: 1, rejected: 1 });
  });
});

describe("checking a proposal's status", () => {
  it("tells a throttled check, a failure and an unknown code apart", () => {
    expect(statusProblem({ graphQLErrors: [{ extensions: { code: "RATE_LIMITED" } }] }, true, false)).toBe(
      "propose.status.tooMany",
    );
    expect(statusProblem({ graphQLErrors: [] }, true, false)).toBe("propose.status.failed");
    expect(statusProblem(undefined, true, false)).toBe("propose.status.notFound");
    expect(statusProblem(undefined, true, true)).toBeNull();
    expect(statusProblem(undefined, false, false)).toBeNull();
  });
});
