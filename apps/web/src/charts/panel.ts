/**
 * Panel vs population, one dimension (age band, sex, ethnic group, disability) at a time.
 *
 * Small-number suppression (PRODUCT.md): a panel count below 5 is shown as "<5" and must not be
 * derivable from the total. If the API already suppressed a cell it arrives as `null` and stays
 * suppressed. If exactly one cell of a dimension is suppressed, the next-smallest cell is
 * suppressed too (secondary suppression), so total − the others never reveals it.
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED_TEXT = "<5";

export interface DimensionRowInput {
  readonly category: string;
  readonly label?: string;
  /** Panel members in this category; `null` when the source already suppressed it. */
  readonly panelCount: number | null;
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
  /** "40% — 8 of 20", or "<5". */
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

export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct > 0 && pct < 1) return "<1%";
  return `${pct >= 10 || Number.isInteger(Math.round(pct * 10) / 10) ? Math.round(pct) : (Math.round(pct * 10) / 10).toFixed(1)}%`;
}

function isSmall(n: number | null): boolean {
  return n === null || n < SUPPRESSION_THRESHOLD;
}

export function toPanelVsPopulation(input: DimensionInput): PanelVsPopulation {
  const suppressed = new Set<number>();
  input.rows.forEach((r, i) => {
    if (isSmall(r.panelCount)) suppressed.add(i);
  });
  if (suppressed.size === 1 && input.rows.length > 1) {
    // Secondary suppression: hide the smallest remaining cell as well.
    let smallest = -1;
    input.rows.forEach((r, i) => {
      if (suppressed.has(i)) return;
      const best = smallest >= 0 ? input.rows[smallest] : undefined;
      if (!best || (r.panelCount ?? 0) < (best.panelCount ?? 0)) smallest = i;
    });
    if (smallest >= 0) suppressed.add(smallest);
  }
  const rows = input.rows.map((r, i): PanelVsPopulationRow => {
    const isSuppressed = suppressed.has(i);
    const panelCount = isSuppressed ? null : r.panelCount;
    const panelPercent = panelCount !== null && input.panelTotal > 0 ? panelCount / input.panelTotal : null;
    const populationPercent =
      r.populationCount !== null && input.populationTotal > 0 ? r.populationCount / input.populationTotal : null;
    return {
      category: r.category,
      label: r.label ?? r.category,
      suppressed: isSuppressed,
      panelCount,
      panelPercent,
      panelText:
        isSuppressed || panelPercent === null
          ? SUPPRESSED_TEXT
          : `${formatPercent(panelPercent)} — ${panelCount} of ${input.panelTotal}`,
      populationCount: r.populationCount,
      populationPercent,
      populationText:
        populationPercent === null || r.populationCount === null
          ? "not reported"
          : `${formatPercent(populationPercent)} — ${r.populationCount.toLocaleString("en-GB")} of ${input.populationTotal.toLocaleString("en-GB")}`,
      ratio: panelPercent !== null && populationPercent ? panelPercent / populationPercent : null,
    };
  });
  return {
    dimension: input.dimension,
    rows,
    panelTotal: input.panelTotal,
    populationTotal: input.populationTotal,
    noData: input.noData ?? 0,
    suppressedCount: suppressed.size,
  };
}
