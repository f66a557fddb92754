import type { DataSource } from "typeorm";
import { dimensionRepresentativeness, participationSummary } from "@coproduce/domain";
import { Params, int } from "./sql.js";
import { VOTER_COLUMNS, ballotTotalsSql, voterCountsSql } from "./voting-record.js";
import { suppressPooled, type CellIn, type CellOut } from "./suppression.js";
import type { MoneyAmount } from "./spending.service.js";

/**
 * "Who took part": panel and voter make-up against the census baseline, attendance, retention and
 * compensation — counted in SQL (GROUP BY round × category), measured by the domain
 * (`dimensionRepresentativeness`, `participationSummary`), and suppressed (< 5) before anything
 * leaves this service (see suppression.ts).
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
  /** 0..1 of those who answered; null when suppressed (or nobody answered). */
  share: number | null;
  ratio: number | null;
}

export interface DimensionData {
  dimension: string;
  /** Σ min(p_pop, p_group); null when any cell of the dimension is suppressed (it could reveal it) or nobody answered. */
  similarity: number | null;
  categories: CategoryData[];
  noData: CellOut;
  total: CellOut;
}

export interface SessionAttendanceData {
  date: string;
  kind: string;
  present: CellOut;
  attendanceRate: number | null;
  retention: number | null;
}

export interface RoundParticipationData {
  roundKey: number;
  panelSize: number;
  attendanceRate: number | null;
  retentionAtLast: number | null;
  sessions: SessionAttendanceData[];
}

export interface ParticipationData {
  roundKeys: number[];
  panel: DimensionData[];
  panelSize: CellOut;
  voters: DimensionData[];
  voterCount: CellOut;
  /** Mean over rounds with sessions (each round weighted equally). */
  rounds: RoundParticipationData[];
  compensationOwed: MoneyAmount[];
  compensationPaid: MoneyAmount[];
  populationSource: string | null;
}

interface CountRow {
  roundKey: unknown;
  dimension: string;
  category: string | null;
  n: unknown;
}

interface GroupCounts {
  cells: Map<number, Map<string, Map<string, number>>>;
  totals: Map<number, number>;
}

export class ParticipationService {
  constructor(private readonly dataSource: DataSource) {}

  async summarise(roundKeys: number[]): Promise<ParticipationData> {
    const keys = [...new Set(roundKeys)].sort((a, b) => a - b);
    if (keys.length === 0) {
      const zero: CellOut = { key: "total", count: 0, display: "0", suppressed: false };
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
      };
    }
    const [panelCounts, voterCounts, baseline, attendance, money] = await Promise.all([
      this.groupCounts("panel", keys),
      this.groupCounts("voters", keys),
      this.baseline(keys),
      this.attendance(keys),
      this.compensation(keys),
    ]);
    const panel = this.dimensions(
      PANEL_DIMENSIONS.map((d) => d.dimension),
      keys,
      panelCounts,
      baseline.counts,
    );
    const voters = this.dimensions(
      VOTER_DIMENSIONS.map((d) => d.dimension),
      keys,
      voterCounts,
      baseline.counts,
    );
    return {
      roundKeys: keys,
      panel: panel.dimensions,
      panelSize: panel.total,
      voters: voters.dimensions,
      voterCount: voters.total,
      rounds: attendance,
      compensationOwed: money.owed,
      compensationPaid: money.paid,
      populationSource: baseline.source,
    };
  }

  /** round → dimension → category (or no_data) → count, and round → total. */
  private async groupCounts(who: "panel" | "voters", keys: number[]): Promise<GroupCounts> {
    const rows = who === "panel" ? await this.panelRows(keys) : await this.voterRows(keys);
    const cells = new Map<number, Map<string, Map<string, number>>>();
    const totals = new Map<number, number>();
    for (const r of rows) {
      const rk = int(r.roundKey);
      if (r.dimension === "total") {
        totals.set(rk, int(r.n));
        continue;
      }
      let byDim = cells.get(rk);
      if (!byDim) cells.set(rk, (byDim = new Map()));
      let byCat = byDim.get(r.dimension);
      if (!byCat) byDim.set(r.dimension, (byCat = new Map()));
      const cat = r.category === null || r.category === "" ? NO_DATA : r.category;
      byCat.set(cat, (byCat.get(cat) ?? 0) + int(r.n));
    }
    return { cells, totals };
  }

  private panelRows(keys: number[]): Promise<CountRow[]> {
    const p = Params.for(this.dataSource);
    const from = `FROM panel_member m LEFT JOIN applicant x ON x."key" = m."applicantKey" WHERE m."roundKey" IN ${p.list(keys)} AND m."role" = 'member'`;
    const sql = [
      ...PANEL_DIMENSIONS.map(
        (d) =>
          `SELECT m."roundKey" AS "roundKey", '${d.dimension}' AS "dimension", x."${d.column}" AS "category", COUNT(*) AS "n" ${from} GROUP BY m."roundKey", x."${d.column}"`,
      ),
      `SELECT m."roundKey" AS "roundKey", 'total' AS "dimension", NULL AS "category", COUNT(*) AS "n" ${from} GROUP BY m."roundKey"`,
    ].join("\nUNION ALL\n");
    return p.run<CountRow>(this.dataSource, sql);
  }

  /**
   * Voters: the tallies frozen when voting closed (voting-record.ts), and a live count over the
   * ballots for the rounds still open (or never frozen).
   */
  private async voterRows(keys: number[]): Promise<CountRow[]> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const frozen = await p.run<CountRow>(
      this.dataSource,
      `SELECT d."roundKey" AS "roundKey", 'total' AS "dimension", NULL AS "category", d."ballotCount" AS "n" FROM decision d WHERE d."roundKey" IN ${list} AND d."ballotCount" IS NOT NULL
       UNION ALL
       SELECT t."roundKey" AS "roundKey", t."dimension" AS "dimension", t."category" AS "category", t."count" AS "n"
       FROM voter_tally t JOIN decision d ON d."roundKey" = t."roundKey" AND d."ballotCount" IS NOT NULL WHERE t."roundKey" IN ${list}`,
    );
    const frozenKeys = new Set(frozen.filter((r) => r.dimension === "total").map((r) => int(r.roundKey)));
    const open = keys.filter((k) => !frozenKeys.has(k));
    if (open.length === 0) return frozen;
    const q = Params.for(this.dataSource);
    const openList = q.list(open);
    const live = await q.run<CountRow>(
      this.dataSource,
      `${voterCountsSql(openList)}\nUNION ALL\nSELECT b."roundKey" AS "roundKey", 'total' AS "dimension", NULL AS "category", b."n" AS "n" FROM (${ballotTotalsSql(openList)}) b`,
    );
    return [...frozen, ...live];
  }

  /**
   * Census counts per dimension/category, summed over the distinct areas of the rounds (a round
   * without an area: its council's top-level areas). An area whose parent is also in the set is left
   * out — its people are already counted in the parent (a ward inside its borough).
   */
  private async baseline(keys: number[]): Promise<{ counts: Map<string, Map<string, number>>; source: string | null }> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const rows = await p.run<{ dimension: string; category: string; n: unknown; source: string }>(
      this.dataSource,
      `WITH areas AS (
         SELECT r."areaKey" AS "areaKey" FROM round r WHERE r."key" IN ${list} AND r."areaKey" IS NOT NULL
         UNION
         SELECT a."key" AS "areaKey" FROM round r JOIN area a ON a."councilKey" = r."councilKey" AND a."parentKey" IS NULL
         WHERE r."key" IN ${list} AND r."areaKey" IS NULL),
       outermost AS (
         SELECT s."areaKey" AS "areaKey" FROM areas s JOIN area a ON a."key" = s."areaKey"
         WHERE a."parentKey" IS NULL OR a."parentKey" NOT IN (SELECT "areaKey" FROM areas))
       SELECT pb."dimension" AS "dimension", pb."category" AS "category", SUM(pb."count") AS "n", MIN(pb."source") AS "source"
       FROM population_baseline pb JOIN outermost ON outermost."areaKey" = pb."areaKey"
       WHERE pb."dimension" <> 'total' GROUP BY pb."dimension", pb."category"`,
    );
    const counts = new Map<string, Map<string, number>>();
    let source: string | null = null;
    for (const r of rows) {
      let m = counts.get(r.dimension);
      if (!m) counts.set(r.dimension, (m = new Map()));
      m.set(r.category, int(r.n));
      source ??= r.source;
    }
    return { counts, source };
  }

  private dimensions(
    dimensions: readonly string[],
    keys: number[],
    data: { cells: Map<number, Map<string, Map<string, number>>>; totals: Map<number, number> },
    baseline: Map<string, Map<string, number>>,
  ): { dimensions: DimensionData[]; total: CellOut } {
    const roundTotals = keys.map((k) => data.totals.get(k) ?? 0);
    const grand = roundTotals.reduce((a, b) => a + b, 0);
    // The group's size, suppressed like any count (a pooled size is the sum of published sizes).
    const totalOut = suppressPooled(
      ["n"],
      keys.map((_, i) => [{ key: "n", count: roundTotals[i]! }]),
      roundTotals,
    ).cells[0]!;
    const out: DimensionData[] = [];
    for (const dimension of dimensions) {
      const base = baseline.get(dimension) ?? new Map<string, number>();
      const seen = new Set<string>(base.keys());
      for (const k of keys)
        for (const c of data.cells.get(k)?.get(dimension)?.keys() ?? []) if (c !== NO_DATA) seen.add(c);
      const categories = [...seen];
      const cellKeys = [...categories, NO_DATA];
      const perRound: CellIn[][] = keys.map((k) =>
        cellKeys.map((c) => ({ key: c, count: data.cells.get(k)?.get(dimension)?.get(c) ?? 0 })),
      );
      const suppressed = suppressPooled(cellKeys, perRound, roundTotals);
      const pooled = new Map(
        cellKeys.map((c) => [c, perRound.reduce((s, cells) => s + (cells.find((x) => x.key === c)?.count ?? 0), 0)]),
      );
      const counts: Record<string, number> = {};
      for (const c of categories) if ((pooled.get(c) ?? 0) > 0) counts[c] = pooled.get(c) ?? 0;
      const baseCounts = Object.fromEntries(base);
      const anyHidden = suppressed.cells.some((c) => c.suppressed) || suppressed.total.suppressed;
      const measure =
        base.size > 0 && grand > 0
          ? dimensionRepresentativeness({ counts: baseCounts }, { counts, noData: pooled.get(NO_DATA) ?? 0 })
          : null;
      const cellOf = (c: string) => suppressed.cells[cellKeys.indexOf(c)]!;
      out.push({
        dimension,
        similarity: anyHidden ? null : (measure?.similarity ?? null),
        categories: categories.map((category) => {
          const m = measure?.categories.find((x) => x.category === category);
          const cell = cellOf(category);
          return {
            category,
            populationCount: base.get(category) ?? 0,
            populationShare: measure ? (m?.populationShare ?? 0) : null,
            count: cell,
            // A share of a hidden cell, or over a denominator that contains a hidden cell, could reveal it.
            share: cell.suppressed || anyHidden ? null : (m?.panelShare ?? null),
            ratio: cell.suppressed || anyHidden ? null : (m?.ratio ?? null),
          };
        }),
        noData: cellOf(NO_DATA),
        total: { ...totalOut, key: "total" },
      });
    }
    return { dimensions: out, total: { ...totalOut, key: "total" } };
  }

  private async attendance(keys: number[]): Promise<RoundParticipationData[]> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const [sessions, present, members] = await Promise.all([
      p.run<{ key: unknown; roundKey: unknown; date: string; kind: string }>(
        this.dataSource,
        `SELECT s."key" AS "key", s."roundKey" AS "roundKey", s."date" AS "date", s."kind" AS "kind" FROM session s WHERE s."roundKey" IN ${list}`,
      ),
      p.run<{ sessionKey: unknown; memberKey: unknown }>(
        this.dataSource,
        `SELECT a."sessionKey" AS "sessionKey", a."memberKey" AS "memberKey" FROM attendance a JOIN session s ON s."key" = a."sessionKey" WHERE s."roundKey" IN ${list} AND a."present" = TRUE`,
      ),
      p.run<{ key: unknown; roundKey: unknown }>(
        this.dataSource,
        `SELECT m."key" AS "key", m."roundKey" AS "roundKey" FROM panel_member m WHERE m."roundKey" IN ${list} AND m."role" = 'member'`,
      ),
    ]);
    const attendees = new Map<number, string[]>();
    for (const a of present) {
      const s = int(a.sessionKey);
      const l = attendees.get(s) ?? [];
      l.push(String(int(a.memberKey)));
      attendees.set(s, l);
    }
    return keys.map((roundKey) => {
      const panel = members.filter((m) => int(m.roundKey) === roundKey).map((m) => String(int(m.key)));
      const mine = sessions.filter((s) => int(s.roundKey) === roundKey);
      const summary = participationSummary(
        panel,
        mine.map((s) => ({ sessionId: String(int(s.key)), date: s.date, attendees: attendees.get(int(s.key)) ?? [] })),
      );
      const kindOf = new Map(mine.map((s) => [String(int(s.key)), s.kind]));
      const sessionsOut = summary.sessions.map((s) => {
        const cell = suppressPooled(["n"], [[{ key: "n", count: s.present }]], [s.present]).cells[0]!;
        return {
          date: s.date,
          kind: kindOf.get(s.sessionId) ?? "",
          present: cell,
          attendanceRate: cell.suppressed ? null : s.attendanceRate,
          retention: s.retention,
        };
      });
      return {
        roundKey,
        panelSize: summary.panelSize,
        attendanceRate: summary.attendanceRate,
        retentionAtLast: summary.retentionAtLast,
        sessions: sessionsOut,
      };
    });
  }

  private async compensation(keys: number[]): Promise<{ owed: MoneyAmount[]; paid: MoneyAmount[] }> {
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const rows = await p.run<{ measure: string; currency: string; amount: unknown }>(
      this.dataSource,
      `SELECT 'owed' AS "measure", e."currency" AS "currency", SUM(e."amountMinor") AS "amount" FROM compensation_entry e WHERE e."roundKey" IN ${list} GROUP BY e."currency"
       UNION ALL
       SELECT 'paid' AS "measure", y."currency" AS "currency", SUM(y."amountMinor") AS "amount" FROM payment y WHERE y."roundKey" IN ${list} GROUP BY y."currency"
       ORDER BY "currency"`,
    );
    const pick = (m: string) =>
      rows.filter((r) => r.measure === m).map((r) => ({ amountMinor: int(r.amount), currency: r.currency }));
    return { owed: pick("owed"), paid: pick("paid") };
  }
}
