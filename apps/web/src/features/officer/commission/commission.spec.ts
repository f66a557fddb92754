import { describe, expect, it } from "vitest";
import {
  buildIndicator,
  buildMilestone,
  buildMilestoneFinished,
  buildOutcome,
  buildOutcomeUpdate,
  buildRecommendation,
  buildTender,
  commissionSections,
  compareRecommendation,
  criteriaWeightSum,
  criterionField,
  milestonesByAward,
  moneyText,
  outcomeSummaries,
  parseNumber,
  parsePercent,
  percentText,
  stageAnchor,
  tenderValues,
  type TenderValues,
} from "./commission";

const POT = { amountMinor: 3_200_000, currency: "GBP" };

describe("commissionSections and stageAnchor", () => {
  it("show each commissioning step in its own stage only", () => {
    const on = (phase: string) =>
      Object.entries(commissionSections(phase))
        .filter(([, v]) => v)
        .map(([k]) => k);
    expect(on("DEFINING_OUTCOMES")).toEqual(["outcomes"]);
    expect(on("TENDERING")).toEqual(["tender"]);
    expect(on("BIDDING")).toEqual(["tenderSummary"]);
    expect(on("SHORTLISTING")).toEqual(["tenderSummary", "shortlistReview"]);
    expect(on("INTERVIEWING")).toEqual(["shortlistReview"]);
    expect(on("DECIDING")).toEqual(["recommendation"]);
    expect(on("AWARDED")).toEqual(["milestones"]);
    expect(on("MONITORING")).toEqual(["milestones"]);
    expect(on("RECRUITING")).toEqual([]);
    expect(on("CLOSED")).toEqual([]);
  });
  it("link a stage to its section, or to nothing", () => {
    expect(stageAnchor("TENDERING")).toBe("commission-tender");
    expect(stageAnchor("deciding")).toBe("commission-recommendation");
    expect(stageAnchor("BIDDING")).toBeNull();
  });
});

describe("outcomes", () => {
  it("trims an outcome and refuses one without a title", () => {
    expect(buildOutcome({ title: "  Fewer young people reoffend ", description: " Within a year " }, "R1")).toEqual({
      input: { round: "R1", title: "Fewer young people reoffend", description: "Within a year" },
      errors: {},
    });
    expect(buildOutcome({ title: "  ", description: "" }, "R1")).toEqual({
      input: null,
      errors: { title: "Enter the outcome." },
    });
    expect(buildOutcomeUpdate({ title: "x".repeat(201), description: "" }, "O1").errors.title).toBe(
      "Keep the outcome to 200 characters.",
    );
    expect(buildOutcomeUpdate({ title: "New words", description: "" }, "O1").input).toEqual({
      outcome: "O1",
      title: "New words",
      description: "",
    });
  });

  const indicator = {
    outcome: "O1",
    name: "Young people in work",
    unit: "young people",
    baseline: "20",
    target: "1,250.5",
    direction: "HIGHER_IS_BETTER",
    startsOn: "2025-04-01",
    dueOn: "2026-03-31",
  };
  it("parses an indicator's numbers and dates", () => {
    expect(buildIndicator(indicator).input).toEqual({
      outcome: "O1",
      name: "Young people in work",
      unit: "young people",
      baseline: 20,
      target: 1250.5,
      direction: "HIGHER_IS_BETTER",
      startsOn: "2025-04-01",
      dueOn: "2026-03-31",
    });
    expect(parseNumber("-3.5")).toBe(-3.5);
    expect(parseNumber("12a")).toBeNull();
  });
  it("explains each wrong indicator field", () => {
    expect(
      buildIndicator({ ...indicator, unit: " ", baseline: "lots", dueOn: "2025-02-30", outcome: "" }).errors,
    ).toEqual({
      outcome: "Choose the outcome the indicator measures.",
      unit: "Enter the unit, e.g. young people or %.",
      baseline: "Enter the baseline as a number, e.g. 20 or 12.5.",
      dueOn: "Enter the date the target is due.",
    });
    expect(buildIndicator({ ...indicator, target: "10" }).errors).toEqual({
      target: "When higher is better, the target must be above the baseline.",
    });
    expect(buildIndicator({ ...indicator, direction: "LOWER_IS_BETTER" }).errors).toEqual({
      target: "When lower is better, the target must be below the baseline.",
    });
    expect(buildIndicator({ ...indicator, dueOn: "2025-04-01" }).errors).toEqual({
      dueOn: "The target must be due after monitoring starts.",
    });
  });
  it("summarise outcomes with their indicators and whether the stage's requirement is met", () => {
    const list = outcomeSummaries([
      {
        id: "O1",
        title: "Fewer reoffend",
        description: "",
        status: "draft",
        indicators: [{ id: "I1", name: "Reoffending", unit: "%", baseline: 40, target: 25, dueOn: "2026-03-31" }],
      },
      { id: "O2", title: "Trust", description: "d", status: "frozen", indicators: [] },
    ]);
    expect(list.map((o) => [o.id, o.complete, o.frozen])).toEqual([
      ["O1", true, false],
      ["O2", false, true],
    ]);
    expect(list[0]!.indicators[0]!.text).toBe("from 40 to 25 % by 31 Mar 2026");
  });
});

describe("criteria weights", () => {
  it("parse percentages to basis points from the string", () => {
    expect(parsePercent("40")).toBe(4000);
    expect(parsePercent("12.5 %")).toBe(1250);
    expect(parsePercent("33.33")).toBe(3333);
    expect(parsePercent("0.1")).toBe(10);
    expect(parsePercent("100")).toBe(10_000);
    expect(parsePercent("100.01")).toBeNull();
    expect(parsePercent("1.234")).toBeNull();
    expect(parsePercent("")).toBeNull();
    expect(parsePercent("-5")).toBeNull();
    expect([percentText(1250), percentText(4000), percentText(3333), percentText(5)]).toEqual([
      "12.5",
      "40",
      "33.33",
      "0.05",
    ]);
  });
  it("add up live, complete only at exactly 100 % with every row valid", () => {
    expect(criteriaWeightSum([{ weight: "50" }, { weight: "40" }])).toEqual({
      basisPoints: 9000,
      percent: "90",
      complete: false,
      invalidRows: [],
    });
    expect(criteriaWeightSum([{ weight: "33.34" }, { weight: "33.33" }, { weight: "33.33" }]).complete).toBe(true);
    expect(criteriaWeightSum([{ weight: "100" }, { weight: "x" }])).toEqual({
      basisPoints: 10_000,
      percent: "100",
      complete: false,
      invalidRows: [1],
    });
    expect(criteriaWeightSum([]).complete).toBe(false);
  });
});

describe("buildTender", () => {
  const values = (over: Partial<TenderValues> = {}): TenderValues => ({
    title: " Youth mentoring ",
    specification: "Mentoring for young people.",
    ceiling: "£30,000",
    submissionDeadline: "2026-01-31",
    outcomes: ["O1"],
    criteria: [
      { name: "Quality", description: "How good", weight: "60" },
      { name: "Value", description: "", weight: "40" },
    ],
    ...over,
  });
  it("turns the form into the mutation input: ceiling in minor units, weights in basis points", () => {
    expect(buildTender(values(), { id: "R1", pot: POT })).toEqual({
      input: {
        round: "R1",
        title: "Youth mentoring",
        specification: "Mentoring for young people.",
        budgetCeiling: { amountMinor: 3_000_000, currency: "GBP" },
        submissionDeadline: "2026-01-31",
        outcomes: ["O1"],
        criteria: [
          { name: "Quality", description: "How good", weightBasisPoints: 6000 },
          { name: "Value", weightBasisPoints: 4000 },
        ],
      },
      errors: {},
    });
  });
  it("refuses weights that add up to 90 %", () => {
    const out = buildTender(
      values({
        criteria: [
          { name: "Quality", description: "", weight: "50" },
          { name: "Value", description: "", weight: "40" },
        ],
      }),
      {
        id: "R1",
        pot: POT,
      },
    );
    expect(out).toEqual({
      input: null,
      errors: { criteria: "The weights add up to 90 %; they must add up to 100 %." },
    });
  });
  it("refuses a ceiling above the pot, a bad row and no outcome", () => {
    const out = buildTender(
      values({
        ceiling: "32,000.01",
        outcomes: [],
        criteria: [
          { name: "Quality", description: "", weight: "60" },
          { name: "quality", description: "", weight: "forty" },
        ],
      }),
      { id: "R1", pot: POT },
    );
    expect(out.input).toBeNull();
    expect(out.errors).toEqual({
      budgetCeiling: "The most a bid may ask for cannot be more than the pot of £32,000.",
      outcomes: "Choose at least one outcome the service must deliver.",
      [criterionField(1, "name")]: "Criterion 2 has the same name as another one.",
      [criterionField(1, "weight")]: "Enter the weight of criterion 2 in percent, e.g. 40 or 12.5.",
    });
    expect(buildTender(values({ ceiling: "32,000" }), { id: "R1", pot: POT }).errors).toEqual({});
    expect(buildTender(values({ criteria: [] }), { id: "R1", pot: POT }).errors).toEqual({
      criteria: "Add at least one criterion.",
    });
  });
  it("reads a drafted tender back into the form", () => {
    expect(moneyText({ amountMinor: 3_000_050, currency: "GBP" })).toBe("30000.5");
    expect(moneyText({ amountMinor: 7, currency: "GBP" })).toBe("0.07");
    const back = tenderValues({
      title: "T",
      specification: "S",
      submissionDeadline: null,
      budgetCeiling: { amountMinor: 3_000_000, currency: "GBP" },
      outcomes: [{ id: "O1" }],
      criteria: [
        { name: "Quality", description: "", weightBasisPoints: 8750 },
        { name: "Value", description: "Cost", weightBasisPoints: 1250 },
      ],
    });
    expect(back).toEqual({
      title: "T",
      specification: "S",
      ceiling: "30000",
      submissionDeadline: "",
      outcomes: ["O1"],
      criteria: [
        { name: "Quality", description: "", weight: "87.5" },
        { name: "Value", description: "Cost", weight: "12.5" },
      ],
    });
    // and the round trip gives the same input again
    expect(buildTender(back, { id: "R1", pot: POT }).input?.criteria).toEqual([
      { name: "Quality", weightBasisPoints: 8750 },
      { name: "Value", description: "Cost", weightBasisPoints: 1250 },
    ]);
  });
});

describe("the recommendation", () => {
  it("needs a bid and a reason", () => {
    expect(buildRecommendation({ bid: "", note: " " }, "R1").errors).toEqual({
      bid: "Choose the bid you recommend.",
      note: "Say why you recommend it.",
    });
    expect(buildRecommendation({ bid: "B2", note: " Best value " }, "R1").input).toEqual({
      round: "R1",
      bid: "B2",
      note: "Best value",
    });
  });
  it("compares with the panel's scores before the decision and the decision after it", () => {
    const base = { recommendedBid: "B2", topScoredBid: "B1", decided: false, followed: null };
    expect(compareRecommendation(base)).toBe("differsFromScores");
    expect(compareRecommendation({ ...base, topScoredBid: "B2" })).toBe("sameAsScores");
    expect(compareRecommendation({ ...base, topScoredBid: null })).toBe("none");
    expect(compareRecommendation({ ...base, decided: true, followed: false })).toBe("differs");
    expect(compareRecommendation({ ...base, decided: true, followed: true })).toBe("followed");
    expect(compareRecommendation({ ...base, recommendedBid: null, decided: true })).toBe("none");
  });
});

describe("milestones", () => {
  it("plans a milestone of an award", () => {
    expect(buildMilestone({ award: "A1", title: " First session ", dueOn: "2026-05-01" }, "R1").input).toEqual({
      round: "R1",
      award: "A1",
      title: "First session",
      dueOn: "2026-05-01",
    });
    expect(buildMilestone({ award: "", title: "", dueOn: "soon" }, "R1").errors).toEqual({
      award: "Choose the award the milestone belongs to.",
      title: "Enter the milestone.",
      dueOn: "Enter the date the milestone is due.",
    });
  });
  it("is met when finished by its due date and late after it", () => {
    const m = { id: "M1", dueOn: "2026-05-01" };
    expect(buildMilestoneFinished({ completedOn: "2026-05-01" }, m).input?.status).toBe("MET");
    expect(buildMilestoneFinished({ completedOn: "2026-05-02" }, m).input?.status).toBe("LATE");
    expect(buildMilestoneFinished({ completedOn: "" }, m).errors).toEqual({
      completedOn: "Enter the date it was finished.",
    });
  });
  it("groups milestones by award, by due date, the unlinked ones last", () => {
    const groups = milestonesByAward(
      [{ id: "A1" }, { id: "A2" }],
      [
        { id: "M3", title: "c", dueOn: "2026-03-01", status: "scheduled", award: { id: "A1" } },
        { id: "M1", title: "a", dueOn: "2026-01-01", status: "met", award: { id: "A1" } },
        { id: "M9", title: "z", dueOn: "2026-02-01", status: "scheduled", award: null },
      ],
    );
    expect(groups.map((g) => [g.award?.id ?? null, g.milestones.map((m) => m.id)])).toEqual([
      ["A1", ["M1", "M3"]],
      ["A2", []],
      [null, ["M9"]],
    ]);
  });
});
