import { bigintOf, exactSum, run, sqlFor, type Db } from "../db/sql.js";
import {
  LOTTERY_ALGORITHM,
  LOTTERY_VERSION,
  parseCommitmentJson,
  probabilitySpread,
  publicFunnelDepth,
  suppressTable,
  type PublicFunnelPerson,
} from "@coproduce/domain";
import { NO_DATA, ParticipationService } from "../analytics/participation.service.js";
import { PanelDraw } from "./panel-draw.entity.js";
import type { GraphQLContext } from "../graphql/context.js";
import type { Round } from "../round/round.entity.js";
import { isOfficerOf } from "../auth/guards.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { categoriesOf, inLotteryPool, isDimension } from "./dimensions.js";
import { publicFunnelPeople } from "./public-funnel.read.js";
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

const withheld = (): SuppressibleCount =>
  Object.assign(new SuppressibleCount(), { value: null, display: "[c]", suppressed: true });

async function applicantPool(ctx: GraphQLContext, roundKey: number): Promise<Applicant[]> {
  return (await ctx.loaders.many(Applicant, "roundKey", { key: "ASC" }).load(roundKey)).filter(inLotteryPool);
}

/**
 * The round's panel. Its make-up is the round's published table per dimension — the same one
 * `participation(round:)` shows, and the part every council-wide grouping is built from
 * (ParticipationService, docs/adr/0005-suppression-method.md) — so no two views of it differ.
 * The quotas' "selected" column reads that table; the applicant pool's counts per category are
 * public only for a dimension where neither the pool's table nor the panel's hides a cell (the panel
 * is part of the pool: pool counts beside a hidden panel cell would bound it) and no category's
 * applicants not on the panel number 1–4 (pool − panel would show them: the public funnel's rule,
 * `publicFunnelDepth` ≥ 1, docs/adr/0005-suppression-method.md decision 6). Officers of the
 * council see every count.
 */
export async function panelSummary(ctx: GraphQLContext, round: Round): Promise<PanelSummary> {
  const privileged = isOfficerOf(ctx, round.councilKey);
  const [pool, members, quotas, published] = await Promise.all([
    applicantPool(ctx, round.key),
    ctx.loaders.many(PanelMember, "roundKey", { key: "ASC" }).load(round.key),
    ctx.loaders.many(Quota, "roundKey", { key: "ASC" }).load(round.key),
    new ParticipationService(ctx.dataSource).roundPanelTables(round.key, privileged),
  ]);
  const active = members.filter((m) => m.active);
  let people: PublicFunnelPerson[] | null = null;
  const cellOf = (dimension: string, category: string): SuppressibleCount => {
    const d = published.dimensions.find((x) => x.dimension === dimension);
    const c = category === NO_DATA ? d?.noData : d?.categories.find((x) => x.category === category)?.count;
    if (!c) return count(0);
    return Object.assign(new SuppressibleCount(), { value: c.count, display: c.display, suppressed: c.suppressed });
  };

  // Quotas: target range vs pool vs selected.
  const quotaRows: QuotaSummary[] = [];
  for (const dimension of [...new Set(quotas.map((q) => q.dimension))]) {
    const qs = quotas.filter((q) => q.dimension === dimension);
    const poolCounts = new Map<string, number>();
    for (const a of pool) {
      const c = categoriesOf(a)[dimension] ?? NO_DATA;
      poolCounts.set(c, (poolCounts.get(c) ?? 0) + 1);
    }
    const poolTable = suppressTable(
      [...poolCounts.keys()].sort().map((key) => ({ key, count: poolCounts.get(key) ?? 0 })),
      { total: pool.length },
    );
    const panelHides = published.tables.get(dimension)?.cells.some((c) => c.suppressed) ?? false;
    let poolShown = privileged || (!panelHides && !poolTable.cells.some((c) => c.suppressed));
    if (poolShown && !privileged) {
      people ??= await publicFunnelPeople(ctx.dataSource, round.key);
      poolShown = publicFunnelDepth(people, dimension) >= 1;
    }
    for (const q of qs) {
      quotaRows.push(
        Object.assign(new QuotaSummary(), {
          dimension,
          category: q.category,
          min: q.min,
          max: q.max,
          applicants: poolShown ? count(poolCounts.get(q.category) ?? 0) : withheld(),
          selected: isDimension(dimension) ? cellOf(dimension, q.category) : withheld(),
        }),
      );
    }
  }

  // Representativeness vs the area's census baseline: the published table's figures.
  const representativeness: DimensionRepresentation[] =
    active.length === 0
      ? []
      : published.dimensions
          .filter((d) => d.categories.some((c) => c.populationCount > 0))
          .map((d) =>
            Object.assign(new DimensionRepresentation(), {
              dimension: d.dimension,
              similarity: d.similarity,
              noData: cellOf(d.dimension, NO_DATA),
              categories: d.categories.map((c) =>
                Object.assign(new CategoryRepresentation(), {
                  category: c.category,
                  populationShare: c.populationShare ?? 0,
                  panelCount: cellOf(d.dimension, c.category),
                  panelShare: c.share,
                  ratio: c.ratio,
                  inBaseline: c.populationCount > 0,
                }),
              ),
            }),
          );
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
  // The committed algorithm (maximin or leximin); a round not yet committed shows the default.
  const draw = await ctx.dataSource.getRepository(PanelDraw).findOneBy({ roundKey: round.key });
  return Object.assign(new LotteryInfo(), {
    seed: round.lotterySeed,
    algorithm: draw ? `${parseCommitmentJson(draw.commitmentJson).algorithm}-${LOTTERY_VERSION}` : LOTTERY_ALGORITHM,
    drawn,
    probabilities: {
      applicants: pool.length,
      min: probs.length > 0 ? Math.min(...probs) : null,
      max: probs.length > 0 ? Math.max(...probs) : null,
      mean: probs.length > 0 ? probs.reduce((a, b) => a + b, 0) / probs.length : null,
      median: probabilitySpread(probs)?.median ?? null,
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

/** A member's pay owed (compensation entries) and paid (payments) in one currency, summed exactly. */
export async function memberPay(db: Db, memberKey: number, currency: string): Promise<{ owed: bigint; paid: bigint }> {
  const k = sqlFor(db);
  const [owed, paid] = await Promise.all([
    run(
      db,
      k
        .selectFrom("compensation_entry as x")
        .select((eb) => exactSum(db, eb.ref("x.amountMinor")).as("total"))
        .where("x.memberKey", "=", memberKey)
        .where("x.currency", "=", currency),
    ),
    run(
      db,
      k
        .selectFrom("payment as x")
        .select((eb) => exactSum(db, eb.ref("x.amountMinor")).as("total"))
        .where("x.memberKey", "=", memberKey)
        .where("x.currency", "=", currency),
    ),
  ]);
  return { owed: bigintOf(owed[0]?.total), paid: bigintOf(paid[0]?.total) };
}
