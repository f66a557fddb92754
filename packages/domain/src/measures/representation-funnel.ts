/**
 * "Who was reached": the representation funnel of a round and the selection report.
 *
 * The funnel follows the people of a round through its stages — applied → selected → confirmed →
 * attended a session → spoke → scored — and, per category of each census dimension, compares each
 * stage's make-up with the round's **target group** in the area's census baseline, so an officer
 * sees during recruitment which groups are falling away.
 *
 * The target group is the round's free-text `targetGroup` ("young people aged 11–19"): when it names
 * an age range, the age-band baseline keeps only the census bands that overlap it (a band partly
 * inside the range counts whole — the census publishes five-year bands). The other dimensions are
 * not cross-tabulated by age in the census tables, so their baseline is the whole area; the result
 * says which (`scope`).
 *
 * Pure: counts in, shares and ratios out. Suppression is the caller's (public views) — see
 * docs/adr/0005-suppression-method.md.
 */
import { NO_DATA_CATEGORY, type PanelQuotas } from "../lottery/panel-lottery.js";

export interface AgeRange {
  readonly from: number;
  /** Inclusive; null = no upper limit. */
  readonly to: number | null;
}

/** The age range a target group names ("aged 16–21", "11-19", "over 65", "under 25", "18+"), or null. */
export function targetAgeRange(targetGroup: string | null | undefined): AgeRange | null {
  if (!targetGroup) return null;
  const text = targetGroup.toLowerCase();
  const between = /(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})/.exec(text);
  if (between) {
    const a = Number(between[1]);
    const b = Number(between[2]);
    return a <= b ? { from: a, to: b } : null;
  }
  const plus = /(\d{1,3})\s*\+/.exec(text) ?? /(?:over|aged|older than|above)\s+(\d{1,3})(?:\s+and over)?/.exec(text);
  if (plus && /over|\+|older|above|and over/.test(text)) return { from: Number(plus[1]), to: null };
  const under = /(?:under|younger than|below)\s+(\d{1,3})/.exec(text);
  if (under) return { from: 0, to: Number(under[1]) - 1 };
  return null;
}

/** A census age band ("15-19", "85+") as a range, or null when it is not one. */
export function ageBandRange(category: string): AgeRange | null {
  const m = /^(\d{1,3})\s*(?:-|–)\s*(\d{1,3})$/.exec(category.trim());
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  const p = /^(\d{1,3})\s*\+$/.exec(category.trim());
  return p ? { from: Number(p[1]), to: null } : null;
}

function overlaps(a: AgeRange, b: AgeRange): boolean {
  const aTo = a.to ?? Infinity;
  const bTo = b.to ?? Infinity;
  return a.from <= bTo && b.from <= aTo;
}

/** Census counts: dimension → category → people. */
export type Baseline = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What a census comparison covers: the round's target group (where the census allows) or all residents. */
export const BASELINE_SCOPES = ["target_group", "area"] as const;
export type BaselineScope = (typeof BASELINE_SCOPES)[number];

export interface TargetBaseline {
  readonly counts: Baseline;
  /** Per dimension: "target_group" (restricted to the target's age range) or "area" (all residents). */
  readonly scope: Readonly<Record<string, BaselineScope>>;
  readonly ageRange: AgeRange | null;
}

/** The area's census baseline restricted, where the census allows, to the round's target group. */
export function targetGroupBaseline(baseline: Baseline, targetGroup: string | null | undefined): TargetBaseline {
  return agesBaseline(baseline, targetAgeRange(targetGroup));
}

/** The census baseline restricted to the age bands overlapping `range` (null: all residents). */
export function agesBaseline(baseline: Baseline, range: AgeRange | null): TargetBaseline {
  const counts: Record<string, Record<string, number>> = {};
  const scope: Record<string, BaselineScope> = {};
  for (const [dimension, cats] of Object.entries(baseline)) {
    if (dimension === "age_band" && range) {
      const kept = Object.entries(cats).filter(([c]) => {
        const band = ageBandRange(c);
        return band !== null && overlaps(band, range);
      });
      if (kept.length > 0) {
        counts[dimension] = Object.fromEntries(kept);
        scope[dimension] = "target_group";
        continue;
      }
    }
    counts[dimension] = { ...cats };
    scope[dimension] = "area";
  }
  return { counts, scope, ageRange: range };
}

export const FUNNEL_STAGES = ["applied", "selected", "confirmed", "attended", "spoke", "scored"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStageInput {
  readonly stage: FunnelStage;
  /** One entry per person at this stage: their category per dimension (absent/"" = no data). */
  readonly people: readonly Readonly<Record<string, string | null | undefined>>[];
}

export interface FunnelCell {
  readonly stage: FunnelStage;
  readonly count: number;
  /** Share of those at the stage who answered on this dimension (null: nobody answered). */
  readonly share: number | null;
  /** share / targetShare (null without a target share or a share). */
  readonly ratio: number | null;
}

export interface FunnelCategory {
  readonly category: string;
  /** Share of the target group in the census (null: not a census category, or no baseline). */
  readonly targetShare: number | null;
  readonly stages: FunnelCell[];
}

export interface FunnelDimension {
  readonly dimension: string;
  readonly scope: "target_group" | "area" | "none";
  readonly categories: FunnelCategory[];
  /** Per stage: people who did not answer on this dimension. */
  readonly noData: FunnelCell[];
}

export interface RepresentationFunnel {
  readonly stages: { stage: FunnelStage; total: number }[];
  readonly dimensions: FunnelDimension[];
}

function categoryOf(person: Readonly<Record<string, string | null | undefined>>, dimension: string): string {
  const v = person[dimension];
  return typeof v === "string" && v !== "" ? v : NO_DATA_CATEGORY;
}

/**
 * The funnel's first stage, before "applied": how many people were **invited** (a civic lottery's
 * letters to random addresses). Only the number is known, not who they were, so it has no
 * per-category breakdown; the response rate is applied ÷ invited (null when none were recorded).
 */
export interface InvitationResponse {
  readonly invited: number;
  readonly applied: number;
  /** applied / invited, in 0..∞ (above 1 when people applied without a letter); null if invited is 0. */
  readonly responseRate: number | null;
}

export function invitationResponse(invited: number | null | undefined, applied: number): InvitationResponse | null {
  if (invited === null || invited === undefined) return null;
  if (!Number.isInteger(invited) || invited < 0) throw new RangeError("invited must be a whole number ≥ 0");
  return { invited, applied, responseRate: invited === 0 ? null : applied / invited };
}

/**
 * The funnel: per dimension, per category (census categories first in their order, then any other
 * answer, sorted), per stage, the count and the share among those who answered, against the
 * target group's share.
 */
export function representationFunnel(input: {
  readonly stages: readonly FunnelStageInput[];
  readonly dimensions: readonly string[];
  readonly baseline: TargetBaseline | null;
}): RepresentationFunnel {
  const dimensions = input.dimensions.map((dimension): FunnelDimension => {
    const census = input.baseline?.counts[dimension] ?? {};
    const censusTotal = Object.values(census).reduce((a, b) => a + b, 0);
    const answered = new Set<string>();
    for (const s of input.stages)
      for (const p of s.people) {
        const c = categoryOf(p, dimension);
        if (c !== NO_DATA_CATEGORY && !Object.hasOwn(census, c)) answered.add(c);
      }
    const categories = [...Object.keys(census), ...[...answered].sort()];
    const perStage = input.stages.map((s) => {
      const counts = new Map<string, number>();
      for (const p of s.people) {
        const c = categoryOf(p, dimension);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      const noData = counts.get(NO_DATA_CATEGORY) ?? 0;
      return { stage: s.stage, counts, answered: s.people.length - noData, noData };
    });
    return {
      dimension,
      scope: censusTotal > 0 ? (input.baseline?.scope[dimension] ?? "area") : "none",
      categories: categories.map((category) => {
        const targetShare = censusTotal > 0 && Object.hasOwn(census, category) ? census[category]! / censusTotal : null;
        return {
          category,
          targetShare,
          stages: perStage.map((s) => {
            const count = s.counts.get(category) ?? 0;
            const share = s.answered > 0 ? count / s.answered : null;
            return {
              stage: s.stage,
              count,
              share,
              ratio: share !== null && targetShare !== null && targetShare > 0 ? share / targetShare : null,
            };
          }),
        };
      }),
      noData: perStage.map((s) => ({ stage: s.stage, count: s.noData, share: null, ratio: null })),
    };
  });
  return { stages: input.stages.map((s) => ({ stage: s.stage, total: s.people.length })), dimensions };
}

export interface SelectionReportRow {
  readonly dimension: string;
  readonly category: string;
  readonly quotaMin: number | null;
  readonly quotaMax: number | null;
  /** Percentage of the target group in the census (null: none). */
  readonly targetPercent: number | null;
  readonly poolCount: number;
  readonly poolPercent: number | null;
  readonly selectedCount: number;
  readonly selectedPercent: number | null;
}

const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/**
 * The selection report: per quota dimension and category (the quotas' categories, then the census
 * ones, then any other answer, then "(no data)"), the target group's share, the pool's and the
 * panel's — percentages of everyone in the pool / on the panel, one decimal.
 */
export function selectionReport(input: {
  readonly quotas: PanelQuotas;
  readonly pool: readonly Readonly<Record<string, string | null | undefined>>[];
  readonly selected: readonly Readonly<Record<string, string | null | undefined>>[];
  readonly baseline: TargetBaseline | null;
}): SelectionReportRow[] {
  const rows: SelectionReportRow[] = [];
  for (const dimension of Object.keys(input.quotas).sort()) {
    const quotas = input.quotas[dimension] ?? {};
    const census = input.baseline?.counts[dimension] ?? {};
    const censusTotal = Object.values(census).reduce((a, b) => a + b, 0);
    const seen = [...input.pool, ...input.selected].map((p) => categoryOf(p, dimension));
    const categories = [
      ...new Set([
        ...Object.keys(quotas).filter((c) => c !== NO_DATA_CATEGORY),
        ...Object.keys(census),
        ...seen.filter((c) => c !== NO_DATA_CATEGORY).sort(),
      ]),
    ];
    if (seen.includes(NO_DATA_CATEGORY) || Object.hasOwn(quotas, NO_DATA_CATEGORY)) categories.push(NO_DATA_CATEGORY);
    for (const category of categories) {
      const poolCount = input.pool.filter((p) => categoryOf(p, dimension) === category).length;
      const selectedCount = input.selected.filter((p) => categoryOf(p, dimension) === category).length;
      const q = quotas[category];
      rows.push({
        dimension,
        category,
        quotaMin: q?.min ?? null,
        quotaMax: q?.max ?? null,
        targetPercent: Object.hasOwn(census, category) ? percent(census[category]!, censusTotal) : null,
        poolCount,
        poolPercent: percent(poolCount, input.pool.length),
        selectedCount,
        selectedPercent: percent(selectedCount, input.selected.length),
      });
    }
  }
  return rows;
}
