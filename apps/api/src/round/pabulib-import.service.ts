import type { DataSource, EntityManager } from "typeorm";
import {
  allocate,
  allocationInstanceFromPabulib,
  officialSelection,
  projectReasons,
  pabulibAmountScale,
  type AllocateOptions,
  type ProjectReason,
  type AllocationResult,
  type PabulibInstance,
} from "@coproduce/domain";
import { Round } from "./round.entity.js";
import { Council } from "../council/council.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { freezeVotingRecord } from "../analytics/voting-record.js";
import { storeRuleComparison } from "../analytics/rule-comparison.js";
import { dialectOf, int, run, sql, sqlFor } from "../db/sql.js";
import { Award } from "../award/award.entity.js";

/**
 * Turns a parsed Pabulib election into a PB round: projects become bids (with their columns kept
 * verbatim), votes become ballots (with the file's own pseudonymous voter metadata, so the file
 * round-trips), and — where the file records the city's outcome — the decision is re-computed with
 * the allocation engine and stored with its per-project explanation beside the official outcome.
 */
export interface PabulibImportOptions {
  councilKey: number;
  areaKey?: number | null;
  slug: string;
  title?: string;
  theme?: string;
  /** Currency of the file's amounts (pabulib has no currency field); default by country. */
  currency?: string;
  source?: string;
  onProgress?: (done: number, total: number) => void;
  /** Smaller batches than the defaults (BALLOT_BATCH, CHOICE_BATCH, the statement sizes): for tests. */
  batch?: ImportBatchSizes;
}

export interface ImportBatchSizes {
  readonly ballots?: number;
  readonly choices?: number;
  /** At most this many rows per INSERT statement. */
  readonly rowsPerStatement?: number;
}

export interface PabulibImportResult {
  round: Round;
  projects: number;
  ballots: number;
  /** Whether the engine's outcome equals the file's `selected` column (when the file has one). */
  matchesOfficialOutcome: boolean | null;
}

const COUNTRY_CURRENCY: Record<string, string> = {
  poland: "PLN",
  france: "EUR",
  switzerland: "CHF",
  netherlands: "EUR",
  "united kingdom": "GBP",
};
const BALLOT_TYPE: Record<string, string> = {
  approval: "approval",
  cumulative: "cumulative",
  ordinal: "ordinal",
  scoring: "scoring",
  "choose-1": "choose_1",
};

/** Age in years → the census 5-year band used by population baselines. */
export function ageBandOf(age: string | undefined): string | null {
  const n = Number(age);
  if (!age || !Number.isInteger(n) || n < 0 || n > 120) return null;
  if (n >= 85) return "85+";
  const low = Math.floor(n / 5) * 5;
  return `${low}-${low + 4}`;
}

function sexOf(value: string | undefined): string | null {
  if (value === "F" || value === "K") return "Female";
  if (value === "M") return "Male";
  return null;
}

/** The rule the file says the city used, in the engine's terms. */
export function ruleOf(pb: PabulibInstance): AllocateOptions {
  const rule = (pb.meta.rule ?? "greedy").toLowerCase();
  if (rule.startsWith("equalshares") || rule === "mes") {
    // Wieliczka 2023 (equalshares/add1): see packages/domain's allocation tests for the options its official outcome implies.
    return {
      rule: "mes",
      completion: rule.includes("add1") ? "add1" : "none",
      add1Options: ["integral"],
      tieBreak: ["maxVotes", "minCost"],
    };
  }
  return { rule: "greedy", tieBreak: ["maxVotes", "minCost"] };
}

/** Bids per save. */
const CHUNK = 400;
/**
 * Ballots per transaction, and at most this many choices: each batch holds SQLite's write lock
 * for tens of milliseconds, far below the busy timeout other writers wait (SQLITE_BUSY_TIMEOUT_MS).
 */
export const BALLOT_BATCH = 4000;
export const CHOICE_BATCH = 24_000;

/** Runs one step of an import: in the caller's transaction, or in a short transaction of its own. */
type Unit = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/** Imports in the caller's transaction (`manager`): all or nothing, but it holds the write lock throughout. */
export function importPabulibRound(
  manager: EntityManager,
  pb: PabulibInstance,
  options: PabulibImportOptions,
): Promise<PabulibImportResult> {
  return importInUnits((work) => work(manager), pb, options);
}

/**
 * Imports in bounded transactions — the round and its projects, then each batch of CHUNK ballots,
 * then the decision — so other writers (the server, while the CLI imports) wait milliseconds, not
 * the whole import (on SQLite they would fail with "database is locked"). The allocation rule runs
 * before any transaction. If a step fails, the round is deleted again (its projects and ballots go
 * with it, by cascade), so a failed import leaves nothing behind; while it runs, the round is
 * visible with the ballots imported so far.
 */
export async function importPabulibRoundInBatches(
  dataSource: DataSource,
  pb: PabulibInstance,
  options: PabulibImportOptions,
): Promise<PabulibImportResult> {
  let roundKey: number | undefined;
  try {
    return await importInUnits((work) => dataSource.transaction(work), pb, {
      ...options,
      onRoundCreated: (key) => (roundKey = key),
    });
  } catch (error) {
    if (roundKey !== undefined) {
      const key = roundKey;
      await dataSource.transaction((m) => m.delete(Round, { key }));
    }
    throw error;
  }
}

async function importInUnits(
  unit: Unit,
  pb: PabulibInstance,
  options: PabulibImportOptions & { onRoundCreated?: (key: number) => void },
): Promise<PabulibImportResult> {
  const hasOutcome = pb.projectColumns.includes("selected");
  const params = ruleOf(pb);
  let result: AllocationResult | null = null;
  let reasons: Map<string, ProjectReason> | null = null;
  if (hasOutcome) {
    try {
      const instance = allocationInstanceFromPabulib(pb);
      result = allocate(instance, params);
      // Costs are whole currency units: 100 minor units each.
      reasons = new Map(projectReasons(instance, result, 100).map((r) => [r.projectId, r]));
    } catch {
      result = null; // e.g. an unresolved tie: the official outcome is still recorded
    }
  }
  const { round, bids, currency, year } = await unit((manager) => createRoundAndBids(manager, pb, options, params));
  options.onRoundCreated?.(round.key);
  const bidKeyOf = new Map(bids.map((b) => [b.externalId, b.key]));
  const total = pb.votes.length;
  const sizes = options.batch ?? {};
  for (const [from, to] of ballotBatches(pb.votes, sizes.ballots, sizes.choices)) {
    await unit((manager) =>
      insertBallots(manager, round.key, pb.votes.slice(from, to), bidKeyOf, sizes.rowsPerStatement),
    );
    options.onProgress?.(to, total);
  }
  const matches = hasOutcome
    ? await unit((manager) => recordOutcome(manager, pb, round, bids, { params, result, reasons, currency, year }))
    : null;
  return { round, projects: bids.length, ballots: total, matchesOfficialOutcome: matches };
}

/** [from, to) ranges of ballots: at most BALLOT_BATCH ballots and (beyond one ballot) CHOICE_BATCH choices each. */
export function ballotBatches(
  votes: readonly { vote: readonly unknown[] }[],
  maxBallots = BALLOT_BATCH,
  maxChoices = CHOICE_BATCH,
): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let choices = 0;
  for (let i = 0; i < votes.length; i++) {
    const len = votes[i]!.vote.length;
    if (i > from && (i - from >= maxBallots || choices + len > maxChoices)) {
      out.push([from, i]);
      from = i;
      choices = 0;
    }
    choices += len;
  }
  if (from < votes.length) out.push([from, votes.length]);
  return out;
}

async function createRoundAndBids(
  manager: EntityManager,
  pb: PabulibInstance,
  options: PabulibImportOptions,
  params: AllocateOptions,
): Promise<{ round: Round; bids: Bid[]; currency: string; year: number }> {
  const council = await manager.findOneByOrFail(Council, { key: options.councilKey });
  const country = (pb.meta.country ?? "").toLowerCase();
  const currency = options.currency ?? pb.meta.currency ?? COUNTRY_CURRENCY[country] ?? "EUR";
  const year = Number((pb.meta.instance ?? "").slice(0, 4)) || new Date().getFullYear();
  const hasOutcome = pb.projectColumns.includes("selected");
  const round = await manager.save(
    Object.assign(new Round(), {
      slug: options.slug,
      councilKey: council.key,
      areaKey: options.areaKey ?? null,
      title: options.title ?? pb.meta.description ?? `${pb.meta.unit ?? council.name} participatory budget ${year}`,
      description: pb.meta.description ?? "",
      kind: "participatory_budgeting",
      phase: hasOutcome ? "awarded" : "deciding",
      theme: options.theme ?? "participatory_budgeting",
      targetGroup: "residents",
      potMinor: pb.budgetMinor,
      currency,
      compensationCurrency: null,
      ballotType: BALLOT_TYPE[pb.voteType] ?? "approval",
      decisionMethod: "voting",
      allocationRule: params.rule,
      allocationParams: {
        ...params,
        pabulib: {
          meta: pb.meta,
          projectColumns: pb.projectColumns,
          voteColumns: pb.voteColumns,
          // What the lenient parser tolerated: counted, with the first few (line, field, message).
          warningCount: pb.warningCount,
          warningsByCode: pb.warningsByCode,
          warnings: pb.warnings.slice(0, 20),
          // The engine's amounts (decision results) are in units ×1, or in minor units ×100 for files with grosze.
          engineAmountScale: pabulibAmountScale(pb),
        },
      },
      year,
      opensOn: null,
      closesOn: null,
      panelSize: null,
      lotterySeed: null,
      ballotsChangeable: false,
      dataSource: options.source ?? null,
    }),
  );

  const bids: Bid[] = pb.projects.map((p) =>
    Object.assign(new Bid(), {
      roundKey: round.key,
      providerKey: null,
      externalId: p.id,
      title: p.fields.name ?? `Project ${p.id}`,
      summary: "",
      category: p.fields.category ?? p.fields.categories ?? null,
      amountRequestedMinor: p.costMinor,
      currency,
      status: "submitted",
      extra: { ...p.fields },
    }),
  );
  for (let i = 0; i < bids.length; i += CHUNK) await manager.save(Bid, bids.slice(i, i + CHUNK));
  return { round, bids, currency, year };
}

/**
 * Rows inserted by one multi-row statement: on SQLite a `VALUES (…), (…)` list (at most
 * PARAMS_PER_STATEMENT parameters), on PostgreSQL one `unnest` of a column array per column, so
 * thousands of rows cost one round trip and one statement either way.
 */
const PARAMS_PER_STATEMENT = 8000;
const PG_ROWS_PER_STATEMENT = 20_000;

interface Columns {
  readonly table: string;
  /** Column names and their PostgreSQL array types (for unnest). */
  readonly columns: readonly (readonly [string, string])[];
}
const BALLOT: Columns = {
  table: "ballot",
  columns: [
    ["key", "int4"],
    ["roundKey", "int4"],
    ["importedVoter", "text"],
    ["ageBand", "text"],
    ["sex", "text"],
  ],
};
const CHOICE: Columns = {
  table: "ballot_choice",
  columns: [
    ["ballotKey", "int4"],
    ["bidKey", "int4"],
    ["points", "int4"],
    ["rank", "int4"],
  ],
};
const PARTICIPATION: Columns = {
  table: "ballot_participation",
  columns: [
    ["roundKey", "int4"],
    ["voterRef", "text"],
  ],
};

/** Inserts rows given column by column (`data[c][r]` = column c of row r), in multi-row statements. */
async function insertColumns(
  manager: EntityManager,
  spec: Columns,
  data: readonly (readonly unknown[])[],
  maxRows = Number.POSITIVE_INFINITY,
): Promise<void> {
  const rows = data[0]?.length ?? 0;
  if (rows === 0) return;
  const names = spec.columns.map(([c]) => `"${c}"`).join(", ");
  if (dialectOf(manager) === "postgres") {
    const unnest = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    const text = `INSERT INTO "${spec.table}" (${names}) SELECT * FROM unnest(${unnest})`;
    const per = Math.min(PG_ROWS_PER_STATEMENT, maxRows);
    for (let r = 0; r < rows; r += per) {
      await manager.query(
        text,
        data.map((col) => col.slice(r, r + per)),
      );
    }
    return;
  }
  const width = spec.columns.length;
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(PARAMS_PER_STATEMENT / width)));
  const handle = sqliteHandleOf(manager);
  for (let r = 0; r < rows; r += perStatement) {
    const n = Math.min(perStatement, rows - r);
    const params = new Array<unknown>(n * width);
    for (let i = 0; i < n; i++) for (let c = 0; c < width; c++) params[i * width + c] = data[c]![r + i];
    const text = `INSERT INTO "${spec.table}" (${names}) VALUES ${new Array<string>(n).fill(`(${new Array<string>(width).fill("?").join(", ")})`).join(", ")}`;
    if (handle) preparedOn(handle, text).run(...params);
    else await manager.query(text, params);
  }
}

interface SqliteStatement {
  run(...params: unknown[]): unknown;
}
interface SqliteHandle {
  prepare(text: string): SqliteStatement;
  inTransaction: boolean;
}

/**
 * The better-sqlite3 connection under the manager, when its transaction is open on it (SQLite has
 * one connection, so the statements run inside the caller's transaction); else undefined.
 * Full batches repeat one statement text, prepared once per connection (`preparedOn`).
 */
function sqliteHandleOf(manager: EntityManager): SqliteHandle | undefined {
  const driver = manager.connection.driver as unknown as { databaseConnection?: SqliteHandle };
  const handle = driver.databaseConnection;
  return handle && typeof handle.prepare === "function" && handle.inTransaction ? handle : undefined;
}
const prepared = new WeakMap<SqliteHandle, Map<string, SqliteStatement>>();
function preparedOn(handle: SqliteHandle, text: string): SqliteStatement {
  let cache = prepared.get(handle);
  if (!cache) prepared.set(handle, (cache = new Map<string, SqliteStatement>()));
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size > 16) cache.clear();
    statement = handle.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

/**
 * One batch of ballots with explicit keys, so choices can reference them without a round trip per
 * ballot. Keys are reserved inside the batch's transaction: from the sequence on PostgreSQL (other
 * writers keep using it), as MAX + 1 on SQLite (the transaction holds the write lock). Ballots,
 * their choices and the participation records go in as multi-row statements (`insertColumns`).
 */
async function insertBallots(
  manager: EntityManager,
  roundKey: number,
  slice: PabulibInstance["votes"],
  bidKeyOf: Map<string, number>,
  maxRows?: number,
): Promise<void> {
  let keys: number[];
  if (dialectOf(manager) === "postgres") {
    const rows = await run(
      manager,
      sql<{
        key: string;
      }>`SELECT nextval(pg_get_serial_sequence('ballot', 'key')) AS ${sql.ref("key")} FROM generate_series(1, ${slice.length})`,
    );
    keys = rows.map((r) => int(r.key));
  } else {
    const [maxRow] = await run(
      manager,
      sqlFor(manager)
        .selectFrom("ballot")
        .select((eb) => eb.fn.max("key").as("max")),
    );
    const first = int(maxRow?.max ?? 0) + 1;
    keys = slice.map((_, j) => first + j);
  }
  const n = slice.length;
  const roundKeys = new Array<number>(n).fill(roundKey);
  const voters = new Array<string>(n);
  const ageBands = new Array<string | null>(n);
  const sexes = new Array<string | null>(n);
  const refs = new Array<string>(n);
  let choiceCount = 0;
  for (let j = 0; j < n; j++) {
    const v = slice[j]!;
    voters[j] = JSON.stringify({ voter_id: v.voterId, ...v.extra });
    ageBands[j] = ageBandOf(v.extra.age);
    sexes[j] = sexOf(v.extra.sex);
    refs[j] = `pabulib:${v.voterId}`;
    choiceCount += v.vote.length;
  }
  await insertColumns(manager, BALLOT, [keys, roundKeys, voters, ageBands, sexes], maxRows);
  const ballotKeys = new Array<number>(choiceCount);
  const bidKeys = new Array<number>(choiceCount);
  const points = new Array<number>(choiceCount);
  const ranks = new Array<number>(choiceCount);
  // A cumulative ballot may name a project more than once (Częstochowa 2020: "579,579;1,1"): its
  // points add up, so it is stored as one choice (at its first position) with their sum.
  const namedBy = new Map<number, number>();
  const choiceOf = new Map<number, number>();
  let c = 0;
  for (let j = 0; j < n; j++) {
    const v = slice[j]!;
    for (let rank = 0; rank < v.vote.length; rank++) {
      const bidKey = bidKeyOf.get(v.vote[rank]!)!;
      const p = v.points?.[rank] ?? 1;
      if (namedBy.get(bidKey) === j) {
        points[choiceOf.get(bidKey)!]! += p;
        continue;
      }
      namedBy.set(bidKey, j);
      choiceOf.set(bidKey, c);
      ballotKeys[c] = keys[j]!;
      bidKeys[c] = bidKey;
      points[c] = p;
      ranks[c] = rank;
      c++;
    }
  }
  for (const column of [ballotKeys, bidKeys, points, ranks]) column.length = c;
  await insertColumns(manager, CHOICE, [ballotKeys, bidKeys, points, ranks], maxRows);
  await insertColumns(manager, PARTICIPATION, [roundKeys, refs], maxRows);
}

/** The city's outcome beside the engine's (computed before any transaction), awards and the frozen voting record. */
async function recordOutcome(
  manager: EntityManager,
  pb: PabulibInstance,
  round: Round,
  bids: Bid[],
  computed: {
    params: AllocateOptions;
    result: AllocationResult | null;
    reasons: Map<string, ProjectReason> | null;
    currency: string;
    year: number;
  },
): Promise<boolean> {
  const { params, result, reasons, currency, year } = computed;
  const bidKeyOf = new Map(bids.map((b) => [b.externalId, b.key]));
  const official = officialSelection(pb) ?? [];
  const matches = result !== null && [...result.selected].sort().join(",") === [...official].sort().join(",");
  const officialSet = new Set(official);
  const explanationOf = new Map((result?.explanations ?? []).map((e) => [e.projectId, e]));
  const decision = await manager.save(
    Object.assign(new Decision(), {
      roundKey: round.key,
      method: "voting",
      rule: params.rule,
      parameters: { ...params },
      result: result
        ? {
            selected: official,
            engineSelected: result.selected,
            spent: result.spent,
            budget: result.budget,
            voters: result.voters,
            matchesOfficialOutcome: matches,
          }
        : { selected: official, engineSelected: null, matchesOfficialOutcome: false },
      officerRecommendationBidKey: null,
      officerRecommendationNote: null,
      recommendationRecordedAt: null,
      decidedAt: null,
      summary: `The city's official outcome funds ${official.length} of ${pb.projects.length} projects; ${matches ? "the allocation engine reproduces it exactly" : "the allocation engine's outcome differs (see each project's explanation)"}.`,
    }),
  );
  const order = [...pb.projects].sort(
    (a, b) => (explanationOf.get(b.id)?.score ?? 0) - (explanationOf.get(a.id)?.score ?? 0) || a.id.localeCompare(b.id),
  );
  await manager.save(
    DecisionProject,
    order.map((p, i) =>
      Object.assign(new DecisionProject(), {
        decisionKey: decision.key,
        bidKey: bidKeyOf.get(p.id)!,
        funded: officialSet.has(p.id),
        rank: i + 1,
        score: explanationOf.get(p.id)?.score ?? null,
        // The engine's reasoning, plus whether the city's official outcome agrees with it for this project.
        explanation: explanationOf.has(p.id)
          ? {
              ...(explanationOf.get(p.id) as unknown as Record<string, unknown>),
              officiallyFunded: officialSet.has(p.id),
              engineAgreesWithOfficial: explanationOf.get(p.id)!.selected === officialSet.has(p.id),
              ...(reasons?.has(p.id) ? { resident: reasons.get(p.id), costUnitMinor: 100 } : {}),
            }
          : { officiallyFunded: officialSet.has(p.id), engineAgreesWithOfficial: false },
      }),
    ),
  );
  for (const bid of bids) bid.status = officialSet.has(bid.externalId) ? "funded" : "not_funded";
  await manager.save(Bid, bids);
  // Funded PB projects are delivered by the council itself: grants with no external provider.
  await manager.save(
    Award,
    bids
      .filter((b) => officialSet.has(b.externalId))
      .map((b) =>
        Object.assign(new Award(), {
          roundKey: round.key,
          bidKey: b.key,
          providerKey: null,
          title: b.title,
          kind: "grant",
          valueMinor: b.amountRequestedMinor,
          currency,
          awardedOn: `${year}-12-31`,
          startsOn: null,
          endsOn: null,
          status: "active",
        }),
      ),
  );
  // A published election is closed: its voting record is final, and greedy vs MES is compared once.
  await freezeVotingRecord(manager, [round.key]);
  await storeRuleComparison(manager, round);
  return matches;
}
