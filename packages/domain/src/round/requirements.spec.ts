import { describe, expect, it } from "vitest";
import {
  defaultNextPhase,
  interviewQuorum,
  nextPhaseRequirements,
  previousPhase,
  requirementsToLeave,
  roundStages,
  unmetRequirements,
  type RoundFacts,
} from "./requirements.js";

/** A commissioning round with nothing done yet (facts written by hand). */
const empty: RoundFacts = {
  kind: "commissioning",
  decisionMethod: "panel_scoring",
  phase: "draft",
  potMinor: 3_200_000n,
  currency: "GBP",
  panelSize: 12,
  panelDrawn: false,
  confirmedMembers: 0,
  outcomesWithCompleteIndicator: 0,
  tender: null,
  bids: 0,
  shortlistedBidScorers: [],
  decisionTaken: false,
  fundedBids: 0,
  fundedBidsWithAward: 0,
  indicators: 0,
  indicatorsMeasured: 0,
  openMilestones: 0,
};

/** The Lambeth round with everything done (12 members, 2 shortlisted bids scored by 12 and 7). */
const done: RoundFacts = {
  ...empty,
  panelDrawn: true,
  confirmedMembers: 12,
  outcomesWithCompleteIndicator: 2,
  tender: {
    published: true,
    criteriaWeightsBasisPoints: [5000, 3000, 2000],
    ceilingMinor: 3_200_000n,
    currency: "GBP",
  },
  bids: 3,
  shortlistedBidScorers: [12, 7],
  decisionTaken: true,
  fundedBids: 1,
  fundedBidsWithAward: 1,
  indicators: 3,
  indicatorsMeasured: 3,
  openMilestones: 0,
};

const codesMet = (facts: RoundFacts) => nextPhaseRequirements(facts).map((r) => [r.code, r.met]);

describe("phase requirements", () => {
  it("asks nothing to leave draft or closed", () => {
    for (const phase of ["draft", "closed"] as const) expect(requirementsToLeave(phase, empty)).toEqual([]);
  });

  it("monitoring: each indicator measured and each milestone settled before closing", () => {
    const m: RoundFacts = { ...done, phase: "monitoring", indicators: 3, indicatorsMeasured: 1, openMilestones: 2 };
    expect(nextPhaseRequirements(m)).toEqual([
      {
        code: "INDICATORS_MEASURED",
        met: false,
        message: "A measurement of each outcome indicator (1 of 3 so far).",
      },
      {
        code: "MILESTONES_SETTLED",
        met: false,
        message: "Mark each delivery milestone met, late or missed (2 milestones still scheduled).",
      },
    ]);
    expect(unmetRequirements({ ...m, indicatorsMeasured: 3, openMilestones: 0 })).toEqual([]);
    // A round with nothing to measure (no indicators, no milestones) may close.
    expect(unmetRequirements({ ...empty, phase: "monitoring" })).toEqual([]);
  });

  it("recruiting: the panel drawn and at least the panel size confirmed", () => {
    const f: RoundFacts = { ...empty, phase: "recruiting" };
    expect(nextPhaseRequirements(f)).toEqual([
      { code: "PANEL_DRAWN", met: false, message: "Draw the panel from the applicants." },
      { code: "PANEL_CONFIRMED", met: false, message: "At least 12 members confirmed on the panel (0 so far)." },
    ]);
    expect(codesMet({ ...f, panelDrawn: true, confirmedMembers: 11 })).toEqual([
      ["PANEL_DRAWN", true],
      ["PANEL_CONFIRMED", false],
    ]);
    expect(unmetRequirements({ ...f, panelDrawn: true, confirmedMembers: 12 })).toEqual([]);
    expect(nextPhaseRequirements({ ...f, panelSize: null, panelDrawn: true, confirmedMembers: 5 })[1]).toEqual({
      code: "PANEL_CONFIRMED",
      met: false,
      message: "Set the panel size, then confirm that many members.",
    });
  });

  it("defining outcomes: at least one outcome with a complete indicator", () => {
    const f: RoundFacts = { ...empty, phase: "defining_outcomes" };
    expect(codesMet(f)).toEqual([["OUTCOME_WITH_INDICATOR", false]]);
    expect(nextPhaseRequirements({ ...f, outcomesWithCompleteIndicator: 1 })).toEqual([
      {
        code: "OUTCOME_WITH_INDICATOR",
        met: true,
        message: "1 outcome has an indicator with a unit, baseline, target and due date.",
      },
    ]);
  });

  it("tendering: published, weights summing to exactly 100 %, ceiling within the pot and in its currency", () => {
    const f: RoundFacts = { ...empty, phase: "tendering" };
    expect(codesMet(f)).toEqual([
      ["TENDER_PUBLISHED", false],
      ["TENDER_WEIGHTS_SUM_TO_100", false],
      ["TENDER_CEILING_WITHIN_POT", false],
    ]);
    const tender = done.tender!;
    expect(unmetRequirements({ ...f, tender })).toEqual([]);
    expect(codesMet({ ...f, tender: { ...tender, published: false } })[0]).toEqual(["TENDER_PUBLISHED", false]);
    // 50 % + 30 % + 19.99 % = 99.99 %
    const short = nextPhaseRequirements({
      ...f,
      tender: { ...tender, criteriaWeightsBasisPoints: [5000, 3000, 1999] },
    });
    expect(short[1]).toEqual({
      code: "TENDER_WEIGHTS_SUM_TO_100",
      met: false,
      message: "The tender's criteria weights add up to 100% (now 99.99%).",
    });
    expect(codesMet({ ...f, tender: { ...tender, ceilingMinor: 3_200_001n } })[2]).toEqual([
      "TENDER_CEILING_WITHIN_POT",
      false,
    ]);
    expect(codesMet({ ...f, tender: { ...tender, ceilingMinor: 0n } })[2]).toEqual([
      "TENDER_CEILING_WITHIN_POT",
      false,
    ]);
    expect(nextPhaseRequirements({ ...f, tender: { ...tender, currency: "EUR" } })[2]).toEqual({
      code: "TENDER_CEILING_WITHIN_POT",
      met: false,
      message: "The tender's ceiling must be in the pot's currency (GBP).",
    });
  });

  it("bidding and shortlisting: at least one bid, at least one shortlisted", () => {
    expect(codesMet({ ...empty, phase: "bidding" })).toEqual([["BID_RECEIVED", false]]);
    expect(nextPhaseRequirements({ ...empty, phase: "bidding", bids: 2 })[0]!.message).toBe("2 bids received.");
    expect(codesMet({ ...empty, phase: "shortlisting", bids: 2 })).toEqual([["BID_SHORTLISTED", false]]);
    expect(codesMet({ ...empty, phase: "shortlisting", shortlistedBidScorers: [0] })).toEqual([
      ["BID_SHORTLISTED", true],
    ]);
  });

  it("interviewing: every shortlisted bid scored by a majority of the confirmed members", () => {
    expect([0, 1, 2, 3, 11, 12].map(interviewQuorum)).toEqual([1, 1, 2, 2, 6, 7]);
    const f: RoundFacts = { ...done, phase: "interviewing" };
    expect(unmetRequirements(f)).toEqual([]);
    // 12 confirmed → quorum 7: a bid scored by 6 is not enough
    expect(nextPhaseRequirements({ ...f, shortlistedBidScorers: [12, 6] })).toEqual([
      {
        code: "SHORTLIST_SCORED_BY_QUORUM",
        met: false,
        message:
          "Every shortlisted bid scored on every criterion by at least 7 members (a majority of the 12 confirmed members): 1 of 2 so far.",
      },
    ]);
    expect(codesMet({ ...f, shortlistedBidScorers: [] })).toEqual([["SHORTLIST_SCORED_BY_QUORUM", false]]);
  });

  it("deciding: the decision taken (a voting round too); awarded: an award for each funded bid", () => {
    expect(codesMet({ ...empty, phase: "deciding" })).toEqual([["DECISION_TAKEN", false]]);
    const pb: RoundFacts = { ...empty, kind: "participatory_budgeting", decisionMethod: "voting", phase: "deciding" };
    expect(nextPhaseRequirements(pb)).toEqual([
      { code: "DECISION_TAKEN", met: false, message: "Close the vote and take the decision." },
    ]);
    expect(unmetRequirements({ ...pb, decisionTaken: true })).toEqual([]);
    const awarded: RoundFacts = { ...done, phase: "awarded", fundedBids: 3, fundedBidsWithAward: 2 };
    expect(nextPhaseRequirements(awarded)).toEqual([
      { code: "FUNDED_BIDS_AWARDED", met: false, message: "An award for each funded bid (2 of 3 so far)." },
    ]);
    expect(unmetRequirements({ ...awarded, fundedBidsWithAward: 3 })).toEqual([]);
    // A decision that funded nothing leaves nothing to award: the round is not stuck in "awarded".
    expect(nextPhaseRequirements({ ...awarded, fundedBids: 0, fundedBidsWithAward: 0 })).toEqual([
      { code: "FUNDED_BIDS_AWARDED", met: true, message: "No bid was funded, so there is nothing to award." },
    ]);
  });
});

describe("stages, next and previous phases", () => {
  it("shows a passed stage as done only if what it needed happened", () => {
    const advancedWithNothing: RoundFacts = { ...empty, phase: "tendering" };
    expect(roundStages(advancedWithNothing).map((s) => [s.phase, s.status])).toEqual([
      ["draft", "done"],
      ["recruiting", "incomplete"],
      ["defining_outcomes", "incomplete"],
      ["tendering", "current"],
      ["bidding", "upcoming"],
      ["shortlisting", "upcoming"],
      ["interviewing", "upcoming"],
      ["deciding", "upcoming"],
      ["awarded", "upcoming"],
      ["monitoring", "upcoming"],
      ["closed", "upcoming"],
    ]);
    expect(roundStages({ ...done, phase: "closed" }).every((s) => s.status === "done")).toBe(true);
  });

  it("a PB round skips tendering and interviewing explicitly, and optional stages it did not do", () => {
    const pb: RoundFacts = {
      ...empty,
      kind: "participatory_budgeting",
      decisionMethod: "voting",
      phase: "awarded",
      bids: 10,
      decisionTaken: true,
    };
    expect(roundStages(pb).map((s) => [s.phase, s.status])).toEqual([
      ["draft", "done"],
      ["recruiting", "skipped"],
      ["defining_outcomes", "skipped"],
      ["tendering", "skipped"],
      ["bidding", "done"],
      ["shortlisting", "skipped"],
      ["interviewing", "skipped"],
      ["deciding", "done"],
      ["awarded", "current"],
      ["monitoring", "upcoming"],
      ["closed", "upcoming"],
    ]);
    expect(defaultNextPhase("participatory_budgeting", "draft")).toBe("bidding");
    expect(defaultNextPhase("participatory_budgeting", "bidding")).toBe("deciding");
    expect(defaultNextPhase("commissioning", "bidding")).toBe("shortlisting");
    expect(defaultNextPhase("commissioning", "closed")).toBeNull();
  });

  it("steps back one phase, never from draft or closed; a PB round back along its main path", () => {
    expect(previousPhase("commissioning", "tendering")).toBe("defining_outcomes");
    expect(previousPhase("commissioning", "recruiting")).toBe("draft");
    expect(previousPhase("commissioning", "draft")).toBeNull();
    expect(previousPhase("commissioning", "closed")).toBeNull();
    expect(previousPhase("participatory_budgeting", "deciding")).toBe("bidding");
    expect(previousPhase("participatory_budgeting", "bidding")).toBe("draft");
  });
});
