import type { Money } from "@coproduce/domain";

/**
 * What the provider page says about a provider's awards: totals per currency (never added across
 * currencies), the councils that funded it, and the outcomes of the services it runs. Pure.
 */
export interface AwardLike {
  readonly value: Money;
  readonly spent: Money;
  readonly round: {
    readonly slug: string;
    readonly council: { readonly slug: string; readonly name: string };
    readonly outcomes: readonly { readonly id: string; readonly title: string; readonly status: string }[];
  };
}

/** Σ of `pick(award)` per currency, currencies in alphabetical order. */
export function totalsByCurrency(
  awards: readonly AwardLike[],
  pick: (a: AwardLike) => Money = (a) => a.value,
): Money[] {
  const sums = new Map<string, number>();
  for (const a of awards) {
    const m = pick(a);
    sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.amountMinor);
  }
  return [...sums.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** The councils that funded the provider, by name, each once. */
export function fundingCouncils(awards: readonly AwardLike[]): { slug: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const a of awards) seen.set(a.round.council.slug, a.round.council.name);
  return [...seen.entries()].map(([slug, name]) => ({ slug, name })).sort((x, y) => x.name.localeCompare(y.name));
}

/** How many outcomes of the rounds it delivers are in each status (each round counted once). */
export function outcomeStatusCounts(awards: readonly AwardLike[]): { status: string; count: number }[] {
  const rounds = new Map<string, AwardLike["round"]>();
  for (const a of awards) rounds.set(a.round.slug, a.round);
  const counts = new Map<string, number>();
  for (const r of rounds.values()) for (const o of r.outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [...counts.entries()]
    .map(([status, count]) => ({ status, count }))
    .sort((x, y) => y.count - x.count || x.status.localeCompare(y.status));
}

/** The org-id.guide identifier and, for the schemes with a public register, its page. */
export function identifierOf(
  scheme: string | null | undefined,
  id: string | null | undefined,
): { orgId: string; href: string | null } | null {
  if (!scheme || !id) return null;
  const href =
    scheme === "GB-CHC"
      ? `https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/${encodeURIComponent(id)}`
      : scheme === "GB-COH"
        ? `https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(id)}`
        : null;
  return { orgId: `${scheme}-${id}`, href };
}
