/**
 * National-scale benchmark dataset, generated inside the database (INSERT … SELECT over a series),
 * deterministic (a multiplicative hash, not random()), for PostgreSQL (generate_series) and SQLite
 * (a recursive CTE). Default scale: 320 councils, 3,200 rounds, 25,600 projects, 6,400 awards,
 * 25,600 payments, 38,400 panel members, 5,000,000 ballots with 2 choices each on PostgreSQL
 * (SQLite default: 200,000 ballots — documented in BENCHMARKS.md). Skew: a ballot's round is
 * 1 + ⌊R·u⁴⌋, so round 1 (a big city) gets ~13 % of all ballots, the top 10 rounds ~24 %, and most
 * rounds a few hundred.
 */
import type { DataSource } from "typeorm";
import { freezeVotingRecord } from "../analytics/voting-record.js";

export interface BenchScale {
  councils: number;
  roundsPerCouncil: number;
  ballots: number;
}

export const DEFAULT_SCALE = {
  postgres: { councils: 320, roundsPerCouncil: 10, ballots: 5_000_000 },
  sqlite: { councils: 320, roundsPerCouncil: 10, ballots: 200_000 },
} satisfies Record<string, BenchScale>;

const THEMES = ["youth", "health", "legal_advice", "environment", "older_people", "community_safety", "arts"];
export const BIDS_PER_ROUND = 8;
export const PANEL_PER_ROUND = 12;

export async function generate(
  ds: DataSource,
  scale: BenchScale,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const pg = ds.options.type === "postgres";
  const series = (n: number | string) =>
    pg
      ? `generate_series(1, ${n}) AS g(x)`
      : `(WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < ${n}) SELECT x FROM s) AS g`;
  /** Deterministic u ∈ [0,1) from an integer expression and a salt. */
  const u = (expr: string, salt: number) =>
    `(((CAST(${expr} AS BIGINT) * 2654435761 + ${salt}) % 1000003) / 1000003.0)`;
  const concat = (...parts: string[]) => parts.join(" || ");
  const R = scale.councils * scale.roundsPerCouncil;
  const themeCase = `CASE (x % ${THEMES.length}) ${THEMES.map((t, i) => `WHEN ${i} THEN '${t}'`).join(" ")} END`;
  const step = async (name: string, sql: string) => {
    const t = Date.now();
    await ds.query(sql);
    log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step(
    "councils",
    `INSERT INTO council ("slug", "name", "region") SELECT ${concat("'council-'", "CAST(x AS TEXT)")}, ${concat("'Council '", "CAST(x AS TEXT)")}, 'Bench' FROM ${series(scale.councils)}`,
  );
  await step(
    "areas",
    `INSERT INTO area ("councilKey", "slug", "name", "kind") SELECT x, 'borough', ${concat("'Borough '", "CAST(x AS TEXT)")}, 'borough' FROM ${series(scale.councils)}`,
  );
  await step(
    "population",
    `INSERT INTO population_baseline ("areaKey", "dimension", "category", "count", "source", "year")
     SELECT x, 'total', 'All usual residents', 100000 + (x * 7919) % 900000, 'bench', 2021 FROM ${series(scale.councils)}
     UNION ALL SELECT x, 'sex', 'Female', (100000 + (x * 7919) % 900000) / 2, 'bench', 2021 FROM ${series(scale.councils)}
     UNION ALL SELECT x, 'sex', 'Male', (100000 + (x * 7919) % 900000) - (100000 + (x * 7919) % 900000) / 2, 'bench', 2021 FROM ${series(scale.councils)}`,
  );
  await step(
    "providers",
    `INSERT INTO provider ("slug", "name", "kind") SELECT ${concat("'provider-'", "CAST(x AS TEXT)")}, ${concat("'Provider '", "CAST(x AS TEXT)")}, 'charity' FROM ${series(2000)}`,
  );
  await step(
    "rounds",
    `INSERT INTO "round" ("slug", "councilKey", "areaKey", "title", "description", "kind", "phase", "theme", "potMinor", "currency", "decisionMethod", "year", "ballotsChangeable")
     SELECT ${concat("'round-'", "CAST(x AS TEXT)")}, 1 + (x - 1) % ${scale.councils}, 1 + (x - 1) % ${scale.councils}, ${concat("'Round '", "CAST(x AS TEXT)")}, '',
            'participatory_budgeting', 'monitoring', ${themeCase}, 1000000 + (x * 104729) % 50000000, 'GBP', 'voting', 2019 + (x % 7), ${pg ? "false" : "0"}
     FROM ${series(R)}`,
  );
  await step(
    "bids",
    `INSERT INTO bid ("roundKey", "providerKey", "externalId", "title", "summary", "amountRequestedMinor", "currency", "status")
     SELECT 1 + (x - 1) / ${BIDS_PER_ROUND}, 1 + (x * 31) % 2000, CAST(x AS TEXT), ${concat("'Project '", "CAST(x AS TEXT)")}, '', 100000 + (x * 7) % 900000, 'GBP',
            CASE WHEN (x - 1) % ${BIDS_PER_ROUND} < 3 THEN 'funded' ELSE 'not_funded' END
     FROM ${series(R * BIDS_PER_ROUND)}`,
  );
  await step(
    "decisions",
    `INSERT INTO decision ("roundKey", "method", "rule") SELECT x, 'voting', 'greedy' FROM ${series(R)}`,
  );
  await step(
    "decision projects",
    `INSERT INTO decision_project ("decisionKey", "bidKey", "funded", "rank") SELECT 1 + (x - 1) / ${BIDS_PER_ROUND}, x, ${pg ? "(x - 1) % 8 < 3" : "CASE WHEN (x - 1) % 8 < 3 THEN 1 ELSE 0 END"}, 1 + (x - 1) % 8 FROM ${series(R * BIDS_PER_ROUND)}`,
  );
  await step(
    "awards",
    `INSERT INTO award ("roundKey", "bidKey", "providerKey", "title", "kind", "valueMinor", "currency", "awardedOn", "status")
     SELECT 1 + (x - 1) / 2, (1 + (x - 1) / 2 - 1) * ${BIDS_PER_ROUND} + 1 + (x - 1) % 2, 1 + (x * 31) % 2000, ${concat("'Award '", "CAST(x AS TEXT)")}, 'grant', 200000 + (x * 13) % 800000, 'GBP',
            ${concat("CAST(2019 + ((1 + (x - 1) / 2) % 7) AS TEXT)", "'-06-01'")}, 'active'
     FROM ${series(R * 2)}`,
  );
  await step(
    "spend",
    `INSERT INTO spend_transaction ("awardKey", "amountMinor", "currency", "paidOn", "description", "reference")
     SELECT 1 + (x - 1) / 4, 10000 + (x * 17) % 40000, 'GBP', '2024-01-01', 'instalment', ${concat("'bench-'", "CAST(x AS TEXT)")} FROM ${series(R * 8)}`,
  );
  await step(
    "applicants",
    `INSERT INTO applicant ("roundKey", "pseudonym", "sex", "ageBand", "eligible", "status")
     SELECT 1 + (x - 1) / ${PANEL_PER_ROUND}, ${concat("'m'", "CAST(x AS TEXT)")}, CASE WHEN x % 2 = 0 THEN 'Female' ELSE 'Male' END, '20-24', ${pg ? "true" : "1"}, 'selected' FROM ${series(R * PANEL_PER_ROUND)}`,
  );
  await step(
    "panel members",
    `INSERT INTO panel_member ("roundKey", "applicantKey", "pseudonym", "role", "active") SELECT 1 + (x - 1) / ${PANEL_PER_ROUND}, x, ${concat("'m'", "CAST(x AS TEXT)")}, 'member', ${pg ? "true" : "1"} FROM ${series(R * PANEL_PER_ROUND)}`,
  );
  await step(
    "ballots",
    `INSERT INTO ballot ("roundKey", "ageBand", "sex") SELECT 1 + CAST(${R} * ${u("x", 7)} * ${u("x", 7)} * ${u("x", 7)} * ${u("x", 7)} AS INTEGER) % ${R},
       CASE x % 4 WHEN 0 THEN '15-19' WHEN 1 THEN '20-24' WHEN 2 THEN '35-39' ELSE NULL END, CASE WHEN x % 3 = 0 THEN 'Male' ELSE 'Female' END
     FROM ${series(scale.ballots)}`,
  );
  await step(
    "ballot choices",
    `INSERT INTO ballot_choice ("ballotKey", "bidKey", "points")
     SELECT b."key", (b."roundKey" - 1) * ${BIDS_PER_ROUND} + 1 + (b."key" % 8), 1 FROM ballot b
     UNION ALL
     SELECT b."key", (b."roundKey" - 1) * ${BIDS_PER_ROUND} + 1 + ((b."key" % 8) + 1 + ((b."key" / 8) % 7)) % 8, 1 FROM ballot b`,
  );
  // Every generated round is decided: freeze its voting record as taking the decision would.
  const t = Date.now();
  await freezeVotingRecord(
    ds,
    Array.from({ length: R }, (_, i) => i + 1),
  );
  log(`voting record: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await step("analyse", "ANALYZE");
}
