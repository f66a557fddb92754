/**
 * Pure shapers of the officer's panel screen (tested in panelShapers.spec.ts): which actions a seat
 * offers, the funnel's table rows and the selection report's download link.
 */

export interface SeatLike {
  readonly status: string;
  readonly replacedBy: { readonly pseudonym: string } | null;
}

export interface SeatActions {
  readonly confirm: boolean;
  readonly withdraw: boolean;
  readonly replace: boolean;
}

/** Confirm a selected member; withdraw anyone still on the panel; replace a withdrawn one not yet replaced. */
export function seatActions(seat: SeatLike, alternatesStored: boolean, waitingAlternates: number): SeatActions {
  const withdrawn = seat.status === "withdrawn";
  return {
    confirm: seat.status === "selected",
    withdraw: !withdrawn,
    replace: withdrawn && seat.replacedBy === null && alternatesStored && waitingAlternates > 0,
  };
}

export const FUNNEL_STAGES = ["applied", "selected", "confirmed", "attended", "spoke", "scored"] as const;

export interface FunnelCellLike {
  readonly stage: string;
  readonly count: number;
  readonly share?: number | null;
}
export interface FunnelCategoryLike {
  readonly category: string;
  readonly targetShare: number | null;
  readonly stages: readonly FunnelCellLike[];
}

export interface FunnelRow {
  readonly category: string;
  /** Percent of the target group (null: not a census category). */
  readonly target: number | null;
  /** Per stage in FUNNEL_STAGES order: the count and its percent of those at the stage who answered. */
  readonly cells: readonly { stage: string; count: number; percent: number | null; below: boolean }[];
}

/**
 * One table row per category. `below` marks a stage where the category's share has fallen under
 * 80 % of its target share (the "four-fifths" rule of thumb for under-representation).
 */
export function funnelRows(categories: readonly FunnelCategoryLike[]): FunnelRow[] {
  return categories.map((c) => ({
    category: c.category,
    target: c.targetShare === null ? null : Math.round(c.targetShare * 1000) / 10,
    cells: FUNNEL_STAGES.map((stage) => {
      const cell = c.stages.find((s) => s.stage === stage);
      const share = cell?.share ?? null;
      return {
        stage,
        count: cell?.count ?? 0,
        percent: share === null ? null : Math.round(share * 1000) / 10,
        below: share !== null && c.targetShare !== null && c.targetShare > 0 && share < 0.8 * c.targetShare,
      };
    }),
  }));
}

/** A link that downloads the report CSV without another request (the officer's token is not a cookie). */
export function csvDataHref(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

/** The report's file name: `selection-report-<slug>.csv`. */
export function reportFileName(slug: string): string {
  return `selection-report-${slug.replace(/[^a-z0-9-]+/gi, "-")}.csv`;
}
