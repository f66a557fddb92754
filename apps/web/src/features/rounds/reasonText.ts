import { activeTag, formatMoney, formatNumber, t, tn } from "../../i18n";

/** The reason facts the API keeps per project (`DecisionProject.reasonFacts`, the domain's `ProjectReason`). */
interface Amount {
  exact: string;
  minor: number;
}
interface Facts {
  kind?: string;
  funded?: boolean;
  stage?: string;
  rank?: number;
  moneyLeft?: Amount;
  cost?: Amount;
  shortfall?: Amount;
  share?: Amount;
  supporters?: number;
  startMoney?: Amount;
  paidFor?: { projectId: string; paid: Amount }[];
  after?: string | null;
  moreSupportersNeeded?: number;
  maxPayment?: Amount;
}

const isAmount = (a: unknown): a is Amount =>
  typeof a === "object" && a !== null && typeof (a as Amount).minor === "number";

function decisiveOf(reasonFacts: Record<string, unknown> | null | undefined): Facts | null {
  const d = reasonFacts?.decisive;
  return d && typeof d === "object" ? d : null;
}

/** "12th", "1st", "22nd": CLDR ordinal categories of the reader's language (messages result.ordinal.*). */
export function ordinalOf(n: number): string {
  const category = new Intl.PluralRules(activeTag(), { type: "ordinal" }).select(n);
  const key = ["one", "two", "few"].includes(category) ? category : "other";
  return t(`result.ordinal.${key}`, { n: formatNumber(n) });
}

/** Up to three project names, then "and N more". */
function names(ids: readonly string[], titleOf: (id: string) => string): string {
  const shown = ids.slice(0, 3).map((id) => `“${titleOf(id)}”`);
  const rest = ids.length - shown.length;
  const list = shown.join(t("common.comma"));
  return rest > 0 ? t("result.reason.andMore", { list, n: tn("units.project", rest) }) : list;
}

/**
 * Why a project was or was not funded, in one or two plain sentences with money in the round's
 * currency; null when the decision has no reason facts (the engine's own sentence is used then).
 */
export function reasonText(
  reasonFacts: Record<string, unknown> | null | undefined,
  currency: string,
  titleOf: (externalId: string) => string,
): string | null {
  const f = decisiveOf(reasonFacts);
  if (!f) return null;
  const money = (a: Amount | undefined) => (isAmount(a) ? formatMoney({ amountMinor: a.minor, currency }) : "");
  if (f.kind === "noVotes") return t("result.reason.noVotes");
  if (f.kind === "greedy") {
    const rank = ordinalOf(f.rank ?? 0);
    const fill = f.stage === "completion";
    if (f.funded)
      return t(fill ? "result.reason.fillFunded" : "result.reason.greedyFunded", {
        rank,
        cost: money(f.cost),
        left: money(f.moneyLeft),
      });
    return t(fill ? "result.reason.fillNotFunded" : "result.reason.greedyNotFunded", {
      rank,
      cost: money(f.cost),
      left: money(f.moneyLeft),
    });
  }
  if (f.kind === "mes") {
    const supporters = tn("units.supporter", f.supporters ?? 0);
    if (f.funded)
      return t("result.reason.mesFunded", {
        supporters,
        left: money(f.moneyLeft),
        cost: money(f.cost),
        max: money(f.maxPayment),
      });
    const paid = (f.paidFor ?? []).reduce((s, p) => s + (isAmount(p.paid) ? p.paid.minor : 0), 0);
    const more = t("result.reason.moreSupporters", { n: tn("units.moreSupporter", f.moreSupportersNeeded ?? 0) });
    if (!f.after)
      return `${t("result.reason.mesNeverEnough", {
        share: money(f.share),
        supporters,
        start: money(f.startMoney),
        cost: money(f.cost),
        short: money(f.shortfall),
      })} ${more}`;
    return `${t("result.reason.mesNotFunded", {
      share: money(f.share),
      supporters,
      start: money(f.startMoney),
      paid: formatMoney({ amountMinor: paid, currency }),
      projects: names(
        (f.paidFor ?? []).map((p) => p.projectId),
        titleOf,
      ),
      after: titleOf(f.after),
      left: money(f.moneyLeft),
      cost: money(f.cost),
      short: money(f.shortfall),
    })} ${more}`;
  }
  return null;
}
