import { describe, expect, it } from "vitest";
import { categoryLabel, toRuleComparison, type ComparedProjectInput, type RuleComparisonInput } from "./ruleComparison";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
// Four projects: A £100, B £250, C £400, D £50.
const projects: ComparedProjectInput[] = [
  { bid: { id: "a", title: "Park benches", amountRequested: gbp(10_000) } },
  { bid: { id: "b", title: "Youth club", amountRequested: gbp(25_000) } },
  { bid: { id: "c", title: "Skate park", amountRequested: gbp(40_000) } },
  { bid: { id: "d", title: "Play sandpit", amountRequested: gbp(5_000) } },
];
// Greedy funds A and C; Equal Shares funds A, B and D.
const input: RuleComparisonInput = {
  greedy: ["a", "c"],
  mes: ["a", "b", "d"],
  onlyGreedy: ["c"],
  onlyMes: ["b", "d"],
  greedyProportionality: 0.5,
  mesProportionality: 0.75,
  categories: [
    // parks: A and D; greedy gives it A (£100), Equal Shares A + D (£150)
    { category: "parks,play", votes: 30, voteShare: null, greedyAmount: gbp(10_000), mesAmount: gbp(15_000) },
    // youth: B and C; greedy C (£400), Equal Shares B (£250)
    { category: "youth", votes: 50, voteShare: null, greedyAmount: gbp(40_000), mesAmount: gbp(25_000) },
    { category: null, votes: 20, voteShare: null, greedyAmount: gbp(0), mesAmount: gbp(0) },
  ],
};

describe("toRuleComparison", () => {
  it("lists the projects only one rule funds, with their cost and what they cost together", () => {
    const v = toRuleComparison(input, projects, "GBP");
    expect(v.same).toBe(false);
    expect(v.onlyMes).toEqual([
      { id: "b", title: "Youth club", cost: gbp(25_000) },
      { id: "d", title: "Play sandpit", cost: gbp(5_000) },
    ]);
    expect(v.onlyGreedy).toEqual([{ id: "c", title: "Skate park", cost: gbp(40_000) }]);
    expect(v.onlyMesTotal).toEqual(gbp(30_000)); // 250 + 50
    expect(v.onlyGreedyTotal).toEqual(gbp(40_000));
  });

  it("sums each rule's projects, money and share of voters with a funded project", () => {
    const v = toRuleComparison(input, projects, "GBP");
    // Equal Shares: 3 projects, 150 + 250 + 0 = £400; 75% of voters
    expect(v.mesSummary).toEqual({ projects: 3, spent: gbp(40_000), votersPercent: 75 });
    // greedy: 2 projects, 100 + 400 = £500; 50%
    expect(v.greedySummary).toEqual({ projects: 2, spent: gbp(50_000), votersPercent: 50 });
  });

  it("sets each category's share of the votes beside its share of each rule's money", () => {
    const [parks, youth, none] = toRuleComparison(input, projects, "GBP").categories;
    // 100 votes in all; Equal Shares spent £400, greedy £500
    expect(parks).toMatchObject({ category: "parks,play", label: "Parks, play", votes: 30, votePercent: 30 });
    expect(parks!.mesPercent).toBeCloseTo(37.5); // 150 / 400
    expect(parks!.greedyPercent).toBeCloseTo(20); // 100 / 500
    expect(youth).toMatchObject({ label: "Youth", votePercent: 50, mesPercent: 62.5, greedyPercent: 80 });
    expect(none).toMatchObject({ category: null, label: null, votePercent: 20, mesPercent: 0, greedyPercent: 0 });
    expect(none!.mes).toEqual(gbp(0));
  });

  it("takes the stored share of the votes when the API gives it", () => {
    const cats = input.categories!.map((c, i) => ({ ...c, voteShare: [0.25, 0.5, 0.25][i] }));
    const v = toRuleComparison({ ...input, categories: cats }, projects, "GBP");
    expect(v.categories.map((c) => c.votePercent)).toEqual([25, 50, 25]);
  });

  it("without categories (older comparisons) sums the money from the projects; unknown ones leave it open", () => {
    const v = toRuleComparison({ ...input, categories: null, mes: ["a", "b", "zz"] }, projects, "GBP");
    expect(v.categories).toEqual([]);
    expect(v.greedySummary.spent).toEqual(gbp(50_000)); // A + C
    expect(v.mesSummary.spent).toBeNull(); // "zz" is not among the decision's projects
    const unknown = toRuleComparison({ ...input, onlyMes: ["zz"] }, projects, "GBP");
    expect(unknown.onlyMes).toEqual([{ id: "zz", title: null, cost: null }]);
    expect(unknown.onlyMesTotal).toBeNull();
  });

  it("says when both rules fund the same projects, and leaves a missing voter share unknown", () => {
    const v = toRuleComparison(
      { greedy: ["a"], mes: ["a"], onlyGreedy: [], onlyMes: [], greedyProportionality: null, categories: [] },
      projects,
      "GBP",
    );
    expect(v.same).toBe(true);
    expect(v.onlyMesTotal).toEqual(gbp(0));
    expect(v.mesSummary.votersPercent).toBeNull();
    expect(v.greedySummary.votersPercent).toBeNull();
    // no categories: from the projects (A = £100)
    expect(v.mesSummary.spent).toEqual(gbp(10_000));
  });
});

describe("categoryLabel", () => {
  it("spaces the stored list and capitalises it; blank is uncategorised", () => {
    expect(categoryLabel("education,culture,public space")).toBe("Education, culture, public space");
    expect(categoryLabel(" health ")).toBe("Health");
    expect(categoryLabel(null)).toBeNull();
    expect(categoryLabel("")).toBeNull();
  });
});
