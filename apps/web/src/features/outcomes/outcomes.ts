/**
 * The outcomes tracker, shaped from the API's `outcomeProgress` (statuses computed by the server
 * with the published rule): status counts overall and per round, each indicator's row with its
 * cost per person reached where the indicator counts people. Statuses are counted, never summed
 * into one score; progress is averaged over the indicators that report (weights: one per indicator).
 */
import { compareText, formatMoney, formatNumber, formatPercent, t, tn } from "../../i18n";
import type { Bar } from "../../charts/bars";
import { shortLabel } from "../../charts/fairness";
import { formatMeasure, type Status } from "../../charts/progress";

/** The four statuses in the order they are counted; `label` in the reader's language (read when used). */
export const STATUSES: readonly { key: Status; readonly label: string }[] = (
  [
    ["on-track", "outcomes.onTrack2"],
    ["at-risk", "outcomes.atRisk2"],
    ["off-track", "outcomes.offTrack2"],
    ["not-reported", "outcomes.notReported2"],
  ] as const
).map(([key, message]) => ({
  key,
  get label() {
    return t(message);
  },
}));

/** "on_track" / "ON_TRACK" / "on-track" → "on-track"; anything else → "not-reported". */
export function toStatus(raw: string | null | undefined): Status {
  const k = (raw ?? "").toLowerCase().replace(/_/g, "-");
  return STATUSES.some((s) => s.key === k) ? (k as Status) : "not-reported";
}

export function statusLabel(raw: string): string {
  return STATUSES.find((s) => s.key === raw)?.label ?? raw;
}

export interface RollupInput {
  readonly onTrack: number;
  readonly atRisk: number;
  readonly offTrack: number;
  readonly notReported: number;
  /** Indicators with a measurement (those the progress is averaged over). */
  readonly included: number;
  /** Mean % of the way from baseline to target over the included indicators. */
  readonly progress: number | null;
}

export function statusCounts(r: RollupInput): Record<Status, number> {
  return { "on-track": r.onTrack, "at-risk": r.atRisk, "off-track": r.offTrack, "not-reported": r.notReported };
}

const total = (r: RollupInput): number => r.onTrack + r.atRisk + r.offTrack + r.notReported;
const pct = (n: number): string => formatPercent(Math.round(n), 0);

/** One sentence for the whole selection: "Of 34 indicators, 2 are on track, … (n of N)." */
export function overallSummary(r: RollupInput): string {
  const n = total(r);
  if (n === 0) return t("outcomes.summary.none");
  const parts = STATUSES.map((s) =>
    t("outcomes.summary.count", { n: formatNumber(statusCounts(r)[s.key]), status: s.label }),
  );
  const progress =
    r.progress === null
      ? t("outcomes.summary.noMeasurement")
      : t("outcomes.summary.average", { included: formatNumber(r.included), progress: pct(r.progress) });
  return `${t("outcomes.summary.of", { n: formatNumber(n), parts: parts.join(t("common.comma")) })} ${progress}`;
}

export interface RoundMeta {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly year: number;
  readonly council: { readonly name: string };
}

export type RoundRollupRow = {
  readonly key: string;
  readonly round: string;
  readonly council: string;
  readonly year: number;
  readonly link: string;
  readonly onTrack: number;
  readonly atRisk: number;
  readonly offTrack: number;
  readonly notReported: number;
  readonly progress: number | null;
};

export interface RoundRollupView {
  readonly rows: readonly RoundRollupRow[];
  /** Mean progress per round with at least one measured indicator, highest first; key = round slug. */
  readonly bars: readonly Bar[];
  readonly headline: string;
  readonly summary: string;
  /** Rounds not charted (nothing measured yet). */
  readonly unmeasured: readonly string[];
}

export function toRoundRollups(
  rollups: readonly { roundId: string; rollup: RollupInput }[],
  rounds: readonly RoundMeta[],
): RoundRollupView {
  const rows: RoundRollupRow[] = rollups.flatMap(({ roundId, rollup }) => {
    const r = rounds.find((x) => x.id === roundId);
    if (!r || total(rollup) === 0) return [];
    return [
      {
        key: r.slug,
        round: r.title,
        council: r.council.name,
        year: r.year,
        link: `/rounds/${r.slug}#progress`,
        onTrack: rollup.onTrack,
        atRisk: rollup.atRisk,
        offTrack: rollup.offTrack,
        notReported: rollup.notReported,
        progress: rollup.progress === null ? null : Math.round(rollup.progress * 10) / 10,
      },
    ];
  });
  const measured = rows.filter((r) => r.progress !== null);
  const bars: Bar[] = measured
    .map((r) => ({
      key: r.key,
      label: t("outcomes.roundYear", { round: shortLabel(r.round, 36), year: r.year }),
      value: r.progress!,
      isOther: false,
      count: 1,
    }))
    .sort((a, b) => b.value - a.value || compareText(a.label, b.label));
  const unmeasured = rows.filter((r) => r.progress === null).map((r) => r.round);
  const best = measured.length ? [...measured].sort((a, b) => b.progress! - a.progress!)[0]! : null;
  const worst = measured.length ? [...measured].sort((a, b) => a.progress! - b.progress!)[0]! : null;
  const anyOnTrack = rows.filter((r) => r.onTrack > 0).length;
  const headline =
    rows.length === 0
      ? t("outcomes.rollup.noneHeadline")
      : t("outcomes.rollup.headline", { onTrack: formatNumber(anyOnTrack), n: formatNumber(rows.length) });
  const summary =
    measured.length === 0
      ? t("outcomes.rollup.noneMeasured", { n: formatNumber(rows.length) })
      : [
          t("outcomes.rollup.measured", {
            measured: formatNumber(measured.length),
            n: formatNumber(rows.length),
            best: best!.round,
            bestYear: best!.year,
            bestProgress: pct(best!.progress!),
            worst: worst!.round,
            worstYear: worst!.year,
            worstProgress: pct(worst!.progress!),
          }),
          unmeasured.length ? tn("outcomes.rollup.unmeasured", unmeasured.length) : "",
        ]
          .filter(Boolean)
          .join(" ");
  return { rows, bars, headline, summary, unmeasured };
}

/** Cost per person reached (awarded ÷ people reached), per currency; null when the indicator does not count people. */
export function costPerPersonText(costs: readonly { amountMinor: number; currency: string }[]): string | null {
  if (costs.length === 0) return null;
  return costs.map((c) => formatMoney(c, { alwaysShowMinor: true })).join(t("common.moneyJoin"));
}

/** The cost column's cell: the cost, "does not apply" (a percentage, or nobody reached yet), or "not reported" (no measurement yet). */
export function costCell(
  costs: readonly { amountMinor: number; currency: string }[],
  unit: string,
  latest: number | null,
): string {
  const text = costPerPersonText(costs);
  if (text) return text;
  if (unit === "%") return t("outcomes.doesNotApply");
  return latest === null ? t("common.notReported") : t("outcomes.doesNotApply");
}

/** Numbers as people read them: "31.8%", "28 young people". */
export function withUnit(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return t("common.notReported");
  return formatMeasure(value, unit);
}

/** Only indicators matching the filters; the order is round by round, as listed. */
export function filterIndicators<T extends { status: Status; roundSlug: string }>(
  rows: readonly T[],
  filter: { status?: string; round?: string },
): T[] {
  return rows.filter(
    (r) => (!filter.status || r.status === filter.status) && (!filter.round || r.roundSlug === filter.round),
  );
}

/** How many progress charts to draw before "Show all" (a long page of canvases is slow on a phone). */
export const CHARTS_FIRST = 6;

/** Indicators with a measurement get a progress chart; the rest are counted (they stay in the table). */
export function splitChartable<T extends { indicator: { measurements: readonly unknown[] } }>(
  rows: readonly T[],
): { charted: T[]; unmeasured: number } {
  const charted = rows.filter((r) => r.indicator.measurements.length > 0);
  return { charted, unmeasured: rows.length - charted.length };
}
