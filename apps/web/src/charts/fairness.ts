/**
 * "Was it fair": pure shaping of the round's voice equity, interview scoring and Equal Shares
 * explanations into bars, table rows and a one-line finding. The Vue components stay thin.
 */
import type { Bar } from "./bars";
import { compareText, formatNumber, formatPercent, t, tn } from "../i18n";

const pct = (x: number): string => formatPercent(Math.round(x * 100), 0);
/** Sentences of a summary, each already translated, joined with a space. */
const sentences = (...parts: (string | false | null | undefined)[]): string => parts.filter(Boolean).join(" ");
const names = (list: readonly string[]): string => list.join(t("common.comma"));
const round2 = (x: number): number => Math.round(x * 100) / 100;

// ---------------------------------------------------------------- voice equity

export interface VoiceMeasureInput {
  readonly gini: number | null;
  readonly topShare: number | null;
  readonly topCount: number;
  readonly participants: number;
  readonly silentParticipants: number;
  readonly dominant: boolean;
  readonly totalWeight: number;
  readonly dominantParticipants: readonly { readonly pseudonym: string }[];
}

export interface VoiceSessionInput {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly measure: VoiceMeasureInput;
}

export interface VoiceEquityView {
  /** Nothing was logged in any session. */
  readonly empty: boolean;
  readonly headline: string;
  readonly summary: string;
  /** Pseudonyms of who dominated (pooled over the round), never names. */
  readonly dominantPseudonyms: readonly string[];
  /** One bar per session with something logged: its Gini (0 = equal). */
  readonly bars: readonly Bar[];
  readonly rows: readonly Record<string, string | number | boolean | null>[];
  /** Sessions with nothing logged (left out of the chart, not counted as equal). */
  readonly sessionsWithoutData: number;
}

export function toVoiceEquity(
  pooled: VoiceMeasureInput,
  sessions: readonly VoiceSessionInput[],
  sessionsWithDominance: number,
): VoiceEquityView {
  const logged = sessions.filter((s) => s.measure.gini !== null);
  const dominantPseudonyms = pooled.dominantParticipants.map((p) => p.pseudonym);
  if (pooled.gini === null) {
    return {
      empty: true,
      headline: t("fairness.voice.emptyHeadline"),
      summary: t("fairness.voice.emptySummary"),
      dominantPseudonyms,
      bars: [],
      rows: [],
      sessionsWithoutData: sessions.length,
    };
  }
  const who = dominantPseudonyms.length ? names(dominantPseudonyms) : t("fairness.voice.oneParticipant");
  const headline = pooled.dominant ? t("fairness.voice.dominant", { who }) : t("fairness.voice.noDominant");
  const summary = sentences(
    tn("fairness.voice.gini", pooled.totalWeight, { gini: formatNumber(round2(pooled.gini)) }),
    pooled.topShare !== null &&
      t("fairness.voice.top", {
        top: formatNumber(pooled.topCount),
        participants: formatNumber(pooled.participants),
        share: pct(pooled.topShare),
      }),
    pooled.silentParticipants > 0 && tn("fairness.voice.silent", pooled.silentParticipants),
    logged.length > 0 &&
      tn("fairness.voice.perSession", logged.length, { dominant: formatNumber(sessionsWithDominance) }),
  );
  return {
    empty: false,
    headline,
    summary,
    dominantPseudonyms,
    bars: logged.map((s) => ({
      key: s.id,
      label: s.title,
      value: round2(s.measure.gini ?? 0),
      isOther: false,
      count: 1,
    })),
    rows: logged.map((s) => ({
      session: s.title,
      date: s.date,
      gini: round2(s.measure.gini ?? 0),
      topShare: s.measure.topShare === null ? null : round2(s.measure.topShare * 100),
      participants: s.measure.participants,
      turns: s.measure.totalWeight,
      dominant: s.measure.dominant
        ? t("fairness.voice.yes", {
            who: names(s.measure.dominantParticipants.map((p) => p.pseudonym)) || t("fairness.voice.oneParticipant"),
          })
        : t("fairness.voice.no"),
    })),
    sessionsWithoutData: sessions.length - logged.length,
  };
}

// ---------------------------------------------------------------- interview scoring

export interface BidScoreInput {
  readonly bid: { readonly id: string; readonly title: string };
  readonly score: number | null;
  readonly rank: number | null;
  readonly range: number | null;
  readonly standardDeviation: number | null;
  readonly scorers: number;
}

export interface ScoringInput {
  readonly bids: readonly BidScoreInput[];
  readonly scorers: number;
  readonly pivotalScorers: number;
  readonly tie: boolean;
  readonly incompleteScoreSets: number;
  readonly scale: { readonly min: number; readonly max: number };
  readonly topRanked: readonly { readonly title: string }[];
}

export interface ScoringView {
  readonly empty: boolean;
  readonly headline: string;
  readonly summary: string;
  readonly singleScorerChangedTop: boolean;
  readonly bars: readonly Bar[];
  readonly rows: readonly Record<string, string | number | null>[];
  readonly unscored: number;
}

export function toScoring(s: ScoringInput): ScoringView {
  const scored = s.bids.filter((b) => b.score !== null);
  const singleScorerChangedTop = s.pivotalScorers > 0;
  if (scored.length === 0) {
    return {
      empty: true,
      headline: t("fairness.scoring.emptyHeadline"),
      summary: t("fairness.scoring.emptySummary"),
      singleScorerChangedTop,
      bars: [],
      rows: [],
      unscored: s.bids.length,
    };
  }
  const top = s.topRanked.map((b) => b.title).join(t("common.and"));
  const headline = singleScorerChangedTop
    ? tn("fairness.scoring.pivotal", s.pivotalScorers)
    : t("fairness.scoring.notPivotal");
  const widest = [...scored].sort((a, b) => (b.range ?? 0) - (a.range ?? 0))[0]!;
  const summary = sentences(
    t("fairness.scoring.scored", {
      scorers: formatNumber(s.scorers),
      bids: formatNumber(scored.length),
      min: formatNumber(s.scale.min),
      max: formatNumber(s.scale.max),
    }),
    t(s.tie ? "fairness.scoring.tiedTop" : "fairness.scoring.top", { top: top || t("fairness.scoring.none") }),
    t("fairness.scoring.widest", { bid: widest.bid.title, range: formatNumber(round2(widest.range ?? 0)) }),
    s.incompleteScoreSets > 0 && tn("fairness.scoring.incomplete", s.incompleteScoreSets),
  );
  return {
    empty: false,
    headline,
    summary,
    singleScorerChangedTop,
    bars: scored
      .slice()
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
      .map((b) => ({ key: b.bid.id, label: b.bid.title, value: round2(b.score ?? 0), isOther: false, count: 1 })),
    rows: s.bids.map((b) => ({
      bid: b.bid.title,
      rank: b.rank,
      score: b.score === null ? null : round2(b.score),
      range: b.range === null ? null : round2(b.range),
      sd: b.standardDeviation === null ? null : round2(b.standardDeviation),
      scorers: b.scorers,
    })),
    unscored: s.bids.length - scored.length,
  };
}

// ---------------------------------------------------------------- Equal Shares explanations

export interface DecisionProjectInput {
  readonly funded: boolean;
  readonly rank: number | null;
  readonly score: number | null;
  readonly explanation: Record<string, unknown> | null;
  readonly bid: { readonly id: string; readonly title: string };
}

// A type alias (not an interface) so rows are assignable to the table's DataRow.
export type EffectiveSupportRow = {
  readonly key: string;
  readonly project: string;
  readonly funded: boolean;
  readonly status: string;
  readonly cost: number | null;
  /** Money its supporters still held when it was reached (same unit as cost). */
  readonly supportersMoney: number | null;
  /** supportersMoney ÷ cost as a percentage, capped at 100 (100 = funded). */
  readonly effectiveSupport: number | null;
  readonly reason: string;
};

export interface EffectiveSupportView {
  readonly rows: readonly EffectiveSupportRow[];
  readonly bars: readonly Bar[];
  readonly headline: string;
  readonly summary: string;
  /** Projects with no Equal Shares explanation (e.g. decided by the greedy fill): listed, not charted. */
  readonly withoutMes: number;
}

/** The allocation engine's reason codes, each with its message (fairness.reason.*). */
const REASONS = new Set(["funded", "didNotFit", "zeroScore", "supportersCouldNotAfford", "notSelectedByComparison"]);

/** Long project titles shortened for a chart axis (the table keeps them whole). */
export function shortLabel(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Reads the allocation engine's per-project explanation (`mes.supportersMoney`, `cost`, `reason`). */
export function toEffectiveSupport(projects: readonly DecisionProjectInput[]): EffectiveSupportView {
  const rows: EffectiveSupportRow[] = projects.map((p) => {
    const e = p.explanation ?? {};
    const mes = typeof e.mes === "object" && e.mes !== null ? (e.mes as Record<string, unknown>) : null;
    const cost = num(e.cost);
    const money = mes ? num(mes.supportersMoney) : null;
    let support: number | null = null;
    if (p.funded && mes) support = 100;
    else if (money !== null && cost !== null && cost > 0)
      support = Math.min(100, Math.round((money / cost) * 1000) / 10);
    const reasonKey = typeof e.reason === "string" ? e.reason : p.funded ? "funded" : "";
    const reason = REASONS.has(reasonKey)
      ? t(`fairness.reason.${reasonKey}`)
      : t(p.funded ? "fairness.funded" : "fairness.notFunded");
    return {
      key: p.bid.id,
      project: p.bid.title,
      funded: p.funded,
      status: t(p.funded ? "fairness.funded" : "fairness.notFunded"),
      cost,
      supportersMoney: money,
      effectiveSupport: support,
      reason: typeof e.summary === "string" && e.summary ? e.summary : reason,
    };
  });
  const charted = rows.filter((r) => r.effectiveSupport !== null);
  const funded = rows.filter((r) => r.funded).length;
  const unaffordable = rows.filter((r) => !r.funded && r.supportersMoney !== null);
  const closest = [...unaffordable].sort((a, b) => (b.effectiveSupport ?? 0) - (a.effectiveSupport ?? 0))[0];
  return {
    rows,
    bars: [...charted]
      .sort((a, b) => (b.effectiveSupport ?? 0) - (a.effectiveSupport ?? 0) || compareText(a.project, b.project))
      .map((r) => ({
        key: r.key,
        label: shortLabel(r.project),
        value: r.effectiveSupport ?? 0,
        isOther: false,
        count: 1,
      })),
    headline: tn("fairness.support.headline", rows.length, { funded: formatNumber(funded) }),
    summary: sentences(
      tn("fairness.support.funded", funded, { notFunded: formatNumber(rows.length - funded) }),
      closest &&
        t("fairness.support.closest", {
          project: closest.project,
          share: formatPercent(closest.effectiveSupport ?? 0),
        }),
    ),
    withoutMes: rows.length - charted.length,
  };
}

// ---------------------------------------------------------------- which projects the support chart shows

export type SupportFilter = "not-funded" | "funded" | "all";

/** Above this many charted projects the chart starts on the unfunded ones (the table always lists all). */
export const SUPPORT_CHART_ALL_UP_TO = 20;

export interface SupportChoice {
  readonly filter: SupportFilter;
  readonly bars: readonly Bar[];
  /** Charted projects per choice, for the labels of the toggle. */
  readonly counts: Readonly<Record<SupportFilter, number>>;
}

/**
 * The bars for a funded / not funded / all choice (`?projects=` in the URL). Unknown or absent:
 * every project when there are few, else the unfunded ones — funded projects all sit at 100%, and
 * "why was mine not funded?" is the question the chart answers. Nothing is hidden: the toggle
 * says how many each choice has, and the table lists every project whatever is chosen.
 */
export function chooseSupportBars(view: EffectiveSupportView, requested: string | undefined): SupportChoice {
  const fundedKeys = new Set(view.rows.filter((r) => r.funded).map((r) => r.key));
  const funded = view.bars.filter((b) => fundedKeys.has(b.key));
  const notFunded = view.bars.filter((b) => !fundedKeys.has(b.key));
  const counts = { "not-funded": notFunded.length, funded: funded.length, all: view.bars.length };
  const valid = requested === "not-funded" || requested === "funded" || requested === "all";
  const filter: SupportFilter = valid
    ? requested
    : view.bars.length <= SUPPORT_CHART_ALL_UP_TO || notFunded.length === 0
      ? "all"
      : "not-funded";
  const bars = filter === "all" ? view.bars : filter === "funded" ? funded : notFunded;
  return { filter, bars, counts };
}
