/**
 * "Equal Shares and greedy compared" on a decided PB round: the same stored ballots counted both
 * ways when the decision was taken (the API's `fairness.ruleComparison`; never recomputed here).
 * This only lays the stored figures out: the projects only one rule funds (with their cost), each
 * rule's projects, money and share of voters with a funded project, and per category the share of
 * the votes beside the share of each rule's money.
 */

export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

/** The stored comparison as the API gives it (`RuleComparisonStat`). */
export interface RuleComparisonInput {
  readonly greedy: readonly string[];
  readonly mes: readonly string[];
  readonly onlyGreedy: readonly string[];
  readonly onlyMes: readonly string[];
  readonly greedyProportionality?: number | null;
  readonly mesProportionality?: number | null;
  readonly categories?:
    | readonly {
        readonly category?: string | null;
        readonly votes: number;
        readonly voteShare?: number | null;
        readonly greedyAmount: Money;
        readonly mesAmount: Money;
      }[]
    | null;
}

/** A project of the decision (for its title and cost). */
export interface ComparedProjectInput {
  readonly bid: { readonly id: string; readonly title: string; readonly amountRequested: Money };
}

export interface ComparedProject {
  readonly id: string;
  /** The project's title; null when the decision does not list it (shown as its id). */
  readonly title: string | null;
  readonly cost: Money | null;
}

export interface RuleSummary {
  readonly projects: number;
  /** Money the rule's funded projects cost; null when neither the categories nor the projects give it. */
  readonly spent: Money | null;
  /** Share of voters with at least one funded project they voted for, in percent; null when not stored. */
  readonly votersPercent: number | null;
}

export interface CategoryRow {
  /** The category as stored; null = uncategorised projects. */
  readonly category: string | null;
  /** "education,public space" → "Education, public space"; null for uncategorised. */
  readonly label: string | null;
  readonly votes: number;
  /** The category's share of all votes, in percent (null when there were no votes). */
  readonly votePercent: number | null;
  readonly mes: Money;
  readonly greedy: Money;
  /** The category's share of the rule's money, in percent (null when the rule spent nothing). */
  readonly mesPercent: number | null;
  readonly greedyPercent: number | null;
}

export interface RuleComparisonView {
  /** Both rules fund exactly the same projects. */
  readonly same: boolean;
  readonly onlyMes: ComparedProject[];
  readonly onlyGreedy: ComparedProject[];
  /** What the projects only one rule funds cost together (null when a cost is unknown). */
  readonly onlyMesTotal: Money | null;
  readonly onlyGreedyTotal: Money | null;
  readonly mesSummary: RuleSummary;
  readonly greedySummary: RuleSummary;
  /** Per category, in the API's order; empty when the comparison predates categories. */
  readonly categories: CategoryRow[];
}

const percent = (part: number, whole: number): number | null => (whole > 0 ? (part / whole) * 100 : null);

/** "education,culture,public space" → "Education, culture, public space". */
export function categoryLabel(category: string | null | undefined): string | null {
  if (category === null || category === undefined || category.trim() === "") return null;
  const text = category
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function toRuleComparison(
  input: RuleComparisonInput,
  projects: readonly ComparedProjectInput[],
  currency: string,
): RuleComparisonView {
  const byId = new Map(projects.map((p) => [p.bid.id, p.bid]));
  const compared = (ids: readonly string[]): ComparedProject[] =>
    ids.map((id) => {
      const bid = byId.get(id);
      return { id, title: bid?.title ?? null, cost: bid?.amountRequested ?? null };
    });
  const total = (list: readonly ComparedProject[]): Money | null =>
    list.every((p) => p.cost !== null)
      ? { amountMinor: list.reduce((s, p) => s + p.cost!.amountMinor, 0), currency }
      : null;

  const cats = input.categories ?? [];
  const totalVotes = cats.reduce((s, c) => s + c.votes, 0);
  const mesMoney = cats.reduce((s, c) => s + c.mesAmount.amountMinor, 0);
  const greedyMoney = cats.reduce((s, c) => s + c.greedyAmount.amountMinor, 0);
  const categories: CategoryRow[] = cats.map((c) => ({
    category: c.category ?? null,
    label: categoryLabel(c.category),
    votes: c.votes,
    votePercent: c.voteShare === null || c.voteShare === undefined ? percent(c.votes, totalVotes) : c.voteShare * 100,
    mes: c.mesAmount,
    greedy: c.greedyAmount,
    mesPercent: percent(c.mesAmount.amountMinor, mesMoney),
    greedyPercent: percent(c.greedyAmount.amountMinor, greedyMoney),
  }));

  const summary = (ids: readonly string[], share: number | null | undefined, fromCategories: number): RuleSummary => ({
    projects: ids.length,
    spent: cats.length > 0 ? { amountMinor: fromCategories, currency } : total(compared(ids)),
    votersPercent: share === null || share === undefined ? null : share * 100,
  });

  const onlyMes = compared(input.onlyMes);
  const onlyGreedy = compared(input.onlyGreedy);
  return {
    same: onlyMes.length === 0 && onlyGreedy.length === 0,
    onlyMes,
    onlyGreedy,
    onlyMesTotal: total(onlyMes),
    onlyGreedyTotal: total(onlyGreedy),
    mesSummary: summary(input.mes, input.mesProportionality, mesMoney),
    greedySummary: summary(input.greedy, input.greedyProportionality, greedyMoney),
    categories,
  };
}
