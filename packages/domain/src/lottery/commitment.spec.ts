import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  anonymisedPoolCsv,
  commitmentJson,
  commitmentQuotas,
  householdCounts,
  householdLabels,
  parseCommitmentJson,
  probabilitySpread,
} from "./commitment.js";
import { quotaFeasibilityWith } from "./panel-lottery.js";
import { loadHighs, type Highs } from "./solver.js";

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe("the anonymised pool file", () => {
  it("is sorted by id, lists the quota dimensions sorted, writes (no data) and quotes only when needed", () => {
    const csv = anonymisedPoolCsv(
      [
        { id: "b", categories: { sex: "Male", age_band: "16-24", ethnic_group: "White" } },
        { id: "a", categories: { sex: "", age_band: "25, to 34" } },
      ],
      ["sex", "age_band"],
    );
    expect(csv).toBe('id,age_band,sex\na,"25, to 34",(no data)\nb,16-24,Male\n');
    // the same pool in any order hashes the same
    const again = anonymisedPoolCsv(
      [
        { id: "a", categories: { age_band: "25, to 34" } },
        { id: "b", categories: { sex: "Male", age_band: "16-24" } },
      ],
      ["age_band", "sex"],
    );
    expect(createHash("sha256").update(again).digest("hex")).toBe(createHash("sha256").update(csv).digest("hex"));
  });

  it("with the household rule, adds a last column of group labels for shared households only, never the address", () => {
    const pool = [
      { id: "d", categories: { sex: "Male" }, household: "12 high st" },
      { id: "a", categories: { sex: "Female" }, household: "Flat 2, 5 Mill Lane" },
      { id: "c", categories: { sex: "Female" }, household: "flat 2 5 mill lane" },
      { id: "b", categories: { sex: "Male" }, household: "12 High St." },
      { id: "e", categories: { sex: "Male" }, household: "7 Church Road" },
      { id: "f", categories: { sex: "Female" }, household: null },
      { id: "g", categories: { sex: "Female" }, household: "  " },
    ];
    // sorted by id: a (Mill Lane) is first met, so H1; b (High St) H2; e alone, f and g no address
    const csv = anonymisedPoolCsv(pool, ["sex"], { household: true });
    expect(csv).toBe(
      "id,sex,household\na,Female,H1\nb,Male,H2\nc,Female,H1\nd,Male,H2\ne,Male,\nf,Female,\ng,Female,\n",
    );
    expect(csv).not.toMatch(/high|mill|church/i);
    // without the rule the file is the one before the option, addresses or not
    expect(anonymisedPoolCsv(pool, ["sex"])).toBe(
      "id,sex\na,Female\nb,Male\nc,Female\nd,Male\ne,Male\nf,Female\ng,Female\n",
    );
    expect(householdLabels([{ id: "x", categories: {}, household: "1 A St" }])).toEqual([""]);
    expect(householdCounts(["H1", "H2", "H1", "H2", "", null])).toEqual({ affected: 4, households: 2 });
  });
});

describe("the commitment document", () => {
  const c = {
    round: "r",
    poolSha256: "ab".repeat(32),
    applicants: 9,
    dimensions: ["sex", "age_band"],
    quotas: commitmentQuotas({ sex: { Male: { min: 1, max: 2 }, Female: { min: 2, max: 2 } } }),
    panelSize: 4,
    algorithm: "maximin",
    algorithmVersion: "cg/v1+highs-1.15.1",
    randomnessDate: "2026-12-05",
    randomnessSource: "UK National Lottery Lotto draw",
  };
  it("has a fixed key order, sorted quotas and round-trips", () => {
    const text = commitmentJson(c);
    expect(text).toBe(
      '{"format":"coproduce-lottery-commitment/v1","round":"r","pool":{"sha256":"' +
        "ab".repeat(32) +
        '","applicants":9,"dimensions":["age_band","sex"]},"quotas":[{"dimension":"sex","category":"Female","min":2,"max":2},{"dimension":"sex","category":"Male","min":1,"max":2}],"panelSize":4,"algorithm":"maximin","algorithmVersion":"cg/v1+highs-1.15.1","randomness":{"date":"2026-12-05","source":"UK National Lottery Lotto draw"}}',
    );
    expect(commitmentJson(parseCommitmentJson(text))).toBe(text);
    expect(() => parseCommitmentJson('{"format":"other"}')).toThrow(/coproduce-lottery-commitment/);
    // a v1 document without a ceremony reads as an ordinary draw
    expect(parseCommitmentJson(text).ceremonyTickets).toBeNull();
  });

  it("adds the ceremony's number of tickets last, only when set, and reads it back", () => {
    const plain = commitmentJson(c);
    expect(commitmentJson({ ...c, ceremonyTickets: null })).toBe(plain);
    const text = commitmentJson({ ...c, ceremonyTickets: 1000 });
    expect(text).toBe(`${plain.slice(0, -1)},"ceremony":{"tickets":1000}}`);
    expect(parseCommitmentJson(text).ceremonyTickets).toBe(1000);
    expect(commitmentJson(parseCommitmentJson(text))).toBe(text);
  });

  it("records the household rule last, only when set, and reads it back", () => {
    const plain = commitmentJson(c);
    expect(commitmentJson({ ...c, household: false })).toBe(plain);
    expect(parseCommitmentJson(plain).household).toBe(false);
    const text = commitmentJson({ ...c, ceremonyTickets: 1000, household: true });
    expect(text).toBe(`${plain.slice(0, -1)},"ceremony":{"tickets":1000},"household":true}`);
    expect(parseCommitmentJson(text).household).toBe(true);
    expect(commitmentJson(parseCommitmentJson(text))).toBe(text);
    expect(() => parseCommitmentJson(`${plain.slice(0, -1)},"household":"yes"}`)).toThrow(/household/);
  });

  it("refuses a document whose ceremony names a bad number of tickets", () => {
    const plain = commitmentJson(c);
    for (const bad of ["1", "2.5", '"1000"', "10001", "null"])
      expect(() => parseCommitmentJson(`${plain.slice(0, -1)},"ceremony":{"tickets":${bad}}}`)).toThrow(
        /ceremony\.tickets/,
      );
  });
});

describe("probabilitySpread", () => {
  it("gives min, median (mean of the middle two when even) and max", () => {
    expect(probabilitySpread([0.5, 0.1, 0.3])).toEqual({ min: 0.1, median: 0.3, max: 0.5 });
    expect(probabilitySpread([0.4, 0.1, 0.2, 1])).toEqual({ min: 0.1, median: 0.30000000000000004, max: 1 });
    expect(probabilitySpread([])).toBeNull();
  });
});

describe("quotaFeasibilityWith", () => {
  const pool = [
    ...["f1", "f2"].map((id) => ({ id, categories: { sex: "Female" } })),
    ...["m1", "m2", "m3", "m4"].map((id) => ({ id, categories: { sex: "Male" } })),
  ];
  it("says feasible quotas are feasible and counts the pool per quota", () => {
    const r = quotaFeasibilityWith(highs, {
      applicants: pool,
      quotas: { sex: { Female: { min: 2, max: 2 }, Male: { min: 2, max: 2 } } },
      panelSize: 4,
    });
    expect(r.feasible).toBe(true);
    expect(r.infeasible).toBeUndefined();
    expect(r.quotaOutcomes.map((o) => [o.category, o.applicants])).toEqual([
      ["Female", 2],
      ["Male", 4],
    ]);
  });
  it("names the conflicting quota and the nearest achievable range", () => {
    // 3 women needed but only 2 applied: lower the minimum to 2 (and the maximum too, the smallest change).
    const r = quotaFeasibilityWith(highs, {
      applicants: pool,
      quotas: { sex: { Female: { min: 3, max: 3 }, Male: { min: 1, max: 1 } } },
      panelSize: 4,
    });
    expect(r.feasible).toBe(false);
    expect(r.infeasible?.code).toBe("CATEGORY_SHORT_OF_APPLICANTS");
    const byCat = Object.fromEntries(
      r.infeasible!.conflicts.map((c) => [c.category, [c.suggestedMin, c.suggestedMax]]),
    );
    expect(byCat["Female"]?.[0]).toBe(2);
    expect(byCat["Male"]?.[1]).toBe(2);
    expect(r.infeasible!.suggestedQuotas["sex"]).toEqual({ Female: { min: 2, max: 3 }, Male: { min: 1, max: 2 } });
  });
});
