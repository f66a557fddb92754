import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { Money } from "../graphql/money.type.js";
import { payCurrency, Round } from "../round/round.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { memberPay } from "./panel.read.js";
import { requirePanelMemberOf, requireSignedIn, forbidden } from "../auth/guards.js";
import { Bid } from "../bid/bid.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { Int } from "type-graphql";
import { isActionAllowed, type Phase } from "@coproduce/domain";

@ObjectType({ description: "One of the member's sessions and whether they were marked present." })
export class MySession {
  @Field(() => PanelSession) session: PanelSession;
  @Field(() => Boolean, {
    nullable: true,
    description: "Marked present (true), absent (false), or not recorded yet (null).",
  })
  present: boolean | null;
}

@ObjectType({ description: "The member's score of one bid on one criterion." })
export class MyCriterionScore {
  @Field(() => Criterion) criterion: Criterion;
  @Field(() => Int, { description: "0 to 5." }) score: number;
}

@ObjectType({ description: "The scores the member submitted for one bid." })
export class MyBidScores {
  @Field(() => Bid) bid: Bid;
  @Field(() => [MyCriterionScore]) scores: MyCriterionScore[];
}

@ObjectType({
  description:
    "What a panel member sees of their own place on the panel: their round, their sessions, their pay. Nobody else's.",
})
export class MyPanel {
  @Field() pseudonym: string;
  @Field({ description: "The language the member reads (en or cy): what the council sends them is written in it." })
  language: string;
  @Field(() => Round) round: Round;
  @Field(() => [MySession], { description: "The round's sessions, by date, with the member's attendance." })
  sessions: MySession[];
  @Field(() => Money, {
    description: "Pay owed for the sessions attended, in the round's compensation currency (e.g. B£).",
  })
  owed: Money;
  @Field(() => Money, { description: "Pay already received." }) paid: Money;
  @Field(() => Money, { description: "Owed minus paid." }) outstanding: Money;
  @Field(() => MySession, {
    nullable: true,
    description: "The next session from today (null when none is planned).",
  })
  nextSession: MySession | null;
  @Field(() => [MyBidScores], { description: "The scores the member has submitted, bid by bid." })
  scores: MyBidScores[];
  @Field({ description: "True while scores can still be changed (the round is interviewing)." })
  canChangeScores: boolean;
  @Field(() => [Payment], { description: "Payments the member has received, by date." })
  payments: Payment[];
}

/** Panel members (signed in with their invitation code) see their own round, sessions and pay. */
@Resolver()
export class MyPanelResolver {
  @Query(() => MyPanel, {
    description: "Panel members: your round, your sessions and attendance, and your pay. FORBIDDEN for anyone else.",
  })
  async myPanel(@Ctx() ctx: GraphQLContext): Promise<MyPanel> {
    requireSignedIn(ctx.viewer);
    if (ctx.viewer.kind !== "panel_member" || ctx.viewer.roundKey === undefined) throw forbidden();
    const memberKey = requirePanelMemberOf(ctx, ctx.viewer.roundKey);
    const ds = ctx.dataSource;
    const member = await ds.getRepository(PanelMember).findOneByOrFail({ key: memberKey });
    const round = await ds.getRepository(Round).findOneByOrFail({ key: member.roundKey });
    const sessions = await ds
      .getRepository(PanelSession)
      .find({ where: { roundKey: round.key }, order: { date: "ASC", key: "ASC" } });
    const attendance =
      sessions.length === 0
        ? []
        : await ds.getRepository(Attendance).findBy({ memberKey, sessionKey: In(sessions.map((s) => s.key)) });
    const presentBySession = new Map(attendance.map((a) => [a.sessionKey, a.present]));
    const currency = payCurrency(round);
    const { owed, paid } = await memberPay(ds, memberKey, currency);
    const mySessions = sessions.map((session) =>
      Object.assign(new MySession(), { session, present: presentBySession.get(session.key) ?? null }),
    );
    const today = new Date().toISOString().slice(0, 10);
    const myScores = await ds.getRepository(InterviewScore).find({ where: { memberKey }, order: { key: "ASC" } });
    const bidKeys = [...new Set(myScores.map((x) => x.bidKey))];
    const bids = bidKeys.length === 0 ? [] : await ds.getRepository(Bid).findBy({ key: In(bidKeys) });
    const criteria =
      myScores.length === 0
        ? []
        : await ds.getRepository(Criterion).findBy({ key: In([...new Set(myScores.map((x) => x.criterionKey))]) });
    const criterionByKey = new Map(criteria.map((c) => [c.key, c]));
    const scores = bids
      .sort((a, b) => a.key - b.key)
      .map((bid) =>
        Object.assign(new MyBidScores(), {
          bid,
          scores: myScores
            .filter((x) => x.bidKey === bid.key && criterionByKey.has(x.criterionKey))
            .map((x) =>
              Object.assign(new MyCriterionScore(), { criterion: criterionByKey.get(x.criterionKey)!, score: x.score }),
            ),
        }),
      );
    const payments = await ds
      .getRepository(Payment)
      .find({ where: { memberKey }, order: { paidOn: "ASC", key: "ASC" } });
    return Object.assign(new MyPanel(), {
      pseudonym: member.pseudonym,
      language: member.language,
      round,
      sessions: mySessions,
      nextSession: mySessions.find((s) => s.session.date >= today) ?? null,
      scores,
      canChangeScores: isActionAllowed("interviewScoreSubmit", round.phase as Phase),
      payments,
      owed: Money.of(owed, currency),
      paid: Money.of(paid, currency),
      outstanding: Money.of(owed - paid, currency),
    });
  }
}
