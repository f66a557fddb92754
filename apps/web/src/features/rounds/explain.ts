import { formatNumber, i18n, t } from "../../i18n";

const te = (key: string): boolean => i18n.global.te(key);
/** A decision's per-project explanation, in words a resident can read. */
export function explainProject(explanation: Record<string, unknown> | null | undefined, funded: boolean): string {
  if (!explanation) return t(funded ? "round.explain.funded" : "round.explain.noExplanation");
  if (typeof explanation.summary === "string" && explanation.summary) return explanation.summary;
  if (typeof explanation.weightedScore === "number") {
    const scale = typeof explanation.scale === "number" ? explanation.scale : 5;
    const score = Math.round(explanation.weightedScore * 100) / 100;
    return t(funded ? "round.explain.fundedScore" : "round.explain.notFundedScore", {
      score: formatNumber(score),
      scale: formatNumber(scale),
    });
  }
  if (typeof explanation.reason === "string")
    return t(funded ? "round.explain.fundedReason" : "round.explain.notFundedReason", {
      reason: explanation.reason.replace(/_/g, " "),
    });
  return t(funded ? "round.explain.funded" : "round.explain.notFunded");
}

/** A bid's status in words (messages `bidStatus.<API enum>`); an unknown status as it came. */
export function bidStatusLabel(status: string): string {
  const key = `bidStatus.${status}`;
  return te(key) ? t(key) : status;
}

/** Share (0–1) of `part` in `whole`, for nested bars (spent inside awarded inside pot); same currency only. */
export function share(
  part: { amountMinor: number; currency: string } | undefined,
  whole: { amountMinor: number; currency: string },
): number | null {
  if (!part || part.currency !== whole.currency || whole.amountMinor <= 0) return null;
  return Math.min(1, Math.max(0, part.amountMinor / whole.amountMinor));
}

/**
 * The "money left" column of a results table: walking the projects in the order shown (by rank),
 * the pot less every funded project's cost so far. Null where a cost is in another currency than
 * the pot (never subtracted across currencies) — and from then on, as the total is no longer known.
 */
export function moneyLeft(
  projects: readonly { funded: boolean; cost: { amountMinor: number; currency: string } }[],
  pot: { amountMinor: number; currency: string },
): ({ amountMinor: number; currency: string } | null)[] {
  let left: number | null = pot.amountMinor;
  return projects.map((p) => {
    if (left !== null && p.funded) left = p.cost.currency === pot.currency ? left - p.cost.amountMinor : null;
    return left === null ? null : { amountMinor: left, currency: pot.currency };
  });
}
