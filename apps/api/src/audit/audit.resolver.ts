import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { Connection, OrderDirection, PageArgs, paginate } from "../graphql/connection.js";
import { decodeIdOf } from "../graphql/ids.js";
import { requireOfficerOf } from "../auth/guards.js";
import { loadRound } from "../round/round.read.js";
import { AuditLogEntry } from "./audit-log.entity.js";
import { Round } from "../round/round.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";

export const AuditLogConnection = Connection(AuditLogEntry, "AuditLogEntry");

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "A round's entries." }) round?: string;
  @Field(() => ID, { nullable: true, description: "All entries of a council." }) council?: string;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogConnection, {
    description: "The audit log of a round or a council, newest first. Officers of that council only.",
  })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: GraphQLContext) {
    if ((args.round === undefined) === (args.council === undefined))
      throw new GraphQLError("Give exactly one of `round` or `council`", { extensions: { code: "BAD_USER_INPUT" } });
    const qb = ctx.dataSource.getRepository(AuditLogEntry).createQueryBuilder("audit");
    if (args.round !== undefined) {
      const round = await loadRound(ctx, args.round, "round");
      requireOfficerOf(ctx, round.councilKey);
      qb.where("audit.roundKey = :roundKey", { roundKey: round.key });
    } else {
      const councilKey = decodeIdOf("Council", args.council!, "council");
      requireOfficerOf(ctx, councilKey);
      qb.where("audit.councilKey = :councilKey", { councilKey });
    }
    const page = await paginate(qb, args, {
      expression: "audit.key",
      read: (e: AuditLogEntry) => e.key,
      keyExpression: "audit.key",
      direction: OrderDirection.DESC,
    });
    return AuditLogConnection.from(page);
  }
}

/** Who and which round, readably: the log's readers are the council's own officers (auditLog checks it). */
@Resolver(() => AuditLogEntry)
export class AuditEntryResolver {
  @FieldResolver(() => String, {
    description: "Who acted, readably: an officer's display name, a panel member's pseudonym, or `system`.",
  })
  async actorName(@Root() entry: AuditLogEntry, @Ctx() ctx: GraphQLContext): Promise<string> {
    const [kind, key] = entry.actor.split(":");
    const k = Number(key);
    if (kind === "user" && Number.isSafeInteger(k))
      return (await ctx.loaders.one(UserAccount).load(k))?.displayName ?? entry.actor;
    if (kind === "member" && Number.isSafeInteger(k))
      return (await ctx.loaders.one(PanelMember).load(k))?.pseudonym ?? entry.actor;
    return entry.actor;
  }

  @FieldResolver(() => Round, { nullable: true, description: "The round the change was made in, when there is one." })
  round(@Root() entry: AuditLogEntry, @Ctx() ctx: GraphQLContext): Promise<Round | null> | null {
    return entry.roundKey === null ? null : ctx.loaders.one(Round).load(entry.roundKey);
  }
}
