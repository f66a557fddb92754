/**
 * Panel vs population, one dimension (age band, sex, ethnic group, disability) at a time.
 *
 * Small-number suppression is the domain's (`suppressGroup`): counts 1–4 read "<5", and a further
 * cell reads "[c]" whenever the total would otherwise reveal a suppressed one. If the API already
 * suppressed a cell it arrives as `null` (with its display text) and stays suppressed.
 */
import { SMALL_COUNT_DISPLAY, suppressGroup } from "@coproduce/domain";
import { formatNumber, formatPercent as percent, t, tn } from "../i18n";

export const SUPPRESSED_TEXT = SMALL_COUNT_DISPLAY;

export interface DimensionRowInput {
  readonly category: string;
  readonly label?: string;
  /** Panel members in this category; `null` when the source already suppressed it. */
  readonly panelCount: number | null;
  /** What the source printed for a suppressed cell ("<5" or "[c]"). */
  readonly panelDisplay?: string | null;
  /** The area's population in this category (census baseline). */
  readonly populationCount: number | null;
}

export interface DimensionInput {
  readonly dimension: string;
  readonly rows: readonly DimensionRowInput[];
  /** Panel members who gave data for this dimension (the denominator for panel %). */
  readonly panelTotal: number;
  /** The baseline table's own total for this dimension (the denominator for population %). */
  readonly populationTotal: number;
  /** Panel members who gave no data for this dimension. */
  readonly noData?: number;
}

export interface PanelVsPopulationRow {
  readonly category: string;
  readonly label: string;
  readonly suppressed: boolean;
  /** null when suppressed. */
  readonly panelCount: number | null;
  readonly panelPercent: number | null;
  /** "40% — 8 of 20", or "<5" / "[c]". */
  readonly panelText: string;
  readonly populationCount: number | null;
  readonly populationPercent: number | null;
  readonly populationText: string;
  /** panel % ÷ population % (over/under-representation); null when unknown or suppressed. */
  readonly ratio: number | null;
}

export interface PanelVsPopulation {
  readonly dimension: string;
  readonly rows: readonly PanelVsPopulationRow[];
  readonly panelTotal: number;
  readonly populationTotal: number;
  readonly noData: number;
  readonly suppressedCount: number;
}

/** A share (0–1) as a percentage for a table: "<1%" below one, whole from 10 up, else one decimal at most. */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct > 0 && pct < 1) return t("charts.lessThan", { value: percent(1, 0) });
  return pct >= 10 ? percent(Math.round(pct), 0) : percent(Math.round(pct * 10) / 10, 1);
}

export function toPanelVsPopulation(input: DimensionInput): PanelVsPopulation {
  const preSuppressed = input.rows.some((r) => r.panelCount === null);
  const group = preSuppressed
    ? null
    : suppressGroup(
        input.rows.map((r) => ({ key: r.category, count: r.panelCount ?? 0 })),
        {
          total: Math.max(
            input.panelTotal + (input.noData ?? 0),
            input.rows.reduce((s, r) => s + (r.panelCount ?? 0), 0),
          ),
        },
      );
  const rows = input.rows.map((r, i): PanelVsPopulationRow => {
    const cell = group?.cells[i];
    const suppressed = cell ? cell.suppressed : r.panelCount === null;
    const display = cell ? cell.display : (r.panelDisplay ?? SUPPRESSED_TEXT);
    const panelCount = suppressed ? null : r.panelCount;
    const panelPercent = panelCount !== null && input.panelTotal > 0 ? panelCount / input.panelTotal : null;
    const populationPercent =
      r.populationCount !== null && input.populationTotal > 0 ? r.populationCount / input.populationTotal : null;
    return {
      category: r.category,
      label: r.label ?? r.category,
      suppressed,
      panelCount,
      panelPercent,
      panelText:
        suppressed || panelPercent === null
          ? display
          : t("charts.percentOf", {
              percent: formatPercent(panelPercent),
              count: formatNumber(panelCount ?? 0),
              total: formatNumber(input.panelTotal),
            }),
      populationCount: r.populationCount,
      populationPercent,
      populationText:
        populationPercent === null || r.populationCount === null
          ? t("common.notReported")
          : t("charts.percentOf", {
              percent: formatPercent(populationPercent),
              count: formatNumber(r.populationCount),
              total: formatNumber(input.populationTotal),
            }),
      ratio: panelPercent !== null && populationPercent ? panelPercent / populationPercent : null,
    };
  });
  return {
    dimension: input.dimension,
    rows,
    panelTotal: input.panelTotal,
    populationTotal: input.populationTotal,
    noData: input.noData ?? 0,
    suppressedCount: rows.filter((r) => r.suppressed).length,
  };
}

export interface PairedBars {
  readonly labels: readonly string[];
  /** Panel % per group (0–100, one decimal); null where the count is suppressed (no bar, never recoverable). */
  readonly panel: readonly (number | null)[];
  /** Population % per group (0–100, one decimal). */
  readonly population: readonly (number | null)[];
  /** One sentence for the chart: the groups most over- and under-represented, in % with n. */
  readonly summary: string;
}

const pct1 = (p: number | null): number | null => (p === null ? null : Math.round(p * 1000) / 10);

/** Paired bars (panel vs population) for one dimension, from the same rows as its table. */
export function toPairedBars(view: PanelVsPopulation): PairedBars {
  const known = view.rows.filter((r) => r.ratio !== null && r.panelPercent !== null && r.populationPercent !== null);
  const gap = (r: PanelVsPopulationRow): number => (r.panelPercent ?? 0) - (r.populationPercent ?? 0);
  const over = [...known].sort((a, b) => gap(b) - gap(a))[0];
  const under = [...known].sort((a, b) => gap(a) - gap(b))[0];
  const parts: string[] = [];
  if (over && gap(over) > 0)
    parts.push(
      t("charts.panel.over", {
        label: over.label,
        panel: over.panelText,
        population: formatPercent(over.populationPercent!),
      }),
    );
  if (under && gap(under) < 0)
    parts.push(
      t("charts.panel.under", {
        label: under.label,
        panel: under.panelText,
        population: formatPercent(under.populationPercent!),
      }),
    );
  if (parts.length === 0) parts.push(known.length ? t("charts.panel.matches") : t("charts.panel.noneComparable"));
  if (view.suppressedCount) parts.push(tn("charts.panel.suppressed", view.suppressedCount));
  return {
    labels: view.rows.map((r) => r.label),
    panel: view.rows.map((r) => pct1(r.panelPercent)),
    population: view.rows.map((r) => pct1(r.populationPercent)),
    summary: parts.join(" "),
  };
}
