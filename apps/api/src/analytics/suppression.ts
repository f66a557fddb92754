import { SUPPRESSION_THRESHOLD, suppressGroup } from "@coproduce/domain";

/**
 * Small-number suppression of demographic tables, built on the domain's `suppressGroup`
 * (packages/domain/src/measures/suppression.ts) and extended to **pooled** tables (several rounds
 * together) so that a pooled cell cannot be combined with the per-round tables to recover a
 * suppressed per-round cell ("differencing").
 *
 * For one round: exactly the domain's rule (primary "<5", complementary "[c]", total known).
 * For a pool of rounds, per category k:
 *  1. each round's own table is suppressed with `suppressGroup`, as it would be published alone;
 *  2. a reader knows the shown per-round cells and that each hidden one is 1–4 ("<5") or ≥ 5
 *     ("[c]"), so the pooled cell lies in [lo_k, hi_k]; publishing it exactly tells them the sum of
 *     the hidden per-round cells. If that sum pins down any of them (interval reasoning), the
 *     pooled cell is **protected** and hidden as "[c]";
 *  3. within the pooled table the total is known, so hidden pooled cells must not be pinned either:
 *     while one is, the smallest shown cell whose value is not already known from the per-round
 *     tables is hidden too; if there is none, the whole table is hidden.
 */
export interface CellIn {
  readonly key: string;
  readonly count: number;
}

export interface CellOut {
  readonly key: string;
  /** Null when suppressed. */
  readonly count: number | null;
  readonly display: string;
  readonly suppressed: boolean;
}

export interface GroupOut {
  readonly cells: CellOut[];
  readonly total: CellOut;
  /**
   * Set when no complementary cell could protect the small ones: then every cell (zeros too) is
   * hidden as "[c]", because the group's size is public (a panel's size is) and the domain's
   * "hide the total" step would not protect them.
   */
  readonly wholeTableHidden?: boolean;
}

const shownCell = (key: string, count: number): CellOut => ({ key, count, display: String(count), suppressed: false });
const hiddenCell = (key: string, display: string): CellOut => ({ key, count: null, display, suppressed: true });

/** One table (one round, or anything not derived from other published tables). */
export function suppressTable(cells: readonly CellIn[], total?: number): GroupOut {
  const g = suppressGroup(
    cells.map((c) => ({ key: c.key, count: c.count })),
    total === undefined ? {} : { total },
  );
  const size = total ?? cells.reduce((s, c) => s + c.count, 0);
  if (g.total.suppressed && size >= SUPPRESSION_THRESHOLD) {
    return {
      cells: cells.map((c) => hiddenCell(c.key, "[c]")),
      total: shownCell("total", size),
      wholeTableHidden: true,
    };
  }
  return {
    cells: g.cells.map((c) => (c.suppressed ? hiddenCell(c.key, c.display) : shownCell(c.key, c.value ?? 0))),
    total: g.total.suppressed ? hiddenCell("total", g.total.display) : shownCell("total", g.total.value ?? 0),
  };
}

interface Range {
  lo: number;
  hi: number;
}

/** Could any protected cell's value be pinned, given the hidden cells' sum? */
function pinned(hidden: readonly { range: Range; protect: boolean }[], sum: number): boolean {
  const loSum = hidden.reduce((s, h) => s + h.range.lo, 0);
  const hiSum = hidden.reduce((s, h) => s + h.range.hi, 0);
  return hidden.some((h) => {
    if (!h.protect) return false;
    const low = Math.max(h.range.lo, sum - (hiSum - h.range.hi));
    const high = Math.min(h.range.hi, sum - (loSum - h.range.lo));
    return low >= high;
  });
}

/**
 * A pooled table over several rounds: `perRound[i]` are round i's cells (same keys everywhere,
 * missing = 0) and `totals[i]` its total (panel size / voters), published with it.
 */
export function suppressPooled(
  keys: readonly string[],
  perRound: readonly (readonly CellIn[])[],
  totals: readonly number[],
): GroupOut {
  const t = SUPPRESSION_THRESHOLD;
  if (perRound.length <= 1) {
    const only = perRound[0] ?? [];
    return suppressTable(
      keys.map((k) => ({ key: k, count: only.find((c) => c.key === k)?.count ?? 0 })),
      totals[0],
    );
  }
  const published = perRound.map((cells, i) =>
    suppressTable(
      keys.map((k) => ({ key: k, count: cells.find((c) => c.key === k)?.count ?? 0 })),
      totals[i],
    ),
  );
  const pooled = keys.map((key) => ({
    key,
    count: perRound.reduce((s, cells) => s + (cells.find((c) => c.key === key)?.count ?? 0), 0),
  }));
  const total = totals.reduce((a, b) => a + b, 0);

  // What readers know about each pooled cell from the per-round tables.
  const known: Range[] = keys.map((key, k) => {
    let lo = 0;
    let hi = 0;
    for (const table of published) {
      const cell = table.cells[k]!;
      if (!cell.suppressed) {
        lo += cell.count ?? 0;
        hi += cell.count ?? 0;
      } else if (cell.display === "<5") {
        lo += 1;
        hi += t - 1;
      } else {
        lo += table.wholeTableHidden ? 0 : t;
        hi = Infinity;
      }
    }
    void key;
    return { lo, hi };
  });
  // Step 2: pooled cells whose exact value would pin a hidden per-round cell.
  const protectedCell = keys.map((_, k) => {
    const hiddenParts = published.map((table, i) => ({ table, i })).filter(({ table }) => table.cells[k]!.suppressed);
    if (hiddenParts.length === 0) return false;
    const shownSum = published.reduce(
      (s, table) => s + (table.cells[k]!.suppressed ? 0 : (table.cells[k]!.count ?? 0)),
      0,
    );
    // Every hidden per-round cell is protected: a complementary one plus the round's total pins the primary ones.
    const parts = hiddenParts.map(({ table }) => ({
      range:
        table.cells[k]!.display === "<5" ? { lo: 1, hi: t - 1 } : { lo: table.wholeTableHidden ? 0 : t, hi: Infinity },
      protect: true,
    }));
    return pinned(parts, pooled[k]!.count - shownSum);
  });
  // Step 3: primary suppression of the pooled table, plus protected cells, then complementary.
  const state = pooled.map((c, k): "shown" | "primary" | "protected" | "secondary" =>
    c.count > 0 && c.count < t ? "primary" : protectedCell[k] ? "protected" : "shown",
  );
  const rangeOf = (k: number): Range => {
    const base = known[k]!;
    if (state[k] === "primary") return { lo: Math.max(1, base.lo), hi: Math.min(t - 1, base.hi) };
    if (state[k] === "secondary") return { lo: Math.max(t, base.lo), hi: base.hi };
    return base;
  };
  let hideAll = total > 0 && total < t;
  while (!hideAll && state.some((s) => s === "primary" || s === "protected")) {
    const hidden = state.flatMap((s, k) => (s === "shown" ? [] : [k]));
    const sum = hidden.reduce((s, k) => s + pooled[k]!.count, 0);
    if (
      !pinned(
        hidden.map((k) => ({ range: rangeOf(k), protect: state[k] !== "secondary" })),
        sum,
      )
    )
      break;
    let next = -1;
    pooled.forEach((c, k) => {
      const r = known[k]!;
      if (state[k] === "shown" && c.count > 0 && r.hi > r.lo && (next === -1 || c.count < pooled[next]!.count))
        next = k;
    });
    if (next === -1) hideAll = true;
    else state[next] = "secondary";
  }
  if (hideAll)
    return {
      cells: keys.map((k) => hiddenCell(k, "[c]")),
      total: total > 0 && total < t ? hiddenCell("total", "<5") : shownCell("total", total),
      wholeTableHidden: true,
    };
  return {
    cells: pooled.map((c, k) =>
      state[k] === "shown" ? shownCell(c.key, c.count) : hiddenCell(c.key, state[k] === "primary" ? "<5" : "[c]"),
    ),
    total: shownCell("total", total),
  };
}
