import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { isOfficerOf } from "../auth/guards.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { ApplicantContactHash } from "./applicant-contact.entity.js";

/** Duplicate applications, flagged for the council's officers (applicant-contact.ts). */
@Resolver(() => Applicant)
export class ApplicantDuplicateResolver {
  @FieldResolver(() => Applicant, {
    nullable: true,
    description:
      "Officers of the council: an earlier applicant in the same round with the same contact details (normalised email or phone), when there is one. Null for everyone else.",
  })
  async possibleDuplicateOf(@Root() applicant: Applicant, @Ctx() ctx: GraphQLContext): Promise<Applicant | null> {
    const round = await ctx.loaders.one(Round).load(applicant.roundKey);
    if (!round || !isOfficerOf(ctx, round.councilKey)) return null;
    const row = await ctx.dataSource.getRepository(ApplicantContactHash).findOneBy({ applicantKey: applicant.key });
    if (row?.duplicateOfKey === null || row?.duplicateOfKey === undefined) return null;
    return ctx.loaders.one(Applicant).load(row.duplicateOfKey);
  }
}
