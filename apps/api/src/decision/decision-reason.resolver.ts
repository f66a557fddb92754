import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { DecisionProject } from "./decision-project.entity.js";

@Resolver(() => DecisionProject)
export class DecisionReasonResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "Voting decisions: the facts behind the verdict, for a plain-language reason (the allocation engine's `ProjectReason`, amounts in minor units of the round's currency): `decisive` — greedy `{ rank, moneyLeft, cost, shortfall }` or Equal Shares `{ share, supporters, startMoney, paidFor[], after, moneyLeft, cost, shortfall, moreSupportersNeeded, maxPayment }` where `after` is the purchase after which the project became unaffordable; each amount `{ exact, minor }`. Null for decisions recorded before these facts were kept.",
  })
  reasonFacts(@Root() project: DecisionProject): Record<string, unknown> | null {
    const facts = project.explanation?.resident;
    return facts && typeof facts === "object" ? (facts as Record<string, unknown>) : null;
  }
}
