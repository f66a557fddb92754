/**
 * The **public** representation funnel of a round ("Who was reached", issue 14), safe against
 * differencing — docs/adr/0005-suppression-method.md, decision 6.
 *
 * The officers' funnel (`representationFunnel`) shows exact counts. Published as they are, its
 * nested stages could be differenced: "selected" minus "confirmed" in one category is the number of
 * people of that category who did not confirm, and the funnel's "selected" stage beside the public
 * panel make-up would pin the make-up's hidden cells. So the public funnel is built differently:
 *
 * 1. **Cumulative stages.** A public stage counts the people who also passed every earlier stage:
 *    applied (the lottery pool — `panel.applicants`), on the panel (the active members — exactly
 *    the people of the public panel make-up), confirmed, then attended, spoke and scored, each among
 *    those of the stage before. Everyone then has one *path*: in the pool or not, and the deepest
 *    stage reached.
 * 2. **Atoms.** Per dimension, an atom is the people of one category with one path. Every count the
 *    funnel could let a reader work out — a stage's cell, the difference of two stages, a stage
 *    against the make-up — is a sum of atoms.
 * 3. **A dimension's categories are published through stage J** (applied, on the panel, … J), exactly,
 *    only when every atom *truncated at J* (deeper stages folded into "reached J") is 0 or 5 or more.
 *    Then every count a reader can derive from those cells is a sum of atoms of 0 or ≥ 5: never 1–4.
 *    J is the deepest stage where that holds; stages after J show their total only.
 * 4. **Otherwise** (not even "on the panel" is clean): the applied stage and every later stage show
 *    totals only; the "on the panel" stage repeats the make-up's published cells ("<5", "[c]" and
 *    all) — already public, so nothing is added.
 * 5. **Totals** are public: applied and on the panel exactly (as elsewhere); later stages' totals are
 *    counts of people on their own, so 1–4 is "<5" (as a session's attendance).
 *
 * Residual: that a dimension stops at stage J tells a reader some category has 1–4 people at the
 * next step, not which (the same as a "<5" without its row).
 */
import { NO_DATA_CATEGORY } from "../lottery/panel-lottery.js";
import { COMPLEMENTARY_DISPLAY, publishCount, SUPPRESSION_THRESHOLD, type PublishedTable } from "./suppression.js";
import type { TargetBaseline } from "./representation-funnel.js";

export const PUBLIC_FUNNEL_STAGES = ["applied", "selected", "confirmed", "attended", "spoke", "scored"] as const;
export type PublicFunnelStage = (typeof PUBLIC_FUNNEL_STAGES)[number];
const SELECTED = 1;

export interface PublicFunnelPerson {
  /** In the lottery pool (the public "applied"). */
  readonly applied: boolean;
  /**
   * The deepest cumulative stage from "on the panel" on: 0 = not on the panel, 1 = on the panel,
   * 2 = also confirmed, 3 = also attended a session, 4 = also spoke, 5 = also scored.
   */
  readonly level: number;
  /** Category per dimension (absent / "" = no data). */
  readonly categories: Readonly<Record<string, string | null | undefined>>;
}

export interface PublicFunnelCell {
  readonly stage: PublicFunnelStage;
  /** Exact count, or null when withheld. */
  readonly value: number | null;
  readonly display: string;
  readonly suppressed: boolean;
  /** Share of those at the stage who answered on this dimension (only where every cell is shown). */
  readonly share: number | null;
  /** share ÷ the target group's share. */
  readonly ratio: number | null;
}

export interface PublicFunnelCategory {
  readonly category: string;
  readonly targetShare: number | null;
  readonly stages: PublicFunnelCell[];
}

export interface PublicFunnelDimension {
  readonly dimension: string;
  readonly scope: "target_group" | "area" | "none";
  /** The deepest stage whose categories are published exactly; null: only the make-up's "on the panel". */
  readonly publishedThrough: PublicFunnelStage | null;
  /** Census categories and answers, alphabetical, then "no data" (the make-up's table order). */
  readonly categories: PublicFunnelCategory[];
}

export interface PublicFunnel {
  readonly stages: { stage: PublicFunnelStage; total: number | null; display: string; suppressed: boolean }[];
  readonly dimensions: PublicFunnelDimension[];
}

function categoryOf(p: PublicFunnelPerson, dimension: string, noData: string = NO_DATA_CATEGORY): string {
  const v = p.categories[dimension];
  return typeof v === "string" && v !== "" ? v : noData;
}

/** Everyone counted anywhere in the funnel: in the pool, or on the panel. */
const counted = (p: PublicFunnelPerson) => p.applied || p.level >= SELECTED;

/** Whether a person is at stage `j` (0 = applied, 1 = on the panel, …). */
export function atPublicStage(p: PublicFunnelPerson, j: number): boolean {
  return j === 0 ? p.applied : p.level >= j;
}

/**
 * The deepest stage J (≥ 1, "on the panel") such that every atom of the dimension truncated at J is
 * 0 or ≥ 5, or 0 when there is none (then only the make-up's cells are shown).
 */
export function publicFunnelDepth(
  people: readonly PublicFunnelPerson[],
  dimension: string,
  threshold = SUPPRESSION_THRESHOLD,
): number {
  let depth = 0;
  for (let j = SELECTED; j < PUBLIC_FUNNEL_STAGES.length; j++) {
    const atoms = new Map<string, number>();
    for (const p of people) {
      if (!counted(p)) continue;
      const key = `${categoryOf(p, dimension)}\u0000${p.applied ? 1 : 0}\u0000${Math.min(p.level, j)}`;
      atoms.set(key, (atoms.get(key) ?? 0) + 1);
    }
    if ([...atoms.values()].some((n) => n > 0 && n < threshold)) break;
    depth = j;
  }
  return depth;
}

/**
 * The public funnel. `keys` per dimension: its categories in table order (the make-up's: census
 * categories and answers, alphabetical, then "no data"); `madeUp`: the make-up's published table per
 * dimension (the "on the panel" stage where a dimension is not clean).
 */
export function publicFunnel(input: {
  readonly people: readonly PublicFunnelPerson[];
  readonly dimensions: readonly string[];
  readonly keys: Readonly<Record<string, readonly string[]>>;
  readonly madeUp: Readonly<Record<string, PublishedTable | undefined>>;
  readonly baseline: TargetBaseline | null;
  readonly threshold?: number;
  /** The key of "no data" in `keys` and `madeUp` (default the domain's "(no data)"). */
  readonly noDataKey?: string;
}): PublicFunnel {
  const threshold = input.threshold ?? SUPPRESSION_THRESHOLD;
  const noData = input.noDataKey ?? NO_DATA_CATEGORY;
  const stageTotals = PUBLIC_FUNNEL_STAGES.map((stage, j) => {
    const n = input.people.filter((p) => atPublicStage(p, j)).length;
    const c = j <= SELECTED ? { value: n, display: String(n), suppressed: false } : publishCount(n, threshold);
    return { stage, total: c.value, display: c.display, suppressed: c.suppressed };
  });
  const dimensions = input.dimensions.map((dimension): PublicFunnelDimension => {
    const census = input.baseline?.counts[dimension] ?? {};
    const censusTotal = Object.values(census).reduce((a, b) => a + b, 0);
    const depth = publicFunnelDepth(input.people, dimension, threshold);
    const keys = input.keys[dimension] ?? [];
    const counts = PUBLIC_FUNNEL_STAGES.map((_, j) => {
      const m = new Map<string, number>();
      for (const p of input.people)
        if (atPublicStage(p, j)) {
          const c = categoryOf(p, dimension, noData);
          m.set(c, (m.get(c) ?? 0) + 1);
        }
      return m;
    });
    const answered = counts.map((m) => [...m.entries()].reduce((s, [c, n]) => (c === noData ? s : s + n), 0));
    const made = input.madeUp[dimension];
    return {
      dimension,
      scope: censusTotal > 0 ? (input.baseline?.scope[dimension] ?? "area") : "none",
      publishedThrough: depth >= SELECTED ? PUBLIC_FUNNEL_STAGES[depth]! : null,
      categories: keys.map((category) => {
        const targetShare =
          censusTotal > 0 && category !== noData && Object.hasOwn(census, category)
            ? census[category]! / censusTotal
            : null;
        return {
          category,
          targetShare,
          stages: PUBLIC_FUNNEL_STAGES.map((stage, j): PublicFunnelCell => {
            if (j <= depth && depth >= SELECTED) {
              const value = counts[j]!.get(category) ?? 0;
              const share = category === noData || answered[j]! === 0 ? null : value / answered[j]!;
              return {
                stage,
                value,
                display: String(value),
                suppressed: false,
                share,
                ratio: share !== null && targetShare !== null && targetShare > 0 ? share / targetShare : null,
              };
            }
            if (j === SELECTED) {
              // Not clean: the make-up's own cell, exactly as it is published.
              const cell = made?.cells.find((c) => c.key === category);
              if (!cell) return { stage, value: 0, display: "0", suppressed: false, share: null, ratio: null };
              return {
                stage,
                value: cell.value,
                display: cell.display,
                suppressed: cell.suppressed,
                share: null,
                ratio: null,
              };
            }
            return { stage, value: null, display: COMPLEMENTARY_DISPLAY, suppressed: true, share: null, ratio: null };
          }),
        };
      }),
    };
  });
  return { stages: stageTotals, dimensions };
}
