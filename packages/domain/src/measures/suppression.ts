/**
 * Small-number suppression for public views (PRODUCT.md: "a demographic count below 5 is shown as
 * '<5' and never derivable from totals"; DASHBOARD.md: "Suppress small cells (< 5) and make sure
 * they cannot be recovered from totals").
 *
 * The rules, applied to one *group* (the cells of one table row/column that add up to a total,
 * e.g. a panel's counts per ethnic group plus "no data"):
 *
 * 1. **Primary suppression.** A count from 1 to 4 is shown as `"<5"`. Zero is shown as `0`: an
 *    empty cell discloses nothing about any person by itself (and hiding zeros would make "<5"
 *    ambiguous). So a published `"<5"` always means 1–4.
 * 2. **Complementary (secondary) suppression.** When the group's total is known (shown in the
 *    view, or public anyway — a panel's size usually is), the suppressed cells' sum can be
 *    computed as total − shown cells. If that lets a reader pin down any primary-suppressed cell
 *    exactly — always the case with a single suppressed cell, and also e.g. two "<5" cells whose
 *    sum is 2 (each must be 1) — we also suppress the smallest non-zero cell still shown, and
 *    repeat. Such cells are shown as `"[c]"` (the ONS/GSS "confidential" marker), because they
 *    are 5 or more and `"<5"` would be false. If no cell is left to suppress, the total is
 *    suppressed too.
 *    "Pinned down" is checked with interval reasoning: a primary cell lies in 1..4, a secondary one
 *    in 5..∞; a cell is disclosed when its range given the known sum collapses to one value.
 * 3. **The total itself** is a count: a total from 1 to 4 is suppressed (then all its cells are too).
 * 4. **Percentages** of a suppressed cell, or over a suppressed total, are suppressed (`"[c]"`).
 */

export const SUPPRESSION_THRESHOLD = 5;
export const SMALL_COUNT_DISPLAY = "<5";
export const COMPLEMENTARY_DISPLAY = "[c]";

export type SuppressionReason = "shown" | "small_count" | "complementary";

export interface SuppressedCount {
  /** The count, or null when it must not be published. */
  readonly value: number | null;
  readonly suppressed: boolean;
  /** What to print: the number, `"<5"` or `"[c]"`. */
  readonly display: string;
  readonly reason: SuppressionReason;
}

export interface SuppressionOptions {
  /** Counts from 1 to threshold − 1 are suppressed. Default 5. */
  readonly threshold?: number;
  /** Whether readers know the group's total (shown, or public elsewhere). Default true. */
  readonly totalKnown?: boolean;
  /** The group's total if it is not simply the sum of the cells. Default: the sum. */
  readonly total?: number;
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count must be a non-negative integer, got ${count}`);
}

const shown = (count: number): SuppressedCount => ({
  value: count,
  suppressed: false,
  display: String(count),
  reason: "shown",
});
const small: SuppressedCount = { value: null, suppressed: true, display: SMALL_COUNT_DISPLAY, reason: "small_count" };
const complementary: SuppressedCount = {
  value: null,
  suppressed: true,
  display: COMPLEMENTARY_DISPLAY,
  reason: "complementary",
};

/** Primary suppression of a single count: 1..threshold−1 → "<5"; 0 and larger counts shown. */
export function suppressCount(count: number, threshold = SUPPRESSION_THRESHOLD): SuppressedCount {
  checkCount(count);
  return count > 0 && count < threshold ? small : shown(count);
}

export interface SuppressedGroup<K extends string = string> {
  readonly cells: (SuppressedCount & { readonly key: K })[];
  readonly total: SuppressedCount;
}

/**
 * Is any primary-suppressed cell determined exactly by the known sum of all suppressed cells?
 * Ranges: primary [1, threshold−1], secondary [threshold, ∞).
 */
function anyDisclosed(suppressed: readonly { primary: boolean }[], sum: number, threshold: number): boolean {
  const lo = suppressed.map((s) => (s.primary ? 1 : threshold));
  const hi = suppressed.map((s) => (s.primary ? threshold - 1 : Infinity));
  const loSum = lo.reduce((a, b) => a + b, 0);
  const hiSum = hi.reduce((a, b) => a + b, 0);
  return suppressed.some((s, i) => {
    if (!s.primary) return false;
    const low = Math.max(lo[i] as number, sum - (hiSum - (hi[i] as number)));
    const high = Math.min(hi[i] as number, sum - (loSum - (lo[i] as number)));
    return low >= high;
  });
}

/** Primary and complementary suppression of one group of counts that add up to a total. */
export function suppressGroup<K extends string>(
  cells: readonly { readonly key: K; readonly count: number }[],
  options: SuppressionOptions = {},
): SuppressedGroup<K> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const totalKnown = options.totalKnown ?? true;
  cells.forEach((c) => checkCount(c.count));
  const cellSum = cells.reduce((s, c) => s + c.count, 0);
  const total = options.total ?? cellSum;
  checkCount(total);
  if (total < cellSum) throw new RangeError(`The total ${total} is smaller than the sum of its cells ${cellSum}`);

  const state: ("shown" | "primary" | "secondary")[] = cells.map((c) =>
    c.count > 0 && c.count < threshold ? "primary" : "shown",
  );
  let totalSuppressed = total > 0 && total < threshold;
  if (totalSuppressed) state.forEach((_, i) => (state[i] = cells[i]!.count > 0 ? "primary" : "shown"));

  // A total larger than the cells' sum (an unlisted remainder) is assumed known to readers too
  // (the cautious assumption), so the suppressed cells' sum is always derivable when the total is.
  while (totalKnown && !totalSuppressed && state.includes("primary")) {
    const suppressedIdx = state.flatMap((s, i) => (s === "shown" ? [] : [i]));
    const sum = suppressedIdx.reduce((s, i) => s + cells[i]!.count, 0);
    if (
      !anyDisclosed(
        suppressedIdx.map((i) => ({ primary: state[i] === "primary" })),
        sum,
        threshold,
      )
    )
      break;
    let next = -1;
    cells.forEach((c, i) => {
      if (state[i] === "shown" && c.count > 0 && (next === -1 || c.count < cells[next]!.count)) next = i;
    });
    if (next === -1) {
      totalSuppressed = true;
      break;
    }
    state[next] = "secondary";
  }

  return {
    cells: cells.map((c, i) => ({
      key: c.key,
      ...(state[i] === "primary" ? small : state[i] === "secondary" ? complementary : shown(c.count)),
    })),
    total: totalSuppressed ? (total < threshold ? small : complementary) : shown(total),
  };
}

/**
 * A percentage (0–100) of `part` over `whole`, suppressed when either is suppressed or the whole is 0.
 * `decimals` only affects `display`; `value` is unrounded.
 */
export function suppressedPercentage(part: SuppressedCount, whole: SuppressedCount, decimals = 0): SuppressedCount {
  if (part.value === null || whole.value === null) return complementary;
  if (whole.value === 0) return { value: null, suppressed: false, display: "–", reason: "shown" };
  const value = (100 * part.value) / whole.value;
  return { value, suppressed: false, display: `${value.toFixed(decimals)}%`, reason: "shown" };
}

// --- The publication rule for public demographic tables (docs/adr/0005-suppression-method.md) ---

/** A published cell: the count, or why it is withheld. */
export interface PublishedCell<K extends string = string> extends SuppressedCount {
  readonly key: K;
}

export interface PublishedTable<K extends string = string> {
  readonly cells: PublishedCell<K>[];
  /** The table's total (a panel's size, a round's ballots): public, always shown. */
  readonly total: number;
  /**
   * Every cell withheld, zeros too: no complementary cell could protect the small ones. Readers
   * then know only the total.
   */
  readonly wholeTableHidden: boolean;
}

const withheld: SuppressedCount = {
  value: null,
  suppressed: true,
  display: COMPLEMENTARY_DISPLAY,
  reason: "complementary",
};

/**
 * Primary and complementary suppression of one table whose total is public (PRODUCT.md: "a
 * demographic count below 5 is shown as '<5' and never derivable from totals").
 *
 * 1. Primary: a count from 1 to 4 is `"<5"`. Zero is shown (0 discloses no one).
 * 2. Complementary: readers know the total, so the hidden cells' sum (total − shown cells). While
 *    that sum pins any `"<5"` cell to one value (interval reasoning: `"<5"` is 1..4, `"[c]"` is
 *    5..total), the **first** shown non-zero cell *in the table's own order* is hidden as `"[c]"`.
 *    The choice depends only on what readers see (which cells are hidden, shown or zero) — never on
 *    the size of the cell — so the pattern tells a reader nothing more than the markers do.
 *    (Choosing the smallest cell, the textbook heuristic, would tell them the `"[c]"` cell is
 *    no larger than every cell still shown, which can pin it.)
 * 3. If no non-zero cell is left to hide, or the total itself is 1–4, every cell (zeros too) is
 *    `"[c]"` and only the total is published.
 */
export function suppressTable<K extends string>(
  cells: readonly { readonly key: K; readonly count: number }[],
  options: { readonly threshold?: number; readonly total?: number } = {},
): PublishedTable<K> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  cells.forEach((c) => checkCount(c.count));
  const cellSum = cells.reduce((s, c) => s + c.count, 0);
  const total = options.total ?? cellSum;
  checkCount(total);
  if (total !== cellSum) throw new RangeError(`The total ${total} is not the sum of its cells ${cellSum}`);
  const hideAll = (): PublishedTable<K> => ({
    cells: cells.map((c) => ({ key: c.key, ...withheld })),
    total,
    wholeTableHidden: true,
  });
  if (total > 0 && total < threshold) return hideAll();
  const state: ("shown" | "primary" | "secondary")[] = cells.map((c) =>
    c.count > 0 && c.count < threshold ? "primary" : "shown",
  );
  while (state.includes("primary")) {
    const hidden = state.flatMap((s, i) => (s === "shown" ? [] : [i]));
    const sum = hidden.reduce((s, i) => s + cells[i]!.count, 0);
    if (
      !anyDisclosed(
        hidden.map((i) => ({ primary: state[i] === "primary" })),
        sum,
        threshold,
      )
    )
      break;
    const next = state.findIndex((s, i) => s === "shown" && cells[i]!.count > 0);
    if (next === -1) return hideAll();
    state[next] = "secondary";
  }
  return {
    cells: cells.map((c, i) => ({
      key: c.key,
      ...(state[i] === "primary" ? small : state[i] === "secondary" ? complementary : shown(c.count)),
    })),
    total,
    wholeTableHidden: false,
  };
}

/**
 * A table over a fixed grouping of disjoint parts (a council's rounds of one year, or all of them)
 * built **only from what the parts publish**: a cell is shown when every part shows it, and is their
 * sum; otherwise it is withheld (`"[c]"`). The total is the sum of the parts' totals. Every figure
 * is then a sum of published figures, so no combination of groupings tells a reader anything the
 * parts' own tables do not — differencing a council against its rounds, or a year against the
 * others, recovers nothing. (Publishing the exact pooled count of a cell hidden in any part would
 * reveal the sum of the hidden parts, which the parts' tables were built to keep unknown.)
 */
export function publishAggregate<K extends string>(
  keys: readonly K[],
  parts: readonly PublishedTable<K>[],
): PublishedTable<K> {
  const total = parts.reduce((s, p) => s + p.total, 0);
  const cells = keys.map((key): PublishedCell<K> => {
    let sum = 0;
    for (const part of parts) {
      const cell = part.cells.find((c) => c.key === key);
      if (!cell) continue; // the part has no such category: 0
      if (cell.value === null) return { key, ...withheld };
      sum += cell.value;
    }
    return { key, ...shown(sum) };
  });
  return { cells, total, wholeTableHidden: parts.length > 0 && cells.length > 0 && cells.every((c) => c.suppressed) };
}

/** A count of people published on its own (no complement: e.g. present at a session): 1–4 → "<5". */
export function publishCount(count: number, threshold = SUPPRESSION_THRESHOLD): SuppressedCount {
  return suppressCount(count, threshold);
}
