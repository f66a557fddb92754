/**
 * "Who voted" on a PB round's page, once voting has closed: the published voter make-up per
 * dimension (age band, sex) beside the area's census baseline, and online vs paper. The API has
 * already suppressed small counts ("<5", and "[c]" for a count that would give one away); this
 * only lays the published figures out and says when something is hidden.
 */

export interface PublishedCount {
  readonly display: string;
  readonly suppressed: boolean;
  readonly value?: number | null;
}

export interface VoterDimension {
  readonly dimension: string;
  readonly categories: readonly {
    readonly category: string;
    readonly count: PublishedCount;
    readonly share?: number | null;
    readonly populationShare?: number | null;
  }[];
  readonly noData: PublishedCount;
}

export interface WhoVotedRow {
  readonly category: string;
  readonly count: string;
  /** Share of the voters who answered, in percent; null when hidden. */
  readonly sharePercent: number | null;
  /** Share of the area's residents (census), in percent; null when the census has no figure. */
  readonly populationPercent: number | null;
}

export interface WhoVotedTable {
  readonly dimension: string;
  readonly rows: WhoVotedRow[];
  readonly noData: string;
  readonly hidesSmall: boolean;
  readonly hidesOther: boolean;
}

/** The dimensions with at least one voter who answered (a round that never asked has none). */
export function whoVotedTables(dimensions: readonly VoterDimension[]): WhoVotedTable[] {
  return dimensions
    .filter((d) => d.categories.some((c) => c.count.suppressed || (c.count.value ?? 0) > 0))
    .map((d) => {
      const cells = [...d.categories.map((c) => c.count), d.noData];
      return {
        dimension: d.dimension,
        rows: d.categories.map((c) => ({
          category: c.category,
          count: c.count.display,
          sharePercent: c.share === null || c.share === undefined ? null : c.share * 100,
          populationPercent:
            c.populationShare === null || c.populationShare === undefined ? null : c.populationShare * 100,
        })),
        noData: d.noData.display,
        hidesSmall: cells.some((c) => c.display === "<5"),
        hidesOther: cells.some((c) => c.display === "[c]"),
      };
    });
}

/** Online vs paper, as published (null when the API gives no split). */
export function channelText(
  channels: { total: number; online: PublishedCount; paper: PublishedCount } | null | undefined,
): { total: number; online: string; paper: string; hidden: boolean } | null {
  if (!channels) return null;
  return {
    total: channels.total,
    online: channels.online.display,
    paper: channels.paper.display,
    hidden: channels.online.suppressed || channels.paper.suppressed,
  };
}
