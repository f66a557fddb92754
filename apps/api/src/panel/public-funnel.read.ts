import type { DataSource } from "typeorm";
import { publicFunnel, type PublicFunnelPerson, type PublishedTable } from "@coproduce/domain";
import type { Round } from "../round/round.entity.js";
import { NO_DATA, ParticipationService } from "../analytics/participation.service.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { categoriesOf, DIMENSION_NAMES, inLotteryPool } from "./dimensions.js";
import { roundBaseline } from "./panel-membership.read.js";
import { memberStages } from "./funnel.read.js";
import { SuppressibleCount } from "./panel.types.js";
import {
  PublicFunnelCategory,
  PublicFunnelCell,
  PublicFunnelDimension,
  PublicFunnelStageTotal,
  PublicFunnelView,
  PublicVotedDimension,
  PublicVotedStage,
} from "./public-funnel.types.js";

/**
 * Everyone the public funnel counts, with their path (the domain's `PublicFunnelPerson`): the lottery
 * pool (the public "applied", `panel.applicants`) and the panel's active members (exactly the people
 * of the public panel make-up, members without an application as "no data"); each member's deepest
 * *cumulative* stage — confirmed (by an officer, or by signing in with the invitation code), then
 * present at a session, then a logged contribution, then an interview score.
 */
export async function publicFunnelPeople(ds: DataSource, roundKey: number): Promise<PublicFunnelPerson[]> {
  const [applicants, members] = await Promise.all([
    ds.getRepository(Applicant).find({ where: { roundKey }, order: { key: "ASC" } }),
    ds.getRepository(PanelMember).find({ where: { roundKey, role: "member", active: true }, order: { key: "ASC" } }),
  ]);
  const {
    confirmedKeys: confirmed,
    attended,
    spoke,
    scored,
  } = await memberStages(
    ds,
    roundKey,
    members.map((m) => m.key),
  );
  const byKey = new Map(applicants.map((a) => [a.key, a]));
  const levelOf = (m: PanelMember): number => {
    const passed = [
      confirmed.has(m.key) || m.invitationUsedAt !== null,
      attended.has(m.key),
      spoke.has(m.key),
      scored.has(m.key),
    ];
    const first = passed.indexOf(false);
    return 1 + (first === -1 ? passed.length : first);
  };
  const seated = new Map<number, PanelMember>();
  const out: PublicFunnelPerson[] = [];
  for (const m of members) {
    if (m.applicantKey !== null && byKey.has(m.applicantKey)) seated.set(m.applicantKey, m);
    else out.push({ applied: false, level: levelOf(m), categories: {} });
  }
  for (const a of applicants) {
    const m = seated.get(a.key);
    const applied = inLotteryPool(a);
    if (!applied && !m) continue;
    out.push({ applied, level: m ? levelOf(m) : 0, categories: categoriesOf(a) });
  }
  return out;
}

const count = (value: number | null, display: string, suppressed: boolean): SuppressibleCount =>
  Object.assign(new SuppressibleCount(), { value, display, suppressed });

/**
 * "Who was reached", for everyone (`Round.publicFunnel`): the domain's `publicFunnel` over
 * `publicFunnelPeople`, its "on the panel" stage falling back on the round's published panel
 * make-up (`ParticipationService.roundPanelTables`, the same table `panel` and `participation`
 * show); the PB "voted" stage is the round's published voter make-up, as it is. See
 * docs/adr/0005-suppression-method.md, decision 6. Officers keep the exact `representationFunnel`.
 */
export async function publicFunnelOf(ds: DataSource, round: Round): Promise<PublicFunnelView | null> {
  const participation = new ParticipationService(ds);
  const [people, made, { baseline, source }] = await Promise.all([
    publicFunnelPeople(ds, round.key),
    participation.roundPanelTables(round.key, false),
    roundBaseline(ds, round),
  ]);
  // A round decided by residents' ballots (PB, or any round that voted): its published voter make-up.
  const voters = await participation.roundVoterTables(round.key);
  if (people.length === 0 && round.panelSize === null && voters.total === 0) return null;

  const keys: Record<string, string[]> = {};
  const madeUp: Record<string, PublishedTable | undefined> = {};
  for (const dimension of DIMENSION_NAMES) {
    const published = made.dimensions.find((d) => d.dimension === dimension);
    const answers = people.map((p) => p.categories[dimension]).filter((c): c is string => !!c && c !== NO_DATA);
    keys[dimension] = [
      ...[...new Set([...(published?.categories.map((c) => c.category) ?? []), ...answers])].sort(),
      NO_DATA,
    ];
    madeUp[dimension] = made.tables.get(dimension);
  }
  const funnel = publicFunnel({ people, dimensions: DIMENSION_NAMES, keys, madeUp, baseline, noDataKey: NO_DATA });
  const applied = funnel.stages[0]!.total ?? 0;
  const cats = (categories: (typeof funnel.dimensions)[number]["categories"]) =>
    categories.map((c) =>
      Object.assign(new PublicFunnelCategory(), {
        category: c.category,
        targetShare: c.targetShare,
        stages: c.stages.map((s) =>
          Object.assign(new PublicFunnelCell(), {
            stage: s.stage,
            count: count(s.value, s.display, s.suppressed),
            share: s.share,
            ratio: s.ratio,
          }),
        ),
      }),
    );
  return Object.assign(new PublicFunnelView(), {
    targetGroup: round.targetGroup,
    ageFrom: baseline?.ageRange?.from ?? null,
    ageTo: baseline?.ageRange?.to ?? null,
    baselineSource: source,
    invited: round.invitationsSent,
    responseRate: round.invitationsSent ? applied / round.invitationsSent : null,
    stages: funnel.stages.map((s) =>
      Object.assign(new PublicFunnelStageTotal(), { stage: s.stage, total: count(s.total, s.display, s.suppressed) }),
    ),
    dimensions: funnel.dimensions.map((d) =>
      Object.assign(new PublicFunnelDimension(), {
        dimension: d.dimension,
        scope: d.scope,
        publishedThrough: d.publishedThrough,
        categories: cats(d.categories),
      }),
    ),
    voted: voters.total > 0 ? votedStage(voters, baseline) : null,
  });
}

/** The voter make-up exactly as `participation(round:)` publishes it, with the target group's shares beside it. */
function votedStage(
  voters: Awaited<ReturnType<ParticipationService["roundVoterTables"]>>,
  baseline: Awaited<ReturnType<typeof roundBaseline>>["baseline"],
): PublicVotedStage {
  return Object.assign(new PublicVotedStage(), {
    total: voters.total,
    dimensions: voters.dimensions.map((d) => {
      const census = baseline?.counts[d.dimension] ?? {};
      const censusTotal = Object.values(census).reduce((a, b) => a + b, 0);
      const target = (c: string) => (censusTotal > 0 && Object.hasOwn(census, c) ? census[c]! / censusTotal : null);
      const row = (
        category: string,
        cell: { count: number | null; display: string; suppressed: boolean },
        share: number | null,
      ) => {
        const t = category === NO_DATA ? null : target(category);
        return Object.assign(new PublicFunnelCategory(), {
          category,
          targetShare: t,
          stages: [
            Object.assign(new PublicFunnelCell(), {
              stage: "voted",
              count: count(cell.count, cell.display, cell.suppressed),
              share,
              ratio: share !== null && t !== null && t > 0 ? share / t : null,
            }),
          ],
        });
      };
      return Object.assign(new PublicVotedDimension(), {
        dimension: d.dimension,
        categories: [...d.categories.map((c) => row(c.category, c.count, c.share)), row(NO_DATA, d.noData, null)],
      });
    }),
  });
}
