/** The statuses an application can have (the API's `ApplicationStatus.status`). */
export const APPLICATION_STATES = ["applied", "selected", "reserve", "withdrawn", "rejected"] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** A status the page has words for; anything else reads as "applied" (in the lottery). */
export function applicationState(status: string): ApplicationState {
  return (APPLICATION_STATES as readonly string[]).includes(status) ? (status as ApplicationState) : "applied";
}

/**
 * A chance of selection (0..1) as a percentage for people, not statisticians: whole percent from
 * 10 % up, one decimal below (so 0.5 % does not read as 1 % or 0 %), never "0" for a real chance.
 * Returns the percentage and its number of decimals.
 */
export function chancePercent(probability: number): { percent: number; digits: number } {
  const percent = Math.min(100, Math.max(0, probability * 100));
  if (percent === 0 || percent >= 10) return { percent: Math.round(percent), digits: 0 };
  const one = Math.round(percent * 10) / 10;
  return one > 0 ? { percent: one, digits: 1 } : { percent: 0.1, digits: 1 };
}

/** What went wrong with a status check, as a message key (null: nothing). NOT_FOUND is an unknown code. */
export function applicationStatusProblem(
  error: { graphQLErrors?: readonly { extensions?: Record<string, unknown> | null }[] } | undefined,
): string | null {
  if (!error) return null;
  const codes = error.graphQLErrors?.map((e) => e.extensions?.code) ?? [];
  if (codes.includes("RATE_LIMITED")) return "applicationStatus.tooMany";
  if (codes.includes("NOT_FOUND")) return "applicationStatus.notFound";
  return "applicationStatus.failed";
}
