import { registerEnumType } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { hashToken } from "../auth/token.js";
import { Decision } from "../decision/decision.entity.js";
import { receiptState } from "./ballot-mix.js";
import { int, run, sqlFor } from "../db/sql.js";

/** How many people have voted in a round (one participation row per voter): one statement per batch of rounds. */
export function ballotsCastIn(ctx: GraphQLContext, roundKey: number): Promise<number> {
  return ctx.loaders
    .batch<number, number>("round.ballotsCast", async (keys) => {
      const rows = await run(
        ctx.dataSource,
        sqlFor(ctx.dataSource)
          .selectFrom("ballot_participation")
          .select((eb) => ["roundKey", eb.fn.countAll().as("n")])
          .where("roundKey", "in", [...keys])
          .groupBy("roundKey"),
      );
      const map = new Map(rows.map((r) => [int(r.roundKey), int(r.n)]));
      return keys.map((k) => map.get(k) ?? 0);
    })
    .load(roundKey);
}

export enum ReceiptStatus {
  SEALED = "SEALED",
  STORED = "STORED",
  COUNTED = "COUNTED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(ReceiptStatus, {
  name: "ReceiptStatus",
  description: "Where a ballot with a given receipt is (ADR 0008).",
  valuesConfig: {
    SEALED: {
      description: "Sealed in the round's mixing pool; it is mixed in with the next batch or when voting closes.",
    },
    STORED: { description: "Mixed among the round's ballots; it is counted when voting closes." },
    COUNTED: { description: "Counted in the round's decision." },
    UNKNOWN: { description: "No ballot of this round has this receipt." },
  },
});

async function decided(ctx: GraphQLContext, roundKey: number): Promise<boolean> {
  const decision = await ctx.dataSource
    .getRepository(Decision)
    .findOne({ where: { roundKey }, select: { key: true, decidedAt: true } });
  return Boolean(decision?.decidedAt);
}

/** Where the ballot with this receipt is (never its content). */
export async function receiptStatusOf(ctx: GraphQLContext, roundKey: number, receipt: string): Promise<ReceiptStatus> {
  if (receipt.length < 10 || receipt.length > 200) return ReceiptStatus.UNKNOWN;
  const { state } = await receiptState(ctx.dataSource.manager, roundKey, hashToken(receipt));
  if (state === "pending") return ReceiptStatus.SEALED;
  if (state === "unknown") return ReceiptStatus.UNKNOWN;
  return (await decided(ctx, roundKey)) ? ReceiptStatus.COUNTED : ReceiptStatus.STORED;
}

/** The sorted receipt hashes of the round's counted ballots, once the decision is taken; null before. */
export async function countedReceiptsOf(ctx: GraphQLContext, roundKey: number): Promise<string[] | null> {
  if (!(await decided(ctx, roundKey))) return null;
  const rows = await run(
    ctx.dataSource,
    sqlFor(ctx.dataSource)
      .selectFrom("ballot")
      .select("receiptHash")
      .where("roundKey", "=", roundKey)
      .where("receiptHash", "is not", null)
      .orderBy("receiptHash"),
  );
  return rows.map((r) => String(r.receiptHash));
}

/** Participations by channel: resident voter codes (online or at a kiosk), paper ballots, panel members. */
export async function participationByChannel(
  ctx: GraphQLContext,
  roundKey: number,
): Promise<{ code: number; paper: number; member: number }> {
  const rows = await run(
    ctx.dataSource,
    sqlFor(ctx.dataSource)
      .selectFrom("ballot_participation")
      .select((eb) => [
        eb.fn.countAll().as("all"),
        eb.fn.sum(eb.case().when("voterRef", "like", "token:%").then(1).else(0).end()).as("code"),
        eb.fn.sum(eb.case().when("voterRef", "like", "paper:%").then(1).else(0).end()).as("paper"),
      ])
      .where("roundKey", "=", roundKey),
  );
  const row = rows[0];
  const code = int(row?.code ?? 0);
  const paper = int(row?.paper ?? 0);
  return { code, paper, member: int(row?.all ?? 0) - code - paper };
}

/** How many resident voter codes have been used to vote in a round. */
export async function tokenBallotsIn(ctx: GraphQLContext, roundKey: number): Promise<number> {
  return (await participationByChannel(ctx, roundKey)).code;
}

export interface PaperBallotRow {
  serial: string;
  /** pending | mismatch | counted */
  status: string;
  entries: number;
  officerUserKeys: number[];
}

/**
 * The round's paper ballots as their double entry stands, by serial (never what was read): counted
 * once two officers agreed, mismatch while entries disagree, pending with one entry.
 */
export async function paperBallotsOf(ctx: GraphQLContext, roundKey: number): Promise<PaperBallotRow[]> {
  const rows = await run(
    ctx.dataSource,
    sqlFor(ctx.dataSource)
      .selectFrom("paper_ballot_entry")
      .select(["serial", "outcome", "officerUserKey"])
      .where("roundKey", "=", roundKey)
      .orderBy("key"),
  );
  const by = new Map<string, PaperBallotRow>();
  for (const r of rows) {
    const serial = String(r.serial);
    const row = by.get(serial) ?? { serial, status: "pending", entries: 0, officerUserKeys: [] };
    row.entries += 1;
    row.officerUserKeys.push(int(r.officerUserKey));
    const outcome = String(r.outcome);
    if (outcome === "counted" || (outcome === "mismatch" && row.status !== "counted")) row.status = outcome;
    by.set(serial, row);
  }
  return [...by.values()];
}
