import type { DataSource } from "typeorm";
import { roundVoiceEquity, scoreInterviews, ScoringInputError, type InterviewScore } from "@coproduce/domain";
import { Params, int, keyOrNull } from "./sql.js";
import { suppressTable, type CellOut } from "./suppression.js";
import { RULE_COMPARISON_UNAVAILABLE, ruleComparator, type RuleComparisonData } from "./rule-comparison.js";
import { ballotTotalsSql, votersWithFundedChoiceSql } from "./voting-record.js";

/**
 * "Was it fair", per round: voice equity in deliberation (domain `roundVoiceEquity`, one
 * contribution kind at a time), interview score spread and single-scorer influence (domain
 * `scoreInterviews`), the decision beside the officer's recommendation, and for voted rounds
 * proportionality — the share of voters with at least one funded project they supported,
 * counted in SQL over ballot_choice × decision_project — and greedy vs MES via a hook.
 * No individual is identified: pseudonymous keys stay inside this service; counts of people are
 * suppressed below 5.
 */
export interface VoiceEquityData {
  kind: string;
  participants: number;
  gini: number | null;
  topShare: number | null;
  dominant: boolean;
  sessionsWithDominance: number;
  meanSessionGini: number | null;
  silentParticipants: CellOut;
}

export interface BidScoreData {
  bidKey: number;
  title: string;
  scorers: number;
  score: number | null;
  rank: number | null;
  standardDeviation: number | null;
  range: number | null;
}

export interface InterviewData {
  bids: BidScoreData[];
  tie: boolean;
  /** Whether leaving out any single member changes the top-ranked bid(s). */
  singleScorerDecisive: boolean;
  pivotalMembers: CellOut;
  error: string | null;
}

export interface DecisionData {
  method: string;
  rule: string | null;
  fundedBidKeys: number[];
  officerRecommendationBidKey: number | null;
  /** True when the officer's recommended bid was funded; null with no recommendation. */
  followedRecommendation: boolean | null;
}

export interface ProportionalityData {
  ballots: number;
  votersWithFundedChoice: number;
  /** votersWithFundedChoice / ballots. */
  share: number | null;
}

export interface FairnessData {
  roundKey: number;
  voiceEquity: VoiceEquityData[];
  interviews: InterviewData | null;
  decision: DecisionData | null;
  proportionality: ProportionalityData | null;
  ruleComparison: RuleComparisonData | null;
  ruleComparisonNote: string | null;
}

export const INTERVIEW_SCALE = { min: 0, max: 5 } as const;

export class FairnessService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `withRuleComparison` re-runs greedy and MES over each voted round's ballots: costly on big rounds,
   * so only when the caller asked for it.
   */
  async forRounds(roundKeys: number[], options: { withRuleComparison?: boolean } = {}): Promise<FairnessData[]> {
    const keys = [...new Set(roundKeys)];
    if (keys.length === 0) return [];
    const [voice, interviews, decisions, proportionality] = await Promise.all([
      this.voice(keys),
      this.interviews(keys),
      this.decisions(keys),
      this.proportionality(keys),
    ]);
    const compare = options.withRuleComparison ? ruleComparator() : null;
    return Promise.all(
      keys.map(async (roundKey) => {
        const prop = proportionality.get(roundKey) ?? null;
        const comparison = compare && prop ? await compare(this.dataSource, roundKey) : null;
        return {
          roundKey,
          voiceEquity: voice.get(roundKey) ?? [],
          interviews: interviews.get(roundKey) ?? null,
          decision: decisions.get(roundKey) ?? null,
          proportionality: prop,
          ruleComparison: comparison,
          ruleComparisonNote: prop && options.withRuleComparison && !compare ? RULE_COMPARISON_UNAVAILABLE : null,
        };
      }),
    );
  }

  private async voice(keys: number[]): Promise<Map<number, VoiceEquityData[]>> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const [present, contributions] = await Promise.all([
      p.run<{ roundKey: unknown; sessionKey: unknown; memberKey: unknown }>(
        this.dataSource,
        `SELECT s."roundKey" AS "roundKey", a."sessionKey" AS "sessionKey", a."memberKey" AS "memberKey" FROM attendance a JOIN session s ON s."key" = a."sessionKey"
         WHERE s."roundKey" IN ${list} AND a."present" = TRUE`,
      ),
      p.run<{ roundKey: unknown; sessionKey: unknown; memberKey: unknown; kind: string; amount: unknown }>(
        this.dataSource,
        `SELECT s."roundKey" AS "roundKey", c."sessionKey" AS "sessionKey", c."memberKey" AS "memberKey", c."kind" AS "kind", SUM(c."amount") AS "amount"
         FROM contribution c JOIN session s ON s."key" = c."sessionKey" WHERE s."roundKey" IN ${list}
         GROUP BY s."roundKey", c."sessionKey", c."memberKey", c."kind"`,
      ),
    ]);
    const out = new Map<number, VoiceEquityData[]>();
    for (const roundKey of keys) {
      const mine = contributions.filter((c) => int(c.roundKey) === roundKey);
      const kinds = [...new Set(mine.map((c) => c.kind))].sort();
      const sessionKeys = [
        ...new Set([
          ...present.filter((a) => int(a.roundKey) === roundKey).map((a) => int(a.sessionKey)),
          ...mine.map((c) => int(c.sessionKey)),
        ]),
      ];
      out.set(
        roundKey,
        kinds.map((kind) => {
          const ve = roundVoiceEquity(
            sessionKeys.map((sk) => ({
              sessionId: String(sk),
              participantKeys: present.filter((a) => int(a.sessionKey) === sk).map((a) => String(int(a.memberKey))),
              contributions: mine
                .filter((c) => int(c.sessionKey) === sk && c.kind === kind)
                .map((c) => ({ participantKey: String(int(c.memberKey)), weight: int(c.amount) })),
            })),
          );
          return {
            kind,
            participants: ve.round.participants,
            gini: ve.round.gini,
            topShare: ve.round.topShare,
            dominant: ve.round.dominant,
            sessionsWithDominance: ve.sessionsWithDominance,
            meanSessionGini: ve.meanSessionGini,
            silentParticipants: suppressTable(
              [{ key: "silent", count: ve.round.silentParticipants }],
              ve.round.silentParticipants,
            ).cells[0]!,
          };
        }),
      );
    }
    return out;
  }

  private async interviews(keys: number[]): Promise<Map<number, InterviewData>> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const [criteria, scores, bids] = await Promise.all([
      p.run<{ roundKey: unknown; key: unknown; weight: unknown }>(
        this.dataSource,
        `SELECT t."roundKey" AS "roundKey", c."key" AS "key", c."weightBasisPoints" AS "weight" FROM criterion c JOIN tender t ON t."key" = c."tenderKey" WHERE t."roundKey" IN ${list}`,
      ),
      p.run<{ roundKey: unknown; bidKey: unknown; memberKey: unknown; criterionKey: unknown; score: unknown }>(
        this.dataSource,
        `SELECT b."roundKey" AS "roundKey", s."bidKey" AS "bidKey", s."memberKey" AS "memberKey", s."criterionKey" AS "criterionKey", s."score" AS "score"
         FROM interview_score s JOIN bid b ON b."key" = s."bidKey" WHERE b."roundKey" IN ${list}`,
      ),
      p.run<{ roundKey: unknown; key: unknown; title: string }>(
        this.dataSource,
        `SELECT b."roundKey" AS "roundKey", b."key" AS "key", b."title" AS "title" FROM bid b
         WHERE b."roundKey" IN ${list} AND (b."status" IN ('shortlisted', 'funded', 'not_funded') OR EXISTS (SELECT 1 FROM interview_score s WHERE s."bidKey" = b."key"))`,
      ),
    ]);
    const out = new Map<number, InterviewData>();
    for (const roundKey of keys) {
      const mine: InterviewScore[] = scores
        .filter((s) => int(s.roundKey) === roundKey)
        .map((s) => ({
          memberKey: String(int(s.memberKey)),
          bidId: String(int(s.bidKey)),
          criterionId: String(int(s.criterionKey)),
          score: int(s.score),
        }));
      if (mine.length === 0) continue;
      const myBids = bids.filter((b) => int(b.roundKey) === roundKey);
      const titles = new Map(myBids.map((b) => [String(int(b.key)), b.title]));
      try {
        const result = scoreInterviews({
          criteria: criteria
            .filter((c) => int(c.roundKey) === roundKey)
            .map((c) => ({ id: String(int(c.key)), weightBasisPoints: int(c.weight) })),
          scale: INTERVIEW_SCALE,
          bidIds: myBids.map((b) => String(int(b.key))),
          scores: mine,
        });
        out.set(roundKey, {
          bids: result.bids.map((b) => ({
            bidKey: Number(b.bidId),
            title: titles.get(b.bidId) ?? "",
            scorers: b.scorers,
            score: b.score,
            rank: b.rank,
            standardDeviation: b.standardDeviation,
            range: b.range,
          })),
          tie: result.tie,
          singleScorerDecisive: result.pivotalMembers.length > 0,
          pivotalMembers: suppressTable(
            [{ key: "pivotal", count: result.pivotalMembers.length }],
            result.pivotalMembers.length,
          ).cells[0]!,
          error: null,
        });
      } catch (error) {
        if (!(error instanceof ScoringInputError)) throw error;
        out.set(roundKey, {
          bids: [],
          tie: false,
          singleScorerDecisive: false,
          pivotalMembers: { key: "pivotal", count: 0, display: "0", suppressed: false },
          error: error.message,
        });
      }
    }
    return out;
  }

  private async decisions(keys: number[]): Promise<Map<number, DecisionData>> {
    const p = Params.for(this.dataSource);
    const rows = await p.run<{ roundKey: unknown; method: string; rule: string | null; rec: unknown; funded: unknown }>(
      this.dataSource,
      `SELECT d."roundKey" AS "roundKey", d."method" AS "method", d."rule" AS "rule", d."officerRecommendationBidKey" AS "rec", dp."bidKey" AS "funded"
       FROM decision d LEFT JOIN decision_project dp ON dp."decisionKey" = d."key" AND dp."funded" = TRUE
       WHERE d."roundKey" IN ${p.list(keys)} ORDER BY dp."bidKey"`,
    );
    const out = new Map<number, DecisionData>();
    for (const r of rows) {
      const rk = int(r.roundKey);
      let d = out.get(rk);
      if (!d)
        out.set(
          rk,
          (d = {
            method: r.method,
            rule: r.rule,
            fundedBidKeys: [],
            officerRecommendationBidKey: keyOrNull(r.rec),
            followedRecommendation: null,
          }),
        );
      const funded = keyOrNull(r.funded);
      if (funded !== null) d.fundedBidKeys.push(funded);
    }
    for (const d of out.values())
      d.followedRecommendation =
        d.officerRecommendationBidKey === null ? null : d.fundedBidKeys.includes(d.officerRecommendationBidKey);
    return out;
  }

  /**
   * Voted rounds with ballots and a decision: share of ballots with ≥ 1 funded choice (points > 0
   * or a rank). Read from the record frozen when voting closed; counted live for the other rounds.
   */
  async proportionality(keys: number[]): Promise<Map<number, ProportionalityData>> {
    const p = Params.for(this.dataSource);
    const frozen = await p.run<{ roundKey: unknown; ballots: unknown; satisfied: unknown }>(
      this.dataSource,
      `SELECT d."roundKey" AS "roundKey", d."ballotCount" AS "ballots", d."votersWithFundedChoice" AS "satisfied" FROM decision d
       WHERE d."roundKey" IN ${p.list(keys)} AND d."ballotCount" IS NOT NULL AND d."votersWithFundedChoice" IS NOT NULL`,
    );
    const frozenKeys = new Set(frozen.map((r) => int(r.roundKey)));
    const open = keys.filter((k) => !frozenKeys.has(k));
    const q = Params.for(this.dataSource);
    const list = q.list(open);
    const live =
      open.length === 0
        ? []
        : await q.run<{ roundKey: unknown; ballots: unknown; satisfied: unknown }>(
            this.dataSource,
            `SELECT n."roundKey" AS "roundKey", n."n" AS "ballots", COALESCE(s."satisfied", 0) AS "satisfied"
             FROM (${ballotTotalsSql(list)}) n
             JOIN decision d ON d."roundKey" = n."roundKey"
             LEFT JOIN (${votersWithFundedChoiceSql(list)}) s ON s."roundKey" = n."roundKey"`,
          );
    const rows = [...frozen.filter((r) => int(r.ballots) > 0), ...live];
    const out = new Map<number, ProportionalityData>();
    for (const r of rows) {
      const ballots = int(r.ballots);
      const satisfied = int(r.satisfied);
      out.set(int(r.roundKey), {
        ballots,
        votersWithFundedChoice: satisfied,
        share: ballots > 0 ? satisfied / ballots : null,
      });
    }
    return out;
  }
}
