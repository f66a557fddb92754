import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { Money } from "../graphql/money.type.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { memberPay } from "./panel.read.js";
import { requirePanelMemberOf, requireSignedIn, forbidden } from "../auth/guards.js";

@ObjectType({ description: "One of the member's sessions and whether they were marked present." })
export class MySession {
  @Field(() => PanelSession) session: PanelSession;
  @Field(() => Boolean, {
    nullable: true,
    description: "Marked present (true), absent (false), or not recorded yet (null).",
  })
  present: boolean | null;
}

@ObjectType({
  description:
    "What a panel member sees of their own place on the panel: their round, their sessions, their pay. Nobody else's.",
})
export class MyPanel {
  @Field() pseudonym: string;
  @Field(() => Round) round: Round;
  @Field(() => [MySession], { description: "The round's sessions, by date, with the member's attendance." })
  sessions: MySession[];
  @Field(() => Money, {
    description: "Pay owed for the sessions attended, in the round's compensation currency (e.g. B£).",
  })
  owed: Money;
  @Field(() => Money, { description: "Pay already received." }) paid: Money;
  @Field(() => Money, { description: "Owed minus paid." }) outstanding: Money;
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
    const currency = round.compensationCurrency ?? round.currency;
    const { owed, paid } = await memberPay(ds, memberKey, currency);
    return Object.assign(new MyPanel(), {
      pseudonym: member.pseudonym,
      round,
      sessions: sessions.map((session) =>
        Object.assign(new MySession(), { session, present: presentBySession.get(session.key) ?? null }),
      ),
      owed: Money.of(owed, currency),
      paid: Money.of(paid, currency),
      outstanding: Money.of(owed - paid, currency),
    });
  }
}
