import { In, type DataSource, type EntityManager } from "typeorm";
import { scoreInterviews, type InterviewScoringResult } from "@coproduce/domain";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Bid } from "./bid.entity.js";
import { ShortlistEntry } from "./shortlist-entry.entity.js";
import { InterviewScore } from "./interview-score.entity.js";

/** The fixed interview score scale (PRODUCT.md: each member scores each shortlisted bid per criterion, 0–5). */
export const SCORE_SCALE = { min: 0, max: 5 } as const;

export interface RoundScoringData {
  roundKey: number;
  criteria: Criterion[];
  /** Shortlisted bids of the round (those with a shortlist entry), by key. */
  bids: Bid[];
  scores: InterviewScore[];
  /** Null when the round has no tender criteria yet. */
  result: InterviewScoringResult | null;
}

/**
 * Loads the interview scores of many rounds in a constant number of statements and runs the
 * domain's `scoreInterviews` per round (weighted totals, spread, single-scorer influence).
 */
export async function loadRoundScoring(
  db: DataSource | EntityManager,
  roundKeys: readonly number[],
): Promise<RoundScoringData[]> {
  const keys = [...roundKeys];
  const tenders = keys.length ? await db.getRepository(Tender).findBy({ roundKey: In(keys) }) : [];
  const criteria = tenders.length
    ? await db
        .getRepository(Criterion)
        .find({ where: { tenderKey: In(tenders.map((t) => t.key)) }, order: { position: "ASC", key: "ASC" } })
    : [];
  const bids = keys.length
    ? await db.getRepository(Bid).find({ where: { roundKey: In(keys) }, order: { key: "ASC" } })
    : [];
  const entries = bids.length
    ? await db.getRepository(ShortlistEntry).findBy({ bidKey: In(bids.map((b) => b.key)) })
    : [];
  const shortlisted = new Set(entries.map((e) => e.bidKey));
  const scores = shortlisted.size
    ? await db.getRepository(InterviewScore).find({ where: { bidKey: In([...shortlisted]) }, order: { key: "ASC" } })
    : [];
  return keys.map((roundKey) => {
    const tender = tenders.find((t) => t.roundKey === roundKey);
    const roundCriteria = tender ? criteria.filter((c) => c.tenderKey === tender.key) : [];
    const roundBids = bids.filter((b) => b.roundKey === roundKey && shortlisted.has(b.key));
    const bidKeys = new Set(roundBids.map((b) => b.key));
    const roundScores = scores.filter((s) => bidKeys.has(s.bidKey));
    const result =
      roundCriteria.length === 0
        ? null
        : scoreInterviews({
            criteria: roundCriteria.map((c) => ({ id: String(c.key), weightBasisPoints: c.weightBasisPoints })),
            scale: SCORE_SCALE,
            bidIds: roundBids.map((b) => String(b.key)),
            scores: roundScores.map((s) => ({
              memberKey: String(s.memberKey),
              bidId: String(s.bidKey),
              criterionId: String(s.criterionKey),
              score: s.score,
            })),
          });
    return { roundKey, criteria: roundCriteria, bids: roundBids, scores: roundScores, result };
  });
}
