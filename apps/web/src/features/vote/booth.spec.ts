import { describe, expect, it } from "vitest";
import { ballotRulesOf } from "@coproduce/domain";
import { ballotProjects, castChoices, categoriesOf, check, entriesOf, filterProjects, shortDescription } from "./booth";

const gbp = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
const bids = [
  {
    id: "a",
    title: "Trees",
    summary: "Street trees.",
    status: "SUBMITTED",
    category: "environment",
    amountRequested: gbp(4_000),
  },
  {
    id: "b",
    title: "Benches",
    summary: "For the park.",
    status: "SUBMITTED",
    category: "environment, leisure",
    amountRequested: gbp(1_500),
  },
  { id: "w", title: "Withdrawn", summary: "", status: "WITHDRAWN", category: null, amountRequested: gbp(100) },
  {
    id: "c",
    title: "Fridge",
    summary: "Shared food.",
    status: "SUBMITTED",
    category: "food",
    area: "North Ward",
    amountRequested: gbp(3_000),
  },
];

describe("the booth's ballot", () => {
  const projects = ballotProjects(bids, false, "code");

  it("lists only projects on the ballot, with their categories", () => {
    expect(projects.map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(categoriesOf("environment, leisure")).toEqual(["environment", "leisure"]);
    expect(filterProjects(projects, "", "environment").map((p) => p.id)).toEqual(["a", "b"]);
    expect(filterProjects(projects, "FOOD", "").map((p) => p.id)).toEqual(["c"]);
  });

  it("filters by the area a project serves, with the other filters", () => {
    expect(projects.map((p) => p.area)).toEqual([null, null, "North Ward"]);
    expect(filterProjects(projects, "", "", "North Ward").map((p) => p.id)).toEqual(["c"]);
    expect(filterProjects(projects, "", "environment", "North Ward")).toEqual([]);
    expect(filterProjects(projects, "", "", "").map((p) => p.id)).toEqual(["a", "b", "c"]);
  });

  it("shuffles per voter code, the same every time for one code", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...bids[0]!, id: String(i) }));
    const one = ballotProjects(many, true, "voter-1").map((p) => p.id);
    expect(ballotProjects(many, true, "voter-1").map((p) => p.id)).toEqual(one);
    expect(ballotProjects(many, true, "voter-2").map((p) => p.id)).not.toEqual(one);
  });

  it("approval: the chosen projects, their cost against the budget", () => {
    const rules = ballotRulesOf("approval", { ballot: { maxSumCostMinor: 5_000 } });
    const draft = { chosen: ["a", "b"], points: {} };
    expect(check(rules, draft, projects)).toMatchObject({ ok: false, costMinor: 5_500, costLeftMinor: -500 });
    expect(castChoices(rules, entriesOf(rules, { chosen: ["a"], points: {} }, projects))).toEqual([{ bid: "a" }]);
  });

  it("ordinal: cast in ranking order; cumulative: points in the list's order", () => {
    const ordinal = ballotRulesOf("ordinal", null);
    expect(castChoices(ordinal, entriesOf(ordinal, { chosen: ["c", "a"], points: {} }, projects))).toEqual([
      { bid: "c" },
      { bid: "a" },
    ]);
    const cumulative = ballotRulesOf("cumulative", { ballot: { totalPoints: 5 } });
    const draft = { chosen: [], points: { c: 2, a: 3 } };
    expect(castChoices(cumulative, entriesOf(cumulative, draft, projects))).toEqual([
      { bid: "a", points: 3 },
      { bid: "c", points: 2 },
    ]);
    expect(check(cumulative, draft, projects)).toMatchObject({ ok: true, points: 5, pointsLeft: 0 });
  });

  it("a short description: the first sentence", () => {
    expect(shortDescription("Four benches for the park. Made of recycled plastic.")).toEqual({
      short: "Four benches for the park.",
      more: true,
    });
    expect(shortDescription("Raised beds.")).toEqual({ short: "Raised beds.", more: false });
  });
});
