import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Tender } from "./tender.entity.js";
import { Criterion } from "./criterion.entity.js";
import type { GraphQLContext } from "../graphql/context.js";

@Resolver(() => Tender)
export class TenderResolver {
  @FieldResolver(() => [Criterion], { description: "Award criteria and their weights (sum 100 %)." })
  criteria(@Root() tender: Tender, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Criterion, "tenderKey", { position: "ASC" }).load(tender.key);
  }
}
