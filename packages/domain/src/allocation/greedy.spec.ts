import { createReadStream, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePabulib } from "../pabulib/parser.js";
import type { PabulibInstance } from "../pabulib/types.js";
import { allocateGreedy } from "./greedy.js";
import { allocationInstanceFromPabulib, officialSelection } from "./instance.js";
import { AllocationError, type AllocationInstance } from "./types.js";

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const PABULIB = `${sharedDir}/data/pabulib/`;

async function load(file: string): Promise<PabulibInstance> {
  return parsePabulib(createReadStream(PABULIB + file, { encoding: "utf8" }));
}

/**
 * Every reference file whose META rule is `greedy` and that records the official outcome.
 * `reproduced`: our greedy rule gives exactly the city's `selected` column.
 * Otherwise the reason the published outcome cannot follow from the file alone.
 */
const GREEDY_FILES: Record<string, "reproduced" | { exception: string }> = {
  "poland_gdynia_2020_chylonia-small.pb": {
    exception:
      "META budget (511,110) is the district's whole pot; the small-projects pot the city applied is not recorded — the official selection spends 55,387 and leaves out projects that fit",
  },
  "poland_gdynia_2020_maly-kack-small.pb": {
    exception:
      "same as Chylonia: the budget recorded (491,940) is not the small-projects pot; the official selection spends 46,724",
  },
  "poland_katowice_2020_.pb": "reproduced",
  "poland_katowice_2020_zaleze.pb": "reproduced",
  "poland_katowice_2021_brynow-czesc-wschodnia-osiedle-zgrzebnioka.pb": "reproduced",
  "poland_katowice_2021_murcki.pb": "reproduced",
  "poland_krakow_2019_pradnik-czerwony.pb": "reproduced",
  "poland_krakow_2020_pradnik-bialy.pb": "reproduced",
  "poland_krakow_2021_.pb": "reproduced",
  "poland_lodz_2022_.pb": "reproduced",
  "poland_warszawa_2018_bialoleka-obszar-3.pb": "reproduced",
  "poland_warszawa_2018_las.pb": {
    exception:
      "project 1649 (cost 5,000) was not funded although it fits (117,063 spent + 5,000 ≤ 123,927); the city's reason (withdrawal, feasibility, a local rule) is not in the file",
  },
  "poland_warszawa_2018_pole-mokotowskie.pb": "reproduced",
  "poland_warszawa_2018_rejon-3.pb": "reproduced",
  "poland_warszawa_2019_obszar-1-tarchomin-nowodwory-kepa-tarchominska.pb": "reproduced",
  "poland_warszawa_2019_stara-ochota.pb": "reproduced",
  "poland_warszawa_2019_ursynow.pb": "reproduced",
  "poland_wroclaw_2015_150-500.pb": {
    exception:
      "the 20,000,000 pot was split between Wrocław's areas (per-neighbourhood limits not recorded in the file); the official selection spends 7,500,000 on 16 projects",
  },
  "poland_wroclaw_2017_rejon-nr-9-250.pb": "reproduced",
  "poland_wroclaw_2018_rejon-nr-9-750.pb": "reproduced",
};

describe("greedy on the reference files", () => {
  it("the table lists exactly the greedy-rule files that record an official outcome", async () => {
    const files = readdirSync(PABULIB).filter((f) => f.endsWith(".pb"));
    const greedyWithOutcome: string[] = [];
    for (const f of files) {
      const pb = await load(f);
      if (pb.meta.rule === "greedy" && pb.projectColumns.includes("selected")) greedyWithOutcome.push(f);
    }
    expect(greedyWithOutcome.sort()).toEqual(Object.keys(GREEDY_FILES).sort());
  });

  it.each(Object.entries(GREEDY_FILES))("%s", async (file, expected) => {
    const pb = await load(file);
    const official = [...officialSelection(pb)!].sort();
    const ours = [...allocateGreedy(allocationInstanceFromPabulib(pb)).selected].sort();
    if (expected === "reproduced") expect(ours).toEqual(official);
    else expect(ours).not.toEqual(official);
  });
});

describe("greedy rule", () => {
  const approval: AllocationInstance = {
    budget: 100,
    utility: "approval",
    projects: [
      { id: "a", cost: 60 },
      { id: "b", cost: 50 },
      { id: "c", cost: 30 },
      { id: "d", cost: 10 },
    ],
    ballots: [{ projects: ["a", "b"], multiplicity: 3 }, { projects: ["b", "c"] }, { projects: ["a"] }],
  };

  it("funds by score, skipping projects that no longer fit, never funding score 0", () => {
    const r = allocateGreedy(approval);
    // Scores: a 4, b 4 (tie → more votes: equal; lower cost first: b), c 1, d 0.
    expect(r.selectionOrder).toEqual(["b", "c"]);
    expect(r.selected).toEqual(["b", "c"]);
    expect(r.spent).toBe(80);
    const byId = Object.fromEntries(r.explanations.map((e) => [e.projectId, e]));
    expect(byId.a).toMatchObject({
      selected: false,
      reason: "didNotFit",
      greedy: { rank: 2, budgetLeftWhenReached: 50 },
    });
    expect(byId.c).toMatchObject({ selected: true, reason: "funded", greedy: { rank: 3, budgetLeftWhenReached: 50 } });
    expect(byId.d).toMatchObject({ selected: false, reason: "zeroScore" });
  });

  it("uses max_length − k points for ordinal ballots without points", () => {
    const pb: PabulibInstance = {
      meta: { budget: "10", vote_type: "ordinal", max_length: "3" },
      budget: 10,
      budgetMinor: 1000,
      amountsWhole: true,
      voteType: "ordinal",
      projectColumns: ["project_id", "cost"],
      projects: ["x", "y", "z"].map((id) => ({
        id,
        cost: 10,
        costMinor: 1000,
        categories: [],
        beneficiaries: [],
        fields: { project_id: id, cost: "10" },
      })),
      voteColumns: ["voter_id", "vote"],
      votes: [
        { voterId: "1", vote: ["x", "y"], extra: {} },
        { voterId: "2", vote: ["y", "z", "x"], extra: {} },
      ],
      warnings: [],
      warningCount: 0,
      warningsByCode: {},
    };
    const inst = allocationInstanceFromPabulib(pb);
    // x: 3 + 1 = 4, y: 2 + 3 = 5, z: 2.
    expect(inst.ballots[0]!.points).toEqual([3, 2]);
    expect(allocateGreedy(inst).selected).toEqual(["y"]);
  });

  it("throws on a tie whose order changes the outcome, and accepts an explicit order", () => {
    const tied: AllocationInstance = {
      budget: 50,
      utility: "approval",
      projects: [
        { id: "p", cost: 50 },
        { id: "q", cost: 50 },
      ],
      ballots: [{ projects: ["p", "q"] }],
    };
    expect(() => allocateGreedy(tied)).toThrow(AllocationError);
    expect(allocateGreedy(tied, { tieOrder: ["q", "p"] }).selected).toEqual(["q"]);
    // When both fit, the order cannot matter: no error.
    expect(allocateGreedy({ ...tied, budget: 100 }).selected).toEqual(["p", "q"]);
  });
});

describe("greedy variants (hand-checked)", () => {
  // Budget 100. Scores: a 5 votes (cost 60), b 4 (cost 50), c 3 (cost 30), d 1 (cost 10); 5 voters.
  const instance: AllocationInstance = {
    budget: 100,
    utility: "approval",
    projects: [
      { id: "a", cost: 60 },
      { id: "b", cost: 50 },
      { id: "c", cost: 30 },
      { id: "d", cost: 10 },
    ],
    ballots: [
      { projects: ["a", "b", "c"] },
      { projects: ["a", "b", "c"] },
      { projects: ["a", "b", "c"] },
      { projects: ["a", "b"] },
      { projects: ["a", "d"] },
    ],
  };

  it("standard greedy skips b (50 > 40 left) and funds c and d", () => {
    expect(allocateGreedy(instance).selected).toEqual(["a", "c", "d"]);
  });

  it("greedy-no-skip stops at b, the first project that does not fit", () => {
    const r = allocateGreedy(instance, { variant: "no-skip" });
    expect(r.selected).toEqual(["a"]);
    const c = r.explanations.find((e) => e.projectId === "c")!;
    expect(c).toMatchObject({ selected: false, reason: "didNotFit" });
    expect(c.summary).toContain("without skipping");
  });

  it("greedy-threshold: only projects with at least 3 votes compete", () => {
    const r = allocateGreedy(instance, { variant: "threshold", threshold: 3 });
    expect(r.selected).toEqual(["a", "c"]);
    expect(r.explanations.find((e) => e.projectId === "d")).toMatchObject({ reason: "notEligible", selected: false });
  });

  it("Świecie: eligible when votes/voters ≥ cost/(3 × budget)", () => {
    // a: 5/5 ≥ 60/300 yes; b: 4/5 ≥ 50/300 yes; c: 3/5 ≥ 30/300 yes; d: 1/5 = 0.2 ≥ 10/300 yes → as standard.
    expect(allocateGreedy(instance, { variant: "swiecie" }).selected).toEqual(["a", "c", "d"]);
    // With d costing 70 (and budget 100): 1/5 = 0.2 < 70/300 ≈ 0.233, so d is not eligible;
    // at exactly 60: 0.2 = 60/300, eligible (the comparison is ≥, exact).
    const dearer = (cost: number): AllocationInstance => ({
      ...instance,
      budget: 100,
      projects: instance.projects.map((p) => (p.id === "d" ? { ...p, cost } : p)),
    });
    expect(
      allocateGreedy(dearer(70), { variant: "swiecie" }).explanations.find((e) => e.projectId === "d"),
    ).toMatchObject({
      reason: "notEligible",
    });
    expect(
      allocateGreedy(dearer(60), { variant: "swiecie" }).explanations.find((e) => e.projectId === "d"),
    ).toMatchObject({
      reason: "didNotFit",
    });
  });
});
