/**
 * The outcomes tracker, shaped from the API's `outcomeProgress` (statuses computed by the server
 * with the published rule): status counts overall and per round, each indicator's row with its
 * cost per person reached where the indicator counts people. Statuses are counted, never summed
 * into one score; progress is averaged over the indicators that report (weights: one per indicator).
 */
import { t } from "../../i18n";
import { formatMoney } from "@coproduce/domain";
import type { Bar } from "../../charts/bars";
import { shortLabel } from "../../charts/fairness";
import type { Status } from "../../charts/progress";

export const STATUSES: readonly { key: Status; label: string }[] = [
  { key: "on-track", label: t("outcomes.onTrack2") },
  { key: "at-risk", label: t("outcomes.atRisk2") },
  { key: "off-track", label: t("outcomes.offTrack2") },
  { key: "not-reported", label: t("outcomes.notReported2") },
];

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
const pct = (n: number): string => `${Math.round(n)}%`;

/** One sentence for the whole selection: "Of 34 indicators, 2 are on track, … (n of N)." */
export function overallSummary(r: RollupInput): string {
  const n = total(r);
  if (n === 0) return "No outcome indicators have been defined for these rounds yet.";
  const parts = STATUSES.map((s) => `${statusCounts(r)[s.key]} ${s.label}`);
  const progress =
    r.progress === null
      ? " None has a measurement yet."
      : ` On average the ${r.included} indicators with a measurement are ${pct(r.progress)} of the way from their baseline to their target (each indicator weighted equally).`;
  return `Of ${n} indicators: ${parts.join(", ")}.${progress}`;
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
      label: `${shortLabel(r.round, 36)} (${r.year})`,
      value: r.progress!,
      isOther: false,
      count: 1,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "en-GB"));
  const unmeasured = rows.filter((r) => r.progress === null).map((r) => r.round);
  const best = measured.length ? [...measured].sort((a, b) => b.progress! - a.progress!)[0]! : null;
  const worst = measured.length ? [...measured].sort((a, b) => a.progress! - b.progress!)[0]! : null;
  const anyOnTrack = rows.filter((r) => r.onTrack > 0).length;
  const headline =
    rows.length === 0
      ? "No round has outcome indicators yet"
      : `${anyOnTrack} of ${rows.length} rounds have an indicator on track`;
  const summary =
    measured.length === 0
      ? `${rows.length} rounds have indicators, none measured yet.`
      : `${measured.length} of ${rows.length} rounds have measurements. Furthest along: “${best!.round}” (${best!.year}), ${pct(best!.progress!)} of the way to its targets on average;` +
        ` least: “${worst!.round}” (${worst!.year}), ${pct(worst!.progress!)}.` +
        (unmeasured.length ? ` ${unmeasured.length} rounds have no measurement yet.` : "");
  return { rows, bars, headline, summary, unmeasured };
}

/** Cost per person reached (awarded ÷ people reached), per currency; null when the indicator does not count people. */
export function costPerPersonText(costs: readonly { amountMinor: number; currency: string }[]): string | null {
  if (costs.length === 0) return null;
  return costs.map((c) => formatMoney(c, { alwaysShowMinor: true })).join(" + ");
}

/** The cost column's cell: the cost, "does not apply" (a percentage, or nobody reached yet), or "not reported" (no measurement yet). */
export function costCell(
  costs: readonly { amountMinor: number; currency: string }[],
  unit: string,
  latest: number | null,
): string {
  const text = costPerPersonText(costs);
  if (text) return text;
  if (unit === "%") return "does not apply";
  return latest === null ? "not reported" : "does not apply";
}

/** Numbers as people read them: "31.8%", "28 young people". */
export function withUnit(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "not reported";
  const text = value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
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
