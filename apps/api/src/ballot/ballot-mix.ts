import { randomInt } from "node:crypto";
import { In, type DataSource, type EntityManager } from "typeorm";
import { serialisedOnSqlite } from "../command/execute.js";
import { logger } from "../server/logger.js";
import { execute, sqlFor } from "../db/sql.js";
import { type Round } from "../round/round.entity.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";
import { openEnvelope, type Envelope } from "./ballot-seal.js";

/**
 * The mixing pool (ADR 0008). A cast writes the voter's participation and a sealed envelope in one
 * transaction; the envelopes of a round are opened and written to the ballot tables only in
 * batches of at least `k`, in random order, with random keys, in a transaction of their own
 * (`mixPendingBallots`), so neither key, storage order, transaction id nor time links a
 * participation row to a ballot better than chance within its batch. Voting closing mixes what is
 * left (`decisionTake`), so every ballot is counted, exactly once: an envelope is deleted in the
 * transaction that writes its ballot.
 */
export const DEFAULT_MIX_BATCH = 10;
export const MAX_MIX_BATCH = 1000;

/** The round's batch size k: `allocationParams.ballot.mixBatch` (2–1000), default 10. */
export function mixBatchOf(round: Pick<Round, "allocationParams">): number {
  const raw = (round.allocationParams?.ballot as Record<string, unknown> | undefined)?.mixBatch;
  return typeof raw === "number" && Number.isInteger(raw) && raw >= 2 && raw <= MAX_MIX_BATCH ? raw : DEFAULT_MIX_BATCH;
}

/** In-app ballot keys are drawn at random from [2^30, 2^31): never sequential, apart from serial keys of imported ballots (< 2^30). */
const KEY_MIN = 2 ** 30;
const KEY_MAX = 2 ** 31 - 1;

async function randomBallotKeys(manager: EntityManager, count: number): Promise<number[]> {
  const keys = new Set<number>();
  while (keys.size < count) {
    const wanted = count - keys.size;
    const candidates = new Set<number>();
    while (candidates.size < wanted) {
      const k = randomInt(KEY_MIN, KEY_MAX);
      if (!keys.has(k)) candidates.add(k);
    }
    const taken = new Set(
      (await manager.find(Ballot, { where: { key: In([...candidates]) }, select: { key: true } })).map((b) => b.key),
    );
    for (const k of candidates) if (!taken.has(k)) keys.add(k);
  }
  return [...keys];
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Opens the round's pending envelopes and writes their ballots in random order — when at least
 * `minimum` are waiting (0: all of them, as voting closes). Runs in the caller's transaction;
 * serialised per round by a row lock on PostgreSQL (SQLite serialises writers). Returns how many
 * ballots it wrote (0 when fewer than `minimum` were waiting).
 */
export async function mixPendingBallots(manager: EntityManager, roundKey: number, minimum: number): Promise<number> {
  if (manager.connection.options.type === "postgres")
    await manager.query(`SELECT "key" FROM "round" WHERE "key" = $1 FOR UPDATE`, [roundKey]);
  const pending = await manager.find(BallotPending, { where: { roundKey }, select: { key: true, sealed: true } });
  if (pending.length === 0 || pending.length < minimum) return 0;
  for (const part of chunks(pending, 500))
    await manager.delete(
      BallotPending,
      part.map((p) => p.key),
    );
  const envelopes: Envelope[] = shuffle(pending.map((p) => openEnvelope(p.sealed)));
  // A changed ballot: the mixed ballot with the same receipt gives way to the new content.
  const replaced = envelopes.filter((e) => e.replaces).map((e) => e.receiptHash);
  // A changed ballot keeps the answers recorded when the voter first voted (frozen at voting time).
  const frozen = new Map<string, { ageBand: string | null; sex: string | null }>();
  for (const part of chunks(replaced, 500)) {
    const old = await manager.find(Ballot, {
      where: { roundKey, receiptHash: In(part) },
      select: { key: true, receiptHash: true, ageBand: true, sex: true },
    });
    for (const b of old) frozen.set(b.receiptHash!, { ageBand: b.ageBand, sex: b.sex });
    if (old.length) {
      await manager.delete(BallotChoice, { ballotKey: In(old.map((b) => b.key)) });
      await manager.delete(
        Ballot,
        old.map((b) => b.key),
      );
    }
  }
  const keys = await randomBallotKeys(manager, envelopes.length);
  const ballots = envelopes.map((e, i) => ({
    key: keys[i]!,
    roundKey,
    receiptHash: e.receiptHash,
    ageBand: e.replaces ? (frozen.get(e.receiptHash)?.ageBand ?? null) : (e.ageBand ?? null),
    sex: e.replaces ? (frozen.get(e.receiptHash)?.sex ?? null) : (e.sex ?? null),
  }));
  // Through SQL: TypeORM would let PostgreSQL's serial choose the key. Rows go in the shuffled order.
  for (const part of chunks(ballots, 100)) await execute(manager, sqlFor(manager).insertInto("ballot").values(part));
  const choices = envelopes.flatMap((e, i) => e.choices.map((c) => ({ ballotKey: keys[i]!, ...c })));
  for (const part of chunks(choices, 150)) await manager.insert(BallotChoice, part);
  return envelopes.length;
}

/**
 * After a cast has committed: mixes the round's pool in a transaction of its own when it holds k
 * envelopes. A failure here loses nothing (the envelopes stay in the pool for the next cast or for
 * the close), so it is logged, not reported to the voter.
 */
export async function mixIfDue(dataSource: DataSource, round: Pick<Round, "key" | "allocationParams">): Promise<void> {
  const k = mixBatchOf(round);
  try {
    const waiting = await dataSource.getRepository(BallotPending).countBy({ roundKey: round.key });
    if (waiting < k) return;
    await serialisedOnSqlite(dataSource, () =>
      dataSource.transaction((manager) => mixPendingBallots(manager, round.key, k)),
    );
  } catch (error) {
    logger.error({ err: error, roundKey: round.key }, "ballot mixing failed; the envelopes stay in the pool");
  }
}

/** Where a receipt's ballot is: sealed in the pool, mixed into the counted ballots, or nowhere. */
export async function receiptState(
  manager: EntityManager,
  roundKey: number,
  receiptHash: string,
): Promise<{ state: "pending" | "counted" | "unknown"; pendingKey: number | null }> {
  const pending = await manager.find(BallotPending, { where: { roundKey }, select: { key: true, sealed: true } });
  const inPool = pending.find((p) => openEnvelope(p.sealed).receiptHash === receiptHash);
  if (inPool) return { state: "pending", pendingKey: inPool.key };
  const mixed = await manager.existsBy(Ballot, { roundKey, receiptHash });
  return { state: mixed ? "counted" : "unknown", pendingKey: null };
}
