import { defineFeature } from "../feature.js";
import { Award } from "./award.entity.js";
import { AwardVariation } from "./award-variation.entity.js";
import { SpendTransaction } from "./spend-transaction.entity.js";
import { AwardResolver, AwardVariationResolver } from "./award.resolver.js";
import { awardCreate, awardVary, spendRecord } from "./award.commands.js";

/** Where the money went: awards, their variations and spend against them. */
export const awardFeature = defineFeature({
  name: "award",
  entities: [Award, AwardVariation, SpendTransaction],
  resolvers: [AwardResolver, AwardVariationResolver],
  nodeTypes: { Award, SpendTransaction },
  commands: [awardCreate, awardVary, spendRecord],
});
