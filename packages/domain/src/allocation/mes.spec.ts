import { createReadStream, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePabulib } from "../pabulib/parser.js";
import type { PabulibInstance } from "../pabulib/types.js";
import { allocate } from "./allocate.js";
import { allocationInstanceFromPabulib, officialSelection } from "./instance.js";
import { allocateMes } from "./mes.js";
import { AllocationError, type Add1Option, type AllocationInstance, type Completion, type TieBreak } from "./types.js";

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const PABULIB = `${sharedDir}/data/pabulib/`;

const cache = new Map<string, Promise<PabulibInstance>>();
function load(file: string): Promise<PabulibInstance> {
  let p = cache.get(file);
  if (!p) {
    p = parsePabulib(createReadStream(PABULIB + file, { encoding: "utf8" }));
    cache.set(file, p);
  }
  return p;
}

interface ExpectedRow {
  file: string;
  completion: Completion;
  add1Options: Add1Option[];
  tieBreak: TieBreak[];
  selected: string[];
}

const rows: ExpectedRow[] = readFileSync(`${PABULIB}expected-mes.tsv`, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [file, , completion, options, tieBreak, selected] = line.split("\t");
    return {
      file: file!,
      completion: completion as Completion,
      add1Options: options === "-" ? [] : (options!.split(",") as Add1Option[]),
      tieBreak: tieBreak!.split(",") as TieBreak[],
      selected: selected === "-" ? [] : selected!.split(","),
    };
  });

describe("MES against expected-mes.tsv", () => {
  it("has the 36 rows (18 approval files × none/add1u)", () => {
    expect(rows).toHaveLength(36);
  });

  it.each(rows.map((r) => [r.file, r.completion, r] as const))("%s, completion %s", async (_file, _completion, row) => {
    const pb = await load(row.file);
    const result = allocate(allocationInstanceFromPabulib(pb), {
      rule: "mes",
      completion: row.completion,
      add1Options: row.add1Options,
      tieBreak: row.tieBreak,
    });
    expect([...result.selected].sort()).toEqual([...row.selected].sort());
    expect(result.spent).toBeLessThanOrEqual(result.budget);
  });
});

describe("Wieliczka Green Million 2023 (rule equalshares/add1)", () => {
  // The official outcome follows from add1 WITHOUT the "exhaustive" stop: the city kept raising
  // the per-voter share by 1 PLN while the outcome still fit the 1,000,000 PLN pot (ending at
  // 315 PLN per voter, 995,079 PLN spent). Starting from the integral (floored) share or from
  // the exact pot/voters gives the same outcome. With "exhaustive" (stop at the first exhaustive
  // outcome, 302 PLN) projects 66 and 67 would be funded instead of 46.
  it.each([[["integral"]], [[]]] as [Add1Option[]][])(
    "official outcome = MES + add1 with options %j (no exhaustive stop)",
    async (add1Options) => {
      const pb = await load("poland_wieliczka_2023_green-budget.pb");
      const result = allocateMes(allocationInstanceFromPabulib(pb), { completion: "add1", add1Options });
      expect([...result.selected].sort()).toEqual([...officialSelection(pb)!].sort());
      expect(result.spent).toBe(995_079);
    },
  );

  it("with integral+exhaustive the outcome differs from the official one", async () => {
    const pb = await load("poland_wieliczka_2023_green-budget.pb");
    const result = allocateMes(allocationInstanceFromPabulib(pb), {
      completion: "add1",
      add1Options: ["integral", "exhaustive"],
    });
    expect([...result.selected].sort()).not.toEqual([...officialSelection(pb)!].sort());
  });
});

describe("MES, hand-worked", () => {
  // 4 voters, pot 100 → 25 each. A (60) by v1–v3, B (40) by v4, C (30) by v3, v4.
  // Round 1: A costs 20 per supporter (effective votes 3), C 15 each (2), B unaffordable (25 < 40).
  // A wins; v1–v3 keep 5. Round 2: C — v3 pays its 5, v4 pays 25 (effective votes 30/25 = 1.2).
  const instance: AllocationInstance = {
    budget: 100,
    utility: "approval",
    projects: [
      { id: "A", cost: 60 },
      { id: "B", cost: 40 },
      { id: "C", cost: 30 },
    ],
    ballots: [{ projects: ["A"] }, { projects: ["A"] }, { projects: ["A", "C"] }, { projects: ["B", "C"] }],
  };

  it("selects A then C and explains each project", () => {
    const r = allocateMes(instance);
    expect(r.selectionOrder).toEqual(["A", "C"]);
    expect(r.spent).toBe(90);
    expect(r.perVoterShare).toEqual({ exact: "25", value: 25 });
    const byId = Object.fromEntries(r.explanations.map((e) => [e.projectId, e]));
    expect(byId.A).toMatchObject({
      selected: true,
      stage: "mes",
      mes: { round: 1, supportersMoney: 75, effectiveVoteCount: 3, maxPayment: 20 },
    });
    expect(byId.C).toMatchObject({
      selected: true,
      mes: { round: 2, supportersMoney: 30, effectiveVoteCount: 1.2, maxPayment: 25 },
    });
    // B is only re-examined when nothing better remains (its price can only have risen): by
    // round 3 its one supporter has spent everything on C.
    expect(byId.B).toMatchObject({
      selected: false,
      reason: "supportersCouldNotAfford",
      mes: { round: 3, supportersMoney: 0 },
    });
  });

  // Pot 130 → 32.5 each. MES alone: A (v1–v3 pay 20), then C (v3 pays its 12.5, v4 17.5): 90 spent,
  // and B (40) is out of v4's reach (15 left). Add1u raises every voter's share one whole unit at a time
  // (integral: 33, 34, …). A and C always come first; C then costs v4 15, so B needs v4's share − 15 ≥ 40,
  // i.e. a share of 55 — the 23rd step — where A + C + B = 130 fits the pot exactly.
  it("add1u raises the equal share until the outcome would exceed the pot", () => {
    const r = allocateMes(
      { ...instance, budget: 130 },
      { completion: "add1u", add1Options: ["integral", "exhaustive"] },
    );
    expect(r.selectionOrder).toEqual(["A", "C", "B"]);
    expect(r.spent).toBe(130);
    expect(r.add1Steps).toBe(23);
    expect(r.perVoterShare).toEqual({ exact: "55", value: 55 });
  });

  it("an unresolved tie is an error; an explicit order resolves it", () => {
    const tied: AllocationInstance = {
      budget: 10,
      utility: "approval",
      projects: [
        { id: "P", cost: 10 },
        { id: "Q", cost: 10 },
      ],
      ballots: [{ projects: ["P", "Q"], multiplicity: 2 }],
    };
    expect(() => allocateMes(tied)).toThrow(AllocationError);
    expect(allocateMes(tied, { tieOrder: ["Q"] }).selected).toEqual(["Q"]);
  });

  it("cardinal ballots: supporters pay in proportion to their points", () => {
    // 2 voters, 10 each. X (12): v1 gives 3 points, v2 gives 1 → price per point 3: v1 pays 9, v2 pays 3.
    const r = allocateMes({
      budget: 20,
      utility: "cardinal",
      projects: [{ id: "X", cost: 12 }],
      ballots: [
        { projects: ["X"], points: [3] },
        { projects: ["X"], points: [1] },
      ],
    });
    expect(r.selected).toEqual(["X"]);
    expect(r.explanations[0]!.mes).toMatchObject({ round: 1, maxPayment: 3, effectiveVoteCount: 4 });
  });

  it("the comparison step keeps greedy when more voters prefer it", () => {
    // MES can afford nothing (each voter holds 100/7); greedy funds X, which 3 voters want.
    const inst: AllocationInstance = {
      budget: 100,
      utility: "approval",
      projects: [
        { id: "X", cost: 100 },
        { id: "Y", cost: 40 },
      ],
      ballots: [
        { projects: ["X"], multiplicity: 3 },
        { projects: ["Y"], multiplicity: 2 },
        { projects: [], multiplicity: 2 },
      ],
    };
    expect(allocateMes(inst).selected).toEqual([]);
    const r = allocateMes(inst, { comparison: "satisfaction" });
    expect(r.comparisonOutcome).toEqual({ kind: "satisfaction", preferMes: 0, preferGreedy: 3, used: "greedy" });
    expect(r.selected).toEqual(["X"]);
    expect(r.explanations.find((e) => e.projectId === "X")).toMatchObject({ stage: "comparison", selected: true });
    const ex = allocateMes(inst, { comparison: "exclusionRatio" });
    expect(ex.comparisonOutcome?.used).toBe("greedy");
  });
});
