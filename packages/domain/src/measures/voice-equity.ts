/**
 * Voice equity in deliberation: is the conversation dominated by the most vocal participants?
 * (PRODUCT.md; the reference case names domination by the most vocal as a hard part.)
 *
 * Input: the participants present (pseudonymous keys) and their logged contributions with a
 * non-negative weight each (1 per speaking turn, minutes spoken, or a written input). A participant
 * present with no contribution **counts, with zero** — silence is exactly what the measure must see.
 * A contribution from a key not listed as present adds that participant (they took part).
 *
 * Rules (n participants, x_i = participant i's total weight, X = Σ x_i):
 * - **Gini coefficient** G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄), computed as
 *   G = 2 Σ_i i·x_(i) / (n X) − (n + 1) / n with x_(1) ≤ … ≤ x_(n). 0 = everyone contributed equally,
 *   (n − 1)/n = one person did all of it. Null when X = 0 (nothing logged: no measure, not "equal").
 * - **Top-20 % share**: the share of X held by the ⌈0.2 n⌉ participants with the largest totals
 *   (rounded *up*, so at least one person: with 7 participants, the top 2). Null when X = 0.
 * - **Dominance flag**: a participant whose share x_i / X is *more than twice* the equal share
 *   1/n. With two participants this can never happen (it would need more than 100 %); with one,
 *   neither. `dominantParticipants` lists them (keys, for officers; public views show the flag).
 * - **Per round**: each session separately, plus the round's pooled measure on each participant's
 *   contributions summed over sessions (everyone present at any session counts), and the mean of
 *   the session Ginis (sessions with nothing logged left out).
 */

export interface ContributionRecord {
  readonly participantKey: string;
  /** Non-negative: 1 per turn, minutes spoken, etc. Use one kind per computation. */
  readonly weight: number;
}

export interface VoiceEquity {
  readonly participants: number;
  readonly totalWeight: number;
  readonly gini: number | null;
  /** How many participants form the "top 20 %": ⌈0.2 n⌉. */
  readonly topCount: number;
  readonly topShare: number | null;
  readonly dominant: boolean;
  readonly dominantParticipants: string[];
  /** Participants present who contributed nothing. */
  readonly silentParticipants: number;
}

export const TOP_SHARE_FRACTION = 0.2;
export const DOMINANCE_MULTIPLE = 2;

/** Voice equity of one session (or of any set of totals). */
export function voiceEquity(
  participantKeys: readonly string[],
  contributions: readonly ContributionRecord[],
): VoiceEquity {
  const totals = new Map<string, number>();
  for (const key of participantKeys) totals.set(key, 0);
  for (const c of contributions) {
    if (!Number.isFinite(c.weight) || c.weight < 0)
      throw new RangeError(`A contribution weight must be a finite non-negative number, got ${c.weight}`);
    totals.set(c.participantKey, (totals.get(c.participantKey) ?? 0) + c.weight);
  }
  const n = totals.size;
  const values = [...totals.values()].sort((a, b) => a - b);
  const total = values.reduce((a, b) => a + b, 0);
  // ⌈0.2 n⌉ computed on integers (n / 5 rounded up) to avoid 0.2·n floating error.
  const topCount = Math.ceil(n / 5);
  if (n === 0 || total === 0) {
    return {
      participants: n,
      totalWeight: total,
      gini: null,
      topCount,
      topShare: null,
      dominant: false,
      dominantParticipants: [],
      silentParticipants: n,
    };
  }
  let weightedRankSum = 0;
  values.forEach((x, i) => (weightedRankSum += (i + 1) * x));
  const gini = Math.max(0, (2 * weightedRankSum) / (n * total) - (n + 1) / n);
  const topShare = values.slice(n - topCount).reduce((a, b) => a + b, 0) / total;
  // share > 2/n  ⇔  x·n > 2·X (compared without division).
  const dominantParticipants = [...totals.entries()]
    .filter(([, x]) => x * n > DOMINANCE_MULTIPLE * total)
    .map(([key]) => key)
    .sort();
  return {
    participants: n,
    totalWeight: total,
    gini,
    topCount,
    topShare,
    dominant: dominantParticipants.length > 0,
    dominantParticipants,
    silentParticipants: values.filter((x) => x === 0).length,
  };
}

export interface SessionContributions {
  readonly sessionId: string;
  /** Participants present at the session (attendance). */
  readonly participantKeys: readonly string[];
  readonly contributions: readonly ContributionRecord[];
}

export interface RoundVoiceEquity {
  readonly sessions: (VoiceEquity & { readonly sessionId: string })[];
  /** Pooled over the round: contributions summed per participant across sessions. */
  readonly round: VoiceEquity;
  /** Mean of the sessions' Gini coefficients (sessions with nothing logged excluded). */
  readonly meanSessionGini: number | null;
  /** Sessions in which someone held more than twice their equal share. */
  readonly sessionsWithDominance: number;
}

export function roundVoiceEquity(sessions: readonly SessionContributions[]): RoundVoiceEquity {
  const perSession = sessions.map((s) => ({
    sessionId: s.sessionId,
    ...voiceEquity(s.participantKeys, s.contributions),
  }));
  const everyone = [...new Set(sessions.flatMap((s) => s.participantKeys))];
  const round = voiceEquity(
    everyone,
    sessions.flatMap((s) => s.contributions),
  );
  const ginis = perSession.map((s) => s.gini).filter((g): g is number => g !== null);
  return {
    sessions: perSession,
    round,
    meanSessionGini: ginis.length > 0 ? ginis.reduce((a, b) => a + b, 0) / ginis.length : null,
    sessionsWithDominance: perSession.filter((s) => s.dominant).length,
  };
}
