import { In, type DataSource } from "typeorm";
import { invitationResponse, representationFunnel, type FunnelStageInput } from "@coproduce/domain";
import type { Round } from "../round/round.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { Contribution } from "../session/contribution.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelMemberStatus } from "./panel-selection.entity.js";
import { categoriesOf, DIMENSION_NAMES } from "./dimensions.js";
import { roundBaseline } from "./panel-membership.read.js";
import {
  FunnelCategoryView,
  FunnelCellView,
  FunnelDimensionView,
  FunnelInvitedView,
  FunnelStageTotal,
  RepresentationFunnelView,
} from "./panel-membership.types.js";

/**
 * "Who was reached" for one round (officers of the council only): everyone who applied; those who
 * were given a seat (drawn or as a replacement); those who accepted it (confirmed by an officer, or
 * signed in with their invitation code); those present at one session at least; those with a logged
 * contribution; those who submitted an interview score. Each per category of the census dimensions,
 * against the round's target group in the area's census (the domain's `representationFunnel`).
 *
 * Before "applied", when the officer recorded how many invitation letters were sent: invited and
 * the response rate (totals only — who was invited is not known).
 *
 * Exact counts: the council's officers see exact figures of their own rounds
 * (docs/adr/0005-suppression-method.md, decision 1), as on the panel's make-up. This exact funnel is
 * not published: its nested stages could be differenced to reveal a suppressed panel cell. The
 * public one is `publicFunnelOf` (public-funnel.read.ts, ADR 0005 decision 6): cumulative stages,
 * a dimension's categories published only through the deepest stage where no category–path group
 * has 1–4 people.
 */
/** Which of a round's members reached each stage after selection (the funnel's member stages). */
export interface MemberStages {
  /** Confirmed by an officer (members who signed in with their code count as confirmed too: the caller's rule). */
  readonly confirmedKeys: ReadonlySet<number>;
  /** Present at a session at least once. */
  readonly attended: ReadonlySet<number>;
  /** With a logged contribution above zero. */
  readonly spoke: ReadonlySet<number>;
  /** With an interview score submitted (among `memberKeys`). */
  readonly scored: ReadonlySet<number>;
}

/**
 * The member stages of a round in four statements (statuses, sessions; then attendance,
 * contributions and the listed members' scores) — shared by the officers' exact funnel and the
 * public one, so both count a stage the same way.
 */
export async function memberStages(ds: DataSource, roundKey: number, memberKeys: number[]): Promise<MemberStages> {
  const [statuses, sessions] = await Promise.all([
    ds.getRepository(PanelMemberStatus).findBy({ roundKey }),
    ds.getRepository(PanelSession).findBy({ roundKey }),
  ]);
  const sessionKeys = sessions.map((s) => s.key);
  const [attendance, contributions, scores] = await Promise.all([
    sessionKeys.length === 0 ? [] : ds.getRepository(Attendance).findBy({ sessionKey: In(sessionKeys), present: true }),
    sessionKeys.length === 0 ? [] : ds.getRepository(Contribution).findBy({ sessionKey: In(sessionKeys) }),
    memberKeys.length === 0
      ? []
      : ds.getRepository(InterviewScore).find({ select: { memberKey: true }, where: { memberKey: In(memberKeys) } }),
  ]);
  return {
    confirmedKeys: new Set(statuses.filter((s) => s.confirmedAt !== null).map((s) => s.memberKey)),
    attended: new Set(attendance.map((a) => a.memberKey)),
    spoke: new Set(contributions.filter((c) => c.amount > 0).map((c) => c.memberKey)),
    scored: new Set(scores.map((s) => s.memberKey)),
  };
}

export async function representationFunnelOf(ds: DataSource, round: Round): Promise<RepresentationFunnelView> {
  const [applicants, members, { baseline, source }] = await Promise.all([
    ds.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
    ds.getRepository(PanelMember).find({ where: { roundKey: round.key, role: "member" }, order: { key: "ASC" } }),
    roundBaseline(ds, round),
  ]);
  const seated = members.filter((m) => m.applicantKey !== null);
  const byKey = new Map(applicants.map((a) => [a.key, a]));
  const { confirmedKeys, attended, spoke, scored } = await memberStages(
    ds,
    round.key,
    seated.map((m) => m.key),
  );
  const people = (ms: PanelMember[]) => ms.map((m) => categoriesOf(byKey.get(m.applicantKey!)!));
  const stages: FunnelStageInput[] = [
    { stage: "applied", people: applicants.map(categoriesOf) },
    { stage: "selected", people: people(seated) },
    {
      stage: "confirmed",
      people: people(seated.filter((m) => confirmedKeys.has(m.key) || m.invitationUsedAt !== null)),
    },
    { stage: "attended", people: people(seated.filter((m) => attended.has(m.key))) },
    { stage: "spoke", people: people(seated.filter((m) => spoke.has(m.key))) },
    { stage: "scored", people: people(seated.filter((m) => scored.has(m.key))) },
  ];
  const funnel = representationFunnel({ stages, dimensions: DIMENSION_NAMES, baseline });
  const cell = (c: { stage: string; count: number; share: number | null; ratio: number | null }) =>
    Object.assign(new FunnelCellView(), c);
  return Object.assign(new RepresentationFunnelView(), {
    targetGroup: round.targetGroup,
    ageFrom: baseline?.ageRange?.from ?? null,
    ageTo: baseline?.ageRange?.to ?? null,
    baselineSource: source,
    invited: invitedView(round.invitationsSent, applicants.length),
    stages: funnel.stages.map((s) => Object.assign(new FunnelStageTotal(), s)),
    dimensions: funnel.dimensions.map((d) =>
      Object.assign(new FunnelDimensionView(), {
        dimension: d.dimension,
        scope: d.scope,
        noData: d.noData.map(cell),
        categories: d.categories.map((c) =>
          Object.assign(new FunnelCategoryView(), {
            category: c.category,
            targetShare: c.targetShare,
            stages: c.stages.map(cell),
          }),
        ),
      }),
    ),
  });
}

function invitedView(invitationsSent: number | null, applied: number): FunnelInvitedView | null {
  const r = invitationResponse(invitationsSent, applied);
  return r && Object.assign(new FunnelInvitedView(), r);
}
