/**
 * "Who was reached": the round's public funnel as stage bars, and per census dimension a table of
 * every stage beside the target group's share, with a paired chart of the deepest published stage.
 *
 * The API decides what is published (docs/adr/0005-suppression-method.md, decision 6): a count it
 * withholds arrives as `null` with its display text ("<5" = 1 to 4 people; "[c]" = withheld so a
 * small group elsewhere cannot be worked out) and stays withheld here. Nothing is recomputed from
 * hidden cells: shares are the API's.
 */
import { formatNumber, formatPercent, t, tn } from "../i18n";

export interface FunnelCount {
  readonly value: number | null;
  readonly display: string;
  readonly suppressed: boolean;
}

export interface FunnelStageInput {
  readonly stage: string;
  readonly total: FunnelCount;
}

export interface FunnelCellInput {
  readonly stage: string;
  readonly count: FunnelCount;
  readonly share: number | null;
}

export interface FunnelCategoryInput {
  readonly category: string;
  readonly targetShare: number | null;
  readonly stages: readonly FunnelCellInput[];
}

export interface FunnelDimensionInput {
  readonly dimension: string;
  readonly publishedThrough: string | null;
  readonly categories: readonly FunnelCategoryInput[];
}

export interface StageBar {
  readonly key: string;
  readonly label: string;
  /** null when withheld ("<5"). */
  readonly total: number | null;
  readonly totalText: string;
  /** Share of those who applied (the invited row: of letters; null for "applied" itself or unknown). */
  readonly ofApplied: string;
  /** 0–100, the bar's length against the longest (never localised: for CSS). */
  readonly width: number;
}

export interface StageBars {
  readonly bars: readonly StageBar[];
  readonly summary: string;
}

const pct = (p: number | null): string => (p === null ? "–" : formatPercent(Math.round(p * 1000) / 10, 1));

/** The stage bars: invited (when recorded), then each stage's total against the longest bar. */
export function toStageBars(
  input: { readonly invited: number | null; readonly stages: readonly FunnelStageInput[] },
  stageLabel: (stage: string) => string,
): StageBars {
  const rows: { key: string; total: number | null; text: string }[] = [];
  if (input.invited !== null) rows.push({ key: "invited", total: input.invited, text: formatNumber(input.invited) });
  for (const s of input.stages)
    rows.push({
      key: s.stage,
      total: s.total.value,
      text: s.total.suppressed ? s.total.display : formatNumber(s.total.value ?? 0),
    });
  const longest = Math.max(1, ...rows.map((r) => r.total ?? 0));
  const applied = input.stages.find((s) => s.stage === "applied")?.total.value ?? null;
  const bars = rows.map((r): StageBar => ({
    key: r.key,
    label: stageLabel(r.key),
    total: r.total,
    totalText: r.text,
    ofApplied:
      r.key === "invited" || r.key === "applied" || applied === null || applied === 0 || r.total === null
        ? "–"
        : pct(r.total / applied),
    width: r.total === null ? 0 : Math.round((r.total / longest) * 1000) / 10,
  }));
  const get = (k: string) => bars.find((b) => b.key === k);
  const summary =
    applied === null || applied === 0
      ? t("charts.funnel.noApplicants")
      : t("charts.funnel.summary", {
          applied: get("applied")!.totalText,
          selected: get("selected")?.totalText ?? "0",
          attended: get("attended")?.totalText ?? "0",
          spoke: get("spoke")?.totalText ?? "0",
        });
  return { bars, summary };
}

export interface DimensionTableRow {
  readonly [key: string]: string | number | null;
  readonly category: string;
  readonly label: string;
  readonly target: string;
}

export interface FunnelDimensionView {
  readonly dimension: string;
  /** The stages shown as columns, in order. */
  readonly stages: readonly string[];
  /** One row per category ("No data" last): `s_<stage>` holds the cell's text. */
  readonly rows: readonly DimensionTableRow[];
  /** The deepest published stage, or null (only the panel make-up's cells). */
  readonly chartStage: string | null;
  /** The chart at `chartStage`: categories with a census share (no "No data"), in table order. */
  readonly chart: {
    readonly labels: readonly string[];
    readonly stage: readonly (number | null)[];
    readonly target: readonly (number | null)[];
  };
  /** Cells shown as "<5". */
  readonly smallCount: number;
  /** Cells shown as "[c]". */
  readonly withheldCount: number;
  readonly summary: string;
}

export const NO_DATA_KEY = "no_data";

/**
 * The rows worth a line: a census category outside the target group (no target share) whose every
 * published cell is 0 and the rest withheld is left out (a census age band nobody of the target
 * group's ages is in) — decided from published figures only. Numeric bands in numeric order
 * (5–9 before 10–14), "no data" last.
 */
function orderedCategories(categories: readonly FunnelCategoryInput[]): FunnelCategoryInput[] {
  const kept = categories.filter(
    (c) =>
      c.category === NO_DATA_KEY ||
      c.targetShare !== null ||
      c.stages.some((s) => !s.count.suppressed && (s.count.value ?? 0) > 0) ||
      c.stages.some((s) => s.count.display === "<5"),
  );
  const band = (c: string) => (/^\d+/.test(c) ? parseInt(c, 10) : null);
  return kept
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      if (a.c.category === NO_DATA_KEY) return 1;
      if (b.c.category === NO_DATA_KEY) return -1;
      const x = band(a.c.category);
      const y = band(b.c.category);
      return x !== null && y !== null ? x - y : a.i - b.i;
    })
    .map(({ c }) => c);
}

const pct1 = (p: number | null): number | null => (p === null ? null : Math.round(p * 1000) / 10);

/** One dimension of the funnel: the table's rows and the chart of its deepest published stage. */
export function toFunnelDimension(
  input: FunnelDimensionInput,
  labels: { readonly stage: (stage: string) => string; readonly category: (category: string) => string },
): FunnelDimensionView {
  const stages = input.categories[0]?.stages.map((s) => s.stage) ?? [];
  let smallCount = 0;
  let withheldCount = 0;
  const categories = orderedCategories(input.categories);
  const rows = categories.map((c): DimensionTableRow => {
    const row: Record<string, string | number | null> = {
      category: c.category,
      label: c.category === NO_DATA_KEY ? t("charts.funnel.noData") : labels.category(c.category),
      target: c.category === NO_DATA_KEY ? "–" : pct(c.targetShare),
    };
    for (const s of c.stages) {
      if (s.count.suppressed) {
        if (s.count.display === "<5") smallCount++;
        else withheldCount++;
        row[`s_${s.stage}`] = s.count.display;
      } else {
        const n = formatNumber(s.count.value ?? 0);
        row[`s_${s.stage}`] = s.share === null ? n : t("charts.funnel.countShare", { n, share: pct(s.share) });
      }
    }
    return row as DimensionTableRow;
  });
  const chartStage = input.publishedThrough;
  const charted = categories.filter((c) => c.category !== NO_DATA_KEY && c.targetShare !== null);
  const shareAt = (c: FunnelCategoryInput) => c.stages.find((s) => s.stage === chartStage)?.share ?? null;
  const chart = {
    labels: charted.map((c) => labels.category(c.category)),
    stage: chartStage === null ? [] : charted.map((c) => pct1(shareAt(c))),
    target: chartStage === null ? [] : charted.map((c) => pct1(c.targetShare)),
  };
  let summary: string;
  if (chartStage === null) summary = t("charts.funnel.makeupOnly");
  else {
    const gaps = charted
      .map((c) => ({ c, gap: (shareAt(c) ?? 0) - (c.targetShare ?? 0), share: shareAt(c) }))
      .filter((g) => g.share !== null);
    const under = [...gaps].sort((a, b) => a.gap - b.gap)[0];
    const parts = [
      chartStage === stages[stages.length - 1]
        ? t("charts.funnel.allStages")
        : t("charts.funnel.publishedThrough", { stage: labels.stage(chartStage) }),
    ];
    if (under && under.gap < 0)
      parts.push(
        t("charts.funnel.under", {
          label: labels.category(under.c.category),
          stage: labels.stage(chartStage),
          share: pct(under.share),
          target: pct(under.c.targetShare),
        }),
      );
    summary = parts.join(" ");
  }
  if (smallCount + withheldCount > 0) summary += ` ${tn("charts.funnel.hidden", smallCount + withheldCount)}`;
  return { dimension: input.dimension, stages, rows, chartStage, chart, smallCount, withheldCount, summary };
}
