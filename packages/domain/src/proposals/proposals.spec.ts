import { describe, expect, it } from "vitest";
import {
  ballotCostMinor,
  checkProposal,
  checkReview,
  normaliseCategories,
  normaliseReference,
  pabulibCategories,
  PROPOSAL_PHASES,
  PROPOSAL_REVIEW_PHASES,
  proposalRefusal,
  proposalReference,
  proposalReviewOpen,
  proposalsOpen,
  type ProposalValues,
  type ReviewValues,
} from "./proposals.js";
import { PHASES } from "../round/phase.js";
import { ROUND_ACTIONS } from "../round/actions.js";

const round = { currency: "GBP", potMinor: 5_000_000 };
const good: ProposalValues = {
  title: "Benches on Brixton Hill",
  description: "Six benches so older residents can rest on the walk to the shops.",
  estimatedCostMinor: 1_200_000,
  currency: "GBP",
  area: "Brixton Hill",
  categories: ["Public space", "older people"],
  contact: "sam@example.org",
};
const codes = (p: { field: string; code: string }[]) => p.map((x) => `${x.field}:${x.code}`);

describe("when proposals are taken and reviewed", () => {
  it("takes proposals only in a PB round's BIDDING phase, and reviews in BIDDING or SHORTLISTING", () => {
    const open = PHASES.filter((p) => proposalsOpen("participatory_budgeting", p));
    expect(open).toEqual(["bidding"]);
    const review = PHASES.filter((p) => proposalReviewOpen("participatory_budgeting", p));
    expect(review).toEqual(["bidding", "shortlisting"]);
    expect(PHASES.some((p) => proposalsOpen("commissioning", p) || proposalReviewOpen("commissioning", p))).toBe(false);
  });

  it("says why not", () => {
    expect(proposalRefusal("participatory_budgeting", "bidding", "submit")).toBeNull();
    expect(proposalRefusal("participatory_budgeting", "deciding", "submit")).toMatch(/not taking proposals/);
    expect(proposalRefusal("participatory_budgeting", "shortlisting", "review")).toBeNull();
    expect(proposalRefusal("participatory_budgeting", "deciding", "review")).toMatch(/before voting/);
    expect(proposalRefusal("commissioning", "bidding", "submit")).toMatch(/Only participatory-budgeting/);
  });
});

describe("checking a proposal", () => {
  it("accepts a complete proposal with two categories", () => {
    expect(checkProposal(good, round)).toEqual([]);
  });

  it("needs a title and a description, and keeps them short", () => {
    expect(codes(checkProposal({ ...good, title: "  ", description: "" }, round))).toEqual([
      "title:REQUIRED",
      "description:REQUIRED",
    ]);
    expect(codes(checkProposal({ ...good, title: "x".repeat(121) }, round))).toEqual(["title:TOO_LONG"]);
    expect(codes(checkProposal({ ...good, title: "x".repeat(120) }, round))).toEqual([]);
  });

  it("needs a positive cost in the round's currency, within the pot", () => {
    expect(codes(checkProposal({ ...good, estimatedCostMinor: 0 }, round))).toEqual(["estimatedCost:OUT_OF_RANGE"]);
    expect(codes(checkProposal({ ...good, currency: "EUR" }, round))).toEqual(["estimatedCost:CURRENCY_MISMATCH"]);
    expect(codes(checkProposal({ ...good, estimatedCostMinor: 5_000_001 }, round))).toEqual([
      "estimatedCost:EXCEEDS_POT",
    ]);
    expect(codes(checkProposal({ ...good, estimatedCostMinor: 5_000_000 }, round))).toEqual([]);
  });

  it("allows up to five distinct categories without commas", () => {
    expect(codes(checkProposal({ ...good, categories: ["a", "b", "c", "d", "e", "f"] }, round))).toEqual([
      "categories:OUT_OF_RANGE",
    ]);
    expect(codes(checkProposal({ ...good, categories: ["Sport", " sport "] }, round))).toEqual([
      "categories:DUPLICATE",
    ]);
    expect(codes(checkProposal({ ...good, categories: ["sport, culture"] }, round))).toEqual(["categories:INVALID"]);
    expect(codes(checkProposal({ ...good, categories: [] }, round))).toEqual([]);
  });

  it("stores categories normalised and as Pabulib's comma-separated value", () => {
    expect(normaliseCategories([" Green  Spaces ", "", "Sport"])).toEqual(["green spaces", "sport"]);
    expect(pabulibCategories(["Education", "sport"])).toBe("education,sport");
    expect(pabulibCategories([" "])).toBeNull();
  });
});

describe("checking a review", () => {
  const proposal = { status: "submitted" as const, estimatedCostMinor: 1_200_000 };
  const accept: ReviewValues = { outcome: "accepted", reason: "Feasible.", revisedCostMinor: null, costReason: null };

  it("always needs the reason the proposer reads", () => {
    expect(checkReview(accept, proposal, round)).toEqual([]);
    const rejected = checkReview({ ...accept, outcome: "rejected", reason: " " }, proposal, round);
    expect(codes(rejected)).toEqual(["reason:REQUIRED"]);
    expect(rejected[0]!.message).toMatch(/cannot go on the ballot/);
  });

  it("revises the cost of an accepted proposal only, with a reason, within the pot", () => {
    const revised = { ...accept, revisedCostMinor: 1_500_000, costReason: "Installation costs more." };
    expect(checkReview(revised, proposal, round)).toEqual([]);
    expect(codes(checkReview({ ...revised, costReason: "" }, proposal, round))).toEqual(["costReason:REQUIRED"]);
    expect(codes(checkReview({ ...revised, outcome: "rejected" }, proposal, round))).toEqual(["revisedCost:INVALID"]);
    expect(codes(checkReview({ ...revised, revisedCostMinor: 6_000_000 }, proposal, round))).toEqual([
      "revisedCost:EXCEEDS_POT",
    ]);
    expect(codes(checkReview({ ...revised, revisedCostMinor: 0 }, proposal, round))).toEqual([
      "revisedCost:OUT_OF_RANGE",
    ]);
    expect(codes(checkReview({ ...revised, revisedCostMinor: 1_200_000 }, proposal, round))).toEqual([
      "revisedCost:INVALID",
    ]);
    expect(codes(checkReview({ ...accept, costReason: "why" }, proposal, round))).toEqual(["revisedCost:REQUIRED"]);
  });

  it("puts the project on the ballot at the revised cost when there is one", () => {
    expect(ballotCostMinor({ estimatedCostMinor: 100, revisedCostMinor: null })).toBe(100);
    expect(ballotCostMinor({ estimatedCostMinor: 100, revisedCostMinor: 150 })).toBe(150);
  });
});

describe("reference codes", () => {
  it("encodes 40 random bits as PB- and two groups of four Crockford characters", () => {
    expect(proposalReference(new Uint8Array([0, 0, 0, 0, 0]))).toBe("PB-0000-0000");
    expect(proposalReference(new Uint8Array([255, 255, 255, 255, 255]))).toBe("PB-ZZZZ-ZZZZ");
    // 0x0000000021 = 33 = 1×32 + 1 → "…11"
    expect(proposalReference(new Uint8Array([0, 0, 0, 0, 33]))).toBe("PB-0000-0011");
    expect(() => proposalReference(new Uint8Array(4))).toThrow();
  });

  it("reads a typed reference in any case, with or without the prefix, confusable letters fixed", () => {
    expect(normaliseReference("pb-7k3m-q9xd")).toBe("PB-7K3M-Q9XD");
    expect(normaliseReference(" 7K3M Q9XD ")).toBe("PB-7K3M-Q9XD");
    expect(normaliseReference("PB-OIL0-0000")).toBe("PB-0110-0000");
    expect(normaliseReference("PB-7K3M-Q9X")).toBeNull();
    expect(normaliseReference("PB-7K3M-Q9XU")).toBeNull();
    expect(normaliseReference("")).toBeNull();
  });
});

describe("the round action table agrees", () => {
  it("names the same phases for proposing and reviewing", () => {
    expect(ROUND_ACTIONS.proposalSubmit.phases).toEqual(PROPOSAL_PHASES);
    expect(ROUND_ACTIONS.proposalReview.phases).toEqual(PROPOSAL_REVIEW_PHASES);
  });
});
