import type { DataSource } from "typeorm";
import { GraphQLError } from "graphql";
import { Money, isRepresentable } from "../graphql/money.type.js";
import { fromGlobalId, toGlobalId } from "../graphql/node-id.js";
import { int, notWithdrawn, run, sqlFor } from "../db/sql.js";
import {
  SpendingService,
  type SpendingFilterInput,
  type SpendingGroupBy as GroupKey,
  type SpendingRowData,
} from "./spending.service.js";
import { ParticipationService, type DimensionData, type ParticipationData } from "./participation.service.js";
import { FairnessService } from "./fairness.service.js";
import { OutcomesService, type RollupData } from "./outcomes.service.js";
import type { CellOut } from "./suppression.js";
import type { RuleComparisonData } from "./rule-comparison.js";
import {
  Comparison,
  ComparisonItem,
  type GroupStat,
  Normalise,
  type NormalisedValue,
  OutcomeSummary,
  ParticipationSummaryType,
  type PerCapita,
  type ProgressRollupStat,
  RoundFairness,
  RuleCategoryStat,
  type SpendingGroupBy,
  SpendingRow,
  SpendingSummary,
  type SuppressedCount,
  type DimensionMakeup,
  type UnrepresentableTotal,
  type SpendingFilter,
} from "./analytics.types.js";

export const MAX_ROWS = 500;
export const MAX_ROUNDS = 200;

function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } });
}

/**
 * The analytics layer between the thin resolvers and the SQL services: resolves ids and slugs,
 * maps plain results to GraphQL types (Money, suppressed counts) — no SQL of its own beyond
 * resolving names to keys.
 */
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Council slugs → keys; unknown slugs are an error (a typo must not silently widen the result). */
  councilKeys(slugs: readonly string[], field: string): Promise<number[]> {
    return this.keysOfSlugs("council", slugs, field);
  }

  /** Round global ids or slugs → keys. */
  async roundKeys(refs: readonly string[], field: string): Promise<number[]> {
    const { keys, slugs } = splitRoundRefs(refs);
    keys.push(...(await this.keysOfSlugs("round", slugs, field)));
    return [...new Set(keys)];
  }

  private async keysOfSlugs(table: "council" | "round", slugs: readonly string[], field: string): Promise<number[]> {
    if (slugs.length === 0) return [];
    const db = sqlFor(this.dataSource);
    // A withdrawn round is not public: it is "unknown" to the aggregates.
    const rows =
      table === "council"
        ? await run(
            this.dataSource,
            db
              .selectFrom("council")
              .select(["key", "slug"])
              .where("slug", "in", [...slugs]),
          )
        : await run(
            this.dataSource,
            db
              .selectFrom("round as r")
              .select(["r.key", "r.slug"])
              .where("r.slug", "in", [...slugs])
              .where(notWithdrawn("r")),
          );
    const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
    if (missing.length > 0) throw badInput(`Unknown ${table}: ${missing.join(", ")}`, field);
    return rows.map((r) => int(r.key));
  }

  async roundsOfCouncils(councilKeys: number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(councilKeys.map((k) => [k, []]));
    if (councilKeys.length === 0) return out;
    const rows = await run(
      this.dataSource,
      sqlFor(this.dataSource)
        .selectFrom("round as r")
        .select(["r.key", "r.councilKey"])
        .where("r.councilKey", "in", councilKeys)
        .where(notWithdrawn("r"))
        .orderBy("r.key"),
    );
    for (const r of rows) out.get(int(r.councilKey))?.push(int(r.key));
    return out;
  }

  private decode(type: string, ids: readonly string[] | undefined, field: string): number[] | undefined {
    if (!ids?.length) return undefined;
    return ids.map((id) => {
      const d = fromGlobalId(id);
      if (!d || d.typeName !== type) throw badInput(`\`${field}\` holds an id that is not a ${type} id`, field);
      return d.id;
    });
  }

  /**
   * The service's filter, with council and round slugs passed through to its SQL, and a check that
   * every slug exists — run alongside the aggregate rather than before it (one round trip fewer).
   */
  spendingFilter(f: SpendingFilter = {}): { filter: SpendingFilterInput; check: () => Promise<unknown> } {
    const rounds = splitRoundRefs(f.rounds ?? []);
    const filter: SpendingFilterInput = {
      councilSlugs: f.councils?.length ? [...f.councils] : undefined,
      areaKeys: this.decode("Area", f.areas, "filterBy.areas"),
      roundKeys: rounds.keys.length ? rounds.keys : undefined,
      roundSlugs: rounds.slugs.length ? rounds.slugs : undefined,
      themes: f.themes?.length ? f.themes : undefined,
      kinds: f.kinds?.length ? f.kinds.map(String) : undefined,
      providerKeys: this.decode("Provider", f.providers, "filterBy.providers"),
      fromYear: f.fromYear ?? undefined,
      toYear: f.toYear ?? undefined,
    };
    const check = () =>
      Promise.all([
        this.councilKeys(f.councils ?? [], "filterBy.councils"),
        this.keysOfSlugs("round", rounds.slugs, "filterBy.rounds"),
      ]);
    return { filter, check };
  }

  async spending(
    filterBy: SpendingFilter | undefined,
    groupBy: SpendingGroupBy,
    first: number,
  ): Promise<SpendingSummary> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_ROWS)
      throw badInput(`\`first\` must be between 1 and ${MAX_ROWS}`, "first");
    const { filter, check } = this.spendingFilter(filterBy);
    // An unknown slug rejects the whole answer (the check's error wins over the aggregate).
    const [data] = await Promise.all([new SpendingService(this.dataSource).summarise(filter, groupBy), check()]);
    const summary = new SpendingSummary();
    summary.groupBy = groupBy;
    const idType: Partial<Record<string, string>> = {
      council: "Council",
      area: "Area",
      round: "Round",
      provider: "Provider",
    };
    // The row of money with no group (no provider, no area…) is never folded into `other`: it is
    // not a group, and `other` would then count its awards as if they were the tail's (the Lambeth
    // reference provider once shared an "Other" bar with 39 PB awards of no provider).
    const keyed = data.rows.filter((r) => r.key !== null);
    const unknown = data.rows.filter((r) => r.key === null);
    const shown = [...keyed.slice(0, first), ...unknown];
    const rest = keyed.slice(first);
    summary.rows = shown.map((r) => toSpendingRow(r, idType[groupBy]));
    summary.totals = toSpendingRow(data.totals, undefined);
    summary.truncated = rest.length > 0;
    summary.other = rest.length > 0 ? toSpendingRow(sumRows(rest, `Other (${rest.length})`), undefined) : null;
    return summary;
  }

  /** A grouping's make-up: exact when the viewer is an officer of every round's council. */
  async participationFor(roundKeys: number[], exact = false): Promise<ParticipationSummaryType> {
    if (roundKeys.length > MAX_ROUNDS) throw badInput(`At most ${MAX_ROUNDS} rounds at a time`, "rounds");
    return toParticipation(await new ParticipationService(this.dataSource).summarise(roundKeys, { exact }));
  }

  /** The council of each round (to tell whose figures a viewer may see exactly). */
  async councilsOf(roundKeys: readonly number[]): Promise<Map<number, number>> {
    if (roundKeys.length === 0) return new Map();
    const rows = await run(
      this.dataSource,
      sqlFor(this.dataSource)
        .selectFrom("round")
        .select(["key", "councilKey"])
        .where("key", "in", [...roundKeys]),
    );
    return new Map(rows.map((r) => [int(r.key), int(r.councilKey)]));
  }

  /**
   * The rounds of a fixed public grouping: one round, or a council's rounds (of one year). A public
   * caller cannot ask for an arbitrary set of rounds: the differences between such sets recover
   * suppressed cells (docs/adr/0005-suppression-method.md).
   */
  async grouping(args: {
    round?: string;
    rounds?: readonly string[];
    council?: string;
    year?: number;
    officerOf: (councilKey: number) => boolean;
  }): Promise<{ keys: number[]; exact: boolean }> {
    const given = [args.round !== undefined, args.rounds !== undefined, args.council !== undefined].filter(
      Boolean,
    ).length;
    if (given !== 1) throw badInput("Give exactly one of `round`, `rounds` or `council`", "round");
    if (args.year !== undefined && args.council === undefined) throw badInput("`year` goes with `council`", "year");
    if (args.council !== undefined) {
      const [ck] = await this.councilKeys([args.council], "council");
      const all = (await this.roundsOfCouncils([ck!])).get(ck!) ?? [];
      const keys =
        args.year === undefined
          ? all
          : (
              await run(
                this.dataSource,
                sqlFor(this.dataSource)
                  .selectFrom("round")
                  .select("key")
                  .where("key", "in", [...all, -1])
                  .where("year", "=", args.year),
              )
            ).map((r) => int(r.key));
      return { keys, exact: args.officerOf(ck!) };
    }
    const refs = args.round !== undefined ? [args.round] : [...(args.rounds ?? [])];
    const field = args.round !== undefined ? "round" : "rounds";
    const keys = await this.roundKeys(refs, field);
    if (refs.length > 0 && keys.length === 0) throw badInput(`Unknown round: ${refs.join(", ")}`, field);
    const councils = await this.councilsOf(keys);
    const exact = keys.length > 0 && keys.every((k) => args.officerOf(councils.get(k) ?? -1));
    if (keys.length > 1 && !exact)
      throw badInput(
        "Public figures are published per round, per council and year, or per council — not for an arbitrary set of rounds (its differences with other sets would reveal suppressed counts). Ask for `round` or `council` (+ `year`).",
        "rounds",
      );
    return { keys, exact };
  }

  async fairnessFor(
    roundKeys: number[],
    privileged: (roundKey: number) => boolean = () => false,
  ): Promise<RoundFairness[]> {
    if (roundKeys.length > MAX_ROUNDS) throw badInput(`At most ${MAX_ROUNDS} rounds at a time`, "rounds");
    const [data, slugs] = await Promise.all([
      new FairnessService(this.dataSource, privileged).forRounds(roundKeys),
      this.slugs(roundKeys),
    ]);
    return data.map((d) => {
      const f = new RoundFairness();
      f.roundId = toGlobalId("Round", d.roundKey);
      f.roundSlug = slugs.get(d.roundKey) ?? "";
      f.voiceEquity = d.voiceEquity.map((v) => ({ ...v, silentParticipants: toCount(v.silentParticipants) }));
      f.interviews = d.interviews
        ? {
            ...d.interviews,
            pivotalMembers: toCount(d.interviews.pivotalMembers),
            bids: d.interviews.bids.map(({ bidKey, ...b }) => ({ ...b, bidId: toGlobalId("Bid", bidKey) })),
          }
        : null;
      f.decisionMethod = d.decision?.method ?? null;
      f.fundedBids = (d.decision?.fundedBidKeys ?? []).map((k) => toGlobalId("Bid", k));
      f.officerRecommendation = d.decision?.officerRecommendationBidKey
        ? toGlobalId("Bid", d.decision.officerRecommendationBidKey)
        : null;
      f.followedRecommendation = d.decision?.followedRecommendation ?? null;
      f.proportionality = d.proportionality;
      f.ruleComparison = d.ruleComparison
        ? {
            greedy: d.ruleComparison.greedy.map((k) => toGlobalId("Bid", k)),
            mes: d.ruleComparison.mes.map((k) => toGlobalId("Bid", k)),
            greedyProportionality: d.ruleComparison.greedyProportionality,
            mesProportionality: d.ruleComparison.mesProportionality,
            onlyGreedy: (
              d.ruleComparison.onlyGreedy ?? d.ruleComparison.greedy.filter((k) => !d.ruleComparison!.mes.includes(k))
            ).map((k) => toGlobalId("Bid", k)),
            onlyMes: (
              d.ruleComparison.onlyMes ?? d.ruleComparison.mes.filter((k) => !d.ruleComparison!.greedy.includes(k))
            ).map((k) => toGlobalId("Bid", k)),
            categories: categoryStats(d.ruleComparison),
          }
        : null;
      f.ruleComparisonNote = d.ruleComparisonNote;
      return f;
    });
  }

  async outcomesFor(roundKeys: number[], asOf: string): Promise<OutcomeSummary> {
    if (roundKeys.length > MAX_ROUNDS) throw badInput(`At most ${MAX_ROUNDS} rounds at a time`, "rounds");
    const d = await new OutcomesService(this.dataSource).summarise(roundKeys, asOf);
    const s = new OutcomeSummary();
    s.asOf = d.asOf;
    s.rule = d.rule;
    s.indicators = d.indicators.map((i) => ({
      indicatorId: toGlobalId("Indicator", i.indicatorKey),
      roundId: toGlobalId("Round", i.roundKey),
      outcome: i.outcomeTitle,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      direction: i.direction,
      latest: i.latest,
      latestOn: i.latestOn,
      status: i.status,
      progress: i.progress,
      expected: i.expected,
      costPerPersonReached: i.costPerPersonReached.map((m) => Money.of(m.amountMinor, m.currency)),
    }));
    s.rounds = d.perRound.map((r) => ({ roundId: toGlobalId("Round", r.roundKey), rollup: toRollup(r.rollup) }));
    s.overall = toRollup(d.overall);
    return s;
  }

  /** Rounds named by `rounds` and/or all rounds of `council`. */
  async selectRounds(rounds: readonly string[] | undefined, council: string | undefined): Promise<number[]> {
    const keys = rounds?.length ? await this.roundKeys(rounds, "rounds") : [];
    if (council) {
      const [ck] = await this.councilKeys([council], "council");
      keys.push(...((await this.roundsOfCouncils([ck!])).get(ck!) ?? []));
    }
    if (!rounds?.length && !council) throw badInput("Give `rounds` or `council`", "rounds");
    return [...new Set(keys)];
  }

  async compare(
    rounds: readonly string[],
    councils: readonly string[],
    normalise: Normalise,
    asOf: string,
  ): Promise<Comparison> {
    const items: { id: string; roundKeys: number[]; filter: SpendingFilterInput; group: GroupKey; key: number }[] = [];
    for (const k of await this.roundKeys(rounds, "rounds"))
      items.push({ id: toGlobalId("Round", k), roundKeys: [k], filter: { roundKeys: [k] }, group: "round", key: k });
    const councilKeys = await this.councilKeys(councils, "councils");
    const byCouncil = await this.roundsOfCouncils(councilKeys);
    for (const k of councilKeys)
      items.push({
        id: toGlobalId("Council", k),
        roundKeys: byCouncil.get(k) ?? [],
        filter: { councilKeys: [k] },
        group: "council",
        key: k,
      });
    if (items.length === 0) throw badInput("Give at least one round or council", "rounds");
    if (items.length > 20) throw badInput("At most 20 items in a comparison", "rounds");
    const allRounds = [...new Set(items.flatMap((i) => i.roundKeys))];
    const spending = new SpendingService(this.dataSource);
    const [spend, fairness, outcomes] = await Promise.all([
      Promise.all(items.map((i) => spending.summarise(i.filter, i.group))),
      new FairnessService(this.dataSource).forRounds(allRounds),
      new OutcomesService(this.dataSource).summarise(allRounds, asOf),
    ]);
    // Each item is a fixed grouping (a round, or a council): the public figures of that grouping.
    const participation = await Promise.all(
      items.map((i) => new ParticipationService(this.dataSource).summarise(i.roundKeys)),
    );
    const out = new Comparison();
    out.normalise = normalise;
    out.items = items.map((item, n) => {
      const row = spend[n]!.rows.find((r) => r.key === String(item.key)) ?? {
        ...spend[n]!.totals,
        key: String(item.key),
      };
      const c = new ComparisonItem();
      c.id = item.id;
      c.label = row.label;
      c.spending = toSpendingRow(row, item.group === "round" ? "Round" : "Council");
      if (item.group === "round") c.spending.population = spend[n]!.totals.population;
      c.spending.awardedPerCapita = perCapita(c.spending.awarded, c.spending.population);
      c.normalised = normaliseRow(c.spending, normalise);
      c.participation = toParticipation(participation[n]!);
      const mine = fairness.filter((f) => item.roundKeys.includes(f.roundKey));
      const ginis = mine
        .map((f) => f.voiceEquity.find((v) => v.kind === "speaking_turns")?.gini)
        .filter((g): g is number => typeof g === "number");
      c.meanGini = ginis.length ? ginis.reduce((a, b) => a + b, 0) / ginis.length : null;
      const props = mine.map((f) => f.proportionality).filter((x) => x !== null);
      const ballots = props.reduce((s, x) => s + x.ballots, 0);
      c.proportionality = ballots > 0 ? props.reduce((s, x) => s + x.votersWithFundedChoice, 0) / ballots : null;
      const indicators = outcomes.indicators.filter((i) => item.roundKeys.includes(i.roundKey));
      c.outcomes = toRollup(rollupOf(indicators.map((i) => ({ progress: i.progress, status: i.status }))));
      return c;
    });
    out.group = groupStats(out.items);
    return out;
  }

  private async slugs(roundKeys: number[]): Promise<Map<number, string>> {
    if (roundKeys.length === 0) return new Map();
    const rows = await run(
      this.dataSource,
      sqlFor(this.dataSource).selectFrom("round").select(["key", "slug"]).where("key", "in", roundKeys),
    );
    return new Map(rows.map((r) => [int(r.key), r.slug]));
  }
}

function rollupOf(items: { progress: number | null; status: string }[]): RollupData {
  const reported = items.filter((i) => i.progress !== null);
  return {
    progress: reported.length ? reported.reduce((s, i) => s + (i.progress ?? 0), 0) / reported.length : null,
    included: reported.length,
    notReported: items.length - reported.length,
    onTrack: items.filter((i) => i.status === "on_track").length,
    atRisk: items.filter((i) => i.status === "at_risk").length,
    offTrack: items.filter((i) => i.status === "off_track").length,
  };
}

/** Exact amounts as Money (the caller keeps unrepresentable totals out: see `toSpendingRow`). */
function toMoney(list: { amountMinor: bigint; currency: string }[]): Money[] {
  return list.map((m) => Money.of(m.amountMinor, m.currency));
}

function perCapita(awarded: Money[], population: number | null): PerCapita[] {
  if (!population) return [];
  return awarded.map((m) => ({ currency: m.currency, amountMinorPerResident: Number(m.exact) / population }));
}

function toSpendingRow(r: SpendingRowData, idType: string | undefined): SpendingRow {
  const row = new SpendingRow();
  row.key = r.key !== null && idType ? toGlobalId(idType, Number(r.key)) : r.key;
  row.label = r.label;
  const unrepresentable: UnrepresentableTotal[] = [];
  // A total beyond a SafeInt is reported for that figure only, never failing the row or the page.
  const safe = (measure: string, list: { amountMinor: bigint; currency: string }[]) =>
    toMoney(
      list.filter((m) => {
        if (isRepresentable(m.amountMinor)) return true;
        unrepresentable.push({
          measure,
          currency: m.currency,
          exactAmountMinor: m.amountMinor.toString(),
          code: "AMOUNT_NOT_REPRESENTABLE",
        });
        return false;
      }),
    );
  row.pot = safe("pot", r.pot);
  row.awarded = safe("awarded", r.awarded);
  row.spent = safe("spent", r.spent);
  row.unrepresentable = unrepresentable;
  row.awardCount = r.awardCount;
  row.roundCount = r.roundCount;
  row.population = r.population;
  row.awardedPerCapita = perCapita(row.awarded, r.population);
  return row;
}

/** Adds rows per currency (same currency only), exactly. */
function sumRows(rows: SpendingRowData[], label: string): SpendingRowData {
  const add = (lists: { amountMinor: bigint; currency: string }[][]) => {
    const m = new Map<string, bigint>();
    for (const l of lists) for (const x of l) m.set(x.currency, (m.get(x.currency) ?? 0n) + x.amountMinor);
    return [...m.entries()].sort().map(([currency, amountMinor]) => ({ currency, amountMinor }));
  };
  return {
    key: null,
    label,
    pot: add(rows.map((r) => r.pot)),
    awarded: add(rows.map((r) => r.awarded)),
    spent: add(rows.map((r) => r.spent)),
    awardCount: rows.reduce((s, r) => s + r.awardCount, 0),
    roundCount: rows.reduce((s, r) => s + r.roundCount, 0),
    population: null,
  };
}

function toCount(c: CellOut): SuppressedCount {
  return { value: c.count, display: c.display, suppressed: c.suppressed };
}

function toDimension(d: DimensionData): DimensionMakeup {
  return {
    dimension: d.dimension,
    baselineScope: d.baselineScope,
    similarity: d.similarity,
    categories: d.categories.map((c) => ({ ...c, count: toCount(c.count) })),
    noData: toCount(d.noData),
    total: toCount(d.total),
  };
}

function toParticipation(d: ParticipationData): ParticipationSummaryType {
  const s = new ParticipationSummaryType();
  s.roundCount = d.roundKeys.length;
  s.panelSize = toCount(d.panelSize);
  s.panel = d.panel.map(toDimension);
  s.voterCount = toCount(d.voterCount);
  s.voters = d.voters.map(toDimension);
  s.attendance = d.rounds.map((r) => ({
    roundId: toGlobalId("Round", r.roundKey),
    attendanceRate: r.attendanceRate,
    retentionAtLast: r.retentionAtLast,
    sessions: r.sessions.map((x) => ({
      date: x.session.date,
      kind: x.session.kind,
      present: { value: x.present.value, display: x.present.display, suppressed: x.present.suppressed },
      attendanceRate: x.attendanceRate,
      retention: x.retention,
    })),
  }));
  s.compensationOwed = toMoney(d.compensationOwed);
  s.compensationPaid = toMoney(d.compensationPaid);
  s.populationSource = d.populationSource;
  s.baselineAges = d.baselineAges;
  return s;
}

function toRollup(r: RollupData): ProgressRollupStat {
  return { ...r };
}

function normaliseRow(row: SpendingRow, normalise: Normalise): NormalisedValue[] {
  const out: NormalisedValue[] = [];
  for (const [measure, list] of [
    ["pot", row.pot],
    ["awarded", row.awarded],
    ["spent", row.spent],
  ] as const) {
    for (const m of list) {
      const amount = Number(m.exact);
      let value: number | null = amount;
      if (normalise === Normalise.PER_CAPITA) value = row.population ? amount / row.population : null;
      if (normalise === Normalise.PER_POT) {
        const pot = row.pot.find((p) => p.currency === m.currency);
        value = pot && pot.exact > 0n ? amount / Number(pot.exact) : null;
      }
      out.push({ measure, currency: m.currency, value });
    }
  }
  return out;
}

function groupStats(items: ComparisonItem[]): GroupStat[] {
  const buckets = new Map<string, number[]>();
  for (const i of items)
    for (const v of i.normalised)
      if (v.value !== null) {
        const k = `${v.measure}\u0000${v.currency}`;
        buckets.set(k, [...(buckets.get(k) ?? []), v.value]);
      }
  return [...buckets.entries()].sort().map(([k, values]) => {
    const [measure, currency] = k.split("\u0000") as [string, string];
    const sorted = values.slice().sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    return { measure, currency, median, min: sorted[0] ?? null, max: sorted[sorted.length - 1] ?? null };
  });
}

/** Round references: global ids decode to keys; anything else is a slug. */
function splitRoundRefs(refs: readonly string[]): { keys: number[]; slugs: string[] } {
  const keys: number[] = [];
  const slugs: string[] = [];
  for (const ref of refs) {
    const decoded = fromGlobalId(ref);
    if (decoded && decoded.typeName === "Round") keys.push(decoded.id);
    else slugs.push(ref);
  }
  return { keys, slugs };
}

/** The stored per-category comparison as GraphQL objects (money exact, in the round's currency). */
function categoryStats(c: RuleComparisonData): RuleCategoryStat[] | null {
  if (!c.categories || !c.currency) return null;
  const total = c.categories.reduce((s, x) => s + x.votes, 0);
  const currency = c.currency;
  return c.categories.map((x) =>
    Object.assign(new RuleCategoryStat(), {
      category: x.category,
      votes: x.votes,
      voteShare: total > 0 ? x.votes / total : null,
      greedyAmount: Money.of(BigInt(x.greedyMinor), currency),
      mesAmount: Money.of(BigInt(x.mesMinor), currency),
    }),
  );
}
