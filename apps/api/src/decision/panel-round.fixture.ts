import type { DataSource } from "typeorm";
import type { Viewer } from "../graphql/context.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { ShortlistEntry } from "../bid/shortlist-entry.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

/**
 * Test fixture: a commissioning round already in `phase` with a published tender (one criterion,
 * 100 %), shortlisted bids with given amounts and each member's 0–5 scores. Used by the decision and
 * award specs to start where the journey test has already been.
 */
export async function panelRound(
  dataSource: DataSource,
  options: { phase: string; potMinor: number; bids: { title: string; amountMinor: number; scores: number[] }[] },
): Promise<{
  council: Council;
  round: Round;
  roundId: string;
  officer: Viewer;
  members: Viewer[];
  bidIds: string[];
  bids: Bid[];
}> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const council = await dataSource.getRepository(Council).save(
    Object.assign(new Council(), {
      slug: `c-${suffix}`,
      name: `Council ${suffix}`,
      onsCode: null,
      region: null,
      orgIdentifier: null,
    }),
  );
  const round = await dataSource.getRepository(Round).save(
    Object.assign(new Round(), {
      slug: `r-${suffix}`,
      councilKey: council.key,
      areaKey: null,
      title: "Youth service",
      description: "",
      kind: "commissioning",
      phase: options.phase,
      theme: "youth",
      targetGroup: null,
      potMinor: options.potMinor,
      currency: "GBP",
      compensationCurrency: null,
      ballotType: null,
      decisionMethod: "panel_scoring",
      allocationRule: null,
      allocationParams: null,
      year: 2024,
      opensOn: null,
      closesOn: null,
      panelSize: null,
      lotterySeed: null,
      ballotsChangeable: false,
      dataSource: null,
    }),
  );
  const tender = await dataSource.getRepository(Tender).save(
    Object.assign(new Tender(), {
      roundKey: round.key,
      title: "Spec",
      specification: "",
      ceilingMinor: options.potMinor,
      currency: "GBP",
      status: "published",
      publishedAt: new Date(),
      submissionDeadline: null,
    }),
  );
  const criterion = await dataSource.getRepository(Criterion).save(
    Object.assign(new Criterion(), {
      tenderKey: tender.key,
      name: "Quality",
      description: "",
      weightBasisPoints: 10_000,
      position: 0,
    }),
  );
  const provider = await dataSource.getRepository(Provider).save(
    Object.assign(new Provider(), {
      slug: `p-${suffix}`,
      name: "Provider",
      kind: "charity",
      identifierScheme: "GB-CHC",
      identifier: suffix,
      website: null,
    }),
  );
  const memberCount = Math.max(0, ...options.bids.map((b) => b.scores.length));
  const members: PanelMember[] = [];
  for (let i = 0; i < memberCount; i++)
    members.push(
      await dataSource.getRepository(PanelMember).save(
        Object.assign(new PanelMember(), {
          roundKey: round.key,
          pseudonym: `M${i + 1}`,
          role: "member",
          active: true,
        }),
      ),
    );
  const bids: Bid[] = [];
  for (const [i, b] of options.bids.entries()) {
    const bid = await dataSource.getRepository(Bid).save(
      Object.assign(new Bid(), {
        roundKey: round.key,
        providerKey: provider.key,
        externalId: `B${i + 1}`,
        title: b.title,
        summary: "",
        category: null,
        amountRequestedMinor: b.amountMinor,
        currency: "GBP",
        status: "shortlisted",
        extra: null,
      }),
    );
    bids.push(bid);
    await dataSource
      .getRepository(ShortlistEntry)
      .save(Object.assign(new ShortlistEntry(), { bidKey: bid.key, proposedByMemberKey: null, reason: "Good" }));
    for (const [m, score] of b.scores.entries()) {
      await dataSource.getRepository(InterviewScore).save(
        Object.assign(new InterviewScore(), {
          bidKey: bid.key,
          memberKey: members[m]!.key,
          criterionKey: criterion.key,
          score,
        }),
      );
    }
  }
  return {
    council,
    round,
    roundId: toGlobalId("Round", round.key),
    officer: { kind: "officer", userKey: 1, councilKey: council.key },
    members: members.map((m) => ({ kind: "panel_member", memberKey: m.key, roundKey: round.key })),
    bidIds: bids.map((b) => toGlobalId("Bid", b.key)),
    bids,
  };
}
