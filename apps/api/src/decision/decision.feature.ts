import { defineFeature } from "../feature.js";
import { Decision } from "./decision.entity.js";
import { DecisionProject } from "./decision-project.entity.js";
import { DecisionProjectResolver, DecisionResolver } from "./decision.resolver.js";
import { DecisionReasonResolver } from "./decision-reason.resolver.js";
import { decisionRecompute, decisionRecordRecommendation, decisionTake } from "./decision.commands.js";

/** The decision: the officer's recommendation, the rule's result and its explanations. */
export const decisionFeature = defineFeature({
  name: "decision",
  entities: [Decision, DecisionProject],
  resolvers: [DecisionResolver, DecisionProjectResolver, DecisionReasonResolver],
  nodeTypes: { Decision },
  commands: [decisionRecordRecommendation, decisionTake, decisionRecompute],
});
