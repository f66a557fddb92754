import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { IsNull, Not } from "typeorm";
import { Round } from "../round/round.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { isOfficerOf, requireOfficerOf } from "../auth/guards.js";
import { SuppressedCount } from "../analytics/analytics.types.js";
import { suppressTable, type CellOut } from "../analytics/suppression.js";
import type { GraphQLContext } from "../graphql/context.js";
import { PaperBallotStatus } from "./ballot.resolver.js";
import { paperBallotsOf, participationByChannel } from "./ballot.read.js";

@ObjectType({
  description:
    "A paper ballot as its double entry stands (officers of the council): its serial and who entered it, never what was read.",
})
class PaperBallot {
  @Field({ description: "The serial number printed on the paper." }) serial: string;
  @Field(() => PaperBallotStatus) status: PaperBallotStatus;
  @Field(() => Int, { description: "How many officers have entered it." }) entries: number;
  @Field(() => [String], { description: "The officers who entered it (display names), first entry first." })
  enteredBy: string[];
}

@ObjectType({
  description:
    "How the round's voters voted: online (with a voter code, on a phone, a computer or a kiosk, and panel members) or on paper. Public counts are suppressed where small.",
})
class BallotChannels {
  @Field(() => Int, { description: "Everyone who voted." }) total: number;
  @Field(() => SuppressedCount, { description: "Online ballots (voter codes, kiosks, panel members)." })
  online: SuppressedCount;
  @Field(() => SuppressedCount, { description: "Paper ballots entered by officers (counted once two agreed)." })
  paper: SuppressedCount;
}

const countOf = (c: CellOut): SuppressedCount =>
  Object.assign(new SuppressedCount(), { value: c.count, display: c.display, suppressed: c.suppressed });

const STATUS: Record<string, PaperBallotStatus> = {
  pending: PaperBallotStatus.PENDING,
  mismatch: PaperBallotStatus.MISMATCH,
  counted: PaperBallotStatus.COUNTED,
};

/** The officer's voting desk (paper ballots) and the public "who voted" channels of a PB round. */
@Resolver(() => Round)
export class VotingDeskResolver {
  @FieldResolver(() => [PaperBallot], {
    description:
      "Officers of the council: the round's paper ballots by serial, as their double entry stands (counted, waiting for a second entry, or MISMATCH), first entered first.",
  })
  async paperBallots(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<PaperBallot[]> {
    requireOfficerOf(ctx, round.councilKey);
    const rows = await paperBallotsOf(ctx, round.key);
    const names = new Map<number, string>();
    for (const key of new Set(rows.flatMap((r) => r.officerUserKeys))) {
      const account = await ctx.loaders.one(UserAccount).load(key);
      names.set(key, account?.displayName ?? `#${key}`);
    }
    return rows.map((r) =>
      Object.assign(new PaperBallot(), {
        serial: r.serial,
        status: STATUS[r.status] ?? PaperBallotStatus.PENDING,
        entries: r.entries,
        enteredBy: r.officerUserKeys.map((k) => names.get(k) ?? `#${k}`),
      }),
    );
  }

  @FieldResolver(() => BallotChannels, {
    nullable: true,
    description:
      'Online and paper ballots. Public once voting has closed (the decision is taken), suppressed where small (1–4 "<5", the other "[c]"); officers of the council see exact figures at any time. Null while voting is open (to the public) and for rounds without in-app ballots.',
  })
  async ballotChannels(@Root() round: Round, @Ctx() ctx: GraphQLContext): Promise<BallotChannels | null> {
    if (round.decisionMethod !== "voting") return null;
    const exact = isOfficerOf(ctx, round.councilKey);
    if (!exact) {
      const decided = await ctx.dataSource
        .getRepository(Decision)
        .exists({ where: { roundKey: round.key, decidedAt: Not(IsNull()) } });
      if (!decided) return null;
    }
    const { code, paper, member } = await participationByChannel(ctx, round.key);
    const total = code + paper + member;
    if (total === 0) return null;
    const online = code + member;
    if (exact)
      return Object.assign(new BallotChannels(), {
        total,
        online: countOf({ key: "online", count: online, display: String(online), suppressed: false }),
        paper: countOf({ key: "paper", count: paper, display: String(paper), suppressed: false }),
      });
    const table = suppressTable(
      [
        { key: "online", count: online },
        { key: "paper", count: paper },
      ],
      total,
    );
    return Object.assign(new BallotChannels(), {
      total,
      online: countOf(table.cells[0]!),
      paper: countOf(table.cells[1]!),
    });
  }
}
