import type { DataSource } from "typeorm";
import {
  ageBandRange,
  dimensionRepresentativeness,
  publishAggregate,
  suppressTable,
  targetAgeRange,
  agesBaseline,
  type AgeRange,
  type PublishedTable,
} from "@coproduce/domain";
import { bigintOf, exactSum, int, nonEmpty, run, sql, sqlFor, TRUE, unionAll } from "../db/sql.js";
import { VOTER_COLUMNS, ballotTotals, voterCounts } from "./voting-record.js";
import type { CellOut } from "./suppression.js";
import type { MoneyAmount } from "./spending.service.js";
import { roundAttendance, type SessionAttendanceFigures } from "../session/session.read.js";

/**
 * "Who took part": panel and voter make-up against the census baseline, attendance, retention and
 * compensation, for one **fixed grouping** — a round, a council's rounds of one year, or all of a
 * council's rounds — counted in SQL and measured by the domain (`dimensionRepresentativeness`).
 *
 * Publication (docs/adr/0005-suppression-method.md): each round's table per dimension is suppressed
 * on its own (`suppressTable`: primary "<5" and complementary "[c]", its total — the panel's size,
 * the round's ballots — public); a grouping of several rounds is built only from what its rounds
 * publish (`publishAggregate`), so no difference of groupings recovers a hidden cell. A similarity
 * score, shares and ratios are published only for a dimension with no hidden cell. The council's
 * officers (`exact`) get exact counts of any set of their own rounds.
 */
export const PANEL_DIMENSIONS = [
  { dimension: "age_band", column: "ageBand" },
  { dimension: "sex", column: "sex" },
  { dimension: "ethnic_group", column: "ethnicGroup" },
  { dimension: "disability", column: "disability" },
] as const;
/** Ballots record only age band and sex. */
export const VOTER_DIMENSIONS = VOTER_COLUMNS;

export const NO_DATA = "no_data";

export interface CategoryData {
  category: string;
  populationCount: number;
  /** 0..1 of the dimension's census table total. */
  populationShare: number | null;
  count: CellOut;
  /** 0..1 of those who answered; null when any cell of the dimension is suppressed (or nobody answered). */
  share: number | null;
  ratio: number | null;
}

export interface DimensionData {
  dimension: string;
  /**
   * What the categories' population figures are: "target_group" — the round's target group where the
   * census allows (age bands overlapping the ages it names); "area" — all residents of the area.
   */
  baselineScope: "target_group" | "area";
  /** Σ min(p_pop, p_group); null when any cell of the dimension is suppressed (it could reveal it) or nobody answered. */
  similarity: number | null;
  categories: CategoryData[];
  noData: CellOut;
  total: CellOut;
}

export interface RoundParticipationData {
  roundKey: number;
  panelSize: number;
  attendanceRate: number | null;
  retentionAtLast: number | null;
  sessions: SessionAttendanceFigures[];
}

export interface ParticipationData {
  roundKeys: number[];
  panel: DimensionData[];
  panelSize: CellOut;
  voters: DimensionData[];
  voterCount: CellOut;
  rounds: RoundParticipationData[];
  compensationOwed: MoneyAmount[];
  compensationPaid: MoneyAmount[];
  populationSource: string | null;
  /** The census ages the "target_group" baseline covers (whole five-year bands), or null. */
  baselineAges: AgeRange | null;
}

/** The census counts behind a grouping: the whole area's, and the ones it is compared with. */
interface Baselines {
  /** All residents: fixes each round's table cells, so suppression is the same in every grouping. */
  counts: Map<string, Map<string, number>>;
  /** What the make-up is compared with: the target group where the census allows, else all residents. */
  comparison: Map<string, Map<string, number>>;
  scope: Map<string, "target_group" | "area">;
  ages: AgeRange | null;
  source: string | null;
}

/** round → dimension → category (or no_data) → count, and round → total. */
interface GroupCounts {
  cells: Map<number, Map<string, Map<string, number>>>;
  totals: Map<number, number>;
}

interface CountRow {
  roundKey: unknown;
  dimension: string;
  category: string | null;
  n: unknown;
}

const shown = (key: string, count: number): CellOut => ({ key, count, display: String(count), suppressed: false });

export class ParticipationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `roundKeys` is the grouping (the caller makes sure a public caller asks only for a fixed one);
   * `exact`: the viewer is an officer of every round's council.
   */
  async summarise(roundKeys: number[], options: { exact?: boolean } = {}): Promise<ParticipationData> {
    const exact = options.exact ?? false;
    const keys = [...new Set(roundKeys)].sort((a, b) => a - b);
    if (keys.length === 0) {
      const zero = shown("total", 0);
      return {
        roundKeys: [],
        panel: [],
        panelSize: zero,
        voters: [],
        voterCount: zero,
        rounds: [],
        compensationOwed: [],
        compensationPaid: [],
        populationSource: null,
        baselineAges: null,
      };
    }
    const [panelCounts, voterCounts, baseline, attendance, money] = await Promise.all([
      this.panelCounts(keys),
      this.voterCounts(keys),
      this.baseline(keys),
      roundAttendance(this.dataSource, keys, () => exact),
      this.compensation(keys),
    ]);
    const panel = this.dimensions(
      PANEL_DIMENSIONS.map((d) => d.dimension),
      keys,
      panelCounts,
      baseline,
      exact,
    );
    const voters = this.dimensions(
      VOTER_DIMENSIONS.map((d) => d.dimension),
      keys,
      voterCounts,
      baseline,
      exact,
    );
    return {
      roundKeys: keys,
      panel: panel.dimensions,
      panelSize: panel.total,
      voters: voters.dimensions,
      voterCount: voters.total,
      rounds: attendance.map((a) => ({
        roundKey: a.roundKey,
        panelSize: a.panelSize,
        attendanceRate: a.attendanceRate,
        retentionAtLast: a.retentionAtLast,
        sessions: a.sessions,
      })),
      compensationOwed: money.owed,
      compensationPaid: money.paid,
      populationSource: baseline.source,
      baselineAges: baseline.ages,
    };
  }

  /** One round's published panel table per dimension (what `round.panel` shows too). */
  async roundPanelTables(
    roundKey: number,
    exact: boolean,
  ): Promise<{ dimensions: DimensionData[]; tables: Map<string, PublishedTable> }> {
    const [counts, baseline] = await Promise.all([this.panelCounts([roundKey]), this.baseline([roundKey])]);
    const out = this.dimensions(
      PANEL_DIMENSIONS.map((d) => d.dimension),
      [roundKey],
      counts,
      baseline,
      exact,
    );
    return { dimensions: out.dimensions, tables: out.tables };
  }

  /** One round's published voter table per dimension (what `participation(round:)` shows) and its ballots. */
  async roundVoterTables(roundKey: number): Promise<{ dimensions: DimensionData[]; total: number }> {
    const [counts, baseline] = await Promise.all([this.voterCounts([roundKey]), this.baseline([roundKey])]);
    const out = this.dimensions(
      VOTER_DIMENSIONS.map((d) => d.dimension),
      [roundKey],
      counts,
      baseline,
      false,
    );
    return { dimensions: out.dimensions, total: out.total.count ?? 0 };
  }

  private async panelCounts(keys: number[]): Promise<GroupCounts> {
    const k = sqlFor(this.dataSource);
    // Active members (facilitators are not on the panel); their applications' answers.
    const from = () =>
      k
        .selectFrom("panel_member as m")
        .leftJoin("applicant as x", "x.key", "m.applicantKey")
        .where("m.roundKey", "in", keys)
        .where("m.role", "=", "member")
        .where("m.active", "=", TRUE);
    const [first, ...rest] = [
      ...PANEL_DIMENSIONS.map((d) =>
        from()
          .select((eb) => [
            "m.roundKey",
            sql.lit(d.dimension).as("dimension"),
            eb.ref(`x.${d.column}`).as("category"),
            eb.fn.countAll().as("n"),
          ])
          .groupBy(["m.roundKey", `x.${d.column}`]),
      ),
      from()
        .select((eb) => [
          "m.roundKey",
          sql.lit("total").as("dimension"),
          sql<string | null>`NULL`.as("category"),
          eb.fn.countAll().as("n"),
        ])
        .groupBy("m.roundKey"),
    ];
    return groupCounts(await run(this.dataSource, unionAll([first, ...rest])));
  }

  /**
   * Voters: the tallies frozen when voting closed (voting-record.ts), and a live count over the
   * ballots for the rounds still open (or never frozen).
   */
  private async voterCounts(keys: number[]): Promise<GroupCounts> {
    const k = sqlFor(this.dataSource);
    const [totals, tallies] = await Promise.all([
      run(
        this.dataSource,
        k
          .selectFrom("decision as d")
          .select(["d.roundKey", "d.ballotCount as n"])
          .where("d.roundKey", "in", keys)
          .where("d.ballotCount", "is not", null),
      ),
      run(
        this.dataSource,
        k
          .selectFrom("voter_tally as t")
          .innerJoin("decision as d", (j) =>
            j.onRef("d.roundKey", "=", "t.roundKey").on("d.ballotCount", "is not", null),
          )
          .select(["t.roundKey", "t.dimension", "t.category", "t.count as n"])
          .where("t.roundKey", "in", keys),
      ),
    ]);
    const frozen: CountRow[] = [
      ...totals.map((r) => ({ roundKey: r.roundKey, dimension: "total", category: null, n: r.n })),
      ...tallies,
    ];
    const frozenKeys = new Set(totals.map((r) => int(r.roundKey)));
    const open = keys.filter((key) => !frozenKeys.has(key));
    if (open.length === 0) return groupCounts(frozen);
    const [live, liveTotals] = await Promise.all([
      run(this.dataSource, voterCounts(this.dataSource, open)),
      run(this.dataSource, ballotTotals(this.dataSource, open)),
    ]);
    return groupCounts([
      ...frozen,
      ...(live as CountRow[]),
      ...liveTotals.map((r) => ({ roundKey: r.roundKey, dimension: "total", category: null, n: r.n })),
    ]);
  }

  /**
   * Census counts per dimension/category, summed over the distinct areas of the rounds (a round
   * without an area: its council's top-level areas). An area whose parent is also in the set is left
   * out — its people are already counted in the parent (a ward inside its borough).
   */
  private async baseline(keys: number[]): Promise<Baselines> {
    const k = sqlFor(this.dataSource);
    const targets = run(
      this.dataSource,
      k.selectFrom("round as r").select(["r.key", "r.targetGroup"]).where("r.key", "in", keys),
    );
    const areas = k
      .selectFrom("round as r")
      .select("r.areaKey")
      .where("r.key", "in", keys)
      .where("r.areaKey", "is not", null)
      .union(
        k
          .selectFrom("round as r")
          .innerJoin("area as a", (j) => j.onRef("a.councilKey", "=", "r.councilKey").on("a.parentKey", "is", null))
          .select("a.key as areaKey")
          .where("r.key", "in", keys)
          .where("r.areaKey", "is", null),
      );
    const rows = await run(
      this.dataSource,
      k
        .with("areas", () => areas)
        .with("outermost", (w) =>
          w
            .selectFrom("areas as s")
            .innerJoin("area as a", "a.key", "s.areaKey")
            .select("s.areaKey")
            .where((eb) =>
              eb.or([
                eb("a.parentKey", "is", null),
                eb("a.parentKey", "not in", eb.selectFrom("areas").select("areaKey")),
              ]),
            ),
        )
        .selectFrom("population_baseline as pb")
        .innerJoin("outermost", "outermost.areaKey", "pb.areaKey")
        .select((eb) => [
          "pb.dimension",
          "pb.category",
          eb.fn.sum("pb.count").as("n"),
          eb.fn.min("pb.source").as("source"),
        ])
        .where("pb.dimension", "<>", "total")
        .groupBy(["pb.dimension", "pb.category"]),
    );
    const counts = new Map<string, Map<string, number>>();
    let source: string | null = null;
    for (const r of rows) {
      let m = counts.get(r.dimension);
      if (!m) counts.set(r.dimension, (m = new Map<string, number>()));
      m.set(r.category, int(r.n));
      source ??= r.source;
    }
    return {
      counts,
      source,
      ...comparisonBaseline(
        counts,
        (await targets).map((t) => t.targetGroup),
      ),
    };
  }

  private dimensions(
    dimensions: readonly string[],
    keys: number[],
    data: GroupCounts,
    baseline: Baselines,
    exact: boolean,
  ): { dimensions: DimensionData[]; total: CellOut; tables: Map<string, PublishedTable> } {
    const roundTotals = keys.map((key) => data.totals.get(key) ?? 0);
    const grand = roundTotals.reduce((a, b) => a + b, 0);
    // The group's size is public (a panel's members, a round's ballots): never suppressed.
    const total = shown("total", grand);
    const out: DimensionData[] = [];
    const tables = new Map<string, PublishedTable>();
    for (const dimension of dimensions) {
      const base = baseline.counts.get(dimension) ?? new Map<string, number>();
      // A round's table has the same cells whichever grouping asks for it: the round's own answers
      // and its area's census categories, in a fixed (alphabetical) order, "no data" last.
      const roundTables = keys.map((key, i) => {
        const counts = data.cells.get(key)?.get(dimension) ?? new Map<string, number>();
        const cellKeys = [...new Set([...base.keys(), ...[...counts.keys()].filter((c) => c !== NO_DATA)])].sort();
        const cells = [...cellKeys, NO_DATA].map((c) => ({ key: c, count: counts.get(c) ?? 0 }));
        return exact ? exactTable(cells) : suppressTable(cells, { total: roundTotals[i]! });
      });
      const categories = [
        ...new Set([
          ...base.keys(),
          ...roundTables.flatMap((t) => t.cells.map((c) => c.key).filter((c) => c !== NO_DATA)),
        ]),
      ].sort();
      const table =
        roundTables.length === 1 ? roundTables[0]! : publishAggregate([...categories, NO_DATA], roundTables);
      tables.set(dimension, table);
      const cell = (c: string): CellOut => {
        const x = table.cells.find((y) => y.key === c);
        return x ? { key: c, count: x.value, display: x.display, suppressed: x.suppressed } : shown(c, 0);
      };
      const anyHidden = table.cells.some((c) => c.suppressed);
      const counts: Record<string, number> = {};
      for (const c of categories) {
        const v = cell(c).count;
        if (v) counts[c] = v;
      }
      const compared = baseline.comparison.get(dimension) ?? base;
      const scope = baseline.scope.get(dimension) ?? "area";
      const measure =
        !anyHidden && compared.size > 0 && grand > 0
          ? dimensionRepresentativeness(
              { counts: Object.fromEntries(compared) },
              { counts, noData: cell(NO_DATA).count ?? 0 },
            )
          : null;
      const populationTotal = [...compared.values()].reduce((a, b) => a + b, 0);
      // Against a target group, census bands outside its ages are left off the list — unless
      // someone in the group is in one (a 25-year-old on a 16–21 panel), shown or hidden.
      const listed =
        scope === "target_group"
          ? categories.filter((c) => compared.has(c) || cell(c).suppressed || (cell(c).count ?? 0) > 0)
          : categories;
      out.push({
        dimension,
        baselineScope: scope,
        similarity: measure?.similarity ?? null,
        categories: listed.map((category) => {
          const m = measure?.categories.find((x) => x.category === category);
          return {
            category,
            populationCount: compared.get(category) ?? 0,
            populationShare: populationTotal > 0 ? (compared.get(category) ?? 0) / populationTotal : null,
            count: cell(category),
            // A share over a denominator holding a hidden cell could reveal it.
            share: m?.panelShare ?? null,
            ratio: m?.ratio ?? null,
          };
        }),
        noData: cell(NO_DATA),
        total,
      });
    }
    return { dimensions: out, total, tables };
  }

  private async compensation(keys: number[]): Promise<{ owed: MoneyAmount[]; paid: MoneyAmount[] }> {
    const k = sqlFor(this.dataSource);
    const [owed, paid] = await Promise.all([
      run(
        this.dataSource,
        k
          .selectFrom("compensation_entry as e")
          .select((eb) => ["e.currency", exactSum(this.dataSource, eb.ref("e.amountMinor")).as("amount")])
          .where("e.roundKey", "in", nonEmpty(keys))
          .groupBy("e.currency")
          .orderBy("e.currency"),
      ),
      run(
        this.dataSource,
        k
          .selectFrom("payment as y")
          .select((eb) => ["y.currency", exactSum(this.dataSource, eb.ref("y.amountMinor")).as("amount")])
          .where("y.roundKey", "in", nonEmpty(keys))
          .groupBy("y.currency")
          .orderBy("y.currency"),
      ),
    ]);
    const money = (rows: { currency: string; amount: unknown }[]) =>
      rows.map((r) => ({ amountMinor: bigintOf(r.amount), currency: r.currency }));
    return { owed: money(owed), paid: money(paid) };
  }
}

/**
 * The baseline a grouping's make-up is compared with: when every round of the grouping names the
 * same ages in its target group ("young people aged 16–21"), the census age bands overlapping them
 * (the domain's `targetGroupBaseline`); otherwise — rounds for different groups pooled, or no ages
 * named — all residents. Only the comparison changes: the tables' cells stay the area's, so a
 * round's published (suppressed) table is the same in every grouping.
 */
function comparisonBaseline(
  counts: Map<string, Map<string, number>>,
  targetGroups: readonly (string | null)[],
): Pick<Baselines, "comparison" | "scope" | "ages"> {
  const ranges = targetGroups.map((g) => targetAgeRange(g));
  const first = ranges[0] ?? null;
  const common =
    first !== null && ranges.every((r) => r !== null && r.from === first.from && r.to === first.to) ? first : null;
  const record = Object.fromEntries([...counts].map(([d, m]) => [d, Object.fromEntries(m)]));
  const target = agesBaseline(record, common);
  const comparison = new Map(Object.entries(target.counts).map(([d, m]) => [d, new Map(Object.entries(m))]));
  const scope = new Map(Object.entries(target.scope));
  // The ages the kept census bands cover (whole bands: "aged 15–24" for a 16–21 target group).
  const bands = [...(comparison.get("age_band")?.keys() ?? [])].flatMap((c) => ageBandRange(c) ?? []);
  const ages =
    scope.get("age_band") === "target_group" && bands.length > 0
      ? {
          from: Math.min(...bands.map((b) => b.from)),
          to: bands.some((b) => b.to === null) ? null : Math.max(...bands.map((b) => b.to!)),
        }
      : null;
  return { comparison, scope, ages };
}

function exactTable(cells: { key: string; count: number }[]): PublishedTable {
  return {
    cells: cells.map((c) => ({
      key: c.key,
      value: c.count,
      suppressed: false,
      display: String(c.count),
      reason: "shown",
    })),
    total: cells.reduce((s, c) => s + c.count, 0),
    wholeTableHidden: false,
  };
}

function groupCounts(rows: CountRow[]): GroupCounts {
  const cells = new Map<number, Map<string, Map<string, number>>>();
  const totals = new Map<number, number>();
  for (const r of rows) {
    const rk = int(r.roundKey);
    if (r.dimension === "total") {
      totals.set(rk, int(r.n));
      continue;
    }
    let byDim = cells.get(rk);
    if (!byDim) cells.set(rk, (byDim = new Map<string, Map<string, number>>()));
    let byCat = byDim.get(r.dimension);
    if (!byCat) byDim.set(r.dimension, (byCat = new Map<string, number>()));
    const cat = r.category === null || r.category === "" ? NO_DATA : r.category;
    byCat.set(cat, (byCat.get(cat) ?? 0) + int(r.n));
  }
  return { cells, totals };
}
