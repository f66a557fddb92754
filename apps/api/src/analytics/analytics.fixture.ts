/** Test fixture for the analytics: two councils, four rounds, GBP and BRX, hand-countable. */
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Round } from "../round/round.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Applicant } from "../panel/applicant.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Ballot } from "../ballot/ballot.entity.js";
import { BallotChoice } from "../ballot/ballot-choice.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Measurement } from "../outcome/measurement.entity.js";

async function put<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, values: Partial<T>): Promise<T> {
  const repo = ds.getRepository(entity);
  return repo.save(repo.create(values as T));
}

export interface Fixture {
  alpha: Council;
  beta: Council;
  a1: Area;
  b1: Area;
  p1: Provider;
  p2: Provider;
  r1: Round;
  r2: Round;
  r3: Round;
  r4: Round;
  r5: Round;
  r6: Round;
}

const round = (
  councilKey: number,
  areaKey: number,
  slug: string,
  theme: string,
  year: number,
  potMinor: number,
  currency = "GBP",
): Partial<Round> => ({
  councilKey,
  areaKey,
  slug,
  title: slug,
  kind: "commissioning",
  phase: "monitoring",
  theme,
  potMinor,
  currency,
  decisionMethod: "panel_scoring",
  year,
});

/** Panel of a round: one member per entry (sex or null = no data). */
async function panel(ds: DataSource, roundKey: number, sexes: (string | null)[]): Promise<void> {
  let i = 0;
  for (const sex of sexes) {
    i++;
    const a = await put(ds, Applicant, {
      roundKey,
      pseudonym: `p${roundKey}-${i}`,
      sex,
      ageBand: null,
      ethnicGroup: null,
      disability: null,
      status: "selected",
    });
    await put(ds, PanelMember, { roundKey, applicantKey: a.key, pseudonym: `p${roundKey}-${i}`, role: "member" });
  }
}

export async function insertFixture(ds: DataSource): Promise<Fixture> {
  const alpha = await put(ds, Council, { slug: "alpha", name: "Alpha Council" });
  const beta = await put(ds, Council, { slug: "beta", name: "Beta Council" });
  const a1 = await put(ds, Area, { councilKey: alpha.key, slug: "a1", name: "Alpha Borough", kind: "borough" });
  const b1 = await put(ds, Area, { councilKey: beta.key, slug: "b1", name: "Beta Borough", kind: "borough" });
  for (const [area, total, female, male] of [
    [a1, 1000, 600, 400],
    [b1, 500, 250, 250],
  ] as const) {
    await put(ds, PopulationBaseline, {
      areaKey: area.key,
      dimension: "total",
      category: "All usual residents",
      count: total,
      source: "test",
      year: 2021,
    });
    await put(ds, PopulationBaseline, {
      areaKey: area.key,
      dimension: "sex",
      category: "Female",
      count: female,
      source: "test",
      year: 2021,
    });
    await put(ds, PopulationBaseline, {
      areaKey: area.key,
      dimension: "sex",
      category: "Male",
      count: male,
      source: "test",
      year: 2021,
    });
  }
  const p1 = await put(ds, Provider, { slug: "p1", name: "Provider One", kind: "charity" });
  const p2 = await put(ds, Provider, { slug: "p2", name: "Provider Two", kind: "company" });
  const r1 = await put(ds, Round, round(alpha.key, a1.key, "alpha-2023-youth", "youth", 2023, 10_000));
  const r2 = await put(ds, Round, round(alpha.key, a1.key, "alpha-2022-youth", "youth", 2022, 5_000));
  const r3 = await put(ds, Round, round(alpha.key, a1.key, "alpha-2024-health", "health", 2024, 2_000, "BRX"));
  const r4 = await put(ds, Round, round(beta.key, b1.key, "beta-2023-youth", "youth", 2023, 7_000));
  const r5 = await put(ds, Round, round(beta.key, b1.key, "beta-2024-arts", "arts", 2024, 0));
  const r6 = await put(ds, Round, round(beta.key, b1.key, "beta-2025-arts", "arts", 2025, 0));
  const award = (roundKey: number, providerKey: number | null, valueMinor: number, currency = "GBP") =>
    put(ds, Award, {
      roundKey,
      providerKey,
      title: "award",
      kind: "grant",
      valueMinor,
      currency,
      awardedOn: "2023-06-01",
      status: "active",
    });
  const aw1 = await award(r1.key, p1.key, 6_000);
  await award(r1.key, p2.key, 3_000);
  await award(r2.key, p1.key, 4_000);
  const aw4 = await award(r3.key, p1.key, 1_500, "BRX");
  await award(r4.key, null, 7_000);
  let ref = 0;
  const spend = (awardKey: number, amountMinor: number, currency = "GBP") =>
    put(ds, SpendTransaction, {
      awardKey,
      amountMinor,
      currency,
      paidOn: "2023-09-01",
      description: "payment",
      reference: `ref-${++ref}`,
    });
  await spend(aw1.key, 1_000);
  await spend(aw1.key, 2_000);
  await spend(aw4.key, 500, "BRX");

  // Panels: r1 = 5 F, 1 M, 1 no data; r5 = 8 F, 4 M; r6 = 5 F, 5 M.
  await panel(ds, r1.key, ["Female", "Female", "Female", "Female", "Female", "Male", null]);
  await panel(ds, r5.key, [...Array<string>(8).fill("Female"), ...Array<string>(4).fill("Male")]);
  await panel(ds, r6.key, [...Array<string>(5).fill("Female"), ...Array<string>(5).fill("Male")]);

  // A vote in r4: projects X (funded), Y (funded), Z (not funded); 10 ballots.
  const bids = [];
  for (const id of ["X", "Y", "Z"])
    bids.push(
      await put(ds, Bid, {
        roundKey: r4.key,
        externalId: id,
        title: `Project ${id}`,
        amountRequestedMinor: 1000,
        currency: "GBP",
        status: id === "Z" ? "not_funded" : "funded",
      }),
    );
  const [x, y, z] = bids as [Bid, Bid, Bid];
  const decision = await put(ds, Decision, {
    roundKey: r4.key,
    method: "voting",
    rule: "greedy",
    officerRecommendationBidKey: z.key,
  });
  await put(ds, DecisionProject, { decisionKey: decision.key, bidKey: x.key, funded: true, rank: 1, score: 6 });
  await put(ds, DecisionProject, { decisionKey: decision.key, bidKey: y.key, funded: true, rank: 2, score: 3 });
  await put(ds, DecisionProject, { decisionKey: decision.key, bidKey: z.key, funded: false, rank: 3, score: 5 });
  // Ballots: 4 × {X}, 2 × {X, Z}, 1 × {Y}, 3 × {Z}  → 7 of 10 have a funded choice.
  const ballots: [string[], number][] = [
    [["X"], 4],
    [["X", "Z"], 2],
    [["Y"], 1],
    [["Z"], 3],
  ];
  for (const [choices, n] of ballots) {
    for (let i = 0; i < n; i++) {
      const b = await put(ds, Ballot, { roundKey: r4.key, sex: i % 2 === 0 ? "Female" : "Male", ageBand: null });
      for (const c of choices)
        await put(ds, BallotChoice, { ballotKey: b.key, bidKey: (c === "X" ? x : c === "Y" ? y : z).key, points: 1 });
    }
  }

  // Outcomes of r1: "young people" reached 0 → 40 (target 100, period 2023-01-01..2024-01-01), and a % never measured.
  const o = await put(ds, Outcome, { roundKey: r1.key, title: "More young people reached", position: 0 });
  const people = await put(ds, Indicator, {
    outcomeKey: o.key,
    name: "Young people reached",
    unit: "young people",
    baseline: 0,
    target: 100,
    direction: "higher_is_better",
    startsOn: "2023-01-01",
    dueOn: "2024-01-01",
  });
  await put(ds, Indicator, {
    outcomeKey: o.key,
    name: "Satisfaction",
    unit: "%",
    baseline: 50,
    target: 80,
    direction: "higher_is_better",
    startsOn: "2023-01-01",
    dueOn: "2024-01-01",
  });
  await put(ds, Measurement, { indicatorKey: people.key, value: 20, measuredOn: "2023-03-01", source: "test" });
  await put(ds, Measurement, { indicatorKey: people.key, value: 40, measuredOn: "2023-07-02", source: "test" });
  await put(ds, Measurement, { indicatorKey: people.key, value: 90, measuredOn: "2023-12-01", source: "test" });
  return { alpha, beta, a1, b1, p1, p2, r1, r2, r3, r4, r5, r6 };
}
