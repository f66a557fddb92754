/** What went wrong with a status check, as a message key (null: nothing). */
export function statusProblem(
  error: { graphQLErrors?: readonly { extensions?: Record<string, unknown> | null }[] } | undefined,
  asked: boolean,
  found: boolean,
): string | null {
  if (error) {
    const limited = error.graphQLErrors?.some((e) => e.extensions?.code === "RATE_LIMITED");
    return limited ? "propose.status.tooMany" : "propose.status.failed";
  }
  if (asked && !found) return "propose.status.notFound";
  return null;
}
