import { LOTTERY_ALGORITHM, panelRepresentativeness, suppressGroup, type DimensionBaseline } from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import type { Round } from "../round/round.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { isOfficerOf } from "../auth/guards.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { categoriesOf, DIMENSION_NAMES } from "./dimensions.js";
import {
  ApplicantSelection,
  CategoryRepresentation,
  DimensionRepresentation,
  LotteryInfo,
  PanelSummary,
  QuotaSummary,
  SuppressibleCount,
} from "./panel.types.js";

function count(value: number): SuppressibleCount {
  return Object.assign(new SuppressibleCount(), { value, display: String(value), suppressed: false });
}

/**
 * Counts of one group (a dimension's categories) as shown to this viewer: officers of the council
 * see them all; everyone else sees small counts suppressed ("<5") and complementary cells hidden
 * ("[c]") so they cannot be derived from the total (domain suppressGroup).
 */
function shownCounts(
  privileged: boolean,
  cells: { key: string; count: number }[],
  total: number,
): Map<string, SuppressibleCount> {
  if (privileged) return new Map(cells.map((c) => [c.key, count(c.count)]));
  const group = suppressGroup(cells, { total });
  return new Map(
    group.cells.map((c) => [
      c.key,
      Object.assign(new SuppressibleCount(), { value: c.value, display: c.display, suppressed: c.suppressed }),
    ]),
  );
}

async function applicantPool(ctx: GraphQLContext, roundKey: number): Promise<Applicant[]> {
  return (await ctx.loaders.many(Applicant, "roundKey", { key: "ASC" }).load(roundKey)).filter(
    (a) => a.eligible && a.consentAt !== null && a.status !== "withdrawn",
  );
}

export async function panelSummary(ctx: GraphQLContext, round: Round): Promise<PanelSummary> {
  const privileged = isOfficerOf(ctx, round.councilKey);
  const [pool, members, quotas, baselineRows] = await Promise.all([
    applicantPool(ctx, round.key),
    ctx.loaders.many(PanelMember, "roundKey", { key: "ASC" }).load(round.key),
    ctx.loaders.many(Quota, "roundKey", { key: "ASC" }).load(round.key),
    round.areaKey === null ? Promise.resolve([]) : ctx.loaders.many(PopulationBaseline, "areaKey").load(round.areaKey),
  ]);
  const applicantByKey = new Map(pool.map((a) => [a.key, a]));
  const active = members.filter((m) => m.active);
  const memberAnswers = active.map((m) =>
    m.applicantKey !== null && applicantByKey.has(m.applicantKey)
      ? categoriesOf(applicantByKey.get(m.applicantKey)!)
      : {},
  );

  // Quotas: target range vs pool vs selected, suppressed per dimension.
  const quotaRows: QuotaSummary[] = [];
  for (const dimension of [...new Set(quotas.map((q) => q.dimension))]) {
    const qs = quotas.filter((q) => q.dimension === dimension);
    const poolCells = qs.map((q) => ({
      key: q.category,
      count: pool.filter((a) => categoriesOf(a)[dimension] === q.category).length,
    }));
    const selCells = qs.map((q) => ({
      key: q.category,
      count: memberAnswers.filter((m) => m[dimension] === q.category).length,
    }));
    const poolShown = shownCounts(privileged, poolCells, pool.length);
    const selShown = shownCounts(privileged, selCells, active.length);
    for (const q of qs) {
      quotaRows.push(
        Object.assign(new QuotaSummary(), {
          dimension,
          category: q.category,
          min: q.min,
          max: q.max,
          applicants: poolShown.get(q.category)!,
          selected: selShown.get(q.category)!,
        }),
      );
    }
  }

  // Representativeness vs the area's census baseline (domain), suppressed per dimension.
  const baseline: Record<string, DimensionBaseline> = {};
  for (const d of DIMENSION_NAMES) {
    const rows = baselineRows.filter((r) => r.dimension === d);
    if (rows.length > 0) baseline[d] = { counts: Object.fromEntries(rows.map((r) => [r.category, r.count])) };
  }
  const representativeness: DimensionRepresentation[] = [];
  if (active.length > 0) {
    for (const [dimension, rep] of Object.entries(panelRepresentativeness(baseline, memberAnswers))) {
      const cells = [
        ...rep.categories.map((c) => ({ key: c.category, count: c.panelCount })),
        { key: "\u0000noData", count: rep.noData },
      ];
      const shown = shownCounts(privileged, cells, active.length);
      const anySuppressed = [...shown.values()].some((c) => c.suppressed);
      representativeness.push(
        Object.assign(new DimensionRepresentation(), {
          dimension,
          similarity: rep.similarity,
          noData: shown.get("\u0000noData")!,
          categories: rep.categories.map((c) => {
            const panelCount = shown.get(c.category)!;
            return Object.assign(new CategoryRepresentation(), {
              category: c.category,
              populationShare: c.populationShare,
              panelCount,
              panelShare: panelCount.suppressed ? null : c.panelShare,
              ratio: panelCount.suppressed ? null : c.ratio,
              inBaseline: c.inBaseline,
            });
          }),
        }),
      );
      // The similarity is an aggregate over all categories; with suppressed cells it is still published
      // (it cannot be inverted to a single count), rounded to 2 decimals for non-officers.
      const last = representativeness[representativeness.length - 1]!;
      if (!privileged && anySuppressed && last.similarity !== null)
        last.similarity = Math.round(last.similarity * 100) / 100;
    }
  }
  return Object.assign(new PanelSummary(), {
    targetSize: round.panelSize,
    size: active.length,
    applicants: pool.length,
    quotas: quotaRows,
    representativeness,
    members: active,
  });
}

export async function lotteryInfo(ctx: GraphQLContext, round: Round): Promise<LotteryInfo> {
  const pool = await applicantPool(ctx, round.key);
  const probs = pool.map((a) => a.selectionProbability).filter((p): p is number => p !== null);
  const drawn = pool.some((a) => a.status === "selected");
  return Object.assign(new LotteryInfo(), {
    seed: round.lotterySeed,
    algorithm: LOTTERY_ALGORITHM,
    drawn,
    probabilities: {
      applicants: pool.length,
      min: probs.length > 0 ? Math.min(...probs) : null,
      max: probs.length > 0 ? Math.max(...probs) : null,
      mean: probs.length > 0 ? probs.reduce((a, b) => a + b, 0) / probs.length : null,
    },
    selections: isOfficerOf(ctx, round.councilKey)
      ? pool.map((a) =>
          Object.assign(new ApplicantSelection(), {
            applicant: a,
            probability: a.selectionProbability,
            selected: a.status === "selected",
          }),
        )
      : null,
  });
}
