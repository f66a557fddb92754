/**
 * The published panel draw, shaped for the public round page: the order of events a resident can
 * check (commitment first, then the public random number, then the draw), the pool file as a download,
 * and the spread of everyone's chance of selection. Rule (docs/lottery.md): a draw is only checkable
 * when its commitment was published before the random number was known — on or before the randomness
 * date — and the draw came after both.
 */
export interface PublishedDraw {
  committedAt: string;
  drawnAt?: string | null;
  randomnessDate: string;
  randomnessSource: string;
  seed?: string | null;
  applicants: number;
  panelSize: number;
  commitmentSha256: string;
  poolSha256: string;
  poolCsv: string;
  verifyCommand: string;
  probabilities?: { min: number; median: number; max: number } | null;
  /** Public ceremony committed: the number of tickets (null or absent: an ordinary draw). */
  ceremonyTickets?: number | null;
  /** After a ceremony draw: the ticket drawn (1..tickets) and the loss (a probability difference). */
  ceremony?: { tickets: number; ticket: number; loss: number } | null;
}

export interface DrawTimeline {
  /** The commitment was published no later than the day of the random number. */
  committedFirst: boolean;
  /** Drawn (with a seed) on or after the day of the random number. */
  drawnAfterRandomness: boolean | null;
  drawn: boolean;
  /** The pool file as a link target (a CSV data URL, nothing fetched). */
  poolHref: string;
  /**
   * Chances of selection in whole percent with one decimal: known from the commitment on (the
   * distribution does not depend on the random number), null when the API sent none.
   */
  chances: { min: string; median: string; max: string } | null;
  /**
   * A public ceremony: committed with `tickets` numbered tickets; once drawn, the ticket and the
   * loss in percentage points (`lossPoints`, null when rounding changed no one's chance).
   */
  ceremony: { tickets: number; ticket: number | null; lossPoints: string | null } | null;
}

/** The calendar day (UTC) of an ISO timestamp. */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** Percentage points: two decimals, or two significant digits below 0.01 (never "0.00" for a real change). */
export function percentagePoints(
  loss: number,
  number: (value: number, options: Intl.NumberFormatOptions) => string,
): string | null {
  const points = 100 * loss;
  if (!(points > 1e-9)) return null;
  return points >= 0.01
    ? number(points, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : number(points, { maximumSignificantDigits: 2 });
}

export function drawTimeline(
  d: PublishedDraw,
  percent: (fraction: number) => string,
  number: (value: number, options: Intl.NumberFormatOptions) => string = (v, o) =>
    new Intl.NumberFormat("en-GB", o).format(v),
): DrawTimeline {
  const drawn = Boolean(d.drawnAt && d.seed);
  const tickets = d.ceremony?.tickets ?? d.ceremonyTickets ?? null;
  return {
    committedFirst: dayOf(d.committedAt) <= d.randomnessDate,
    drawnAfterRandomness: d.drawnAt ? dayOf(d.drawnAt) >= d.randomnessDate : null,
    drawn,
    poolHref: `data:text/csv;charset=utf-8,${encodeURIComponent(d.poolCsv)}`,
    chances: d.probabilities
      ? {
          min: percent(d.probabilities.min),
          median: percent(d.probabilities.median),
          max: percent(d.probabilities.max),
        }
      : null,
    ceremony:
      tickets === null
        ? null
        : drawn && d.ceremony
          ? { tickets, ticket: d.ceremony.ticket, lossPoints: percentagePoints(d.ceremony.loss, number) }
          : { tickets, ticket: null, lossPoints: null },
  };
}
