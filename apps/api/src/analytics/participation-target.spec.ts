import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "../panel/applicant.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/**
 * The public panel make-up is compared with the round's target group (issue 13): a youth round
 * ("aged 16–21") is set beside the area's residents in the census bands 15–19 and 20–24, not beside
 * everyone; rounds for different ages pooled fall back to all residents. The tables' cells — and so
 * what is suppressed — do not change with the comparison.
 */
let db: TestDatabase;
let client: TestClient;

async function put<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, values: Partial<T>): Promise<T> {
  const repo = ds.getRepository(entity);
  return repo.save(repo.create(values as T));
}

// Census counts chosen by hand: 100 residents aged 15–19, 300 aged 20–24, 1,600 others.
const AGES: [string, number][] = [
  ["0-14", 400],
  ["15-19", 100],
  ["20-24", 300],
  ["25-64", 1000],
  ["65+", 200],
];
const SEX: [string, number][] = [
  ["Female", 1100],
  ["Male", 900],
];

beforeAll(async () => {
  db = await openTestDatabase();
  const ds = db.dataSource;
  const council = await put(ds, Council, { slug: "gamma", name: "Gamma Council" });
  const area = await put(ds, Area, { councilKey: council.key, slug: "g1", name: "Gamma Borough", kind: "borough" });
  for (const [dimension, rows] of [
    ["age_band", AGES],
    ["sex", SEX],
  ] as const)
    for (const [category, count] of rows)
      await put(ds, PopulationBaseline, { areaKey: area.key, dimension, category, count, source: "test", year: 2021 });
  const round = (slug: string, targetGroup: string | null): Partial<Round> => ({
    councilKey: council.key,
    areaKey: area.key,
    slug,
    title: slug,
    kind: "commissioning",
    phase: "monitoring",
    theme: "youth",
    targetGroup,
    potMinor: 1_000_00,
    currency: "GBP",
    decisionMethod: "panel_scoring",
    year: 2024,
  });
  const youth = await put(ds, Round, round("gamma-youth", "young people aged 16–21"));
  const older = await put(ds, Round, round("gamma-older", "residents aged 65 and over"));
  // Youth panel: 6 aged 15–19 and 6 aged 20–24 (6 F, 6 M); older panel: 10 aged 65+ (5 F, 5 M).
  const seat = async (roundKey: number, i: number, ageBand: string, sex: string) => {
    const a = await put(ds, Applicant, {
      roundKey,
      pseudonym: `m${roundKey}-${i}`,
      ageBand,
      sex,
      ethnicGroup: null,
      disability: null,
      status: "selected",
    });
    await put(ds, PanelMember, { roundKey, applicantKey: a.key, pseudonym: `m${roundKey}-${i}`, role: "member" });
  };
  for (let i = 0; i < 12; i++) await seat(youth.key, i, i < 6 ? "15-19" : "20-24", i % 2 ? "Male" : "Female");
  for (let i = 0; i < 10; i++) await seat(older.key, i, "65+", i % 2 ? "Male" : "Female");
  client = await TestClient.create(ds);
});
afterAll(async () => {
  await client?.stop();
  await db?.close();
});

interface Dim {
  dimension: string;
  baselineScope: string;
  similarity: number | null;
  categories: {
    category: string;
    populationCount: number;
    populationShare: number | null;
    count: { display: string };
  }[];
}
async function participation(args: string) {
  return (
    await client.data<{
      participation: { baselineAges: { from: number; to: number | null } | null; panel: Dim[] };
    }>(
      `{ participation(${args}) { baselineAges { from to } panel { dimension baselineScope similarity
         categories { category populationCount populationShare count { display } } } } }`,
    )
  ).participation;
}
const dim = (p: { panel: Dim[] }, d: string) => p.panel.find((x) => x.dimension === d)!;

describe(`panel make-up vs the round's target group (${process.env.TEST_DATABASE_URL ? "postgres" : "sqlite"})`, () => {
  it("compares a youth round's ages with residents aged 15–24, and says so", async () => {
    const p = await participation(`rounds: ["gamma-youth"]`);
    expect(p.baselineAges).toEqual({ from: 15, to: 24 });
    const age = dim(p, "age_band");
    expect(age.baselineScope).toBe("TARGET_GROUP");
    // Only the bands of the target group are listed (no member is outside them).
    expect(age.categories.map((c) => [c.category, c.populationCount, c.count.display])).toEqual([
      ["15-19", 100, "6"],
      ["20-24", 300, "6"],
    ]);
    expect(age.categories.map((c) => c.populationShare)).toEqual([0.25, 0.75]);
    // Σ min(p_target, p_panel) = min(.25,.5) + min(.75,.5) = 0.75 (against all residents it would be 0.2).
    expect(age.similarity).toBeCloseTo(0.75, 10);
    // Sex is not cross-tabulated by age in the census: all residents, said plainly.
    const sex = dim(p, "sex");
    expect(sex.baselineScope).toBe("AREA");
    expect(sex.categories.map((c) => [c.category, c.populationCount])).toEqual(SEX);
  });

  it("compares an open-ended target group ('65 and over') with the 65+ band", async () => {
    const p = await participation(`rounds: ["gamma-older"]`);
    expect(p.baselineAges).toEqual({ from: 65, to: null });
    expect(dim(p, "age_band").categories.map((c) => [c.category, c.populationShare])).toEqual([["65+", 1]]);
    expect(dim(p, "age_band").similarity).toBeCloseTo(1, 10);
  });

  it("pools rounds for different ages against all residents, with the same published cells", async () => {
    const both = await participation(`council: "gamma"`);
    expect(both.baselineAges).toBeNull();
    const age = dim(both, "age_band");
    expect(age.baselineScope).toBe("AREA");
    expect(age.categories.map((c) => [c.category, c.populationCount, c.count.display])).toEqual([
      ["0-14", 400, "0"],
      ["15-19", 100, "6"],
      ["20-24", 300, "6"],
      ["25-64", 1000, "0"],
      ["65+", 200, "10"],
    ]);
    // The youth round's own cells read the same whichever comparison is shown.
    const alone = dim(await participation(`rounds: ["gamma-youth"]`), "sex").categories.map((c) => c.count.display);
    expect(alone).toEqual(["6", "6"]);
  });
});
