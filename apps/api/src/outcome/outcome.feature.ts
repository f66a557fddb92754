import { defineFeature } from "../feature.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { Measurement } from "./measurement.entity.js";
import { Milestone } from "./milestone.entity.js";
import { IndicatorResolver, MilestoneResolver, OutcomeResolver } from "./outcome.resolver.js";
import {
  indicatorCreate,
  measurementRecord,
  milestoneCreate,
  milestoneUpdate,
  outcomeCreate,
  outcomeUpdate,
} from "./outcome.commands.js";
import { IndicatorTranslationResolver, OutcomeTranslationResolver } from "./outcome-translation.resolver.js";
import { outcomeTranslationSet } from "./outcome-translation.commands.js";

/** Outcomes the panel defines, their indicators and measurements, and delivery milestones. */
export const outcomeFeature = defineFeature({
  name: "outcome",
  entities: [Outcome, Indicator, Measurement, Milestone],
  resolvers: [
    OutcomeResolver,
    IndicatorResolver,
    MilestoneResolver,
    OutcomeTranslationResolver,
    IndicatorTranslationResolver,
  ],
  nodeTypes: { Outcome, Indicator, Measurement, Milestone },
  commands: [
    outcomeCreate,
    outcomeUpdate,
    outcomeTranslationSet,
    indicatorCreate,
    measurementRecord,
    milestoneCreate,
    milestoneUpdate,
  ],
});
