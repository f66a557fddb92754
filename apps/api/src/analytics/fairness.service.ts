import type { DataSource } from "typeorm";
import { ScoringInputError } from "@coproduce/domain";
import { int, keyOrNull, nonEmpty, run, sqlFor, TRUE } from "../db/sql.js";
import type { CellOut } from "./suppression.js";
import { RULE_COMPARISON_UNAVAILABLE, readRuleComparison, type RuleComparisonData } from "./rule-comparison.js";
import { ballotTotals, votersWithFundedChoice } from "./voting-record.js";
import { roundVoice } from "../session/session.read.js";
import { loadRoundScoring } from "../bid/scoring.service.js";

/**
 * "Was it fair", per round: voice equity in deliberation (domain `roundVoiceEquity`, one
 * contribution kind at a time), interview score spread and single-scorer influence (domain
 * `scoreInterviews`), the decision beside the officer's recommendation, and for voted rounds
 * proportionality — the share of voters with at least one funded project they supported,
 * counted in SQL over ballot_choice × decision_project — and greedy vs MES as stored when the
 * decision was taken (never run at read time). Voice equity and interview scoring are read by the
 * same functions as the round's own fields (`round.voiceEquity`, `round.scoring`), so the numbers
 * agree. No individual is identified: pseudonymous keys stay inside this service.
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

export class FairnessService {
  constructor(
    private readonly dataSource: DataSource,
    /** Rounds whose figures the viewer may see exactly (officers of the round's council). */
    private readonly privileged: (roundKey: number) => boolean = () => false,
  ) {}

  /** Reads only stored figures: no allocation rule runs here (a test counts them). */
  async forRounds(roundKeys: number[]): Promise<FairnessData[]> {
    const keys = [...new Set(roundKeys)];
    if (keys.length === 0) return [];
    const [voice, interviews, decisions, proportionality] = await Promise.all([
      this.voice(keys),
      this.interviews(keys),
      this.decisions(keys),
      this.proportionality(keys),
    ]);
    return keys.map((roundKey) => {
      const prop = proportionality.get(roundKey) ?? null;
      const decision = decisions.get(roundKey) ?? null;
      const comparison = prop ? (decision?.ruleComparison ?? null) : null;
      return {
        roundKey,
        voiceEquity: voice.get(roundKey) ?? [],
        interviews: interviews.get(roundKey) ?? null,
        decision,
        proportionality: prop,
        ruleComparison: comparison,
        ruleComparisonNote: prop && !comparison ? RULE_COMPARISON_UNAVAILABLE : null,
      };
    });
  }

  private async voice(keys: number[]): Promise<Map<number, VoiceEquityData[]>> {
    const figures = await roundVoice(this.dataSource, keys, this.privileged);
    return new Map(
      figures.map((f) => [
        f.roundKey,
        f.kinds.map((kind) => {
          const ve = f.forKind(kind);
          return {
            kind,
            participants: ve.round.participants,
            gini: ve.round.gini,
            topShare: ve.round.topShare,
            dominant: ve.round.dominant,
            sessionsWithDominance: ve.sessionsWithDominance,
            meanSessionGini: ve.meanSessionGini,
            silentParticipants: shownCell("silent", ve.round.silentParticipants),
          };
        }),
      ]),
    );
  }

  private async interviews(keys: number[]): Promise<Map<number, InterviewData>> {
    const out = new Map<number, InterviewData>();
    let scoring;
    try {
      scoring = await loadRoundScoring(this.dataSource, keys);
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      // One round's incomplete data must not hide the others: score them one by one.
      scoring = [];
      for (const key of keys) {
        try {
          scoring.push(...(await loadRoundScoring(this.dataSource, [key])));
        } catch (inner) {
          if (!(inner instanceof ScoringInputError)) throw inner;
          out.set(key, {
            bids: [],
            tie: false,
            singleScorerDecisive: false,
            pivotalMembers: shownCell("pivotal", 0),
            error: inner.message,
          });
        }
      }
    }
    for (const data of scoring) {
      if (data.scores.length === 0 || !data.result) continue;
      const titles = new Map(data.bids.map((b) => [String(b.key), b.title]));
      const result = data.result;
      out.set(data.roundKey, {
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
        pivotalMembers: shownCell("pivotal", result.pivotalMembers.length),
        error: null,
      });
    }
    return out;
  }

  private async decisions(
    keys: number[],
  ): Promise<Map<number, DecisionData & { ruleComparison: RuleComparisonData | null }>> {
    const rows = await run(
      this.dataSource,
      sqlFor(this.dataSource)
        .selectFrom("decision as d")
        .leftJoin("decision_project as dp", (j) => j.onRef("dp.decisionKey", "=", "d.key").on("dp.funded", "=", TRUE))
        .select([
          "d.roundKey",
          "d.method",
          "d.rule",
          "d.officerRecommendationBidKey as rec",
          "d.ruleComparison",
          "dp.bidKey as funded",
        ])
        .where("d.roundKey", "in", keys)
        .orderBy("dp.bidKey"),
    );
    const out = new Map<number, DecisionData & { ruleComparison: RuleComparisonData | null }>();
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
            ruleComparison: readRuleComparison(r.ruleComparison),
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
    const k = sqlFor(this.dataSource);
    const frozen = await run(
      this.dataSource,
      k
        .selectFrom("decision as d")
        .select(["d.roundKey", "d.ballotCount as ballots", "d.votersWithFundedChoice as satisfied"])
        .where("d.roundKey", "in", keys)
        .where("d.ballotCount", "is not", null)
        .where("d.votersWithFundedChoice", "is not", null),
    );
    const frozenKeys = new Set(frozen.map((r) => int(r.roundKey)));
    const open = keys.filter((key) => !frozenKeys.has(key));
    const live =
      open.length === 0
        ? []
        : await run(
            this.dataSource,
            k
              .selectFrom(ballotTotals(this.dataSource, open).as("n"))
              .innerJoin("decision as d", "d.roundKey", "n.roundKey")
              .leftJoin(votersWithFundedChoice(this.dataSource, open).as("s"), "s.roundKey", "n.roundKey")
              .select((eb) => [
                "n.roundKey",
                "n.n as ballots",
                eb.fn.coalesce("s.satisfied", eb.lit(0)).as("satisfied"),
              ])
              .where("n.roundKey", "in", nonEmpty(open)),
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

/** A count published as it is (not a demographic count: the same figure as the round's own field shows). */
function shownCell(key: string, count: number): CellOut {
  return { key, count, display: String(count), suppressed: false };
}
